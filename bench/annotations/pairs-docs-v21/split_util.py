"""Sentence splitter for essays and panels (stdlib only).

A raw line is prose when its last character (ignoring closing quotes/brackets) is . ! or ?,
or when it has at least 40 words; other lines (titles, captions) give no sentences.
A sentence ends at . ! ? (plus closing quotes/brackets) followed by whitespace and an
upper-case letter, digit, opening quote/bracket or $, unless the word before the stop is an
abbreviation or a single initial.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
CLOSERS = '"\u201d\u2019)]\''
ABBREV = {'U.S', 'Mr', 'Mrs', 'Dr', 'St', 'Gen', 'Jr', 'Sr', 'Lt', 'Col', 'Capt', 'Gov', 'Sen',
          'Rep', 'i.e', 'e.g', 'vs', 'v', 'No', 'Mt', 'Ft', 'U.N', 'U.K', 'D.C', 'Inc', 'Co', 'U.S.S.R'}
BOUNDARY = re.compile(r'[.!?][' + re.escape(CLOSERS) + r']*\s+(?=[A-Z0-9"\u201c\u2018(\[$])')


def is_prose(line):
    s = line.strip()
    if not s:
        return False
    t = s.rstrip(CLOSERS)
    return (t[-1:] in '.!?') or len(s.split()) >= 40


def split_line(line):
    s = line.strip()
    out, start = [], 0
    for m in BOUNDARY.finditer(s):
        if s[m.start()] == '.':
            before = s[start:m.start()]
            word = before.split()[-1] if before.split() else ''
            word = word.lstrip('("\u201c\u2018')
            prev = before.split()[-2] if len(before.split()) > 1 else ''
            roman = word == 'I' and prev == 'War'  # "World War I." ends a sentence
            if not roman and (word in ABBREV or re.fullmatch(r'[A-Z]', word)
                              or re.fullmatch(r'(?:[A-Z]\.)+[A-Z]', word)):
                continue
        end = m.start() + 1
        while end < len(s) and s[end] in CLOSERS:
            end += 1
        out.append(s[start:end].strip())
        start = m.end()
    if s[start:].strip():
        out.append(s[start:].strip())
    return out


def sentences(text):
    res = []
    for line in text.split('\n'):
        if is_prose(line):
            res.extend(split_line(line))
    return res


def load_docs():
    docs = dict(json.load(open(ESSAYS, encoding='utf-8')))
    docs.pop('000_beabee21081aa6a0', None)  # museum exhibit: never used
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            docs[fn[:-4]] = open(os.path.join(HERE, fn), encoding='utf-8').read()
    return docs
