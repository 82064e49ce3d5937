"""Sentence splitter and document loader for pairs_v36 (stdlib only)."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')

ABBREV = {'U.S.', 'U.S.S.R.', 'U.N.', 'Jr.', 'Sr.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'Gen.', 'Col.', 'Lt.', 'Capt.',
          'Adm.', 'Sen.', 'Rep.', 'Gov.', 'No.', 'Co.', 'Inc.', 'Ltd.', 'vs.', 'etc.', 'i.e.', 'e.g.', 'Mt.', 'Ft.',
          'D.C.', 'U.K.', 'Messrs.', 'Pres.', 'Sept.', 'Feb.', 'Jan.', 'Aug.', 'Oct.', 'Nov.', 'Dec.', 'Hon.'}
CLOSERS = '"\'\u201d\u2019)]'
OPENERS = '"\'\u201c\u2018([$'
BOUNDARY = re.compile(r'[.!?][' + re.escape(CLOSERS) + r']*\s+(?=[A-Z0-9' + re.escape(OPENERS) + r'])')


def is_prose(line):
    s = line.strip()
    if not s:
        return False
    t = s.rstrip(CLOSERS)
    return t.endswith(('.', '!', '?')) or len(s.split()) >= 40


def _last_token(text, end):
    """Whitespace-delimited token ending at index end (inclusive of the punctuation)."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end + 1]


def split_line(line):
    out = []
    start = 0
    for m in BOUNDARY.finditer(line):
        punct = m.start()
        if line[punct] == '.':
            tok = _last_token(line, punct).lstrip(OPENERS)
            if tok in ABBREV or re.fullmatch(r'(?:[A-Z]\.)+', tok):
                continue
        end = m.end()
        sent = line[start:end].strip()
        if sent:
            out.append(sent)
        start = end
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
    for name in sorted(os.listdir(HERE)):
        if name.startswith('panel-') and name.endswith('.txt'):
            with open(os.path.join(HERE, name), encoding='utf-8') as f:
                docs[name[:-4]] = f.read()
    return docs


if __name__ == '__main__':
    import sys
    docs = load_docs()
    for doc in sys.argv[1:]:
        print('=====', doc)
        for i, s in enumerate(sentences(docs[doc])):
            print(i, s)
