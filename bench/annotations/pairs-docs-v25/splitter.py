"""Sentence splitter and document loader for pairs_v25 (stdlib only)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
ABBR = {'U.S', 'U.N', 'U.K', 'Mr', 'Mrs', 'Dr', 'St', 'Gen', 'Lt', 'Col', 'Sen', 'Rep', 'Gov', 'Jr', 'Sr', 'No', 'Co',
        'vs', 'Inc', 'Ltd', 'Pres', 'Adm', 'Capt', 'Maj', 'Sgt', 'Ft', 'Mt', 'Ave', 'etc', 'e.g', 'i.e', 'D.C', 'U.S.S.R',
        'H.W', 'Messrs'}
CLOSERS = '"\'\u201d\u2019)]'
OPENERS = '"\'\u201c\u2018([$'


def _is_prose(line):
    s = line.rstrip()
    t = s.rstrip(CLOSERS)
    return bool(t) and (t[-1] in '.!?' or len(s.split()) >= 40)


def _split_line(line):
    out, start = [], 0
    for m in re.finditer(r'[.!?][' + re.escape(CLOSERS) + r']*\s+(?=[A-Z0-9' + re.escape(OPENERS) + r'])', line):
        before = line[start:m.start() + 1]
        if line[m.start()] == '.':
            w = re.search(r'(\S+)\.$', before)
            tok = w.group(1).lstrip(OPENERS) if w else ''
            if tok in ABBR or re.fullmatch(r'[A-Z]', tok) or re.fullmatch(r'(?:[A-Z]\.)+[A-Z]', tok):
                continue
        out.append(line[start:m.end()].strip())
        start = m.end()
    rest = line[start:].strip()
    if rest:
        out.append(rest)
    return out


def sentences(text):
    res = []
    for line in text.split('\n'):
        if line.strip() and _is_prose(line):
            res.extend(_split_line(line.strip()))
    return res


def load_docs():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = {k: v for k, v in json.load(f).items() if k != EXHIBIT}
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            with open(os.path.join(HERE, fn), encoding='utf-8') as f:
                docs[fn[:-4]] = f.read()
    return docs
