"""Build pairs_v22.jsonl and planted_errors.json from pairs_spec.py (stdlib only).

Usage: python3 build_pairs.py            build
       python3 build_pairs.py --dump DOC print the sentences of DOC
"""
import json
import os
import sys

import split_util
from pairs_spec import SPEC

HERE = os.path.dirname(os.path.abspath(__file__))


def locate(docs, doc, span):
    text = docs[doc]
    n = text.count(span)
    if n != 1:
        raise SystemExit(f'span occurs {n} times in {doc}: {span!r}')
    hits = [s for s in split_util.sentences(text) if span in s]
    if len(hits) != 1:
        raise SystemExit(f'span lies in {len(hits)} sentences of {doc}: {span!r}')
    return {'doc': doc, 'text': span, 'sentence': hits[0]}


def main():
    docs = split_util.load_docs()
    if len(sys.argv) == 3 and sys.argv[1] == '--dump':
        for s in split_util.sentences(docs[sys.argv[2]]):
            print(s)
        return
    rows, planted = [], {}
    for i, p in enumerate(SPEC, 1):
        pid = f'p{i:03d}'
        a = locate(docs, *p['a'])
        b = locate(docs, *p['b'])
        rows.append({'id': pid, 'kind': p['kind'], 'a': a, 'b': b, 'verdict': p['verdict'], 'note': p['note']})
        if p['label']:
            planted[pid] = {'label': p['label'], 'type': p['ptype'], 'panel_says': a['text'],
                            'source_says': b['text'], 'essay': b['doc'], 'panel': a['doc']}
    with open(os.path.join(HERE, 'pairs_v22.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'wrote {len(rows)} pairs, {len(planted)} planted errors')


if __name__ == '__main__':
    main()
