#!/usr/bin/env python3
"""Build ../pairs/pairs_v14.jsonl and planted_errors.json from pairs_spec.py.

Docs: essays from ../all_essays.json (id -> text), panels = panel-*.txt here.
Collapsed text = whitespace runs replaced by one space, stripped.
Sentences: each raw line (paragraph) is split on its own; a line whose last
non-closing character is not . ! ? is a title/heading/caption and yields no sentence.
Boundary: [.!?] + closing quotes/brackets, then whitespace, then an upper-case
letter, digit, $, ( [ or an opening quote; or a missing space "lowercase.Upper-lower"
(e.g. "rights.Carter"). No boundary after abbreviations (U.S., No., St., single
capital initials like "A.", "R.").
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
OUT = os.path.join(HERE, 'pairs_v14.jsonl')
PLANTED = os.path.join(HERE, 'planted_errors.json')

CLOSE = '"\'”’)]'
OPEN_OK = re.compile(r'[A-Z0-9$(\["“‘]')
ABBR = {'U.S.', 'U.N.', 'No.', 'St.', 'Dr.', 'Mr.', 'Mrs.', 'Gen.', 'H.M.S.', 'U.S.S.', 'Jr.', 'Sr.', 'vs.', 'e.g.', 'i.e.'}


def collapse(s):
    return re.sub(r'\s+', ' ', s).strip()


def load_docs():
    docs = {}
    with open(ESSAYS, encoding='utf-8') as f:
        raw = json.load(f)
    for k, v in raw.items():
        docs[k] = v
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            with open(os.path.join(HERE, fn), encoding='utf-8') as f:
                docs[fn[:-4]] = f.read()
    return docs


def is_caption(line):
    s = line.rstrip()
    while s and s[-1] in CLOSE:
        s = s[:-1]
    return not s or s[-1] not in '.!?'


def token_before(line, i):
    """the whitespace-delimited token ending at index i (inclusive)"""
    j = i
    while j >= 0 and not line[j].isspace():
        j -= 1
    return line[j + 1:i + 1]


def split_line(line):
    line = collapse(line)
    if not line or is_caption(line):
        return []
    out, start, i, n = [], 0, 0, len(line)
    while i < n:
        c = line[i]
        if c in '.!?':
            j = i + 1
            while j < n and line[j] in CLOSE:
                j += 1
            tok = token_before(line, i)
            abbr = c == '.' and (tok.lstrip('(“"‘') in ABBR or re.fullmatch(r'[(“"‘]?[A-Z]\.', tok) is not None
                                 or re.fullmatch(r'[(“"‘]?([A-Z]\.)+', tok) is not None)
            if j < n and line[j] == ' ' and j + 1 < n and OPEN_OK.match(line[j + 1]) and not abbr:
                out.append(line[start:j]); start = j + 1; i = j + 1; continue
            # missing space: "rights.Carter"
            if c == '.' and j == i + 1 and i > 0 and line[i - 1].islower() and i + 2 < n \
                    and line[i + 1].isupper() and line[i + 2].islower():
                out.append(line[start:i + 1]); start = i + 1; i += 1; continue
        i += 1
    if start < n:
        out.append(line[start:])
    return [s for s in out if s]


def sentences(text):
    res = []
    for line in text.split('\n'):
        res.extend(split_line(line))
    return res


def find(docs, doc, span, cache):
    if doc not in docs:
        sys.exit(f'unknown doc {doc}')
    full = collapse(docs[doc])
    if full.count(span) != 1:
        sys.exit(f'span occurs {full.count(span)}x in {doc}: {span!r}')
    if doc not in cache:
        cache[doc] = sentences(docs[doc])
    hits = [s for s in cache[doc] if span in s]
    if len(hits) != 1:
        sys.exit(f'span in {len(hits)} sentences of {doc}: {span!r}')
    assert hits[0] in full
    return hits[0]


def main():
    sys.path.insert(0, HERE)
    import pairs_spec as S
    docs = load_docs()
    cache, rows, planted = {}, [], {}
    for n, p in enumerate(S.PAIRS, 1):
        pid = f'p{n:03d}'
        sides = {}
        for key, (doc, span) in (('a', p['a']), ('b', p['b'])):
            sides[key] = {'doc': doc, 'text': span, 'sentence': find(docs, doc, span, cache)}
        rows.append({'id': pid, 'kind': p['kind'], 'a': sides['a'], 'b': sides['b'],
                     'verdict': p['verdict'], 'note': p['note']})
        if p['label']:
            lab = p['label']
            planted[pid] = {'label': lab, 'type': S.TYPES[lab], 'panel_says': p['a'][1],
                            'source_says': p['b'][1], 'essay': p['b'][0], 'panel': p['a'][0]}
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(PLANTED, 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'{len(rows)} pairs, {len(planted)} planted errors -> {OUT}')


if __name__ == '__main__' and len(sys.argv) > 1 and sys.argv[1] == '--dump':
    docs = load_docs()
    for d in sys.argv[2:]:
        for i, s in enumerate(sentences(docs[d])):
            print(f'{d}#{i}: {s}')
elif __name__ == '__main__':
    main()
