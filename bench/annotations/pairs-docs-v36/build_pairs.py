"""Build pairs_v36.jsonl and planted_errors.json from pairs_spec.py.

Usage: python3 build_pairs.py            (build)
       python3 build_pairs.py --dump DOC  (print a document's sentences)
"""
import json
import os
import sys

from splitter import load_docs, sentences
from pairs_spec import PAIRS, PANELS

HERE = os.path.dirname(os.path.abspath(__file__))
TYPE = {'date': 'date', 'event': 'fact', 'quantity': 'number', 'quote': 'quote'}


def locate(docs, doc, span, errors, pid):
    if doc not in docs:
        errors.append(f'{pid}: unknown doc {doc}')
        return None
    text = docs[doc]
    n = text.count(span)
    if n != 1:
        errors.append(f'{pid}: span occurs {n} times in {doc}: {span!r}')
        return None
    hits = [s for s in sentences(text) if span in s]
    if len(hits) != 1:
        errors.append(f'{pid}: span in {len(hits)} sentences of {doc}: {span!r}')
        return None
    return {'doc': doc, 'text': span, 'sentence': hits[0]}


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]])):
            print(i, s)
        return 0
    errors = []
    rows = []
    planted = {}
    for i, p in enumerate(PAIRS, 1):
        pid = f'p{i:03d}'
        a = locate(docs, p['a'][0], p['a'][1], errors, pid)
        b = locate(docs, p['b'][0], p['b'][1], errors, pid)
        rows.append({'id': pid, 'kind': p['kind'], 'a': a, 'b': b, 'verdict': p['verdict'], 'note': p['note']})
        if p['label']:
            essay = p['b'][0]
            planted[pid] = {'label': p['label'], 'type': TYPE[p['kind']], 'verdict': p['verdict'],
                            'panel_says': p['a'][1], 'source_says': p['b'][1], 'panel': p['a'][0], 'essay': essay}
            if p['a'][0] not in PANELS or essay not in PANELS[p['a'][0]]['essays']:
                errors.append(f'{pid}: planted pair must be panel (a) vs one of its essays (b)')
    if errors:
        print('\n'.join(errors))
        print(f'{len(errors)} errors; nothing written')
        return 1
    with open(os.path.join(HERE, 'pairs_v36.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'wrote {len(rows)} pairs, {len(planted)} planted errors')
    return 0


if __name__ == '__main__':
    sys.exit(main())
