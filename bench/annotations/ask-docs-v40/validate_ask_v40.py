"""Validate ask_v40.jsonl against ask_texts.json (and all_essays.json for the unanswerables' keys)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
T = json.load(open(os.path.join(HERE, 'ask_texts.json')))
rows = [json.loads(l) for l in open(os.path.join(HERE, 'ask_v40.jsonl'), encoding='utf-8')]
KINDS = {'who', 'what', 'when', 'where', 'why', 'how', 'how many/how much', 'which', 'unanswerable'}
FIELDS = ['id', 'question', 'answer', 'alternatives', 'document', 'citation', 'kind']
STOP = set('''a an the of in on at to for from by with and or but as is are was were be been being do did does
done that this these those it its it's his her their they them he she we you i what which who whom whose when where
why how many much did not no yes into over under after before about than then there here one two any all some
only also would could should can will just so such up out own if'''.split())
err = []
def E(m): err.append(m)

ids = [r['id'] for r in rows]
if len(rows) != 100: E('expected 100 rows, got %d' % len(rows))
if len(set(ids)) != len(ids): E('duplicate ids')
if sorted(ids) != ['q%03d' % i for i in range(1, 101)]: E('ids are not q001..q100')
for r in rows:
    if list(r) != FIELDS: E('%s: fields %s' % (r['id'], list(r)))
    if r['kind'] not in KINDS: E('%s: bad kind %r' % (r['id'], r['kind']))
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            E('%s: unanswerable row must have null answer/document/citation and []' % r['id'])
        continue
    doc = T.get(r['document'])
    if doc is None: E('%s: unknown document %r' % (r['id'], r['document'])); continue
    c = r['citation']
    if c not in doc: E('%s: citation not an exact substring of %s' % (r['id'], r['document']))
    if r['answer'] not in c: E('%s: answer not in citation' % r['id'])
    for a in r['alternatives']:
        if a not in c: E('%s: alternative %r not in citation' % (r['id'], a))
        if a == r['answer']: E('%s: alternative duplicates answer' % r['id'])
    if len(set(r['alternatives'])) != len(r['alternatives']): E('%s: duplicate alternatives' % r['id'])
    if '\n' in c: E('%s: citation spans a line break' % r['id'])
    # crude check that the citation is one sentence: no ". X" inside (abbreviations allowed)
    for m in re.finditer(r'[.!?][”"]? +([A-Z])', c[:-1]):
        before = c[:m.start()+1].split()[-1]
        if not re.search(r'(\b[A-Z]\.|Jan\.|Dr\.|St\.|U\.S\.|D\.C\.)$', before):
            print('  note %s: possible sentence break after %r' % (r['id'], before))

ans = [r for r in rows if r['kind'] != 'unanswerable']
una = [r for r in rows if r['kind'] == 'unanswerable']
M = '000_beabee21081aa6a0'
docs = Counter(r['document'] for r in ans)
essays = [d for d in docs if d != M]
if len(ans) != 80: E('answerable = %d' % len(ans))
if len(una) != 20: E('unanswerable = %d' % len(una))
if not 14 <= docs[M] <= 18: E('museum exhibit questions = %d' % docs[M])
if len(essays) < 30: E('only %d essays covered' % len(essays))
lower = [r['id'] for r in rows if r['question'] == r['question'].lower()]
if len(lower) != 4: E('all-lower-case questions = %d' % len(lower))

def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace('’', "'")) if w not in STOP and len(w) > 1}
low_overlap = []
for r in ans:
    ov = words(r['question']) & words(r['citation'])
    if len(ov) <= 1: low_overlap.append(r['id'])
if len(low_overlap) < 30: E('only %d questions share <=1 content word with their citation' % len(low_overlap))

print('rows', len(rows), '| answerable', len(ans), '| unanswerable', len(una))
print('kinds', dict(Counter(r['kind'] for r in rows)))
print('museum exhibit', docs[M], '| essays covered', len(essays), 'of', len(T) - 1)
print('lower-case', lower)
print('<=1 shared content word', len(low_overlap))
if err:
    print('\nERRORS:'); [print(' -', e) for e in err]; sys.exit(1)
print('OK')
