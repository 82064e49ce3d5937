# Validates ask_v31.jsonl against ask_texts.json / all_essays.json
import json, re, collections, sys
D = '/work/heldout/r30/ask31/'
T = json.load(open(D + 'ask_texts.json'))
ALL = json.load(open('/work/heldout/r30/all_essays.json'))
rows = [json.loads(l) for l in open(D + 'ask_v31.jsonl')]
err = []
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
ids = [r['id'] for r in rows]
if len(rows) != 100: err.append('not 100 rows')
if len(set(ids)) != len(ids): err.append('duplicate ids')
if sorted(ids) != [f'q{i:03d}' for i in range(1, 101)]: err.append('ids not q001-q100')
if len({r['question'].lower() for r in rows}) != 100: err.append('duplicate questions')
STOP = set("""a an the of in on at to for from by with and or but is was were be been are did do does what which who whom whose when where why how
many much that this these those it its their his her he she they them there as into about after before during over under up out not no than then
so such any all each other between among one two first new name called call also would could should will can may might has have had""".split())
def cw(s):
    return {w.rstrip('s') for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP and len(w) > 1}
low_overlap = 0
for r in rows:
    if list(r) != FIELDS: err.append(f"{r['id']} field order {list(r)}")
    if r['kind'] not in KINDS: err.append(f"{r['id']} bad kind")
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            err.append(f"{r['id']} unanswerable with content")
        continue
    doc = T.get(r['document'])
    if doc is None: err.append(f"{r['id']} unknown document"); continue
    c = r['citation']
    if c not in doc: err.append(f"{r['id']} citation not in document")
    if c not in ALL[r['document']]: err.append(f"{r['id']} citation not in all_essays copy")
    if '\n' in c: err.append(f"{r['id']} citation spans lines")
    if r['answer'] not in c: err.append(f"{r['id']} answer not in citation")
    for a in r['alternatives']:
        if a not in c: err.append(f"{r['id']} alternative not in citation: {a}")
        if a == r['answer']: err.append(f"{r['id']} alternative repeats answer")
    if len(set(r['alternatives'])) != len(r['alternatives']): err.append(f"{r['id']} duplicate alternatives")
    if re.match(r"(is|are|was|were|did|does|do|can|could|has|had|have)\b", r['question'].lower()): err.append(f"{r['id']} looks yes/no")
    if len(cw(r['question']) & cw(c)) <= 1: low_overlap += 1
kinds = collections.Counter(r['kind'] for r in rows)
docs = collections.Counter(r['document'] for r in rows if r['document'])
lower = sum(1 for r in rows if r['question'] == r['question'].lower())
M = '000_beabee21081aa6a0'
if kinds['unanswerable'] != 20: err.append('need 20 unanswerable')
if 100 - kinds['unanswerable'] != 80: err.append('need 80 answerable')
if not 14 <= docs[M] <= 18: err.append(f'exhibit count {docs[M]}')
if len([d for d in docs if d != M]) < 30: err.append('fewer than 30 essays')
if low_overlap < 30: err.append(f'only {low_overlap} low-overlap questions')
if lower != 4: err.append(f'{lower} all-lower-case questions (want 4)')
# no run of 4+ consecutive questions on the same document (shuffled)
seq = [r['document'] for r in rows]
for i in range(len(seq) - 3):
    if seq[i] and len(set(seq[i:i + 4])) == 1: err.append(f'run at {i}')
print('kinds:', dict(kinds))
print('documents:', len(docs), 'exhibit:', docs[M], 'essays:', len(docs) - 1)
print('per document:', dict(sorted(docs.items())))
print('low-overlap (<=1 shared content word):', low_overlap, ' all-lower-case:', lower)
print('ERRORS:' if err else 'OK: all checks passed', *err, sep='\n  ')
sys.exit(1 if err else 0)
