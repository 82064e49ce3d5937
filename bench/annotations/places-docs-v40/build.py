"""Tagger: leftmost-longest, case-sensitive, whole-word over place, non-place, person and compound surfaces.
python3 build.py -u  : list capitalised words no annotation covers (to look for misses)
python3 build.py -w  : write the jsonl files"""
import json, re, sys
from split import sentences
import lex

PLACES, PSURF, NONP, PERSONS, PERSURF, FLAG = lex.parse()
NAMED = "person/family named like a place"

# surfaces allowed only in some documents
ONLY = {
    "Time": ["1937-1945-internationalism"], "Life": ["1937-1945-internationalism"], "Fortune": ["1937-1945-internationalism"],
    "Directory": ["panel-bonaparte-egypt-1798"], "South": ["1989-1992-gulf-war"], "Georgia": ["1977-1980-foreword"],
    "Note": ["1899-1913-hay-and-china"], "Commission": ["1921-1936-dawes"], "Committee": ["1776-1783-secret-committee"],
}
# per-document overrides: surface -> ('P', key) | ('N', why) | None (not annotated)
DOC = {
    "1830-1860-amistad": {"Washington": ("N", "ship/vehicle")},
    "1989-1992-gulf-war": {"White House": ("N", "organisation")},
    "1977-1980-foreword": {"PRC": ("N", "organisation")},
    "1914-1920-wwi": {"Arabic": ("N", "ship/vehicle")},
}
# per-sentence overrides: (doc, substring of sentence, surface) -> as DOC
SENT = {
    ("1961-1968-bay-of-pigs", "fly sorties over combat areas during the Bay of Pigs", "Bay of Pigs"): ("N", "event/battle/war"),
    ("panel-tay-bridge-1879", "to reassure a public that remembered the Tay", "Tay"): ("N", "event/battle/war"),
}

def person_of(doc, sent, start, surface):
    label = PERSURF[surface]
    if surface == "Kennedy" and sent[max(0, start - 17):start] == "Attorney General ":
        return "Robert F. Kennedy (Attorney General, 1925–1968)"
    return label

ALL = {}
for t in PSURF: ALL[t] = "P"
for t in NONP: ALL.setdefault(t, "N")
for t in PERSURF:
    assert t not in ALL or t in ("Arabic",), t
    ALL[t] = "R"
for t in lex.COMPOUNDS: ALL[t] = "C"
PAT = re.compile("|".join(re.escape(t) for t in sorted(ALL, key=len, reverse=True)))
WORD = re.compile(r"[\w]")

def matches(sent):
    """leftmost-longest whole-word matches"""
    out, i = [], 0
    cands = []
    for t in ALL:
        for m in re.finditer(re.escape(t), sent):
            a, b = m.start(), m.end()
            if a > 0 and WORD.match(sent[a - 1]): continue
            if b < len(sent) and WORD.match(sent[b]) and not t.endswith("."): continue
            cands.append((a, -(b - a), t))
    cands.sort()
    pos = 0
    for a, nb, t in cands:
        if a < pos: continue
        out.append((a, t))
        pos = a - nb
    return out

def annotate(doc, text):
    places, nonplaces, pers = [], [], []
    for sent in sentences(text):
        for a, t in matches(sent):
            kind = ALL[t]
            if t in ONLY and doc not in ONLY[t]:
                continue
            ov = DOC.get(doc, {}).get(t, "none")
            for (d, sub, surf), v in SENT.items():
                if d == doc and sub in sent and surf == t:
                    ov = v
            if ov is None:
                continue
            if ov != "none":
                if ov[0] == "P": places.append((sent, t, ov[1]))
                else: nonplaces.append((sent, t, ov[1]))
                continue
            if kind == "P":
                places.append((sent, t, PSURF[t]))
            elif kind == "N":
                nonplaces.append((sent, t, NONP[t]))
            elif kind == "R":
                lab = person_of(doc, sent, a, t)
                pers.append((lab, sent, t))
                if lab in FLAG:
                    nonplaces.append((sent, t, NAMED))
            elif kind == "C":
                for pt, k in lex.COMPOUNDS[t]:
                    if isinstance(k, str): places.append((sent, pt, k))
                    else: nonplaces.append((sent, pt, k[1]))
    return places, nonplaces, pers

def main():
    docs = json.load(open("places_texts.json"))
    panels = ["panel-bonaparte-egypt-1798", "panel-tay-bridge-1879", "panel-plevna-san-stefano-1878"]
    for p in panels:
        docs[p] = open(p + ".txt", encoding="utf-8").read().rstrip("\n")
    allp, nonp, persons = [], [], {}
    for doc, text in docs.items():
        pl, npl, pe = annotate(doc, text)
        for sent, name, key in pl:
            lat, lon, cc, kind = PLACES[key]
            allp.append({"doc": doc, "name": name, "sentence": sent, "lat": lat, "lon": lon, "country": cc, "kind": kind, "place": key})
        for sent, t, why in npl:
            nonp.append({"doc": doc, "text": t, "sentence": sent, "why": why})
        for lab, sent, t in pe:
            persons.setdefault(lab, []).append({"doc": doc, "text": t, "sentence": sent})
    if "-u" in sys.argv:
        for doc, text in docs.items():
            for sent in sentences(text):
                covered = [(a, a + len(t)) for a, t in matches(sent)]
                for m in re.finditer(r"\b[A-Z][\w’'-]*", sent):
                    if not any(a <= m.start() < b for a, b in covered):
                        print(doc, "|", m.group(), "|", sent[max(0, m.start() - 40):m.end() + 30])
    first, seen = [], set()
    for r in allp:
        if (r["doc"], r["name"]) not in seen:
            seen.add((r["doc"], r["name"])); first.append(r)
    if "-w" in sys.argv:
        def dump(fn, rows):
            with open(fn, "w", encoding="utf-8") as f:
                for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
        dump("places_v40.jsonl", first)
        dump("places_v40_all.jsonl", allp)
        dump("nonplaces_v40.jsonl", nonp)
        dump("persons_v40.jsonl", [{"person": k, "mentions": v} for k, v in persons.items()])
        json.dump(docs, open("docs.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("places", len(allp), "first", len(first), "nonplaces", len(nonp), "people", len(persons),
          "person mentions", sum(len(v) for v in persons.values()), file=sys.stderr)
    unused = [k for k in PLACES if k not in {r["place"] for r in allp}]
    if unused: print("unused keys:", unused, file=sys.stderr)
    up = [k for k in lex.parse()[3] if k not in persons]
    if up: print("unused persons:", up, file=sys.stderr)

main()
