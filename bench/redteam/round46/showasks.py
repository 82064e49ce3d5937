import json
for line in open('/work/redteam46/asks.tsv'):
    i,c,q,t = line.rstrip('\n').split('\t')
    try: d = json.load(open(f'/work/redteam46/logs/{i}.out'))
    except Exception as e: print(i, 'ERR', e); continue
    cit = d.get('citations') or []
    c0 = (cit[0]['document']+': '+cit[0]['text'][:110]) if cit else ''
    print(f"{i} [{c}] Q: {q}\n   TRUTH: {t}\n   ANS: {d.get('answer')!r} conf={d.get('confidence')} type={d.get('type')} extra={ {k:v for k,v in d.items() if k not in ('question','answer','confidence','citations','type')} }\n   CIT: {c0}")
