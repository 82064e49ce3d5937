#!/usr/bin/env python3
"""Build pairs_v41.jsonl and planted_errors.json from pairs_spec.py.

Each span must occur exactly once (case-sensitive) in its document and lie inside exactly one sentence
(splitter.sentences). `sentence` is that whole sentence. Usage: python3 build_pairs.py [--dump DOC]
"""
import json, os, sys
from splitter import load_docs, sentences
import pairs_spec

ERRORS = []
HERE = os.path.dirname(os.path.abspath(__file__))


def locate(docs, sents, doc, span):
    n = docs[doc].count(span)
    hits = [s for s in sents[doc] if span in s]
    if n != 1 or len(hits) != 1:
        ERRORS.append(f'{doc}: span occurs {n} times, in {len(hits)} sentences: {span!r}')
        return hits[0] if hits else ''
    return hits[0]


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]]), 1):
            print(i, s)
        return
    sents = {}
    out, planted = [], {}
    for i, p in enumerate(pairs_spec.PAIRS, 1):
        pid = f'p{i:03d}'
        rec = {'id': pid, 'kind': p['kind']}
        for side in ('a', 'b'):
            doc, span = p[side]
            if doc not in sents:
                sents[doc] = sentences(docs[doc])
            rec[side] = {'doc': doc, 'text': span, 'sentence': locate(docs, sents, doc, span)}
        rec['verdict'] = p['verdict']
        rec['note'] = p['note']
        if p['verdict'] == 'differ':
            rec['how'] = p['how']
        out.append(rec)
        if p['label']:
            typ = {'date': 'date', 'quantity': 'number'}.get(p['kind'], 'fact')
            planted[pid] = {'label': p['label'], 'type': typ, 'verdict': p['verdict'],
                            'panel_says': p['a'][1], 'source_says': p['b'][1],
                            'panel': p['a'][0], 'essay': p['b'][0],
                            'how': p['how'] if p['verdict'] == 'differ' else 'precision'}
    if ERRORS:
        print('\n'.join(ERRORS), file=sys.stderr)
        raise SystemExit(f'{len(ERRORS)} span errors; nothing written')
    with open(os.path.join(HERE, 'pairs_v41.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'wrote {len(out)} pairs, {len(planted)} planted errors')


if __name__ == '__main__':
    main()
