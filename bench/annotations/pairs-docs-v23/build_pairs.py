"""Build pairs_v23.jsonl and planted_errors.json from pairs_spec.py.

Usage: python3 build_pairs.py            (build)
       python3 build_pairs.py --dump DOC (print the numbered sentences of DOC)
"""
import json, os, sys
from split_util import load_docs, sentences, HERE
import pairs_spec as spec


def locate(docs, doc, span, errors, where):
    if doc not in docs:
        errors.append(f'{where}: unknown doc {doc}')
        return None
    n = docs[doc].count(span)
    if n != 1:
        errors.append(f'{where}: span occurs {n} times in {doc}: {span!r}')
        return None
    hits = [s for s in sentences(docs[doc]) if span in s]
    if len(hits) != 1:
        errors.append(f'{where}: span lies in {len(hits)} sentences of {doc}: {span!r}')
        return None
    return hits[0]


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]])):
            print(i, s)
        return 0
    errors, rows, planted = [], [], {}
    for i, p in enumerate(spec.PAIRS, 1):
        pid = f'p{i:03d}'
        row = {'id': pid, 'kind': p['kind']}
        for side in ('a', 'b'):
            doc, span = p[side]
            sent = locate(docs, doc, span, errors, f'{pid}.{side}')
            row[side] = {'doc': doc, 'text': span, 'sentence': sent}
        row['verdict'] = p['verdict']
        row['note'] = p['note']
        rows.append(row)
        if p['label']:
            panel, essay = p['a'][0], p['b'][0]
            planted[pid] = {'label': p['label'], 'type': p['type'], 'panel_says': p['a'][1],
                            'source_says': p['b'][1], 'essay': essay, 'panel': panel}
    if errors:
        print('\n'.join(errors))
        print(f'BUILD FAILED: {len(errors)} errors')
        return 1
    with open(os.path.join(HERE, 'pairs_v23.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'wrote {len(rows)} pairs, {len(planted)} planted errors')
    return 0


if __name__ == '__main__':
    sys.exit(main())
