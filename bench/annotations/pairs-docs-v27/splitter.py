"""Regex sentence splitter and document loader for the r33 pairs set (stdlib only)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
PANELS = ['panel-camp-david-to-oslo', 'panel-juarez-maximilian-and-pemex', 'panel-prague-and-the-euromissiles']

ABBREV = {'U.S', 'U.N', 'Mr', 'Mrs', 'Dr', 'St', 'Jr', 'Sr', 'Gen', 'Lt', 'Col', 'Capt', 'Gov', 'Sen', 'Rep', 'No',
          'vs', 'etc', 'Co', 'Inc', 'Ltd', 'Aug', 'Jan', 'Feb', 'Mar', 'Apr', 'Sept', 'Oct', 'Nov', 'Dec', 'Mt', 'Ft'}
CLOSERS = '"\'\u201d\u2019)]'
BOUNDARY = re.compile(r'[.!?][' + re.escape(CLOSERS) + r']*(?=\s+["\u201c\u2018(\[$A-Z0-9])')


def is_prose(line):
    s = line.rstrip()
    t = s.rstrip(CLOSERS)
    return bool(t) and (t[-1] in '.!?' or len(s.split()) >= 40)


def _abbrev_before(text, i):
    # i = index of the '.' ; token = characters back to previous whitespace
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    tok = text[j:i].lstrip('("\u201c\u2018[')
    if tok in ABBREV:
        return True
    if re.fullmatch(r'[A-Z]', tok):          # initial: Ulysses S. Grant
        return True
    if re.fullmatch(r'(?:[A-Z]\.)+[A-Z]', tok):  # U.S / H.W
        return True
    return False


def split_line(line):
    out, start = [], 0
    for m in BOUNDARY.finditer(line):
        if line[m.start()] == '.' and _abbrev_before(line, m.start()):
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


def load_docs():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = {k: v for k, v in json.load(f).items() if k != EXHIBIT}
    for p in PANELS:
        fp = os.path.join(HERE, p + '.txt')
        if os.path.exists(fp):
            with open(fp, encoding='utf-8') as f:
                docs[p] = f.read()
    return docs
