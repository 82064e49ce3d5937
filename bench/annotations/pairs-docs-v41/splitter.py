#!/usr/bin/env python3
"""Sentence splitter and document loader for pairs_v41 (round 59).

Documents: every entry of ../all_essays.json (doc id = key) and every panel-*.txt in this folder
(doc id = file name without .txt). Usage: python3 splitter.py DOC [DOC...] prints numbered sentences.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')

ABBREV = {'U.S.', 'U.N.', 'U.K.', 'U.S.S.', 'U.S.S.R.', 'D.C.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'St.', 'Gen.',
          'Lt.', 'Col.', 'Capt.', 'Adm.', 'Sen.', 'Rep.', 'Gov.', 'Jr.', 'Sr.', 'Co.', 'Inc.', 'Ltd.', 'No.',
          'vs.', 'etc.', 'a.m.', 'p.m.', 'Ft.', 'Mt.', 'Messrs.', 'Pres.', 'e.g.', 'i.e.'}
CLOSERS = '"\'\u201d\u2019)]'
OPENERS = '"\'\u201c\u2018([$'


def is_prose(line):
    s = line.strip()
    if not s:
        return False
    t = s.rstrip(CLOSERS)
    return t.endswith(('.', '!', '?')) or len(s.split()) >= 40


def split_line(line):
    out, start, i, n = [], 0, 0, len(line)
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
                    word = line[start:j].split()[-1] if line[start:j].split() else ''
                    w = word.rstrip(CLOSERS)
                    stop = True
                    if c == '.':
                        if w in ABBREV or re.fullmatch(r'[A-Z]\.', w) or re.fullmatch(r'(?:[A-Z]\.){2,}', w):
                            stop = False
                    if stop:
                        out.append(line[start:j].strip())
                        start = k
                        i = k
                        continue
        i += 1
    rest = line[start:].strip()
    if rest:
        out.append(rest)
    return out


def sentences(text):
    res = []
    for line in text.split('\n'):
        if is_prose(line):
            res.extend(split_line(line.strip()))
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
        for i, s in enumerate(sentences(docs[d]), 1):
            print(f'{i:3d} {s}')
