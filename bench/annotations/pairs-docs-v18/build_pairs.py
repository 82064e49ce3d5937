#!/usr/bin/env python3
"""Build pairs_v18.jsonl and planted_errors.json from pairs_spec.py.

Usage: python3 build_pairs.py            # build
       python3 build_pairs.py --dump DOC  # print the sentences of one document
Stdlib only. Splitter: regex-based, per raw line (see README, Conventions)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
sys.path.insert(0, HERE)

ABBREV = {'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'Col', 'Lt', 'Sgt', 'No', 'vs', 'v', 'Jr', 'Sr', 'Mt', 'Ft', 'Gov', 'Sen', 'Rep', 'Adm', 'Capt', 'Maj', 'etc', 'Inc', 'Co'}
END = re.compile(r'[.!?][\'"”’)\]]*(?= +[A-Z0-9$(\[“‘"\'])')


def collapse(s):
    return re.sub(r'\s+', ' ', s).strip()


def load_docs():
    docs = dict(json.load(open(ESSAYS, encoding='utf-8')))
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            docs[fn[:-4]] = open(os.path.join(HERE, fn), encoding='utf-8').read()
    return docs


def is_abbrev(line, dot):
    # the word that ends at position dot (a '.')
    j = dot
    while j > 0 and not line[j - 1].isspace():
        j -= 1
    word = line[j:dot].lstrip('(“"\'‘[')
    if not word:
        return False
    if '.' in word:               # U.S, H.W, D.C
        return True
    if len(word) == 1 and word.isupper():   # initials
        return True
    return word in ABBREV


def split_line(line):
    line = collapse(line)
    if not line:
        return []
    tail = line.rstrip('"\'”’)] ')
    if not tail or tail[-1] not in '.!?':
        return []                 # heading / title / caption without final stop
    out, start = [], 0
    for m in END.finditer(line):
        if line[m.start()] == '.' and is_abbrev(line, m.start()):
            continue
        out.append(line[start:m.end()].strip())
        start = m.end()
    out.append(line[start:].strip())
    return [s for s in out if s]


def sentences(text):
    res = []
    for line in text.split('\n'):
        res.extend(split_line(line))
    return res


def find(docs, sents, doc, span):
    if doc not in docs:
        raise SystemExit('unknown doc %s' % doc)
    full = collapse(docs[doc])
    n = full.count(span)
    if n != 1:
        raise SystemExit('span occurs %d times in %s: %r' % (n, doc, span))
    hits = [s for s in sents[doc] if span in s]
    if len(hits) != 1:
        raise SystemExit('span in %d sentences of %s: %r' % (len(hits), doc, span))
    return {'doc': doc, 'text': span, 'sentence': hits[0]}


def main():
    docs = load_docs()
    sents = {k: sentences(v) for k, v in docs.items()}
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sents[sys.argv[2]]):
            print(i, s)
        return
    import pairs_spec as S
    rows, planted = [], {}
    for i, p in enumerate(S.PAIRS, 1):
        pid = 'p%03d' % i
        a = find(docs, sents, *p['a'])
        b = find(docs, sents, *p['b'])
        rows.append({'id': pid, 'kind': p['kind'], 'a': a, 'b': b, 'verdict': p['verdict'], 'note': p['note']})
        if p['label']:
            planted[pid] = {'label': p['label'], 'type': S.TYPES[p['label']], 'panel_says': a['text'],
                            'source_says': b['text'], 'essay': b['doc'], 'panel': a['doc']}
    with open(os.path.join(HERE, 'pairs_v18.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print('wrote %d pairs, %d planted' % (len(rows), len(planted)))


if __name__ == '__main__':
    main()
