"""Checks ask_v47.jsonl: ids, fields, counts, exact substrings, and reports stats."""
import json, re, collections, sys
T = json.load(open('ask_texts.json'))
rows = [json.loads(l) for l in open('ask_v47.jsonl', encoding='utf-8')]
KINDS = {'who','what','when','where','why','how','how many/how much','which','unanswerable'}
FIELDS = ['id','question','answer','alternatives','document','citation','kind']
err = []
ids = [r['id'] for r in rows]
if len(rows) != 100: err.append(f'{len(rows)} rows, want 100')
if len(set(ids)) != len(ids): err.append('duplicate ids')
if sorted(ids) != [f'q{i:03d}' for i in range(1, 101)]: err.append('ids not q001..q100')
if ids != sorted(ids): err.append('ids not in file order')
if len({r['question'] for r in rows}) != len(rows): err.append('duplicate questions')
for r in rows:
    if list(r) != FIELDS: err.append(f"{r['id']}: fields {list(r)}")
    if r['kind'] not in KINDS: err.append(f"{r['id']}: bad kind {r['kind']}")
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            err.append(f"{r['id']}: unanswerable with non-null fields")
        continue
    d, c, a = r['document'], r['citation'], r['answer']
    if d not in T: err.append(f"{r['id']}: unknown document {d}"); continue
    if not c or c not in T[d]: err.append(f"{r['id']}: citation not exact substring of {d}")
    if '\n' in (c or ''): err.append(f"{r['id']}: citation spans a line break")
    if not a or a not in c: err.append(f"{r['id']}: answer not in citation")
    if a == c: err.append(f"{r['id']}: answer equals whole citation")
    for alt in r['alternatives']:
        if alt not in c: err.append(f"{r['id']}: alternative {alt!r} not in citation")
        if alt == a: err.append(f"{r['id']}: alternative duplicates answer")
    if re.match(r'(is|are|was|were|did|do|does|can|could|has|have|had)\b', r['question'], re.I):
        err.append(f"{r['id']}: looks like a yes/no question")
ans = [r for r in rows if r['kind'] != 'unanswerable']
kc = collections.Counter(r['kind'] for r in rows)
dc = collections.Counter(r['document'] for r in ans)
essays = [d for d in dc if d != '000_beabee21081aa6a0']
if len(ans) != 80: err.append(f'{len(ans)} answerable, want 80')
if kc['unanswerable'] != 20: err.append('want 20 unanswerable')
if len(essays) < 30: err.append(f'only {len(essays)} essays used')
# content-word overlap between question and citation
STOP = set('''a an the of in on at to for from by with and or but as is are was were be been being did do does
done has have had it its this that these those which who whom whose what when where why how many much
he she they them their his her him we us our you your i me my not no into about after before over under
than then there here so such up out off also any all some more most one other what's s t did didn get got
make made put take took give gave say said tell told call called name named according happen happened
just still very ever never only first last'''.split())
def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace('’',"'")) if w not in STOP and len(w) > 1}
def stem(w): return re.sub(r'(ing|ed|es|s)$', '', w)
low = 0
for r in ans:
    q = {stem(w) for w in words(r['question'])}; c = {stem(w) for w in words(r['citation'])}
    r['_ov'] = sorted(q & c)
    if len(q & c) <= 1: low += 1
lc = sum(1 for r in rows if r['question'] == r['question'].lower())
print('rows', len(rows), '| answerable', len(ans), '| unanswerable', kc['unanswerable'])
print('kinds', dict(sorted(kc.items())))
print('exhibit questions', dc['000_beabee21081aa6a0'], '| essays used', len(essays), 'of', len(T) - 1)
print('questions sharing <=1 content word with citation:', low)
print('all-lower-case questions:', lc)
if '-v' in sys.argv:
    for r in ans: print(r['id'], len(r['_ov']), r['_ov'], '|', r['question'])
print('ERRORS:' if err else 'OK: all checks passed', *err, sep='\n')
sys.exit(1 if err else 0)
