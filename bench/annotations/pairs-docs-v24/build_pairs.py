"""Build pairs_v24.jsonl and planted_errors.json from pairs_spec.py.

usage: python3 build_pairs.py            # build
       python3 build_pairs.py --dump DOC # print the sentences of DOC
"""
import json, os, sys
import splitter
import pairs_spec as spec

HERE = os.path.dirname(os.path.abspath(__file__))


def locate(docs, sents, doc, span):
    if doc not in docs:
        raise SystemExit(f'unknown doc {doc}')
    n = docs[doc].count(span)
    if n != 1:
        raise SystemExit(f'{doc}: span occurs {n} times: {span!r}')
    hits = [s for s in sents[doc] if span in s]
    if len(hits) != 1:
        raise SystemExit(f'{doc}: span in {len(hits)} sentences: {span!r}')
    return {'doc': doc, 'text': span, 'sentence': hits[0]}


def main():
    docs = splitter.load_docs()
    if len(sys.argv) == 3 and sys.argv[1] == '--dump':
        for i, s in enumerate(splitter.sentences(docs[sys.argv[2]])):
            print(i, s)
        return
    sents = {k: splitter.sentences(v) for k, v in docs.items()}
    rows, planted = [], {}
    for i, p in enumerate(spec.PAIRS, 1):
        pid = f'p{i:03d}'
        a = locate(docs, sents, *p['a'])
        b = locate(docs, sents, *p['b'])
        rows.append({'id': pid, 'kind': p['kind'], 'a': a, 'b': b, 'verdict': p['verdict'], 'note': p['note']})
        if p['label']:
            planted[pid] = {'label': p['label'], 'type': p['type'], 'panel_says': a['text'], 'source_says': b['text'],
                            'essay': b['doc'], 'panel': a['doc']}
    with open(os.path.join(HERE, 'pairs_v24.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'wrote {len(rows)} pairs, {len(planted)} planted errors')


if __name__ == '__main__':
    main()
