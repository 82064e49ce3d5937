"""Tagger: leftmost-longest, case-sensitive, whole-word matching over places, non-places and people,
then per-document defaults and per-sentence overrides (overrides.py). -u lists uncovered capitalised words,
-v shows the tagging, -w writes the files."""
import json, re, sys
from collections import defaultdict
import lex, split
from overrides import DEFAULT_KEY, DOC_RULES, SENT_RULES

docs = json.load(open("places_texts.json"))
PANELS = ["panel-canadian-pacific-last-spike-1885", "panel-lancashire-cotton-famine-1862", "panel-congo-free-state-1885"]
for p in PANELS:
    docs[p] = open(p + ".txt").read()

name2keys = defaultdict(list)
for k, (lat, lon, cc, kind, names) in lex.PLACES.items():
    for n in names:
        name2keys[n].append(k)
form2person = {}
for disp, (forms, flag) in lex.PERSONS.items():
    for f in forms:
        assert f not in form2person, f
        form2person[f] = disp
flagged = {d for d, (f, fl) in lex.PERSONS.items() if fl}

surfaces = set(name2keys) | set(lex.NONPLACES) | set(form2person)
for r in SENT_RULES:
    surfaces.add(r[2])
pat = re.compile(r"(?<![\w])(" + "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True)) + r")(?![\w])")

def classify(doc, sent, text):
    for d, sub, t, act in SENT_RULES:
        if d == doc and t == text and sub in sent:
            return act
    rules = DOC_RULES.get(doc, {})
    if text in rules:
        return rules[text]
    if text in form2person:
        return "PER:" + form2person[text]
    if text in lex.NONPLACES:
        return "NP:" + lex.NONPLACES[text]
    keys = name2keys[text]
    if len(keys) == 1:
        return keys[0]
    if text in DEFAULT_KEY:
        return DEFAULT_KEY[text]
    raise SystemExit(f"ambiguous {text!r} in {doc}: {sent}")

def tag(doc):
    out = []
    for sent in split.sentences(docs[doc]):
        pos = 0
        # leftmost-longest: regex alternation sorted by length does longest at each position
        for m in pat.finditer(sent):
            text = m.group(1)
            act = classify(doc, sent, text)
            out.append((sent, text, act, m.start()))
    return out

def run():
    places_all, nonplaces, persons = [], [], defaultdict(list)
    for doc in docs:
        for sent, text, act, off in tag(doc):
            if act == "SKIP":
                continue
            if act.startswith("NP:"):
                nonplaces.append({"doc": doc, "text": text, "sentence": sent, "why": act[3:]})
            elif act.startswith("PER:"):
                disp = act[4:]
                assert disp in lex.PERSONS, disp
                persons[disp].append({"doc": doc, "text": text, "sentence": sent})
                if disp in flagged:
                    nonplaces.append({"doc": doc, "text": text, "sentence": sent, "why": "person/family named like a place"})
            else:
                assert act in lex.PLACES, (act, doc, sent)
                lat, lon, cc, kind, names = lex.PLACES[act]
                assert text in names, (text, act)
                places_all.append({"doc": doc, "name": text, "sentence": sent, "lat": lat, "lon": lon,
                                   "country": cc, "kind": kind, "place": act})
    first, seen = [], set()
    for r in places_all:
        if (r["doc"], r["name"]) not in seen:
            seen.add((r["doc"], r["name"]))
            first.append(r)
    return places_all, first, nonplaces, persons

if __name__ == "__main__":
    places_all, first, nonplaces, persons = run()
    if "-v" in sys.argv:
        only = sys.argv[sys.argv.index("-v") + 1] if len(sys.argv) > sys.argv.index("-v") + 1 else None
        for doc in docs:
            if only and only not in doc:
                continue
            print("####", doc)
            for sent, text, act, off in tag(doc):
                print(f"  {text!r:35} -> {act}")
    if "-u" in sys.argv:
        cov = defaultdict(list)
        for doc in docs:
            for sent in split.sentences(docs[doc]):
                spans = [(m.start(), m.end()) for m in pat.finditer(sent)]
                for m in re.finditer(r"\b[A-Z][\w’'-]*", sent):
                    if not any(a <= m.start() < b for a, b in spans):
                        cov[m.group(0)].append(doc)
        for w, ds in sorted(cov.items(), key=lambda x: -len(x[1])):
            print(len(ds), w, sorted(set(ds))[:3])
    if "-w" in sys.argv:
        def dump(fn, rows):
            with open(fn, "w") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        dump("places_v59_all.jsonl", places_all)
        dump("places_v59.jsonl", first)
        dump("nonplaces_v59.jsonl", nonplaces)
        dump("persons_v58.jsonl", [{"person": p, "mentions": m} for p, m in persons.items()])
        json.dump(docs, open("docs.json", "w"), ensure_ascii=False, indent=1)
    print("place mentions", len(places_all), "first", len(first), "nonplaces", len(nonplaces),
          "people", len(persons), "person mentions", sum(len(m) for m in persons.values()))
