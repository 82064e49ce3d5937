# Validates ask_v45.jsonl against ask_texts.json.
import json, re, collections, sys
T = json.load(open('/work/heldout/r44/ask45/ask_texts.json'))
rows = [json.loads(l) for l in open('/work/heldout/r44/ask45/ask_v45.jsonl')]
KINDS = {'who','what','when','where','why','how','how many/how much','which','unanswerable'}
err = []
ids = [r['id'] for r in rows]
if len(rows) != 100: err.append('not 100 rows')
if len(set(ids)) != len(ids): err.append('duplicate ids')
if ids != ['q%03d' % i for i in range(1, 101)]: err.append('ids not q001..q100 in order')
for r in rows:
    if set(r) != {'id','question','answer','alternatives','document','citation','kind'}: err.append(r['id']+' fields')
    if r['kind'] not in KINDS: err.append(r['id']+' bad kind')
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            err.append(r['id']+' unanswerable fields not null/empty')
        continue
    if r['document'] not in T: err.append(r['id']+' unknown doc'); continue
    c = r['citation']
    if c not in T[r['document']]: err.append(r['id']+' citation not in document')
    if '\n' in c: err.append(r['id']+' citation spans a line break')
    if not r['answer'] or r['answer'] not in c: err.append(r['id']+' answer not in citation')
    for a in r['alternatives']:
        if a not in c: err.append(r['id']+' alternative not in citation: '+a)
    if r['answer'] in r['alternatives']: err.append(r['id']+' answer repeated in alternatives')
    if re.match(r'(is|are|was|were|did|do|does|can|could|has|have|had)\b', r['question'].lower()): err.append(r['id']+' looks like yes/no')
ans = [r for r in rows if r['kind'] != 'unanswerable']
kinds = collections.Counter(r['kind'] for r in rows)
docs = collections.Counter(r['document'] for r in ans)
print('kinds:', dict(kinds))
print('answerable:', len(ans), 'exhibit:', docs.get('000_beabee21081aa6a0', 0), 'distinct essays:', len([d for d in docs if d != '000_beabee21081aa6a0']))
if len(ans) != 80 or kinds['unanswerable'] != 20: err.append('answerable/unanswerable counts wrong')
# content-word overlap between question and citation
STOP = set('''a an the of to in on at by for with from and or but as is was were be been are it its this that these those what which who whom whose when where why how many much did do does had has have he she they them his her their there than then into over after before about during not no so if any all some one two new up out also would could should will can may might just very more most such own same other get got make made use used say said tell told go went come came give gave take took know called call name named u s us'''.split())
def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace('’',"'")) if w not in STOP and len(w) > 1}
low = 0
for r in ans:
    ov = words(r['question']) & words(r['citation'])
    if len(ov) <= 1: low += 1
print('questions sharing <=1 content word with citation:', low)
print('all lower-case questions:', sum(1 for r in rows if r['question'] == r['question'].lower()))
if low < 30: err.append('fewer than 30 low-overlap questions')
print('ERRORS:', err if err else 'none')
sys.exit(1 if err else 0)
