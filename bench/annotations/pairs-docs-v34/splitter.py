"""Sentence splitter and document loader for pairs_v34 (stdlib only)."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'

ABBREV = {'U.S.', 'U.K.', 'D.C.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'No.', 'Gen.', 'Lt.', 'Jr.', 'Sr.',
          'vs.', 'e.g.', 'i.e.', 'Co.', 'Inc.', 'Capt.', 'Col.', 'Sen.', 'Rep.', 'Gov.', 'Ft.', 'Mt.',
          'U.N.', 'H.M.S.', 'U.S.S.', 'U.S.S.R.', 'a.m.', 'p.m.'}
OPENERS = '"\'\u201c\u2018(['
CLOSERS = '"\'\u201d\u2019)]'
END_RE = re.compile(r'[.!?][' + re.escape(CLOSERS) + r']*(?=\s+[A-Z0-9$' + re.escape(OPENERS) + r'])')


def is_prose(line):
    s = line.rstrip()
    core = s.rstrip(CLOSERS)
    return core.endswith(('.', '!', '?')) or len(s.split()) >= 40


def _last_token(text, end):
    start = text.rfind(' ', 0, end) + 1
    return text[start:end]


def split_line(line):
    out, start = [], 0
    for m in END_RE.finditer(line):
        end = m.end()
        tok = _last_token(line, m.start() + 1)
        tok = tok.lstrip(OPENERS)
        if line[m.start()] == '.':
            if tok in ABBREV or re.fullmatch(r'[A-Z]\.', tok) or re.fullmatch(r'(?:[A-Z]\.){2,}', tok):
                continue
        out.append(line[start:end].strip())
        start = end
    rest = line[start:].strip()
    if rest:
        out.append(rest)
    return [s for s in out if s]


def sentences(text):
    res = []
    for line in text.split('\n'):
        line = line.strip()
        if line and is_prose(line):
            res.extend(split_line(line))
    return res


def load_docs(folder=HERE):
    with open(ESSAYS, encoding='utf-8') as f:
        docs = {k: v for k, v in json.load(f).items() if k != EXHIBIT}
    for name in sorted(os.listdir(folder)):
        if name.startswith('panel-') and name.endswith('.txt'):
            with open(os.path.join(folder, name), encoding='utf-8') as f:
                docs[name[:-4]] = f.read()
    return docs
