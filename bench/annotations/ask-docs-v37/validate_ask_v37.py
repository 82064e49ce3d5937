"""Validate ask_v37.jsonl: exact substrings, ids, counts, kinds, overlap statistics."""
import json, re, sys
from collections import Counter
HERE = '/work/heldout/r36/ask37/'
T = json.load(open(HERE + 'ask_texts.json'))
rows = [json.loads(l) for l in open(HERE + 'ask_v37.jsonl', encoding='utf-8')]
err = []
KINDS = {'who', 'what', 'when', 'where', 'why', 'how', 'how many/how much', 'which', 'unanswerable'}
FIELDS = ['id', 'question', 'answer', 'alternatives', 'document', 'citation', 'kind']
ids = [r['id'] for r in rows]
if len(rows) != 100: err.append(f'{len(rows)} rows, want 100')
if len(set(ids)) != len(ids): err.append('duplicate ids')
if sorted(ids) != [f'q{i:03d}' for i in range(1, 101)]: err.append('ids are not q001..q100')
for r in rows:
    if list(r) != FIELDS: err.append(f"{r.get('id')}: fields {list(r)}")
    if r['kind'] not in KINDS: err.append(f"{r['id']}: bad kind {r['kind']}")
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            err.append(f"{r['id']}: unanswerable with non-null fields")
        continue
    doc, cit = r['document'], r['citation']
    if doc not in T: err.append(f"{r['id']}: unknown document {doc}"); continue
    if cit not in T[doc]: err.append(f"{r['id']}: citation not an exact substring of {doc}")
    if '\n' in cit: err.append(f"{r['id']}: citation spans a line break")
    if not r['answer'] or r['answer'] not in cit: err.append(f"{r['id']}: answer not in citation")
    for a in r['alternatives']:
        if a not in cit: err.append(f"{r['id']}: alternative {a!r} not in citation")
        if a == r['answer']: err.append(f"{r['id']}: alternative repeats answer")
    if len(set(r['alternatives'])) != len(r['alternatives']): err.append(f"{r['id']}: duplicate alternatives")
kinds = Counter(r['kind'] for r in rows)
docs = Counter(r['document'] for r in rows if r['document'])
ans = [r for r in rows if r['kind'] != 'unanswerable']
essay_docs = [d for d in docs if d != '000_beabee21081aa6a0']
if len(ans) != 80: err.append(f'{len(ans)} answerable, want 80')
if kinds['unanswerable'] != 20: err.append('want 20 unanswerable')
if not 14 <= docs['000_beabee21081aa6a0'] <= 18: err.append('exhibit count off')
if len(essay_docs) < 30: err.append(f'only {len(essay_docs)} essays covered')
# grouping check: no more than 3 consecutive rows from the same document
run = 1
for a, b in zip(rows, rows[1:]):
    run = run + 1 if a['document'] and a['document'] == b['document'] else 1
    if run > 3: err.append('rows look grouped by document')
# content-word overlap between question and citation
STOP = set('''a an the of in on at to for from by with and or but not no as is was were be been are did do does had has have between against still through another without instead using
what which who whom whose when where why how many much that this these those it its their his her he she they them there
than then after before about into over under up out off s t can could would should will may might one two three four five
us usa u.s america american americans name called call get got go went give gave first so also very let just only other'''.split())
def words(s):
    out = set()
    for w in re.findall(r"[a-z0-9]+(?:[-–][a-z0-9]+)*", s.lower().replace('’', "'")):
        w = re.sub(r"'s$", '', w)
        if w in STOP or len(w) < 2: continue
        if len(w) > 3 and w.endswith('s') and not w.endswith('ss'): w = w[:-1]
        out.add(w)
    return out
low = 0
for r in ans:
    ov = words(r['question']) & words(r['citation'])
    if len(ov) <= 1: low += 1
lower = sum(1 for r in rows if r['question'] == r['question'].lower())
print('rows', len(rows), '| answerable', len(ans), '| unanswerable', kinds['unanswerable'])
print('kinds', dict(sorted(kinds.items())))
print('exhibit questions', docs['000_beabee21081aa6a0'], '| essays covered', len(essay_docs), 'of', len(T) - 1)
print('answerable questions sharing <=1 content word with citation:', low)
print('all-lower-case questions:', lower)
if '-v' in sys.argv:
    for d, n in sorted(docs.items()): print('  ', n, d)
    for r in ans:
        ov = words(r['question']) & words(r['citation'])
        print('  ', r['id'], len(ov), sorted(ov))
if low < 30: err.append(f'only {low} low-overlap questions')
print('ERRORS:' if err else 'OK: all checks passed', *err, sep='\n  ')
sys.exit(1 if err else 0)
