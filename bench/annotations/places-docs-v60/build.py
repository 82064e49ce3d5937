"""Tag the 23 documents with lex.py (leftmost-longest, case-sensitive, whole word) and write the four files.
python3 build.py -u   list capitalised words no annotation covers (to look for misses)
python3 build.py -w   write places_v60*.jsonl, nonplaces_v60.jsonl, persons_v60.jsonl"""
import json, re, sys
from split import sentences
from lex import PLACES, NONPLACES, PERSONS

DOCS = json.load(open("docs.json"))

CAND = {}   # surface -> list of (type, value)
for k, (lat, lon, cc, kind, names) in PLACES.items():
    for n in names:
        CAND.setdefault(n, []).append(("P", k))
for t, why in NONPLACES.items():
    CAND.setdefault(t, []).append(("N", why))
for lab, (flag, forms) in PERSONS.items():
    for f in forms:
        CAND.setdefault(f, []).append(("H", lab))

# default choice where a surface has several candidates
DEFAULT = {
 "Washington": ("P", "Washington, D.C."), "Mississippi": ("P", "Mississippi River"), "Ohio": ("P", "Ohio River"),
 "New York": ("P", "New York (state)"), "Victoria": ("N", "ship/vehicle"), "Trinidad": ("N", "ship/vehicle"),
 "San Antonio": ("N", "ship/vehicle"), "Santiago": ("N", "ship/vehicle"), "Hector": ("N", "ship/vehicle"),
 "John Ross": ("H", "John Ross (Cherokee chief, 1790–1866)"), "Lawrence": ("H", "Henry Lawrence (administrator, 1806–1857)"),
 "White House": ("N", "organisation"),
}
PANELS = [d for d in DOCS if d.startswith("panel-")]
DOC_OV = {
 "1750-1775-french-indian-war": {"Washington": ("H", "George Washington (President, 1732–1799)")},
 "1750-1775-incidents": {"Washington": ("H", "George Washington (President, 1732–1799)")},
 "1989-1992-apec": {"Washington": ("P", "Washington (state)")},
 "1830-1860-opening-to-japan": {"New York": ("P", "New York City")},
 "panel-hector-pictou-1773": {"John Ross": ("H", "John Ross (emigration agent, 18th century)")},
 "panel-lucknow-cawnpore-1857": {"Ohio": ("P", "Ohio")},
 "panel-magellan-elcano-1522": {"Ohio": ("P", "Ohio")},
}
# (doc, sentence substring, surface) -> choice (None = not tagged)
SENT_OV = [
 ("1830-1860-indian-treaties", "states of Alabama and Mississippi", "Mississippi", ("P", "Mississippi (state)")),
 ("1830-1860-opening-to-japan", "He then sailed north to Edo (Tokyo) Bay", "Tokyo", ("P", "Tokyo Bay")),
 ("1953-1960-east-german-uprising", "post-Stalin", "Stalin", None),
 ("panel-magellan-elcano-1522", "She was not named for Victoria, British Columbia", "Victoria", ("P", "Victoria (British Columbia)")),
 ("panel-magellan-elcano-1522", "nothing to do with San Antonio, Texas", "San Antonio", ("P", "San Antonio (Texas)")),
 ("panel-magellan-elcano-1522", "the island of Trinidad its name", "Trinidad", ("P", "Trinidad (island)")),
 ("panel-magellan-elcano-1522", "coal town of Trinidad, Colorado", "Trinidad", ("P", "Trinidad (Colorado)")),
 ("panel-magellan-elcano-1522", "never saw Santiago in Chile", "Santiago", ("P", "Santiago (Chile)")),
 ("panel-magellan-elcano-1522", "limped into Santiago in the Cape Verde", "Santiago", ("P", "Santiago (Cape Verde)")),
 ("panel-magellan-elcano-1522", "the town of Florida shares its name", "Florida", ("P", "Florida (Uruguay)")),
 ("panel-magellan-elcano-1522", "Ohio village called Seville", "Seville", ("P", "Seville (Ohio)")),
 ("panel-hector-pictou-1773", "later with Hector, Minnesota", "Hector", ("P", "Hector (Minnesota)")),
 ("panel-hector-pictou-1773", "Halifax in Yorkshire", "Halifax", ("P", "Halifax (Yorkshire)")),
 ("panel-hector-pictou-1773", "Selkirk, Manitoba later", "Selkirk", ("P", "Selkirk (Manitoba)")),
 ("panel-lucknow-cawnpore-1857", "Lucknow, Ontario, a village", "Lucknow", ("P", "Lucknow (Ontario)")),
 ("panel-lucknow-cawnpore-1857", "The town of Lawrence, Kansas", "Lawrence", ("P", "Lawrence (Kansas)")),
 ("panel-lucknow-cawnpore-1857", "Delhi, New York, in Delaware County", "Delhi", ("P", "Delhi (New York)")),
 ("panel-lucknow-cawnpore-1857", "Delhi, New York, in Delaware County", "Calcutta", ("P", "Calcutta (Ohio)")),
]

def wordchar(c):
    return c.isalnum()

def matches(sent):
    """leftmost-longest whole-word matches of lexicon surfaces"""
    found = []
    for surf in CAND:
        start = 0
        while True:
            i = sent.find(surf, start)
            if i < 0:
                break
            j = i + len(surf)
            okl = i == 0 or not wordchar(sent[i - 1])
            okr = j == len(sent) or not wordchar(sent[j]) or not wordchar(surf[-1])
            if okl and okr:
                found.append((i, j, surf))
            start = i + 1
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out, end = [], -1
    for i, j, s in found:
        if i >= end:
            out.append((i, j, s)); end = j
    return out

def choose(doc, sent, surf):
    for d, sub, s, ch in SENT_OV:
        if d == doc and s == surf and sub in sent:
            return ch
    if surf in DOC_OV.get(doc, {}):
        return DOC_OV[doc][surf]
    c = CAND[surf]
    if len(c) == 1:
        return c[0]
    if surf in DEFAULT:
        return DEFAULT[surf]
    raise SystemExit("ambiguous %r in %s: %s" % (surf, doc, c))

def tag():
    places, nonplaces, persons = [], [], {}
    uncovered = {}
    for doc, text in DOCS.items():
        for sent in sentences(text):
            ms = matches(sent)
            for i, j, surf in ms:
                ch = choose(doc, sent, surf)
                if ch is None:
                    continue
                typ, val = ch
                if typ == "P":
                    lat, lon, cc, kind, _ = PLACES[val]
                    places.append({"doc": doc, "name": surf, "sentence": sent, "lat": lat, "lon": lon,
                                   "country": cc, "kind": kind, "place": val})
                elif typ == "N":
                    nonplaces.append({"doc": doc, "text": surf, "sentence": sent, "why": val})
                else:
                    persons.setdefault(val, []).append({"doc": doc, "text": surf, "sentence": sent})
                    if PERSONS[val][0]:
                        nonplaces.append({"doc": doc, "text": surf, "sentence": sent,
                                          "why": "person/family named like a place"})
            covered = [(i, j) for i, j, _ in ms]
            for m in re.finditer(r"[A-ZÀ-Ý][\w’'\-]+", sent):
                if not any(i <= m.start() < j for i, j in covered):
                    uncovered.setdefault(m.group(0), set()).add(doc[:14])
    return places, nonplaces, persons, uncovered

if __name__ == "__main__":
    places, nonplaces, persons, unc = tag()
    if "-u" in sys.argv:
        for w in sorted(unc):
            print(w, ",".join(sorted(unc[w]))[:70])
    if "-w" in sys.argv:
        first, seen = [], set()
        for r in places:
            k = (r["doc"], r["name"])
            if k not in seen:
                seen.add(k); first.append(r)
        def dump(fn, rows):
            with open(fn, "w") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        dump("places_v60_all.jsonl", places)
        dump("places_v60.jsonl", first)
        dump("nonplaces_v60.jsonl", nonplaces)
        dump("persons_v60.jsonl", [{"person": p, "mentions": m} for p, m in persons.items()])
        print("places", len(places), "first", len(first), "nonplaces", len(nonplaces), "persons", len(persons),
              "person mentions", sum(len(m) for m in persons.values()))
