import json, sys, os
os.chdir('/work/redteam53')
for line in open('questions.tsv', encoding='utf-8'):
    id_, kind, q, truth = line.rstrip('\n').split('\t')
    if not os.path.exists(f'logs/{id_}.json') or os.path.getsize(f'logs/{id_}.json') == 0: continue
    try: d = json.load(open(f'logs/{id_}.json'))
    except Exception as e: print(id_, 'BADJSON', e); continue
    c = d['citations'][0] if d['citations'] else {}
    print(f"{id_} [{kind}] {q}\n   truth: {truth}\n   ans: {d['answer']!r} conf={d['confidence']} type={d.get('type')}\n   cite: {c.get('document')} {c.get('text','')[:150]!r}")
