#!/usr/bin/env python3
"""Sentence splitter and document loader for the pairs_v37 gold set (stdlib only).

Documents: every essay of ../all_essays.json (id = key) and every panel-*.txt in this folder (id = file stem).
A raw line counts as prose if it ends in . ! ? (optionally followed by closing quotes/brackets) or has >= 40 words;
headings and captions without final punctuation give no sentences. Sentences are split inside a line at . ! ?
(+ closers) followed by whitespace and then an upper-case letter, digit, opening quote/bracket or $, unless the
token before the stop is a listed abbreviation or a single capital initial.
Usage: python3 splitter.py DOC [DOC ...]   -> numbered sentences
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
ABBREV = {'U.S.', 'U.K.', 'D.C.', 'Jr.', 'Sr.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'Gen.', 'Lt.', 'Col.', 'Capt.',
          'Sen.', 'Rep.', 'Gov.', 'No.', 'vs.', 'e.g.', 'i.e.', 'U.N.', 'U.S.S.R.', 'Co.', 'Inc.', 'Mt.', 'Ft.'}
CLOSERS = '"\')]\u201d\u2019'
OPENERS = '"\'([\u201c\u2018$'


def load_docs():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = dict(json.load(f))
    for name in sorted(os.listdir(HERE)):
        if name.startswith('panel-') and name.endswith('.txt'):
            with open(os.path.join(HERE, name), encoding='utf-8') as f:
                docs[name[:-4]] = f.read()
    return docs


def is_prose(line):
    s = line.strip()
    if not s:
        return False
    t = s.rstrip(CLOSERS)
    return (t[-1:] in '.!?') or len(s.split()) >= 40


def split_line(line):
    s = line.strip()
    out, start, i, n = [], 0, 0, len(s)
    while i < n:
        c = s[i]
        if c in '.!?':
            j = i + 1
            while j < n and s[j] in CLOSERS:
                j += 1
            if j < n and s[j].isspace():
                k = j
                while k < n and s[k].isspace():
                    k += 1
                if k < n and (s[k].isupper() or s[k].isdigit() or s[k] in OPENERS):
                    # token before the stop
                    m = i
                    while m > start and not s[m - 1].isspace():
                        m -= 1
                    tok = s[m:i + 1].lstrip(OPENERS)
                    single_initial = c == '.' and re.fullmatch(r'[A-Z]\.', tok) is not None
                    if not (c == '.' and (tok in ABBREV or single_initial)):
                        out.append(s[start:j].strip())
                        start = k
                        i = k
                        continue
        i += 1
    if start < n:
        out.append(s[start:].strip())
    return [x for x in out if x]


def sentences(text):
    res = []
    for line in text.split('\n'):
        if is_prose(line):
            res.extend(split_line(line))
    return res


if __name__ == '__main__':
    docs = load_docs()
    for d in sys.argv[1:]:
        print('=====', d)
        for i, s in enumerate(sentences(docs[d]), 1):
            print(f'{i:3d}  {s}')
