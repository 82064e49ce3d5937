"""Build pairs_v35.jsonl and planted_errors.json from pairs_spec.py.
Usage: python3 build_pairs.py            (build)
       python3 build_pairs.py --dump DOC (print DOC's sentences)"""
import json, os, sys
from splitter import load_docs, sentences
import pairs_spec as spec

HERE = os.path.dirname(os.path.abspath(__file__))


def locate(docs, sents, doc, span):
    text = docs[doc]
    n = text.count(span)
    if n != 1:
        raise SystemExit(f'span occurs {n} times in {doc}: {span!r}')
    hits = [s for s in sents[doc] if span in s]
    if len(hits) != 1:
        raise SystemExit(f'span not inside exactly one sentence of {doc}: {span!r} ({len(hits)})')
    return {'doc': doc, 'text': span, 'sentence': hits[0]}


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]])):
            print(i, s)
        return
    sents = {k: sentences(v) for k, v in docs.items()}
    rows, planted = [], {}
    for i, p in enumerate(spec.PAIRS, 1):
        pid = f'p{i:03d}'
        a = locate(docs, sents, *p['a'])
        b = locate(docs, sents, *p['b'])
        rows.append({'id': pid, 'kind': p['kind'], 'a': a, 'b': b, 'verdict': p['verdict'], 'note': p['note']})
        if p['label']:
            lab = p['label']
            planted[pid] = {
                'label': lab,
                'type': {'date': 'date', 'quantity': 'number'}.get(p['kind'], 'fact'),
                'verdict': p['verdict'],
                'panel_says': a['text'],
                'source_says': b['text'],
                'panel': a['doc'],
                'essay': b['doc'],
            }
    with open(os.path.join(HERE, 'pairs_v35.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'wrote {len(rows)} pairs, {len(planted)} planted errors')


if __name__ == '__main__':
    main()
