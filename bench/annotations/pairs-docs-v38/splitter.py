#!/usr/bin/env python3
"""Sentence splitter and document loader for pairs_v38 (round 56).

Documents: every entry of ../all_essays.json (doc id = key) plus every panel-*.txt in this folder
(doc id = file name without .txt).

Rules (written for this set, stdlib only):
* Work line by line; a sentence never crosses a line break.
* A line is prose if, after stripping closing quotes/brackets, it ends in . ! or ?, or if it has >= 40 words.
  Other lines (titles, headings, photo captions ending in "(AP Photo)" etc.) yield no sentences.
* Inside a prose line a sentence ends at . ! or ? (plus any closing quotes/brackets) when it is followed by
  whitespace and then an upper-case letter, a digit, an opening quote/bracket or '$'.
* No break after a listed abbreviation (U.S., D.C., Mr., St., ...) or after a single capital initial ("John C.").
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')

CLOSERS = '"\'\u201d\u2019)]'
OPENERS = '"\'\u201c\u2018([$'
ABBREV = {'U.S.', 'U.K.', 'D.C.', 'U.N.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'Gen.', 'Lt.', 'Col.', 'Capt.', 'Sr.',
          'Jr.', 'No.', 'vs.', 'Ft.', 'Adm.', 'Sen.', 'Rep.', 'Gov.', 'Pres.', 'Messrs.', 'Cmdr.', 'Commodore.'}
ABBREV.discard('Commodore.')


def is_prose(line):
    s = line.strip()
    if not s:
        return False
    t = s.rstrip(CLOSERS)
    if t.endswith(('.', '!', '?')):
        return True
    return len(s.split()) >= 40


def _prev_token(line, i):
    """Token (non-space run) ending at index i inclusive."""
    j = i
    while j >= 0 and not line[j].isspace():
        j -= 1
    return line[j + 1:i + 1]


def split_line(line):
    out = []
    start = 0
    n = len(line)
    i = 0
    while i < n:
        c = line[i]
        if c in '.!?':
            j = i + 1
            while j < n and line[j] in CLOSERS:
                j += 1
            if j < n and line[j].isspace():
                k = j
                while k < n and line[k].isspace():
                    k += 1
                if k < n and (line[k].isupper() or line[k].isdigit() or line[k] in OPENERS):
                    ok = True
                    if c == '.':
                        tok = _prev_token(line, i).lstrip(OPENERS)
                        if tok in ABBREV:
                            ok = False
                        elif len(tok) == 2 and tok[0].isupper() and tok[0].isalpha():
                            ok = False
                    if ok:
                        out.append(line[start:j].strip())
                        start = k
                        i = k
                        continue
        i += 1
    last = line[start:].strip()
    if last:
        out.append(last)
    return out


def sentences(text):
    res = []
    for line in text.split('\n'):
        if is_prose(line):
            res.extend(s for s in split_line(line.strip()) if s)
    return res


def load_docs():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = dict(json.load(f))
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            with open(os.path.join(HERE, fn), encoding='utf-8') as f:
                docs[fn[:-4]] = f.read()
    return docs


if __name__ == '__main__':
    docs = load_docs()
    for d in sys.argv[1:]:
        print('=====', d)
        for n, s in enumerate(sentences(docs[d]), 1):
            print(f'{n:3d} {s}')
