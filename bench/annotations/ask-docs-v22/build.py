"""Build ask_v22.jsonl from items.py: copy each citation sentence verbatim out of
ask_texts.json (between the given start/end markers), shuffle, number q001-q100."""
import json, random, re, sys
sys.path.insert(0, '.')
import items

texts = json.load(open('ask_texts.json'))
STOP = set("""a an the of to in on at for by with from and or but is was were are be been being did do does
what who whom whose when where why how which that this these those it its his her their they them he she
i you we us our your my me as into about after before during over under than then so if not no any
many much long one get got go went make made take took have has had can could would will should
""".split())

def content(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace('’', "'")) if w not in STOP and len(w) > 1}

rows = []
for q, ans, alts, doc, (st, en), kind in items.A:
    t = texts[doc]
    i = t.find(st)
    assert i >= 0, (q, 'start', st)
    assert t.count(st) == 1, (q, 'start not unique', st)
    j = t.find(en, i)
    assert j >= 0, (q, 'end', en)
    cit = t[i:j + len(en)]
    assert '\n' not in cit, (q, 'crosses paragraph')
    rows.append(dict(question=q, answer=ans, alternatives=alts, document=doc, citation=cit, kind=kind))
for q in items.U:
    rows.append(dict(question=q, answer=None, alternatives=[], document=None, citation=None, kind='unanswerable'))

random.Random(22).shuffle(rows)
out = []
for n, r in enumerate(rows, 1):
    out.append({'id': 'q%03d' % n, **r})
with open('ask_v22.jsonl', 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')

if '-v' in sys.argv:
    low = 0
    for r in out:
        if r['citation'] is None: continue
        shared = content(r['question']) & content(r['citation'])
        if len(shared) <= 1: low += 1
        print(r['id'], len(shared), sorted(shared), '|', r['question'])
        print('    C:', r['citation'][:300])
    print('low-overlap (<=1 shared content word):', low)
