"""Validate ask_v41.jsonl against ask_texts.json and all_essays.json."""
import json, re, os, sys, collections
here = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(here, 'ask_texts.json')))
allx = json.load(open(os.path.join(here, '..', 'all_essays.json')))
rows = [json.loads(l) for l in open(os.path.join(here, 'ask_v41.jsonl'), encoding='utf-8')]
KINDS = {'who', 'what', 'when', 'where', 'why', 'how', 'how many/how much', 'which', 'unanswerable'}
FIELDS = ['id', 'question', 'answer', 'alternatives', 'document', 'citation', 'kind']
STOP = set('''a an the of to in on at by for from with and or but is was were be been are did do does had has have
what which who whom whose when where why how many much that this these those it its his her their they he she
him them as into about after before during over under than then there so not no yes any some up out off once
again also just only very did was i you we us our your my me can could would should will shall may might
name called call kind sort one two first last get got give given make made do done'''.split())
def toks(s):
    out = set()
    for w in re.findall(r"[a-z0-9$][a-z0-9$,.’'\-]*", s.lower()):
        w = w.strip(".,’'-")
        for suf in ("’s", "'s"):
            if w.endswith(suf): w = w[:-2]
        if len(w) > 3 and w.endswith('s') and not w.endswith('ss'): w = w[:-1]
        if w and w not in STOP: out.add(w)
    return out
errs = []
ids = [r['id'] for r in rows]
if len(rows) != 100: errs.append('rows %d' % len(rows))
if len(set(ids)) != len(ids): errs.append('duplicate ids')
if ids != ['q%03d' % i for i in range(1, 101)]: errs.append('ids not q001..q100 in order')
low = 0; overlap_le1 = 0
for r in rows:
    if list(r) != FIELDS: errs.append('%s fields %s' % (r['id'], list(r)))
    if r['kind'] not in KINDS: errs.append('%s bad kind' % r['id'])
    q = r['question']
    if q == q.lower(): low += 1
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            errs.append('%s unanswerable fields not null' % r['id'])
        continue
    d, c, a = r['document'], r['citation'], r['answer']
    if d not in texts: errs.append('%s unknown doc' % r['id']); continue
    if texts[d].count(c) < 1: errs.append('%s citation not in doc' % r['id'])
    # all_essays.json holds a whitespace-cleaned copy of the PDF exhibit; compare with whitespace collapsed
    norm = lambda z: re.sub(r'\s+', ' ', z.replace('”', '"').replace('“', '"')).strip()
    if d not in allx or norm(c) not in norm(allx[d]): errs.append('%s citation not in all_essays doc (whitespace-normalised)' % r['id'])
    if not a or a not in c: errs.append('%s answer not in citation' % r['id'])
    for x in r['alternatives']:
        if x not in c: errs.append('%s alt not in citation: %r' % (r['id'], x))
        if x == a: errs.append('%s alt equals answer' % r['id'])
    if len(set(r['alternatives'])) != len(r['alternatives']): errs.append('%s duplicate alts' % r['id'])
    shared = toks(q) & toks(c)
    if len(shared) <= 1: overlap_le1 += 1
    if '-v' in sys.argv: print(r['id'], len(shared), sorted(shared), '|', q)
kinds = collections.Counter(r['kind'] for r in rows)
docs = collections.Counter(r['document'] for r in rows if r['document'])
ans = sum(1 for r in rows if r['kind'] != 'unanswerable')
print('answerable', ans, 'unanswerable', 100 - ans)
print('kinds', dict(sorted(kinds.items())))
print('documents used', len(docs), '| exhibit', docs.get('000_beabee21081aa6a0', 0),
      '| essays', len([k for k in docs if k != '000_beabee21081aa6a0']), 'of', len(texts) - 1)
print('all lower-case questions', low)
print('questions sharing <=1 content word with citation', overlap_le1)
# grouping check: longest run of consecutive rows from the same document
run = best = 1
for x, y in zip(rows, rows[1:]):
    run = run + 1 if x['document'] and x['document'] == y['document'] else 1
    best = max(best, run)
print('longest same-document run', best)
if ans != 80: errs.append('answerable != 80')
if len([k for k in docs if k != '000_beabee21081aa6a0']) < 30: errs.append('fewer than 30 essays')
print('ERRORS' if errs else 'OK', *errs, sep='\n')
sys.exit(1 if errs else 0)
