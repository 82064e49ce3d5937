"""Build pairs_v26.jsonl and planted_errors.json from pairs_spec.py.

Usage: python3 build_pairs.py            (build)
       python3 build_pairs.py --dump DOC (print the sentences of one document)
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from splitter import load_docs, sentences
import pairs_spec as S

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
    return {'doc': doc, 'text': span, 'sentence': hits[0]}


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]])):
            print(i, s)
        return
    errors, out, planted = [], [], {}
    for i, p in enumerate(S.PAIRS, 1):
        pid = f'p{i:03d}'
        a = locate(docs, *p['a'], errors, pid)
        b = locate(docs, *p['b'], errors, pid)
        if a is None or b is None:
            continue
        out.append({'id': pid, 'kind': p['kind'], 'a': a, 'b': b, 'verdict': p['verdict'], 'note': p['note']})
        if p['label']:
            planted[pid] = {'label': p['label'], 'type': p['type'], 'panel_says': a['text'], 'source_says': b['text'],
                            'essay': b['doc'], 'panel': a['doc']}
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, 'pairs_v26.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'{len(out)} pairs written, {len(planted)} planted errors')


if __name__ == '__main__':
    main()
