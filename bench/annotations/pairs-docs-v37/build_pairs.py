#!/usr/bin/env python3
"""Build pairs_v37.jsonl and planted_errors.json from pairs_spec.py (stdlib only).

Checks that every span occurs exactly once in its document and lies inside exactly one sentence
(sentences from splitter.py). `--dump DOC` prints a document's numbered sentences.
"""
import json, os, sys
from splitter import load_docs, sentences
import pairs_spec as S

HERE = os.path.dirname(os.path.abspath(__file__))


def locate(docs, sents, doc, span):
    text = docs[doc]
    n = text.count(span)
    if n != 1:
        raise SystemExit(f'span occurs {n} times in {doc}: {span!r}')
    hits = [s for s in sents[doc] if span in s]
    if len(hits) != 1:
        raise SystemExit(f'span in {len(hits)} sentences of {doc}: {span!r}')
    return hits[0]


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]]), 1):
            print(f'{i:3d}  {s}')
        return
    sents = {}
    rows, planted = [], {}
    for i, p in enumerate(S.PAIRS, 1):
        pid = f'p{i:03d}'
        side = {}
        for key in ('a', 'b'):
            doc, span = p[key]
            if doc not in sents:
                sents[doc] = sentences(docs[doc])
            side[key] = {'doc': doc, 'text': span, 'sentence': locate(docs, sents, doc, span)}
        row = {'id': pid, 'kind': p['kind'], 'a': side['a'], 'b': side['b'], 'verdict': p['verdict'], 'note': p['note']}
        if p['verdict'] == 'differ':
            row['how'] = p['how']
        rows.append(row)
        if p['label']:
            panel, essay = p['a'][0], p['b'][0]
            typ = {'date': 'date', 'quantity': 'number'}.get(p['kind'], 'fact')
            planted[pid] = {'label': p['label'], 'type': typ, 'verdict': p['verdict'],
                            'panel_says': p['a'][1], 'source_says': p['b'][1], 'panel': panel, 'essay': essay}
            if p['how']:
                planted[pid]['how'] = p['how']
    with open(os.path.join(HERE, 'pairs_v37.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(rows), 'pairs;', Counter(r['verdict'] for r in rows), ';', len(planted), 'planted')


if __name__ == '__main__':
    main()
