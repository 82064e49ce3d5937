"""Build pairs_v20.jsonl and planted_errors.json from pairs_spec.py.
Usage: python3 build_pairs.py            (build)
       python3 build_pairs.py --dump DOC (print a document's sentences)"""
import json, os, sys, collections
from split_util import sentences
import pairs_spec as S

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')

def load_docs():
    docs = dict(json.load(open(ESSAYS, encoding='utf-8')))
    for f in sorted(os.listdir(HERE)):
        if f.startswith('panel-') and f.endswith('.txt'):
            docs[f[:-4]] = open(os.path.join(HERE, f), encoding='utf-8').read()
    return docs

def locate(docs, doc, span, errs):
    if doc not in docs:
        errs.append(f'unknown doc {doc}'); return None
    text = docs[doc]
    n = text.count(span)
    if n != 1:
        errs.append(f'span occurs {n}x in {doc}: {span!r}'); return None
    hits = [s for s in sentences(text) if span in s]
    if len(hits) != 1:
        errs.append(f'span in {len(hits)} sentences of {doc}: {span!r}'); return None
    return hits[0]

def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]])):
            print(i, s)
        return
    errs, out, planted = [], [], {}
    for i, p in enumerate(S.PAIRS, 1):
        pid = f'p{i:03d}'
        rec = {'id': pid, 'kind': p['kind']}
        for side in ('a', 'b'):
            doc, span = p[side]
            sent = locate(docs, doc, span, errs)
            rec[side] = {'doc': doc, 'text': span, 'sentence': sent}
        rec['verdict'] = p['verdict']
        rec['note'] = p['note']
        out.append(rec)
        if p['label']:
            lab = p['label']
            planted[pid] = {'label': lab, 'type': S.TYPES[lab], 'panel_says': p['a'][1], 'source_says': p['b'][1],
                            'essay': p['b'][0], 'panel': p['a'][0]}
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    with open(os.path.join(HERE, 'pairs_v20.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    c = collections.Counter((r['kind'], r['verdict']) for r in out)
    print(len(out), 'pairs;', len(planted), 'planted')
    for k in ('date', 'event', 'quantity', 'quote'):
        print(k, {v: c[(k, v)] for v in ('agree', 'more-precise', 'differ', 'not-same')})
    print('verdicts', collections.Counter(r['verdict'] for r in out))

if __name__ == '__main__':
    main()
