"""Validate ask_v21.jsonl: exact substrings, ids, counts."""
import json,re,collections,sys
texts=json.load(open('/work/heldout/r20/all_essays.json'))
ask=json.load(open('/work/heldout/r20/ask21/ask_texts.json'))
rows=[json.loads(l) for l in open('/work/heldout/r20/ask21/ask_v21.jsonl',encoding='utf-8')]
err=[]
FIELDS=['id','question','answer','alternatives','document','citation','kind']
KINDS={'who','what','when','where','why','how','how many/how much','which','unanswerable'}
ids=[r['id'] for r in rows]
if len(rows)!=100: err.append(f'{len(rows)} rows, expected 100')
if len(set(ids))!=len(ids): err.append('duplicate ids')
if sorted(ids)!=[f'q{i:03d}' for i in range(1,101)]: err.append('ids not q001..q100')
for r in rows:
    if list(r)!=FIELDS: err.append(f"{r.get('id')}: fields {list(r)}")
    if r['kind'] not in KINDS: err.append(f"{r['id']}: bad kind {r['kind']}")
    if r['kind']=='unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives']!=[]:
            err.append(f"{r['id']}: unanswerable must have null answer/document/citation and []")
        continue
    d=r['document']
    if d not in ask: err.append(f"{r['id']}: document {d} not in ask_texts.json")
    elif r['citation'] not in ask[d]: err.append(f"{r['id']}: citation not exact substring of {d}")
    if d in texts and r['citation'] not in texts[d]: err.append(f"{r['id']}: citation not in all_essays[{d}]")
    if r['answer'] not in r['citation']: err.append(f"{r['id']}: answer not in citation")
    for a in r['alternatives']:
        if a not in r['citation']: err.append(f"{r['id']}: alternative {a!r} not in citation")
    if r['answer'] in r['alternatives']: err.append(f"{r['id']}: answer repeated in alternatives")
kinds=collections.Counter(r['kind'] for r in rows)
docs=collections.Counter(r['document'] for r in rows if r['document'])
ans=sum(v for k,v in kinds.items() if k!='unanswerable')
seed=[k for k in ask if k.startswith('000_')][0]
ess=[d for d in docs if d!=seed]
if ans!=80: err.append(f'{ans} answerable, expected 80')
if kinds['unanswerable']!=20: err.append(f"{kinds['unanswerable']} unanswerable, expected 20")
if len(ess)<30: err.append(f'only {len(ess)} essays covered')
if not 14<=docs[seed]<=18: err.append(f'seed has {docs[seed]}')
if 'yes/no' in kinds: err.append('yes/no present')
low=sum(1 for r in rows if r['question']==r['question'].lower())
print('kinds:',dict(sorted(kinds.items())))
print('seed:',docs[seed],'| essays covered:',len(ess),'of',len(ask)-1,'| all-lowercase questions:',low)
print('ERRORS:' if err else 'OK: all checks passed', *err, sep='\n')
sys.exit(1 if err else 0)
