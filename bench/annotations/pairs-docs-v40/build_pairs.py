"""Build pairs_v40.jsonl and planted_errors.json from pairs_spec.py (stdlib only).

Usage: python3 build_pairs.py            build and write both files
       python3 build_pairs.py --dump DOC  print the numbered sentences of DOC
Each span must occur exactly once in its document and lie inside exactly one sentence.
"""
import json
import os
import sys

from splitter import load_docs, sentences
import pairs_spec

HERE = os.path.dirname(os.path.abspath(__file__))
TYPE_OF_KIND = {'date': 'date', 'quantity': 'number', 'event': 'fact', 'quote': 'fact'}


def locate(docs, sents, doc, span, errors, where):
    if doc not in docs:
        errors.append(f'{where}: unknown doc {doc}')
        return None
    n = docs[doc].count(span)
    if n != 1:
        errors.append(f'{where}: span occurs {n} times in {doc}: {span!r}')
        return None
    hits = [s for s in sents[doc] if span in s]
    if len(hits) != 1:
        errors.append(f'{where}: span in {len(hits)} sentences of {doc}: {span!r}')
        return None
    return hits[0]


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for n, s in enumerate(sentences(docs[sys.argv[2]]), 1):
            print(n, s)
        return 0
    sents = {d: sentences(t) for d, t in docs.items()}
    errors = []
    out = []
    planted = {}
    for i, p in enumerate(pairs_spec.PAIRS, 1):
        pid = f'p{i:03d}'
        sides = {}
        for side in ('a', 'b'):
            doc, span = p[side]
            sent = locate(docs, sents, doc, span, errors, f'{pid}.{side}')
            sides[side] = {'doc': doc, 'text': span, 'sentence': sent}
        rec = {'id': pid, 'kind': p['kind'], 'a': sides['a'], 'b': sides['b'],
               'verdict': p['verdict'], 'note': p['note']}
        if p['verdict'] == 'differ':
            rec['how'] = p['how']
        out.append(rec)
        if p['label']:
            panel = p['a'][0]
            planted[pid] = {'label': p['label'], 'type': TYPE_OF_KIND[p['kind']], 'verdict': p['verdict'],
                            'panel_says': p['a'][1], 'source_says': p['b'][1], 'panel': panel,
                            'essay': p['b'][0], 'how': p['how'] if p['verdict'] == 'differ' else 'precision'}
    if errors:
        for e in errors:
            print('ERROR', e)
        print(f'{len(errors)} errors; nothing written')
        return 1
    with open(os.path.join(HERE, 'pairs_v40.jsonl'), 'w', encoding='utf-8') as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'wrote {len(out)} pairs, {len(planted)} planted errors')
    return 0


if __name__ == '__main__':
    sys.exit(main())
