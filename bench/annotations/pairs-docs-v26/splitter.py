"""Sentence splitter and document loader for pairs_v26 (stdlib only)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'

ABBR = {'U.S.', 'U.N.', 'St.', 'Mr.', 'Mrs.', 'Dr.', 'Gen.', 'Sen.', 'Rep.', 'Lt.', 'Col.', 'Adm.', 'Jr.', 'Sr.',
        'Gov.', 'Capt.', 'Cmdr.', 'Mt.', 'No.', 'vs.', 'etc.', 'e.g.', 'i.e.', 'U.K.', 'U.S.S.R.', 'D.C.', 'Ft.',
        'Pres.', 'Sec.', 'Co.', 'Inc.', 'Ltd.', 'ca.', 'c.', 'Prof.', 'Rev.', 'Hon.', 'Messrs.'}
CLOSERS = '"\')]\u201d\u2019'
END_RE = re.compile(r'[.!?][' + re.escape(CLOSERS) + r']*\s+(?=[A-Z0-9"\'(\[\u201c\u2018$])')


def _is_prose(line):
    s = line.strip()
    if not s:
        return False
    t = s.rstrip(CLOSERS)
    return (t[-1:] in '.!?') or len(s.split()) >= 40


def split_line(line):
    out, start = [], 0
    for m in END_RE.finditer(line):
        end = m.start() + 1
        # token ending at the full stop
        tok = line[start:end].split()[-1] if line[start:end].split() else ''
        tok = tok.lstrip('"\'(\u201c\u2018')
        if line[m.start()] == '.':
            if tok in ABBR:
                continue
            if re.fullmatch(r'(?:[A-Z]\.)+', tok):  # initials such as H. or H.W.
                continue
        piece = line[start:m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    rest = line[start:].strip()
    if rest:
        out.append(rest)
    return out


def sentences(text):
    res = []
    for line in text.split('\n'):
        if _is_prose(line):
            res.extend(split_line(line.strip()))
    return res


def load_docs():
    docs = {k: v for k, v in json.load(open(ESSAYS, encoding='utf-8')).items() if k != EXHIBIT}
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            docs[fn[:-4]] = open(os.path.join(HERE, fn), encoding='utf-8').read()
    return docs
