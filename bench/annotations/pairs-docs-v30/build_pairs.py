"""Build pairs_v30.jsonl and planted_errors.json from pairs_spec.py (stdlib only).

Usage: python3 build_pairs.py            # build
       python3 build_pairs.py --dump DOC # print the sentences of one document
"""
import json, os, sys
from splitter import load_docs, sentences
from pairs_spec import SPEC, PANELS

HERE = os.path.dirname(os.path.abspath(__file__))


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
    return hits[0]


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]]), 1):
            print(i, s)
        return 0
    errors, out, planted = [], [], {}
    for i, p in enumerate(SPEC, 1):
        pid = f'p{i:03d}'
        rec = {'id': pid, 'kind': p['kind']}
        for side in ('a', 'b'):
            doc, span = p[side]
            sent = locate(docs, doc, span, errors, pid)
            rec[side] = {'doc': doc, 'text': span, 'sentence': sent}
        rec['verdict'] = p['verdict']
        rec['note'] = p['note']
        out.append(rec)
        if p['label']:
            planted[pid] = {'label': p['label'], 'type': p['type'], 'panel_says': p['a'][1],
                            'source_says': p['b'][1], 'essay': p['b'][0], 'panel': p['a'][0]}
    if errors:
        print('\n'.join(errors))
        print(f'{len(errors)} errors; nothing written')
        return 1
    with open(os.path.join(HERE, 'pairs_v30.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'wrote {len(out)} pairs, {len(planted)} planted errors')
    return 0


if __name__ == '__main__':
    sys.exit(main())
