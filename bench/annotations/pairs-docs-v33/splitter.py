"""Regex sentence splitter and document loader for pairs_v33 (stdlib only)."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'

# words that end in a period but do not end a sentence
ABBREV = {'U.S', 'U.S.S', 'H.M.S', 'U.K', 'U.N', 'Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Gen', 'Lt', 'Col', 'Capt',
          'Adm', 'Sen', 'Rep', 'Gov', 'Jr', 'Sr', 'No', 'Nos', 'vs', 'etc', 'e.g', 'i.e', 'Jan', 'Feb', 'Mar',
          'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Mt', 'Ft', 'Co', 'Corp', 'Inc', 'Ltd', 'D.C',
          'P.M', 'A.M', 'a.m', 'p.m', 'Rev', 'Hon', 'Pres', 'cf', 'al', 'approx'}

CLOSERS = '"\'\u201d\u2019)]'
OPENERS = '"\'\u201c\u2018([$'
_END = re.compile(r'[.!?][' + re.escape(CLOSERS) + r']*(?=\s+[A-Z0-9' + re.escape(OPENERS) + r'])')


def is_prose(line):
    s = line.rstrip()
    if not s:
        return False
    t = s.rstrip(CLOSERS)
    return (t[-1:] in '.!?') or len(s.split()) >= 40


def _is_abbrev(text, dot_pos):
    """True if the period at dot_pos belongs to an abbreviation or an initial."""
    i = dot_pos
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in '(["\u201c':
        i -= 1
    word = text[i:dot_pos]
    if word in ABBREV:
        return True
    if re.fullmatch(r'[A-Z]', word):  # initial: Robert W. Shufeldt
        return True
    if re.fullmatch(r'(?:[A-Za-z]\.)+[A-Za-z]', word):  # U.S, G.I, D.C
        return True
    return False


def split_line(line):
    out = []
    start = 0
    for m in _END.finditer(line):
        end = m.end()
        if line[m.start()] == '.' and m.end() - m.start() == 1 and _is_abbrev(line, m.start()):
            continue
        sent = line[start:end].strip()
        if sent:
            out.append(sent)
        start = end
    rest = line[start:].strip()
    if rest:
        out.append(rest)
    return out


def sentences(text):
    out = []
    for line in text.split('\n'):
        if is_prose(line):
            out.extend(split_line(line))
    return out


def load_docs():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = json.load(f)
    docs.pop(EXHIBIT, None)
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            with open(os.path.join(HERE, fn), encoding='utf-8') as f:
                docs[fn[:-4]] = f.read()
    return docs
