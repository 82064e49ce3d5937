"""Independent checks for ask_v34.jsonl (round 33 held-out set)."""
import json, re, collections, sys

TEXTS = json.load(open('/work/heldout/r33/ask34/ask_texts.json'))
ALL = json.load(open('/work/heldout/r33/all_essays.json'))
KINDS = {'who', 'what', 'when', 'where', 'why', 'how', 'how many', 'how much', 'which', 'unanswerable'}
STOP = set("""a an the of in on at to for from by with and or but as is was were be been being it its this that these those
what which who whom whose when where why how many much did do does done had has have not no into than then there their they them
he she his her him i you we our us me my your after before during about over under up out off so such can could would should will
name called call give gave get got first one two""".split())

def toks(s):
    out = set()
    for w in re.findall(r"[a-z0-9]+", s.lower().replace('’', "'")):
        if w in STOP or len(w) < 2:
            continue
        out.add(w[:-1] if w.endswith('s') and len(w) > 3 else w)
    return out

rows = [json.loads(l) for l in open('/work/heldout/r33/ask34/ask_v34.jsonl')]
err = []
ids = [r['id'] for r in rows]
if ids != ['q%03d' % i for i in range(1, 101)]: err.append('ids not q001..q100 in order')
if len(set(ids)) != len(ids): err.append('duplicate ids')
seenq = set()
for r in rows:
    if set(r) != {'id', 'question', 'answer', 'alternatives', 'document', 'citation', 'kind'}: err.append(r['id'] + ' fields')
    if r['kind'] not in KINDS: err.append(r['id'] + ' kind ' + r['kind'])
    if r['question'].lower() in seenq: err.append(r['id'] + ' duplicate question')
    seenq.add(r['question'].lower())
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            err.append(r['id'] + ' unanswerable not null')
        continue
    if r['document'] not in TEXTS: err.append(r['id'] + ' unknown doc'); continue
    t = TEXTS[r['document']]
    if ALL[r['document']] != t: err.append(r['id'] + ' doc differs from all_essays')
    if r['citation'] not in t: err.append(r['id'] + ' citation not in doc')
    if '\n' in r['citation']: err.append(r['id'] + ' citation spans lines')
    for a in [r['answer']] + r['alternatives']:
        if not a or a not in r['citation']: err.append(r['id'] + ' answer/alt not in citation: %r' % a)
    if r['answer'] in r['alternatives']: err.append(r['id'] + ' answer repeated in alternatives')
    if re.match(r'^(is|are|was|were|did|does|do|can|could|has|have|had)\b', r['question'].lower()):
        err.append(r['id'] + ' looks like yes/no')

ans = [r for r in rows if r['kind'] != 'unanswerable']
kinds = collections.Counter(r['kind'] for r in rows)
docs = collections.Counter(r['document'] for r in ans)
low = [r['id'] for r in ans if len(toks(r['question']) & toks(r['citation'])) <= 1]
lower = [r['id'] for r in rows if r['question'] == r['question'].lower()]
print('rows', len(rows), 'answerable', len(ans), 'unanswerable', kinds['unanswerable'])
print('kinds', dict(sorted(kinds.items())))
print('exhibit questions', docs['000_beabee21081aa6a0'], '| essays covered', len([d for d in docs if d != '000_beabee21081aa6a0']), 'of', len(TEXTS) - 1)
print('docs', dict(sorted(docs.items())))
print('questions sharing <=1 content word with citation:', len(low))
print('all-lower-case questions:', lower)
if len(rows) != 100 or len(ans) != 80 or kinds['unanswerable'] != 20: err.append('counts wrong')
if len(low) < 30: err.append('fewer than 30 low-overlap questions')
if len([d for d in docs if d != '000_beabee21081aa6a0']) < 30: err.append('fewer than 30 essays')
print('ERRORS:' if err else 'OK: all checks passed', *err, sep='\n')
sys.exit(1 if err else 0)
