"""Build pairs_v25.jsonl and planted_errors.json from pairs_spec.py.

Usage: python3 build_pairs.py            # build
       python3 build_pairs.py --dump DOC  # print the sentences of DOC
"""
import json, os, sys
from splitter import load_docs, sentences, HERE
import pairs_spec


def locate(docs, sents, doc, span):
    if doc not in docs:
        raise SystemExit(f'unknown doc {doc}')
    n = docs[doc].count(span)
    if n != 1:
        raise SystemExit(f'span occurs {n} times in {doc}: {span!r}')
    hits = [s for s in sents[doc] if span in s]
    if len(hits) != 1:
        raise SystemExit(f'span in {len(hits)} sentences of {doc}: {span!r}')
    return {'doc': doc, 'text': span, 'sentence': hits[0]}


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]])):
            print(i, s)
        return
    sents = {k: sentences(v) for k, v in docs.items()}
    out, planted = [], {}
    for i, p in enumerate(pairs_spec.PAIRS, 1):
        pid = f'p{i:03d}'
        a = locate(docs, sents, *p['a'])
        b = locate(docs, sents, *p['b'])
        out.append({'id': pid, 'kind': p['kind'], 'a': a, 'b': b, 'verdict': p['verdict'], 'note': p['note']})
        if p['label']:
            essay = b['doc']
            planted[pid] = {'label': p['label'], 'type': p['type'], 'panel_says': a['text'], 'source_says': b['text'],
                            'essay': essay, 'panel': a['doc']}
    with open(os.path.join(HERE, 'pairs_v25.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'wrote {len(out)} pairs, {len(planted)} planted errors')


if __name__ == '__main__':
    main()
