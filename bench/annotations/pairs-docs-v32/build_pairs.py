"""Build pairs_v32.jsonl and planted_errors.json from pairs_spec.py.

Usage: python3 build_pairs.py            (build)
       python3 build_pairs.py --dump DOC (print the sentences of one document)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from splitter import load_docs, sentences  # noqa: E402
import pairs_spec  # noqa: E402


def locate(docs, doc, span):
    if doc not in docs:
        raise SystemExit('unknown doc %r' % doc)
    text = docs[doc]
    n = text.count(span)
    if n != 1:
        raise SystemExit('span occurs %d times in %s: %r' % (n, doc, span))
    hits = [s for s in sentences(text) if span in s]
    if len(hits) != 1:
        raise SystemExit('span not inside exactly one sentence of %s (%d): %r' % (doc, len(hits), span))
    return hits[0]


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]])):
            print(i, s)
        return
    rows, planted = [], {}
    for i, p in enumerate(pairs_spec.SPEC, 1):
        pid = 'p%03d' % i
        side = {}
        for key in ('a', 'b'):
            doc, span = p[key]
            side[key] = {'doc': doc, 'text': span, 'sentence': locate(docs, doc, span)}
        rows.append({'id': pid, 'kind': p['kind'], 'a': side['a'], 'b': side['b'],
                     'verdict': p['verdict'], 'note': p['note']})
        if p['label']:
            planted[pid] = {'label': p['label'], 'type': p['type'], 'verdict': p['verdict'],
                            'panel_says': p['a'][1], 'source_says': p['b'][1],
                            'panel': p['a'][0], 'essay': p['b'][0]}
    with open(os.path.join(HERE, 'pairs_v32.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print('wrote %d pairs, %d planted' % (len(rows), len(planted)))


if __name__ == '__main__':
    main()
