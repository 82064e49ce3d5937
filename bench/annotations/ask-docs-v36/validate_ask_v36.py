"""Validate ask_v36.jsonl against ask_texts.json (and all_essays.json)."""
import json, re, sys, collections
D = '/work/heldout/r35/ask36/'
T = json.load(open(D + 'ask_texts.json'))
ALL = json.load(open('/work/heldout/r35/all_essays.json'))
rows = [json.loads(l) for l in open(D + 'ask_v36.jsonl', encoding='utf-8')]
KINDS = {'who', 'what', 'when', 'where', 'why', 'how', 'how many/how much', 'which', 'unanswerable'}
FIELDS = ['id', 'question', 'answer', 'alternatives', 'document', 'citation', 'kind']
STOP = set('''a an the of in on at to for from by with and or but as is was were be been being are did do does
had has have that this these those it its his her their they them he she him we you i what who whom whose which
when where why how many much name called call after before during into over under about than then there here
not no yes one any some all each other so if also would could should will can may might per s u.s us'''.split())
err = []
def e(msg): err.append(msg)

if len(rows) != 100: e(f'{len(rows)} rows, want 100')
ids = [r.get('id') for r in rows]
if len(set(ids)) != len(ids): e('duplicate ids')
if sorted(ids) != [f'q{i:03d}' for i in range(1, 101)]: e('ids are not q001..q100')
for r in rows:
    if list(r) != FIELDS: e(f"{r.get('id')}: fields {list(r)}")
    if r['kind'] not in KINDS: e(f"{r['id']}: bad kind {r['kind']}")
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            e(f"{r['id']}: unanswerable must have null answer/document/citation and []")
        continue
    doc, cit, ans = r['document'], r['citation'], r['answer']
    if doc not in T: e(f"{r['id']}: document {doc} not in ask_texts"); continue
    if T[doc] != ALL.get(doc): e(f"{r['id']}: ask_texts and all_essays differ for {doc}")
    if cit not in T[doc]: e(f"{r['id']}: citation not an exact substring of {doc}")
    if '\n' in cit: e(f"{r['id']}: citation spans a line break")
    if not ans or ans not in cit: e(f"{r['id']}: answer not in citation")
    for a in r['alternatives']:
        if a not in cit: e(f"{r['id']}: alternative {a!r} not in citation")
        if a == ans: e(f"{r['id']}: alternative equals answer")
    if len(set(r['alternatives'])) != len(r['alternatives']): e(f"{r['id']}: duplicate alternatives")
    if re.match(r'^(is|are|was|were|did|do|does|can|could|has|have|had)\b', r['question'], re.I):
        e(f"{r['id']}: looks like a yes/no question")

ans_rows = [r for r in rows if r['kind'] != 'unanswerable']
una = [r for r in rows if r['kind'] == 'unanswerable']
by_doc = collections.Counter(r['document'] for r in ans_rows)
ex = by_doc.get('000_beabee21081aa6a0', 0)
essays = [d for d in by_doc if d != '000_beabee21081aa6a0']
if len(ans_rows) != 80: e(f'{len(ans_rows)} answerable, want 80')
if len(una) != 20: e(f'{len(una)} unanswerable, want 20')
if not 14 <= ex <= 18: e(f'{ex} exhibit questions, want ~16')
if len(essays) < 30: e(f'only {len(essays)} essays covered, want >= 30')
lower = [r['id'] for r in rows if r['question'] == r['question'].lower()]
if len(lower) != 4: e(f'{len(lower)} all-lower-case questions, want 4: {lower}')

# content-word overlap between question and citation
def words(s):
    out = set()
    for w in re.findall(r"[a-z0-9$][a-z0-9$,.\-’']*", s.lower()):
        w = w.strip(".,’'-")
        w = re.sub(r"(’s|'s)$", '', w)
        if not w or w in STOP: continue
        for suf in ('ies', 'es', 's', 'ed', 'ing'):
            if len(w) > 4 and w.endswith(suf): w = w[:-len(suf)]; break
        out.add(w)
    return out
low = []
for r in ans_rows:
    shared = words(r['question']) & words(r['citation'])
    if len(shared) <= 1: low.append(r['id'])
if len(low) < 30: e(f'only {len(low)} questions share <=1 content word with citation, want >= 30')
# answers should not be given away by the question
for r in ans_rows:
    if r['answer'].lower() in r['question'].lower(): e(f"{r['id']}: answer appears in question")
# unanswerable questions must not repeat an existing row's question
qs = collections.Counter(r['question'].lower() for r in rows)
if any(v > 1 for v in qs.values()): e('duplicate question text')
# rows must not be grouped by document
runs = sum(1 for a, b in zip(ans_rows, ans_rows[1:]) if a['document'] == b['document'])

print('rows', len(rows), '| answerable', len(ans_rows), '| unanswerable', len(una))
print('exhibit', ex, '| essays covered', len(essays), 'of', len(T) - 1)
print('kinds', dict(collections.Counter(r['kind'] for r in rows)))
print('all-lower-case', lower)
print('low-overlap (<=1 shared content word):', len(low))
print('adjacent same-document answerable pairs (in file order):', runs)
print('per document', dict(sorted(by_doc.items())))
if err:
    print('ERRORS:'); [print(' ', x) for x in err]; sys.exit(1)
print('OK')
