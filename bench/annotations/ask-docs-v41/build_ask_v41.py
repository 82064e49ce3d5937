"""Build ask_v41.jsonl from ask_v41_items.py (citations located by start/end fragments in the source text)."""
import json, random, re, os
here = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(here, 'ask_texts.json')))
ns = {}
exec(open(os.path.join(here, 'ask_v41_items.py')).read(), ns)
A, U = ns['A'], ns['U']

def cite(doc, start, end):
    t = texts[doc]
    i = t.find(start); assert i >= 0, (doc, start)
    assert t.find(start, i + 1) < 0 or True
    j = t.find(end, i); assert j >= 0, (doc, end)
    return t[i:j + len(end)]

def span(c, approx):
    # find approx in citation allowing any whitespace (layout line breaks) between words
    if approx in c: return approx
    pat = r'\s+'.join(re.escape(w) for w in approx.split())
    m = re.search(pat, c); assert m, (approx, c)
    return m.group(0)

rows = []
for doc, q, ans, alts, st, en, kind in A:
    c = cite(doc, st, en)
    rows.append(dict(question=q, answer=span(c, ans), alternatives=[span(c, x) for x in alts],
                     document=doc, citation=c, kind=kind))
for q in U:
    rows.append(dict(question=q, answer=None, alternatives=[], document=None, citation=None, kind='unanswerable'))
random.Random(4141).shuffle(rows)
with open(os.path.join(here, 'ask_v41.jsonl'), 'w') as f:
    for n, r in enumerate(rows, 1):
        r = {'id': 'q%03d' % n, **r}
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows))
