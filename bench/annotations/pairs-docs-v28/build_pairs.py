"""Build pairs_v28.jsonl and planted_errors.json from pairs_spec.py.

python3 build_pairs.py            # build
python3 build_pairs.py --dump DOC # print the sentences of one document
"""
import json, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from splitter import load_docs, sentences
from pairs_spec import SPEC, PANELS

HERE = os.path.dirname(os.path.abspath(__file__))


def locate(docs, sents, doc, span):
    if doc not in docs:
        raise SystemExit(f'unknown doc {doc}')
    n = docs[doc].count(span)
    if n != 1:
        raise SystemExit(f'span occurs {n}x in {doc}: {span!r}')
    hits = [s for s in sents[doc] if span in s]
    if len(hits) != 1:
        raise SystemExit(f'span in {len(hits)} sentences of {doc}: {span!r}')
    return hits[0]


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]])):
            print(i, s)
        return
    sents = {k: sentences(v) for k, v in docs.items()}
    out, planted = [], {}
    for i, p in enumerate(SPEC, 1):
        pid = f'p{i:03d}'
        rec = {'id': pid, 'kind': p['kind']}
        for side in ('a', 'b'):
            doc, span = p[side]
            rec[side] = {'doc': doc, 'text': span, 'sentence': locate(docs, sents, doc, span)}
        rec['verdict'] = p['verdict']
        rec['note'] = p['note']
        out.append(rec)
        if p['label']:
            planted[pid] = {'label': p['label'], 'type': p['type'], 'panel_says': p['a'][1],
                            'source_says': p['b'][1], 'essay': p['b'][0], 'panel': p['a'][0]}
    with open(os.path.join(HERE, 'pairs_v28.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    c = Counter(r['verdict'] for r in out)
    ee = sum(1 for r in out if not r['a']['doc'].startswith('panel-'))
    print(f'{len(out)} pairs; verdicts {dict(c)}; essay-essay {ee}; planted {len(planted)}')
    print('kind x verdict', dict(Counter((r['kind'], r['verdict']) for r in out)))


if __name__ == '__main__':
    main()
