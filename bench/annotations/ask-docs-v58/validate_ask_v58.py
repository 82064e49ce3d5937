"""Validate ask_v58.jsonl: exact substrings, ids, counts, kinds, style tags."""
import json, re, sys, collections
D = '/work/heldout/r57/ask58/'
texts = json.load(open(D + 'ask_texts.json'))
allt = json.load(open('/work/heldout/r57/all_essays.json'))
rows = [json.loads(l) for l in open(D + 'ask_v58.jsonl', encoding='utf-8')]
tags = json.load(open(D + 'style_tags.json'))
err = []
KINDS = {'who', 'what', 'when', 'where', 'why', 'how', 'how many/how much', 'which', 'unanswerable'}
FIELDS = ['id', 'question', 'answer', 'alternatives', 'document', 'citation', 'kind']
ids = [r['id'] for r in rows]
if ids != ['q%03d' % i for i in range(1, 101)]: err.append('ids not q001..q100 in order')
if len(set(ids)) != len(ids): err.append('duplicate ids')
if len(set(r['question'] for r in rows)) != len(rows): err.append('duplicate questions')
for r in rows:
    if list(r) != FIELDS: err.append(r['id'] + ' fields ' + str(list(r)))
    if r['kind'] not in KINDS: err.append(r['id'] + ' bad kind')
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            err.append(r['id'] + ' unanswerable must have nulls')
        continue
    d, c, a = r['document'], r['citation'], r['answer']
    if d not in texts: err.append(r['id'] + ' unknown doc'); continue
    if texts[d] != allt.get(d): err.append(r['id'] + ' doc differs from all_essays')
    if c not in texts[d]: err.append(r['id'] + ' citation not in doc')
    if '\n' in c: err.append(r['id'] + ' citation spans lines')
    if not a or a not in c: err.append(r['id'] + ' answer not in citation')
    for x in r['alternatives']:
        if x not in c: err.append(r['id'] + ' alt not in citation: ' + x)
        if x == a: err.append(r['id'] + ' alt equals answer')
    if re.match(r'(is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b', r['question'], re.I):
        err.append(r['id'] + ' looks like yes/no')
if set(tags) != set(ids): err.append('style_tags ids mismatch')
ans = [r for r in rows if r['kind'] != 'unanswerable']
una = [r for r in rows if r['kind'] == 'unanswerable']
docs = collections.Counter(r['document'] for r in ans)
n0 = docs.get('000_beabee21081aa6a0', 0)
ness = len([d for d in docs if d != '000_beabee21081aa6a0'])
if len(ans) != 80 or len(una) != 20: err.append('counts %d/%d' % (len(ans), len(una)))
if not 14 <= n0 <= 18: err.append('exhibit count %d' % n0)
if ness < 30: err.append('only %d essays' % ness)
tagc = collections.Counter(t for v in tags.values() for t in v)
# content-word overlap between question and citation
STOP = set('a an the of to in on at by for from with and or but as is was were be been are did do does what which who whom whose when where why how many much long old often that this these those it its his her their they he she his him them into about after before during than then there was not no any some one two first second also under over between against up out did had has have would could should will can per'.split())
def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace('’', "'")) if w not in STOP and len(w) > 1}
low = 0
for r in ans:
    ov = words(r['question']) & words(r['citation'])
    if len(ov) <= 1: low += 1
lower = sum(1 for r in rows if r['question'] == r['question'].lower())
print('answerable', len(ans), 'unanswerable', len(una), 'exhibit', n0, 'essays covered', ness, 'of', len(texts) - 1)
print('kinds', dict(collections.Counter(r['kind'] for r in rows)))
print('tags', dict(tagc))
print('questions sharing <=1 content word with citation:', low, '| all-lowercase:', lower)
print('per doc', dict(docs))
if low < 30: err.append('only %d low-overlap questions' % low)
if lower < 4: err.append('fewer than 4 lowercase')
print('ERRORS:' if err else 'OK: all checks passed')
for e in err: print('  ', e)
sys.exit(1 if err else 0)
