"""Sentence splitter and document loader for the pairs_v23 build (stdlib only)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'

ABBREV = {'U.S', 'U.N', 'U.S.S.R', 'U.K', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Sen', 'Rep',
          'Jr', 'Sr', 'No', 'Vol', 'Capt', 'Gov', 'Pres', 'Adm', 'Maj', 'Sgt', 'Ft', 'Mt', 'vs', 'etc', 'e.g', 'i.e',
          'Jan', 'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'D.C', 'Inc', 'Co', 'P.M', 'A.M', 'a.m', 'p.m'}
CLOSERS = '"\'\u201d\u2019)]'
OPENERS_NEXT = re.compile(r'[A-Z0-9"\'\u201c\u2018(\[$]')
END_RE = re.compile(r'[.!?]+[' + re.escape(CLOSERS) + r']*(?=\s)')


def is_prose(line):
    s = line.rstrip().rstrip(CLOSERS)
    return bool(s) and (s[-1] in '.!?' or len(line.split()) >= 40)


def _abbrev_before(line, pos):
    # pos = index of the '.'; find the token that ends there
    m = re.search(r'(\S+)$', line[:pos])
    if not m:
        return False
    tok = m.group(1).lstrip('(\u201c"\u2018\'')
    if tok in ABBREV:
        return True
    if re.fullmatch(r'[A-Z]', tok):          # single initial: Henry L. Stimson
        return True
    if re.fullmatch(r'(?:[A-Za-z]\.)+[A-Za-z]', tok):   # U.S, U.S.S.R, F.W
        return True
    return False


def split_line(line):
    out, start = [], 0
    for m in END_RE.finditer(line):
        end = m.end()
        rest = line[end:].lstrip()
        if not rest:
            continue
        if not OPENERS_NEXT.match(rest):
            continue
        if m.group(0)[0] == '.' and len(m.group(0).rstrip(CLOSERS)) == 1 and _abbrev_before(line, m.start()):
            continue
        seg = line[start:end].strip()
        if seg:
            out.append(seg)
        start = end
    seg = line[start:].strip()
    if seg:
        out.append(seg)
    return out


def sentences(text):
    res = []
    for line in text.split('\n'):
        line = line.strip()
        if not line or not is_prose(line):
            continue
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
