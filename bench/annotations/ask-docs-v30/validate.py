# Validates ask_v30.jsonl against the source texts. Run: python3 validate.py
import json, re, collections
T = json.load(open('/work/heldout/r29/ask30/ask_texts.json'))
rows = [json.loads(l) for l in open('/work/heldout/r29/ask30/ask_v30.jsonl', encoding='utf-8')]
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
err = []
ids = [r['id'] for r in rows]
if len(rows) != 100: err.append(f'{len(rows)} rows, want 100')
if len(set(ids)) != len(ids): err.append('duplicate ids')
if sorted(ids) != ['q%03d' % i for i in range(1, 101)]: err.append('ids are not q001..q100')
for r in rows:
    if list(r) != FIELDS: err.append(f"{r.get('id')}: fields {list(r)}")
    if r['kind'] not in KINDS: err.append(f"{r['id']}: bad kind {r['kind']}")
    if not r['question'].strip(): err.append(f"{r['id']}: empty question")
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            err.append(f"{r['id']}: unanswerable with non-null fields")
        continue
    doc = T.get(r['document'])
    if doc is None: err.append(f"{r['id']}: unknown document {r['document']}"); continue
    c = r['citation']
    if c not in doc: err.append(f"{r['id']}: citation not an exact substring of its document")
    if '\n' in c: err.append(f"{r['id']}: citation spans a line break")
    if not r['answer'] or r['answer'] not in c: err.append(f"{r['id']}: answer not in citation")
    for a in r['alternatives']:
        if a not in c: err.append(f"{r['id']}: alternative {a!r} not in citation")
        if a == r['answer']: err.append(f"{r['id']}: alternative duplicates answer")
    if re.match(r'^(is|are|was|were|did|does|do|can|could|has|have|had|will|would)\b', r['question'].strip(), re.I):
        err.append(f"{r['id']}: looks like a yes/no question")
kinds = collections.Counter(r['kind'] for r in rows)
docs = collections.Counter(r['document'] for r in rows if r['document'])
ans = sum(1 for r in rows if r['kind'] != 'unanswerable')
essay_docs = [d for d in docs if d != '000_beabee21081aa6a0']
if ans != 80: err.append(f'{ans} answerable, want 80')
if kinds['unanswerable'] != 20: err.append(f"{kinds['unanswerable']} unanswerable, want 20")
if len(essay_docs) < 30: err.append(f'only {len(essay_docs)} essays used')
# questions grouped by document? (longest run of the same document in id order)
run = best = 0; prev = None
for r in rows:
    run = run + 1 if (r['document'] == prev and prev is not None) else 1; prev = r['document']; best = max(best, run)
if best > 3: err.append(f'longest same-document run is {best}')
lower = [r['id'] for r in rows if r['question'] == r['question'].lower()]
from overlap import toks
low = sum(1 for r in rows if r['citation'] and len(toks(r['question']) & toks(r['citation'])) <= 1)
if low < 30: err.append(f'only {low} questions share <=1 content word')
print('kinds:', dict(sorted(kinds.items())))
print('museum exhibit:', docs['000_beabee21081aa6a0'], '| essays used:', len(essay_docs), '| per essay:', dict(sorted(collections.Counter(docs[d] for d in essay_docs).items())))
print('all-lowercase questions:', lower)
print('share <=1 content word with citation:', low)
print('longest same-document run:', best)
print('ERRORS:' if err else 'OK: no errors', *err, sep='\n  ')
