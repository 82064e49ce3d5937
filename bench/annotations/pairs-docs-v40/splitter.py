"""Sentence splitter and document loader for the r58 pairs set (stdlib only).

Documents: every entry of ../all_essays.json (doc id = key) plus every panel-*.txt
in this folder (doc id = file name without .txt).

Rules
* Text is split into raw lines; a line is prose if, after trailing closers, it ends in
  . ! or ?, or if it has at least 40 words. Other lines (titles, captions) give no sentences.
* Inside a prose line a sentence ends at . ! or ? plus any closing quotes/brackets, when
  followed by whitespace and then an upper-case letter, a digit, an opening quote/bracket or $.
* No break after a listed abbreviation or after a single capital initial ("Harry S. Truman").
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')

CLOSERS = '"\')]\u201d\u2019'
OPENERS = '"\'([\u201c\u2018$'
ABBREV = {'U.S.', 'U.N.', 'U.K.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'St.', 'Gen.', 'Lt.', 'Col.',
          'No.', 'Jr.', 'Sr.', 'vs.', 'e.g.', 'i.e.', 'Oct.', 'Sept.', 'Nov.', 'Dec.', 'Jan.',
          'Feb.', 'Aug.', 'Mt.', 'Ft.', 'Capt.', 'Adm.', 'Rev.', 'Sen.', 'Rep.', 'Gov.', 'Pres.',
          'D.C.', 'U.S.S.', 'U.S.S.R.', 'S.S.', 'a.m.', 'p.m.', 'etc.'}


def is_prose(line):
    s = line.rstrip()
    while s and s[-1] in CLOSERS:
        s = s[:-1]
    if s.endswith(('.', '!', '?')):
        return True
    return len(line.split()) >= 40


def _token_before(line, i):
    j = i
    while j > 0 and not line[j - 1].isspace():
        j -= 1
    tok = line[j:i + 1]
    while tok and tok[0] in OPENERS:
        tok = tok[1:]
    return tok


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
                    tok = _token_before(line, i)
                    abbrev = c == '.' and (tok in ABBREV or (len(tok) == 2 and tok[0].isupper()))
                    if not abbrev:
                        sent = line[start:j].strip()
                        if sent:
                            out.append(sent)
                        start = k
                        i = k
                        continue
        i += 1
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
        docs = dict(json.load(f))
    for name in sorted(os.listdir(HERE)):
        if name.startswith('panel-') and name.endswith('.txt'):
            with open(os.path.join(HERE, name), encoding='utf-8') as f:
                docs[name[:-4]] = f.read()
    return docs


if __name__ == '__main__':
    docs = load_docs()
    for d in sys.argv[1:]:
        print('=====', d)
        for n, s in enumerate(sentences(docs[d]), 1):
            print(n, s)
