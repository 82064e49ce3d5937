"""Build pairs_v29.jsonl and planted_errors.json from pairs_spec.py.

Every span must occur exactly once in its document and lie inside exactly one sentence
(sentences from splitter.py). Usage: python3 build_pairs.py [--dump DOC]
"""
import json, os, sys
from splitter import load_docs, sentences, HERE
import pairs_spec as S


def locate(docs, doc, span):
    if doc not in docs:
        raise SystemExit(f'unknown doc {doc}')
    n = docs[doc].count(span)
    if n != 1:
        raise SystemExit(f'span occurs {n}x in {doc}: {span!r}')
    hits = [s for s in sentences(docs[doc]) if span in s]
    if len(hits) != 1:
        raise SystemExit(f'span in {len(hits)} sentences in {doc}: {span!r}')
    return hits[0]


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]])):
            print(i, s)
        return
    out, planted = [], {}
    for i, p in enumerate(S.PAIRS, 1):
        pid = f'p{i:03d}'
        rec = {'id': pid, 'kind': p['kind']}
        for side in 'ab':
            doc, span = p[side]
            rec[side] = {'doc': doc, 'text': span, 'sentence': locate(docs, doc, span)}
        rec['verdict'] = p['verdict']
        rec['note'] = p['note']
        out.append(rec)
        if p['label']:
            planted[pid] = {'label': p['label'], 'type': p['type'], 'panel_says': p['a'][1], 'source_says': p['b'][1],
                            'essay': p['b'][0], 'panel': p['a'][0]}
    with open(os.path.join(HERE, 'pairs_v29.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'wrote {len(out)} pairs, {len(planted)} planted errors')


if __name__ == '__main__':
    main()
