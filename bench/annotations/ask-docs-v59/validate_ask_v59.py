"""Validate ask_v59.jsonl against ask_texts.json / all_essays.json (own script, round 58)."""
import json, re, collections, sys

HERE = '/work/heldout/r58/ask59/'
texts = json.load(open(HERE + 'ask_texts.json'))
corpus = json.load(open('/work/heldout/r58/all_essays.json'))
rows = [json.loads(l) for l in open(HERE + 'ask_v59.jsonl', encoding='utf-8')]
tags = json.load(open(HERE + 'style_tags.json'))
KINDS = {'who', 'what', 'when', 'where', 'why', 'how', 'how many', 'how much', 'which'}
FIELDS = ['id', 'question', 'answer', 'alternatives', 'document', 'citation', 'kind']
err = []

ids = [r['id'] for r in rows]
if len(rows) != 100: err.append('expected 100 rows, got %d' % len(rows))
if len(set(ids)) != len(ids): err.append('duplicate ids')
if ids != ['q%03d' % i for i in range(1, 101)]: err.append('ids not q001..q100 in order')
if set(tags) != set(ids): err.append('style_tags ids differ from set ids')
if len({r['question'] for r in rows}) != len(rows): err.append('duplicate question text')

ans, una = [], []
for r in rows:
    if list(r) != FIELDS: err.append('%s field order/names %s' % (r['id'], list(r)))
    if r['kind'] == 'unanswerable':
        una.append(r)
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            err.append('%s unanswerable with non-null fields' % r['id'])
        if 'unanswerable' not in tags.get(r['id'], []): err.append('%s missing unanswerable tag' % r['id'])
        continue
    ans.append(r)
    if r['kind'] not in KINDS: err.append('%s bad kind %s' % (r['id'], r['kind']))
    if r['document'] not in texts: err.append('%s unknown document' % r['id']); continue
    t = texts[r['document']]
    if r['citation'] not in t: err.append('%s citation not exact substring of document' % r['id'])
    if t != corpus.get(r['document']): err.append('%s document text differs from all_essays.json' % r['id'])
    if r['citation'].count('\n'): err.append('%s citation spans lines' % r['id'])
    if not r['answer'] or r['answer'] not in r['citation']: err.append('%s answer not in citation' % r['id'])
    for a in r['alternatives']:
        if a not in r['citation']: err.append('%s alternative %r not in citation' % (r['id'], a))
        if a == r['answer']: err.append('%s alternative equals answer' % r['id'])
    if len(set(r['alternatives'])) != len(r['alternatives']): err.append('%s duplicate alternatives' % r['id'])
    q = r['question'].lower()
    if re.match(r'^(is|are|was|were|did|does|do|can|could|has|have|had|will|would)\b', q):
        err.append('%s looks like a yes/no question' % r['id'])

if len(ans) != 80: err.append('expected 80 answerable, got %d' % len(ans))
if len(una) != 20: err.append('expected 20 unanswerable, got %d' % len(una))
docs = collections.Counter(r['document'] for r in ans)
museum = docs.get('000_beabee21081aa6a0', 0)
essays = [d for d in docs if d != '000_beabee21081aa6a0']
if not 14 <= museum <= 18: err.append('museum questions %d, wanted ~16' % museum)
if len(essays) < 30: err.append('only %d essays covered' % len(essays))

# keyword check: the unanswerables should not contain the whole question verbatim etc. (manual search in README)
tagc = collections.Counter(x for v in tags.values() for x in v)
lower = [r['id'] for r in rows if r['question'] == r['question'].lower()]
if len(lower) != 4: err.append('all-lowercase questions: %d (%s)' % (len(lower), lower))
if tagc['lowercase'] != 4: err.append('lowercase tag count %d' % tagc['lowercase'])
if tagc['misspelt'] != 3: err.append('misspelt tag count %d' % tagc['misspelt'])
if tagc['low-overlap'] < 30: err.append('low-overlap only %d' % tagc['low-overlap'])

print('answerable', len(ans), 'unanswerable', len(una), 'museum', museum, 'essays covered', len(essays), 'of',
      len([d for d in texts if d != '000_beabee21081aa6a0']))
print('kinds', dict(collections.Counter(r['kind'] for r in rows)))
print('tags', dict(tagc))
print('per document', dict(sorted(docs.items())))
if err:
    print('ERRORS:'); [print(' ', e) for e in err]; sys.exit(1)
print('OK')
