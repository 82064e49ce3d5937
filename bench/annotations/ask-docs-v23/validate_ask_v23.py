"""Validate ask_v23.jsonl: exact substrings, ids, counts, kinds, lexical overlap."""
import json, re, sys, collections
HERE = '/work/heldout/r22/ask23/'
T = json.load(open(HERE + 'ask_texts.json'))
rows = [json.loads(l) for l in open(HERE + 'ask_v23.jsonl')]
KINDS = {'who','what','when','where','why','how','how many/how much','which','unanswerable'}
STOP = set('''a an the of to in on at for by with from and or but is was were be been are did do does had has have
what who whom whose when where why how which that this these those it its his her their they he she we you i me my
into about after before than then there as not no so up out over under did does done get got one two any all
'''.split())
def cw(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace('’',"'")) if w not in STOP and len(w) > 1}
def stem(w):
    for suf in ('ing','ed','es','s'):
        if w.endswith(suf) and len(w) - len(suf) >= 4: return w[:-len(suf)]
    return w
err = []
ids = [r['id'] for r in rows]
if len(rows) != 100: err.append(f'{len(rows)} rows')
if len(set(ids)) != len(ids): err.append('duplicate ids')
if sorted(ids) != [f'q{i:03d}' for i in range(1, 101)]: err.append('ids not q001-q100')
low = 0
for r in rows:
    if set(r) != {'id','question','answer','alternatives','document','citation','kind'}: err.append(r['id']+' fields')
    if r['kind'] not in KINDS: err.append(r['id']+' kind')
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            err.append(r['id']+' unanswerable fields')
        continue
    if r['document'] not in T: err.append(r['id']+' bad doc'); continue
    if r['citation'] not in T[r['document']]: err.append(r['id']+' citation not in doc')
    if r['answer'] not in r['citation']: err.append(r['id']+' answer not in citation')
    for a in r['alternatives']:
        if a not in r['citation']: err.append(r['id']+' alt not in citation: '+a)
    if r['answer'] in r['alternatives']: err.append(r['id']+' answer repeated in alternatives')
    q = {stem(w) for w in cw(r['question'])}; c = {stem(w) for w in cw(r['citation'])}
    r['_ov'] = len(q & c)
    if r['_ov'] <= 1: low += 1
ans = [r for r in rows if r['kind'] != 'unanswerable']
kinds = collections.Counter(r['kind'] for r in rows)
docs = collections.Counter(r['document'] for r in ans)
ex = docs.get('000_beabee21081aa6a0', 0)
ess = [d for d in docs if d != '000_beabee21081aa6a0']
print('rows', len(rows), 'answerable', len(ans), 'unanswerable', kinds['unanswerable'])
print('kinds', dict(kinds))
print('exhibit', ex, 'essays covered', len(ess), 'of', len(T) - 1)
print('questions sharing <=1 content word with citation:', low)
print('all-lowercase questions:', sum(r['question'] == r['question'].lower() for r in rows))
if '-v' in sys.argv:
    for r in ans: print(r['_ov'], r['id'], r['question'])
if len(ans) != 80: err.append('answerable != 80')
if kinds['unanswerable'] != 20: err.append('unanswerable != 20')
if len(ess) < 30: err.append('fewer than 30 essays')
if low < 30: err.append('fewer than 30 low-overlap questions')
# shuffled: no long runs of the same document
run = max_run = 1
for a, b in zip(rows, rows[1:]):
    run = run + 1 if a['document'] == b['document'] and a['document'] else 1
    max_run = max(max_run, run)
print('longest run of same document:', max_run)
print('ERRORS:' if err else 'OK', *err, sep='\n ')
sys.exit(1 if err else 0)
