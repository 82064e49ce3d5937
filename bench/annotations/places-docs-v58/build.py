import json, re, sys, collections
import lex, split, overrides as ov
ESSAYS = json.load(open('places_texts.json'))
PANELS = ["panel-vienna-siege-1683", "panel-cisplatine-war-1828", "panel-singapore-founding-1819"]
docs = dict(ESSAYS)
for p in PANELS:
    docs[p] = open(p + '.txt', encoding='utf-8').read().rstrip('\n')

default = {}
for key, (la, lo, cc, kind, forms) in lex.P.items():
    for f in forms:
        default.setdefault(f, ("P", key))
pform = {}
for pid, (forms, like) in lex.PERSONS.items():
    for f in forms:
        assert f not in pform, f
        pform[f] = ("H", pid)
for f, e in pform.items():
    default[f] = e  # persons over places
for f, why in lex.NONPLACES.items():
    default[f] = ("N", why)  # non-places over both
for f in lex.COMPOUNDS:
    default[f] = ("C", f)
forms = set(default) | {f for (_, f) in ov.DOC_FORM} | {s[2] for s in ov.SENT}
rx = re.compile(r'(?<![\w‘’\-])(' + '|'.join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r')(?![\w])')

def resolve(doc, sent, form):
    for d, sub, f, e in ov.SENT:
        if d == doc and f == form and sub in sent:
            return e
    if (doc, form) in ov.DOC_FORM:
        return ov.DOC_FORM[(doc, form)]
    if form in ov.DOC_ONLY and doc not in ov.DOC_ONLY[form]:
        return ("X",)
    return default.get(form, ("X",))

def place_row(doc, name, sent, key):
    la, lo, cc, kind, _ = lex.P[key]
    return {"doc": doc, "name": name, "sentence": sent, "lat": la, "lon": lo, "country": cc, "kind": kind, "place": key}

places, nonpl, persons = [], [], collections.OrderedDict()
uncovered = collections.Counter()
def add(doc, sent, text, e):
    t = e[0]
    if t == "P":
        places.append(place_row(doc, text, sent, e[1]))
    elif t == "N":
        nonpl.append({"doc": doc, "text": text, "sentence": sent, "why": e[1]})
    elif t == "H":
        persons.setdefault(e[1], []).append({"doc": doc, "text": text, "sentence": sent})
        if lex.PERSONS[e[1]][1]:
            nonpl.append({"doc": doc, "text": text, "sentence": sent, "why": "person/family named like a place"})

for doc, text in docs.items():
    for sent in split.sentences(text):
        covered = []
        for m in rx.finditer(sent):
            form = m.group(1)
            e = resolve(doc, sent, form)
            covered.append((m.start(), m.end()))
            if e[0] == "C":
                for part, key in lex.COMPOUNDS[form]:
                    if key.startswith("NP:"):
                        add(doc, sent, part, ("N", key[3:]))
                    else:
                        add(doc, sent, part, ("P", key))
            else:
                add(doc, sent, form, e)
        for d, sub, t, e in ov.SPECIAL:
            if d == doc and sub in sent:
                add(doc, sent, t, e)
                i = sent.index(sub); covered.append((i, i + len(sub)))
        for m in re.finditer(r"[A-Z][\w‘’\-\.]*", sent):
            if not any(a <= m.start() < b for a, b in covered):
                uncovered[(m.group(0).rstrip('.’'), doc[:14])] += 1

first, seen = [], set()
for r in places:
    k = (r["doc"], r["name"])
    if k not in seen:
        seen.add(k); first.append(r)

if '-u' in sys.argv:
    for (w, d), n in sorted(uncovered.items()):
        print(n, w, d)
if '-w' in sys.argv:
    def dump(fn, rows):
        with open(fn, 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    dump('places_v58.jsonl', first)
    dump('places_v58_all.jsonl', places)
    dump('nonplaces_v58.jsonl', nonpl)
    dump('persons_v58.jsonl', [{"person": p, "mentions": ms} for p, ms in persons.items()])
    json.dump(docs, open('docs.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(first), len(places), len(nonpl), len(persons), sum(len(v) for v in persons.values()), file=sys.stderr)
unused = [k for k in lex.P if k not in {r['place'] for r in places}]
print('unused place keys:', unused, file=sys.stderr)
unusedp = [k for k in lex.PERSONS if k not in persons]
print('unused persons:', unusedp, file=sys.stderr)
