"""Regex sentence splitter and document loader for pairs_v30 (stdlib only)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
CLOSERS = '"\'\u201d\u2019)]'
ABBREV = {'U.S', 'U.S.S.R', 'U.K', 'U.N', 'Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Gen', 'Col', 'Lt', 'Capt',
          'Sen', 'Rep', 'Gov', 'Jr', 'Sr', 'No', 'vs', 'etc', 'Co', 'Inc', 'Mt', 'Ft', 'D.C', 'H.W', 'W', 'E', 'A', 'P.M', 'A.M'}
BOUNDARY = re.compile(r'[.!?][' + re.escape(CLOSERS) + r']*\s+(?=[A-Z0-9"\'\u201c\u2018(\[$])')


def is_prose(line):
    s = line.rstrip().rstrip(CLOSERS)
    return bool(s) and (s[-1] in '.!?' or len(line.split()) >= 40)


def _protected(chunk):
    """chunk = text up to and including the boundary punctuation."""
    m = re.search(r'(\S+)[.!?][' + re.escape(CLOSERS) + r']*$', chunk)
    if not m:
        return False
    tok = m.group(1).lstrip('(' + '"\u201c\u2018')
    if tok in ABBREV:
        return True
    if re.fullmatch(r'[A-Z]', tok):  # single-letter initial
        return True
    if re.fullmatch(r'(?:[A-Z]\.)+[A-Z]', tok):  # U.S, D.C style
        return True
    return False


def split_line(line):
    out, start = [], 0
    for m in BOUNDARY.finditer(line):
        end = m.end()
        piece_end = m.start() + len(m.group(0).rstrip())
        if _protected(line[start:piece_end]):
            continue
        out.append(line[start:piece_end].strip())
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


def load_docs():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = {k: v for k, v in json.load(f).items() if k != EXHIBIT}
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            with open(os.path.join(HERE, fn), encoding='utf-8') as f:
                docs[fn[:-4]] = f.read()
    return docs
