"""Build pairs_v34.jsonl and planted_errors.json from pairs_spec.py.
Usage: python3 build_pairs.py            (build)
       python3 build_pairs.py --dump DOC (print a document's sentences)
"""
import json
import os
import sys

from splitter import HERE, load_docs, sentences
import pairs_spec as S

TYPES = {'date': 'date', 'quantity': 'number', 'event': 'fact', 'quote': 'quote'}


def locate(docs, doc, span):
    if doc not in docs:
        raise SystemExit(f'unknown doc {doc}')
    text = docs[doc]
    n = text.count(span)
    if n != 1:
        raise SystemExit(f'span occurs {n} times in {doc}: {span!r}')
    hits = [s for s in sentences(text) if span in s]
    if len(hits) != 1:
        raise SystemExit(f'span not inside exactly one sentence ({len(hits)}) in {doc}: {span!r}')
    return {'doc': doc, 'text': span, 'sentence': hits[0]}


def main():
    docs = load_docs()
    if len(sys.argv) == 3 and sys.argv[1] == '--dump':
        for s in sentences(docs[sys.argv[2]]):
            print(s)
        return
    rows, planted = [], {}
    for i, p in enumerate(S.PAIRS, 1):
        pid = f'p{i:03d}'
        a = locate(docs, *p['a'])
        b = locate(docs, *p['b'])
        rows.append({'id': pid, 'kind': p['kind'], 'a': a, 'b': b, 'verdict': p['verdict'], 'note': p['note']})
        if p['label']:
            planted[pid] = {'label': p['label'], 'type': TYPES[p['kind']], 'verdict': p['verdict'],
                            'panel_says': a['text'], 'source_says': b['text'], 'panel': a['doc'], 'essay': b['doc']}
    with open(os.path.join(HERE, 'pairs_v34.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'wrote {len(rows)} pairs, {len(planted)} planted errors')


if __name__ == '__main__':
    main()
