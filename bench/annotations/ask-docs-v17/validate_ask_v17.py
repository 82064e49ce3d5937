"""Validate ask_v17.jsonl against ask_texts.json (and all_essays.json for unanswerables' key terms)."""
import json, re, sys, collections
HERE = '/work/heldout/r18/ask/'
T = json.load(open(HERE + 'ask_texts.json'))
rows = [json.loads(l) for l in open(HERE + 'ask_v17.jsonl')]
KINDS = {'who', 'what', 'when', 'where', 'why', 'how', 'how many', 'how much', 'which', 'unanswerable'}
FIELDS = ['id', 'question', 'answer', 'alternatives', 'document', 'citation', 'kind']
err = []
STOP = set("""a an the of in on at to for from by with and or but if then than as is are was were be been being do does did done
have has had having it its it's this that these those there their they them he him his she her we our you your i me my
what which who whom whose when where why how many much after before during about into over under up down out off again
not no nor so too very can could would should will shall may might must also just only own same such some any each every
both few more most other all one two three four eight five first s t d ll re ve m o y us""".split())
def stem(w):
    w = w.lower().replace('’', "'")
    w = re.sub(r"'s$", '', w)
    for suf in ('ing', 'ed', 'es', 's'):
        if len(w) > 4 and w.endswith(suf):
            return w[:-len(suf)]
    return w
def content(s):
    toks = re.findall(r"[A-Za-z0-9’']+", s.replace('-', ' '))
    return {stem(t) for t in toks if t.lower().replace('’', "'") not in STOP and stem(t) not in STOP}

ids = [r['id'] for r in rows]
if len(set(ids)) != len(ids): err.append('duplicate ids')
if ids != [f'q{i:03d}' for i in range(1, len(rows) + 1)]: err.append('ids not q001..q%03d in order' % len(rows))
if len(rows) != 100: err.append(f'{len(rows)} rows, want 100')
qs = [r['question'].strip().lower() for r in rows]
if len(set(qs)) != len(qs): err.append('duplicate questions')
low = []
for r in rows:
    if list(r) != FIELDS: err.append(f"{r['id']}: fields {list(r)}")
    if r['kind'] not in KINDS: err.append(f"{r['id']}: bad kind {r['kind']}")
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            err.append(f"{r['id']}: unanswerable must have null answer/document/citation and []")
        continue
    d, c, a = r['document'], r['citation'], r['answer']
    if d not in T: err.append(f"{r['id']}: unknown document {d}"); continue
    if not c or c not in T[d]: err.append(f"{r['id']}: citation not an exact substring of {d}")
    if not a or a not in c: err.append(f"{r['id']}: answer not in citation")
    for alt in r['alternatives']:
        if alt not in c: err.append(f"{r['id']}: alternative not in citation: {alt!r}")
        if alt == a: err.append(f"{r['id']}: alternative equals answer")
    if len(set(r['alternatives'])) != len(r['alternatives']): err.append(f"{r['id']}: duplicate alternatives")
    # sentence shape: starts at a sentence start, ends with sentence punctuation
    i = T[d].find(c)
    before = T[d][:i].rstrip(' ')
    if before and before[-1] not in '.”"\n?!:': err.append(f"{r['id']}: citation does not start at a sentence boundary ({before[-15:]!r})")
    if not re.search(r'[.?!]["”]?$|[.?!]”$', c): err.append(f"{r['id']}: citation does not end like a sentence")
    if '\n' in c: err.append(f"{r['id']}: citation spans a line break")
    ov = content(r['question']) & content(c)
    if len(ov) <= 1: low.append(r['id'])
    r['_ov'] = sorted(ov)

ans = [r for r in rows if r['kind'] != 'unanswerable']
una = [r for r in rows if r['kind'] == 'unanswerable']
docs = collections.Counter(r['document'] for r in ans)
if len(ans) != 80: err.append(f'{len(ans)} answerable, want 80')
if len(una) != 20: err.append(f'{len(una)} unanswerable, want 20')
if not 14 <= docs['seed'] <= 18: err.append(f"seed has {docs['seed']}, want ~16")
essays = [k for k in docs if k != 'seed']
if len(essays) < 30: err.append(f'only {len(essays)} essays covered')
if len(low) < 30: err.append(f'only {len(low)} questions with <=1 shared content word')
lower = [r['id'] for r in rows if r['question'] == r['question'].lower()]
if len(lower) < 4: err.append(f'only {len(lower)} all-lower-case questions')
adj = sum(1 for x, y in zip(rows, rows[1:]) if x['document'] and x['document'] == y['document'])

print('rows', len(rows), 'answerable', len(ans), 'unanswerable', len(una))
print('kinds', dict(collections.Counter(r['kind'] for r in rows)))
print('seed', docs['seed'], 'essays covered', len(essays), 'of', len(T) - 1, 'missing', sorted(set(T) - set(docs)))
print('docs', dict(sorted(docs.items())))
print('low-overlap (<=1 shared content word):', len(low))
print('all-lower-case questions:', lower)
print('adjacent same-document pairs:', adj)
if '-v' in sys.argv:
    for r in ans: print(r['id'], len(r['_ov']), r['_ov'], '|', r['question'])
print('ERRORS' if err else 'OK: all checks passed')
for e in err: print('  ', e)
sys.exit(1 if err else 0)
