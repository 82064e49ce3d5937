"""Build pairs_v31.jsonl and planted_errors.json from pairs_spec.py. Usage: python3 build_pairs.py [--dump DOC]"""
import json, os, sys
from splitter import load_docs, sentences, HERE
from pairs_spec import SPEC, PANELS

docs = load_docs()
if len(sys.argv) > 2 and sys.argv[1] == '--dump':
    for i, s in enumerate(sentences(docs[sys.argv[2]])):
        print(i, s)
    sys.exit(0)

sents = {}
errors = []


def side(doc, span):
    if doc not in docs:
        errors.append(f'unknown doc {doc}')
        return None
    n = docs[doc].count(span)
    if n != 1:
        errors.append(f'{doc}: span occurs {n} times: {span!r}')
        return None
    ss = sents.setdefault(doc, sentences(docs[doc]))
    hits = [s for s in ss if span in s]
    if len(hits) != 1:
        errors.append(f'{doc}: span in {len(hits)} sentences: {span!r}')
        return None
    return {'doc': doc, 'text': span, 'sentence': hits[0]}


out, planted = [], {}
for i, p in enumerate(SPEC, 1):
    pid = f'p{i:03d}'
    a, b = side(*p['a']), side(*p['b'])
    out.append({'id': pid, 'kind': p['kind'], 'a': a, 'b': b, 'verdict': p['verdict'], 'note': p['note']})
    if p['label']:
        planted[pid] = {'label': p['label'], 'type': p['type'], 'panel_says': p['a'][1], 'source_says': p['b'][1],
                        'essay': p['b'][0], 'panel': p['a'][0]}
if errors:
    print('\n'.join(errors))
    sys.exit(1)
with open(os.path.join(HERE, 'pairs_v31.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
    json.dump(planted, f, ensure_ascii=False, indent=1)
print(f'wrote {len(out)} pairs, {len(planted)} planted errors')
