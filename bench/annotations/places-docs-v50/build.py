"""Tag the 23 documents from lex.py with overrides; -u lists uncovered capitalised words; -w writes the files."""
import json, re, sys, glob, os
from split import sentences
import lex

ESSAYS = json.load(open("places_texts.json"))
PANELS = {os.path.basename(p)[:-4]: open(p).read() for p in sorted(glob.glob("panel-*.txt"))}
DOCS = dict(ESSAYS); DOCS.update(PANELS)

SURF = {}
for key, (lat, lon, cc, kind, names) in lex.PLACES.items():
    for n in names:
        assert n not in SURF, n
        SURF[n] = ("P", key)
for t, why in lex.NONPLACES.items():
    assert t not in SURF, t
    SURF[t] = ("N", why)
for pk, (forms, flag) in lex.PERSONS.items():
    for f in forms:
        assert f not in SURF, f
        SURF[f] = ("H", pk)
# extra surface forms only reachable by override
EXTRA = {"Mississippi", "New York", "Palmerston"}

DOC_OVR = {
    ("1784-1800-foreword", "Washington"): ("H", "George Washington (President, 1732–1799)"),
    ("1750-1775-treaty-of-paris", "Canada"): ("P", "Canada (New France)"),
}
SENT_OVR = [
    ("1989-1992-foreword", "He brought to the White House strong credentials", "White House", ("N", lex.OTHER)),
    ("1830-1860-indian-treaties", "the states of Alabama and Mississippi", "Mississippi", ("P", "Mississippi")),
    ("panel-johnstown-flood-1889", "Johnstown, New York, a glove", "Johnstown", ("P", "Johnstown (New York)")),
    ("panel-johnstown-flood-1889", "Berlin, Pennsylvania, a Somerset", "Berlin", ("P", "Berlin (Pennsylvania)")),
    ("panel-johnstown-flood-1889", "Washington in County Durham", "Washington", ("P", "Washington (Tyne and Wear)")),
    ("panel-johnstown-flood-1889", "Pittsburg, Kansas", "Pittsburg", ("P", "Pittsburg (Kansas)")),
    ("panel-johnstown-flood-1889", "The borough of Carnegie", "Carnegie", ("P", "Carnegie (Pennsylvania)")),
    ("panel-saar-plebiscite-1935", "Versailles, Kentucky", "Versailles", ("P", "Versailles (Kentucky)")),
    ("panel-saar-plebiscite-1935", "not be filed under Neunkirchen in Lower Austria", "Neunkirchen", ("P", "Neunkirchen (Lower Austria)")),
    ("panel-saar-plebiscite-1935", "Geneva, New York", "Geneva", ("P", "Geneva (New York)")),
    ("panel-darwin-cyclone-tracy-1974", "it was called Palmerston", "Palmerston", ("P", "Darwin")),
    ("panel-darwin-cyclone-tracy-1974", "Darwin, Minnesota, a farming", "Darwin", ("P", "Darwin (Minnesota)")),
    ("panel-darwin-cyclone-tracy-1974", "Wire reports from London and New York", "New York", ("P", "New York City")),
]

forms = sorted(SURF, key=len, reverse=True)
PAT = re.compile(r"(?<![\w])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w])")

def tag(doc, sent):
    out = []
    for m in PAT.finditer(sent):
        t = m.group(1)
        tgt = SURF[t]
        if (doc, t) in DOC_OVR:
            tgt = DOC_OVR[(doc, t)]
        for d, sub, name, o in SENT_OVR:
            if d == doc and sub in sent and name == t:
                tgt = o
        out.append((m.start(), t, tgt))
    return out

def run():
    places_all, nonplaces, pmentions = [], [], {}
    used_ovr = set()
    for doc, text in DOCS.items():
        for s in sentences(text):
            for d, sub, name, o in SENT_OVR:
                if d == doc and sub in s:
                    used_ovr.add(sub)
            for pos, t, (typ, val) in tag(doc, s):
                if typ == "P":
                    lat, lon, cc, kind, _ = lex.PLACES[val]
                    places_all.append({"doc": doc, "name": t, "sentence": s, "lat": lat, "lon": lon,
                                       "country": cc, "kind": kind, "place": val})
                elif typ == "N":
                    nonplaces.append({"doc": doc, "text": t, "sentence": s, "why": val})
                else:
                    pmentions.setdefault(val, []).append({"doc": doc, "text": t, "sentence": s})
                    if lex.PERSONS[val][1]:
                        nonplaces.append({"doc": doc, "text": t, "sentence": s, "why": "person/family named like a place"})
    missing = [o[1] for o in SENT_OVR if o[1] not in used_ovr]
    assert not missing, missing
    first, seen = [], set()
    for r in places_all:
        k = (r["doc"], r["name"])
        if k not in seen:
            seen.add(k); first.append(r)
    persons = [{"person": pk, "mentions": pmentions[pk]} for pk in lex.PERSONS if pk in pmentions]
    return first, places_all, nonplaces, persons

def uncovered():
    stop = set("The A An In On Of And But For To As At By It Its This That These Those He She They His Her Their When While After Before Under Over With From Within Without Although Though Despite During Since Because If Once Then There Here Some Many Most Few Other Another Each Both Only Even Yet Still Not No Two Three Five One Ten Whether What Which Who Whose How Why Instead Indeed Finally Furthermore Moreover However Nevertheless Thus Over Upon Having Being Following Facing Coupled Acknowledging Presiding Believing Creating Raised Born By Between Among Through Toward Towards Against Until Unable Fears Map Portrait Depiction Cartoon Book Cover First Introduction President Secretary Senator General Congressman Governor Chief Justice Captain Professor Major Emperor King Prime Minister Chairman Director Ambassador Vice Assistant Lieutenant Sec Gen Former Permanent Representative Minority Whip House Treaty Act Plan Doctrine".split())
    from collections import Counter
    c = Counter()
    for doc, text in DOCS.items():
        for s in sentences(text):
            covered = [(m.start(), m.end()) for m in PAT.finditer(s)]
            for m in re.finditer(r"\b[A-Z][\w’'\-‑]*", s):
                if any(a <= m.start() < b for a, b in covered):
                    continue
                w = m.group(0)
                if w in stop: continue
                c[(doc, w)] += 1
    for (doc, w), n in sorted(c.items()):
        print(doc, w, n)

if __name__ == "__main__":
    if "-u" in sys.argv:
        uncovered()
    if "-w" in sys.argv:
        first, allp, nonp, pers = run()
        def dump(fn, rows):
            with open(fn, "w") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        dump("places_v50.jsonl", first); dump("places_v50_all.jsonl", allp)
        dump("nonplaces_v50.jsonl", nonp); dump("persons_v50.jsonl", pers)
        json.dump(DOCS, open("docs.json", "w"), ensure_ascii=False, indent=1)
        print(len(first), len(allp), len(nonp), len(pers), sum(len(p["mentions"]) for p in pers))
