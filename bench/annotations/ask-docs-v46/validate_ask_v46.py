"""Validate ask_v46.jsonl against ask_texts.json (and all_essays.json)."""
import json, re, sys, collections
D = '/work/heldout/r45/ask46/'
T = json.load(open(D + 'ask_texts.json'))
ALL = json.load(open('/work/heldout/r45/all_essays.json'))
rows = [json.loads(l) for l in open(D + 'ask_v46.jsonl')]
KINDS = {'who', 'what', 'when', 'where', 'why', 'how', 'how many/how much', 'which', 'unanswerable'}
FIELDS = ['id', 'question', 'answer', 'alternatives', 'document', 'citation', 'kind']
err = []
ids = [r['id'] for r in rows]
if ids != [f'q{i:03d}' for i in range(1, 101)]: err.append('ids not q001..q100 in order')
if len(set(ids)) != len(ids): err.append('duplicate ids')
if len(set(r['question'] for r in rows)) != len(rows): err.append('duplicate questions')
for r in rows:
    if list(r) != FIELDS: err.append(f"{r['id']}: fields {list(r)}")
    if r['kind'] not in KINDS: err.append(f"{r['id']}: bad kind {r['kind']}")
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            err.append(f"{r['id']}: unanswerable with content")
        continue
    doc, c, a = r['document'], r['citation'], r['answer']
    if doc not in T: err.append(f"{r['id']}: unknown doc {doc}"); continue
    if c not in T[doc]: err.append(f"{r['id']}: citation not in document")
    if c not in ALL.get(doc, ''): err.append(f"{r['id']}: citation not in all_essays[{doc}]")
    if '\n' in c: err.append(f"{r['id']}: citation spans a line break")
    if a not in c: err.append(f"{r['id']}: answer not in citation")
    for alt in r['alternatives']:
        if alt not in c: err.append(f"{r['id']}: alternative not in citation: {alt}")
        if alt == a: err.append(f"{r['id']}: alternative equals answer")
    if re.match(r'^(is|are|was|were|did|do|does|can|could|has|have|had)\b', r['question'], re.I):
        err.append(f"{r['id']}: looks like a yes/no question")
cnt = collections.Counter(r['kind'] for r in rows)
ans = [r for r in rows if r['kind'] != 'unanswerable']
docs = collections.Counter(r['document'] for r in ans)
ess = [d for d in docs if d != '000_beabee21081aa6a0']
print('answerable', len(ans), 'unanswerable', cnt['unanswerable'])
print('kinds', dict(cnt))
print('exhibit questions', docs['000_beabee21081aa6a0'], '| essays covered', len(ess), 'of', len(T) - 1)
print('all-lower-case questions', sum(r['question'] == r['question'].lower() for r in rows))
if len(ans) != 80 or cnt['unanswerable'] != 20: err.append('wrong counts')
if len(ess) < 30: err.append('fewer than 30 essays')
if not 14 <= docs['000_beabee21081aa6a0'] <= 18: err.append('exhibit count off')
# run lengths of same document (shuffle check)
runs = max(len(list(g)) for _, g in __import__('itertools').groupby(r['document'] for r in rows))
print('longest run of same document', runs)
# informational: content-word overlap between question and citation (5-letter prefixes, small stop list)
STOP = set("a an the of to in on at for by with from and or but as is was were be been being are did do does what which who whom whose when where why how many much long that this these those it its his her their they he she we you into over after before about under than then there also not no only more most any all some other such own same so very can will would could should has have had during between up out one two three first last just".split())
def cw(x):
    return {w[:5] for w in re.findall(r"[A-Za-z0-9]+", x.lower()) if w not in STOP and len(w) > 1}
low = sum(1 for r in ans if len(cw(r['question']) & cw(r['citation'])) <= 1)
print('questions sharing <=1 content word with citation:', low)
if low < 30: err.append('fewer than 30 low-overlap questions')
print('\n'.join(err) if err else 'OK: all checks passed')
sys.exit(1 if err else 0)
