"""Sentence splitter and document loader for pairs_v29 (stdlib only)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
PANELS = ['panel-secret-speech-and-warsaw-pact', 'panel-road-to-pearl-harbor-and-american-century',
          'panel-united-nations-and-bretton-woods']

ABBREV = {'U.S.', 'Sino-U.S.', 'U.K.', 'H.W.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'Gen.', 'Lt.', 'Jr.', 'Sr.', 'No.', 'Vol.',
          'U.N.', 'D.C.', 'e.g.', 'i.e.', 'Co.', 'Inc.', 'Ltd.', 'vs.', 'Gov.', 'Sen.', 'Rep.', 'Col.', 'Capt.', 'Adm.'}
CLOSERS = '"\'”’)]'
OPENERS = '"“‘([$'


def is_prose(line):
    s = line.rstrip()
    t = s.rstrip(CLOSERS)
    if not t:
        return False
    return t[-1] in '.!?' or len(s.split()) >= 40


def split_line(line):
    out = []
    start = 0
    for m in re.finditer(r'[.!?][' + re.escape(CLOSERS) + r']*(\s+)(?=[A-Z0-9' + re.escape(OPENERS) + r'])', line):
        end = m.start(1)
        cand = line[start:end]
        last = cand.split()[-1] if cand.split() else ''
        core = last.lstrip(OPENERS)
        if core in ABBREV or re.fullmatch(r'[A-Z]\.', core) or re.fullmatch(r'(?:[A-Z]\.){2,}', core):
            continue
        out.append(cand.strip())
        start = m.end()
    tail = line[start:].strip()
    if tail:
        out.append(tail)
    return out


def sentences(text):
    res = []
    for line in text.split('\n'):
        if line.strip() and is_prose(line):
            res.extend(split_line(line.strip()))
    return res


def load_docs():
    with open(ESSAYS, encoding='utf-8') as f:
        d = json.load(f)
    d.pop(EXHIBIT, None)
    for p in PANELS:
        fp = os.path.join(HERE, p + '.txt')
        if os.path.exists(fp):
            with open(fp, encoding='utf-8') as f:
                d[p] = f.read()
    return d
