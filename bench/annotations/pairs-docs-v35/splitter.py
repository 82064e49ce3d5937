"""Sentence splitter and document loader for pairs_v35 (round 41). stdlib only."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
ABBREV = ['U.S.S.R.', 'U.S.S.', 'U.S.', 'D.C.', 'Mr.', 'Mrs.', 'Dr.', 'Jr.', 'Sr.', 'St.', 'Gen.', 'Lt.', 'Col.',
          'Capt.', 'No.', 'vs.', 'e.g.', 'i.e.', 'Co.', 'Inc.', 'H.W.', 'F.']
CLOSERS = '"\'”’)]'
OPENERS = '"“‘(['


def _is_prose(line):
    s = line.rstrip()
    core = s.rstrip(CLOSERS)
    return bool(core) and (core[-1] in '.!?' or len(s.split()) >= 40)


def _split_line(line):
    out, start, i, n = [], 0, 0, len(line)
    while i < n:
        c = line[i]
        if c in '.!?':
            j = i + 1
            while j < n and line[j] in CLOSERS:
                j += 1
            k = j
            while k < n and line[k].isspace():
                k += 1
            if k > j and k < n and (line[k].isupper() or line[k].isdigit() or line[k] in OPENERS or line[k] == '$'):
                seg = line[start:j]
                tail = seg.rstrip(CLOSERS)
                word = tail.split()[-1] if tail.split() else ''
                w2 = word.lstrip(OPENERS)
                abbr = w2 in ABBREV or re.fullmatch(r'(?:[A-Z]\.)+', w2 or 'x')
                if c == '.' and abbr:
                    i = j
                    continue
                out.append(seg.strip())
                start = k
                i = k
                continue
            i = j
            continue
        i += 1
    last = line[start:].strip()
    if last:
        out.append(last)
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
