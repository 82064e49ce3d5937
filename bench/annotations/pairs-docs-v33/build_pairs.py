"""Build pairs_v33.jsonl and planted_errors.json from pairs_spec.py (stdlib only).

Usage: python3 build_pairs.py            # build
       python3 build_pairs.py --dump DOC # print the sentences of one document
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import splitter  # noqa: E402
from pairs_spec import SPEC, PANELS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def locate(docs, sents, doc, span, where):
    if doc not in docs:
        raise SystemExit('%s: unknown doc %s' % (where, doc))
    n = docs[doc].count(span)
    if n != 1:
        raise SystemExit('%s: span occurs %d times in %s: %r' % (where, n, doc, span))
    hits = [s for s in sents[doc] if span in s]
    if len(hits) != 1:
        raise SystemExit('%s: span lies in %d sentences of %s: %r' % (where, len(hits), doc, span))
    return {'doc': doc, 'text': span, 'sentence': hits[0]}


def main():
    docs = splitter.load_docs()
    if len(sys.argv) == 3 and sys.argv[1] == '--dump':
        for i, s in enumerate(splitter.sentences(docs[sys.argv[2]])):
            print(i, s)
        return
    sents = {}
    needed = set()
    for p in SPEC:
        needed.add(p.a[0])
        needed.add(p.b[0])
    for d in needed:
        if d in docs:
            sents[d] = splitter.sentences(docs[d])
    rows, planted = [], {}
    for i, p in enumerate(SPEC, 1):
        pid = 'p%03d' % i
        a = locate(docs, sents, p.a[0], p.a[1], pid + '.a')
        b = locate(docs, sents, p.b[0], p.b[1], pid + '.b')
        rows.append({'id': pid, 'kind': p.kind, 'a': a, 'b': b, 'verdict': p.verdict, 'note': p.note})
        if p.label:
            planted[pid] = {'label': p.label, 'type': p.type, 'verdict': p.verdict,
                            'panel_says': p.a[1], 'source_says': p.b[1], 'panel': p.a[0], 'essay': p.b[0]}
    with open(os.path.join(HERE, 'pairs_v33.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote %d pairs, %d planted' % (len(rows), len(planted)))


if __name__ == '__main__':
    main()
