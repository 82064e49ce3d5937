"""Sentence splitter and document loader for the pairs_v22 build (stdlib only)."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
PANELS = ['panel-albany-to-articles', 'panel-atomic-monopoly-and-baruch-plan',
          'panel-alaska-and-the-ticonderoga']

ABBREV = {'U.S', 'U.S.S', 'St', 'Mr', 'Mrs', 'Dr', 'Gen', 'Lt', 'Col', 'Capt', 'Jr', 'Sr',
          'No', 'vs', 'Rev', 'Gov', 'Sen', 'Rep', 'i.e', 'e.g', 'etc', 'Co', 'Inc', 'Ft', 'Mt'}
CLOSERS = '"\'”’)]'
OPENERS = '"\'“‘([$'


def load_docs(folder=HERE):
    with open(ESSAYS, encoding='utf-8') as f:
        docs = json.load(f)
    docs.pop(EXHIBIT, None)
    for p in PANELS:
        with open(os.path.join(folder, p + '.txt'), encoding='utf-8') as f:
            docs[p] = f.read()
    return docs


def is_prose(line):
    s = line.rstrip()
    while s and s[-1] in CLOSERS:
        s = s[:-1]
    return bool(s) and (s[-1] in '.!?' or len(line.split()) >= 40)


END = re.compile(r'[.!?][' + re.escape(CLOSERS) + r']*(?=\s+[A-Z0-9' + re.escape(OPENERS) + r'])')


def split_line(line):
    out, start = [], 0
    for m in END.finditer(line):
        if line[m.start()] == '.':
            before = line[start:m.start()]
            tok = re.split(r'\s', before)[-1] if before else ''
            tok = tok.lstrip(OPENERS)
            if tok in ABBREV or re.fullmatch(r'[A-Z]', tok):
                continue
        out.append(line[start:m.end()].strip())
        start = m.end()
    rest = line[start:].strip()
    if rest:
        out.append(rest)
    return [s for s in out if s]


def sentences(text):
    res = []
    for line in text.split('\n'):
        if line.strip() and is_prose(line):
            res.extend(split_line(line.strip()))
    return res
