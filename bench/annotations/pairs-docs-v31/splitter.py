"""Sentence splitter and document loader for pairs_v31 (stdlib only)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
PANELS = ['panel-kanagawa-and-the-gadsden-line',
          'panel-yellow-press-and-the-philippine-war',
          'panel-china-trade-and-the-open-door']

ABBR = {'U.S.', 'Dr.', 'Mr.', 'Mrs.', 'St.', 'Gen.', 'Jr.', 'Sr.', 'Lt.', 'Col.', 'No.', 'Gov.', 'Sen.',
        'Rep.', 'Capt.', 'Adm.', 'Ft.', 'Mt.', 'vs.', 'U.N.', 'U.K.', 'D.C.', 'Inc.', 'Co.', 'Corp.', 'Messrs.'}
CLOSERS = '"\')]\u201d\u2019'
END_RE = re.compile(r'[.!?][' + re.escape(CLOSERS) + r']*(?=\s+[A-Z0-9"\'(\[\u201c\u2018$])')


def is_prose(line):
    s = line.rstrip().rstrip(CLOSERS)
    return s.endswith(('.', '!', '?')) or len(line.split()) >= 40


def split_line(line):
    out, start = [], 0
    for m in END_RE.finditer(line):
        end = m.end()
        # word ending with the period
        j = m.start()
        k = j
        while k > 0 and not line[k - 1].isspace():
            k -= 1
        word = line[k:j + 1].lstrip('"\'(\u201c\u2018')
        if line[j] == '.' and (word in ABBR or re.fullmatch(r'[A-Z]\.', word) or re.fullmatch(r'(?:[A-Z]\.){2,}', word)):
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


def load_docs():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = {k: v for k, v in json.load(f).items() if k != EXHIBIT}
    for p in PANELS:
        fp = os.path.join(HERE, p + '.txt')
        if os.path.exists(fp):
            with open(fp, encoding='utf-8') as f:
                docs[p] = f.read()
    return docs
