"""Regex sentence splitter and document loader for pairs_v32 (stdlib only)."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'

CLOSERS = '"\'\u201d\u2019)]'
OPENERS = '"\'\u201c\u2018(['
ABBREV = {'U.S', 'U.N', 'Dr', 'Mr', 'Mrs', 'St', 'Gen', 'Col', 'Lt', 'Jr', 'Sr', 'e.g', 'i.e', 'etc', 'vs',
          'No', 'Mt', 'Ft', 'Capt', 'Adm', 'Gov', 'Sen', 'Rep', 'Pres', 'Co', 'Inc', 'Ltd', 'U.K', 'U.S.S.R'}

_END = re.compile(r'[.!?][' + re.escape(CLOSERS) + r']*(?=\s+[A-Z0-9$' + re.escape(OPENERS) + r'])')


def is_prose(line):
    s = line.strip()
    if not s:
        return False
    t = s.rstrip(CLOSERS)
    return t.endswith(('.', '!', '?')) or len(s.split()) >= 40


def _abbrev_before(text, pos):
    """True if the '.' at pos ends an abbreviation or an initial."""
    if text[pos] != '.':
        return False
    m = re.search(r'([A-Za-z.]+)$', text[:pos])
    if not m:
        return False
    word = m.group(1)
    if word in ABBREV or word.rstrip('.') in ABBREV:
        return True
    if len(word) == 1 and word.isupper():
        return True
    return False


def split_line(line):
    # an abbreviation or initial counts only when no closing quote/bracket follows the period
    out, start = [], 0
    for m in _END.finditer(line):
        if len(m.group()) == 1 and _abbrev_before(line, m.start()):
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
        if is_prose(line):
            res.extend(split_line(line.strip()))
    return res


def load_docs(folder=HERE):
    with open(ESSAYS, encoding='utf-8') as f:
        docs = {k: v for k, v in json.load(f).items() if k != EXHIBIT}
    for name in sorted(os.listdir(folder)):
        if name.startswith('panel-') and name.endswith('.txt'):
            with open(os.path.join(folder, name), encoding='utf-8') as f:
                docs[name[:-4]] = f.read()
    return docs
