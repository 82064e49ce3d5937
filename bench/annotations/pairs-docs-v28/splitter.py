"""Sentence splitter + document loader for pairs_v28 (regex based)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(HERE), 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
CLOSERS = '”’")]\''
ABBREV = {'U.S', 'U.N', 'Mr', 'Mrs', 'Dr', 'St', 'Jr', 'Sr', 'No', 'Gen', 'Lt', 'Col', 'Capt', 'vs', 'etc', 'H.W', 'U.K', 'U.S.S', 'Ft', 'Mt'}
BOUNDARY = re.compile(r'[.!?][”’")\]\']*\s+(?=[A-Z0-9“‘"\'(\[$])')


def load_docs():
    docs = {k: v for k, v in json.load(open(ESSAYS, encoding='utf-8')).items() if k != EXHIBIT}
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            docs[fn[:-4]] = open(os.path.join(HERE, fn), encoding='utf-8').read()
    return docs


def is_prose(line):
    s = line.rstrip(CLOSERS + ' ')
    return bool(s) and (s[-1] in '.!?' or len(line.split()) >= 40)


def split_line(line):
    out, start = [], 0
    for m in BOUNDARY.finditer(line):
        end = m.start() + 1
        if line[m.start()] == '.':
            word = re.search(r'(\S+)$', line[start:m.start()])
            w = word.group(1).lstrip('(“"‘') if word else ''
            if w in ABBREV or re.fullmatch(r'[A-Z]', w) or re.search(r'(?:^|[^A-Za-z])(?:[A-Z]\.)+[A-Z]$', w) or re.fullmatch(r'(?:[A-Z]\.)+[A-Z]', w):
                continue
        close = m.group(0)[1:].rstrip()
        end += len(close)
        out.append(line[start:end].strip())
        start = m.end()
    rest = line[start:].strip()
    if rest:
        out.append(rest)
    return out


def sentences(text):
    res = []
    for line in text.split('\n'):
        line = line.strip()
        if line and is_prose(line):
            res.extend(split_line(line))
    return res
