"""Validate ask_v22.jsonl against ask_texts.json (run: python3 validate.py)."""
import json, re, collections, sys

texts = json.load(open('ask_texts.json'))
rows = [json.loads(l) for l in open('ask_v22.jsonl', encoding='utf-8')]
KINDS = {'who', 'what', 'when', 'where', 'why', 'how', 'how many/how much', 'which', 'unanswerable'}
FIELDS = ['id', 'question', 'answer', 'alternatives', 'document', 'citation', 'kind']
err = []

def e(msg): err.append(msg)

if len(rows) != 100: e('expected 100 rows, got %d' % len(rows))
ids = [r.get('id') for r in rows]
if len(set(ids)) != len(ids): e('duplicate ids')
if sorted(ids) != ['q%03d' % i for i in range(1, 101)]: e('ids are not exactly q001..q100')
if [r['id'] for r in rows] != ['q%03d' % i for i in range(1, 101)]: e('ids not in file order')
qs = [r['question'] for r in rows]
if len(set(q.lower() for q in qs)) != len(qs): e('duplicate question text')

ans = [r for r in rows if r['kind'] != 'unanswerable']
una = [r for r in rows if r['kind'] == 'unanswerable']
for r in rows:
    if list(r) != FIELDS: e('%s: fields %s' % (r['id'], list(r)))
    if r['kind'] not in KINDS: e('%s: bad kind %r' % (r['id'], r['kind']))
    if not r['question'].strip(): e('%s: empty question' % r['id'])
for r in una:
    if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
        e('%s: unanswerable must have null answer/document/citation and []' % r['id'])
for r in ans:
    doc, cit = r['document'], r['citation']
    if doc not in texts: e('%s: unknown document %r' % (r['id'], doc)); continue
    if not isinstance(cit, str) or cit not in texts[doc]: e('%s: citation not an exact substring of %s' % (r['id'], doc)); continue
    if '\n' in cit: e('%s: citation spans a line break' % r['id'])
    # citation should be a whole sentence: starts at a sentence boundary, ends with terminal punctuation
    i = texts[doc].find(cit)
    before = texts[doc][:i].rstrip(' ')
    if before and before[-1] not in '.!?”)\n': e('%s: citation does not start at a sentence start' % r['id'])
    if not re.search(r'[.!?][”)]?$|\)$', cit): e('%s: citation does not end a sentence' % r['id'])
    if not r['answer'] or r['answer'] not in cit: e('%s: answer not in citation' % r['id'])
    if not isinstance(r['alternatives'], list): e('%s: alternatives not a list' % r['id'])
    for a in r['alternatives']:
        if a not in cit: e('%s: alternative %r not in citation' % (r['id'], a))
        if a == r['answer']: e('%s: alternative repeats answer' % r['id'])
    if len(set(r['alternatives'])) != len(r['alternatives']): e('%s: duplicate alternatives' % r['id'])
    if re.match(r'(is|are|was|were|did|does|do|can|could|has|have|had)\b', r['question'].strip().lower()):
        e('%s: looks like a yes/no question' % r['id'])

if len(ans) != 80: e('expected 80 answerable, got %d' % len(ans))
if len(una) != 20: e('expected 20 unanswerable, got %d' % len(una))
bydoc = collections.Counter(r['document'] for r in ans)
essays = [d for d in bydoc if d != 'seed']
if not 14 <= bydoc['seed'] <= 18: e('seed count %d not ~16' % bydoc['seed'])
if len(essays) < 30: e('only %d essays covered' % len(essays))
lower = [r['id'] for r in rows if r['question'] == r['question'].lower()]
if len(lower) < 4: e('fewer than 4 all-lower-case questions')
# shuffled: no run of 3+ consecutive answerables from the same document
for a, b, c in zip(rows, rows[1:], rows[2:]):
    if a['document'] and a['document'] == b['document'] == c['document']: e('run of same document at %s' % a['id'])

print('rows', len(rows), '| answerable', len(ans), '| unanswerable', len(una))
print('kinds', dict(collections.Counter(r['kind'] for r in rows)))
print('seed', bydoc['seed'], '| essays covered', len(essays), 'of', len(texts) - 1)
print('all-lower-case', lower)
if err:
    print('\nFAILED:'); [print(' -', x) for x in err]; sys.exit(1)
print('OK')
