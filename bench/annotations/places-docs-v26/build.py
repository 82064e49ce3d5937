"""Build places_v26*.jsonl, nonplaces_v26.jsonl, persons_v26.jsonl from docs.json + lex.py.
Longest match first, no overlaps. -u: list capitalised words nothing covers; -v DOC: inline view."""
import json, re, sys
from split import sentences
import lex


def table(txt):
    return [l.split("|") for l in txt.strip().split("\n") if l.strip()]


PLACES = {}
for k, lat, lon, cc, kind in table(lex.PLACES_TXT):
    PLACES[k] = (float(lat), float(lon), None if cc == "null" else cc, kind)
SURF = {s: ("P", k) for s, k in table(lex.SURF_TXT)}
for s, why in table(lex.NP_TXT):
    assert s not in SURF, s
    SURF[s] = ("N", why)
PERSONS = {}
for pid, surfs in table(lex.PERSONS_TXT):
    PERSONS[pid] = []
    for s in [x for x in surfs.split(";") if x]:
        assert s not in SURF, s
        SURF[s] = ("H", pid)
for k in SURF.values():
    if k[0] == "P":
        assert k[1] in PLACES, k
for pid in lex.LIKE_PLACE:
    assert pid in PERSONS, pid


def targ(t):
    a, b = t.split(":", 1)
    return (a, b) if a in "PNH" else ("X", None)


def doc_overrides(doc):
    return [(sub, s, targ(t)) for d, sub, s, t in lex.OVERRIDES if d == doc]


def matches(doc, sent):
    ov = doc_overrides(doc)
    surfaces = set(SURF) | {s for sub, s, t in ov if sub == "" or sub in sent}
    found = []
    taken = [False] * len(sent)
    for s in sorted(surfaces, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w’'])" + re.escape(s) + r"(?![\w])", sent):
            if any(taken[m.start():m.end()]):
                continue
            t = SURF.get(s)
            for sub, os_, ot in ov:
                if os_ == s and (sub == "" or sub in sent):
                    t = ot
            if t is None:
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            found.append((m.start(), s, t))
    found.sort()
    return found


def build():
    docs = json.load(open("docs.json"))
    allp, nonp, pers = [], [], {pid: [] for pid in PERSONS}
    seen = set()
    for doc, text in docs.items():
        for sent in sentences(text):
            assert sent in text, (doc, sent)
            for pos, s, (kind, val) in matches(doc, sent):
                key = (doc, s, sent, kind, val)
                if key in seen:
                    continue
                seen.add(key)
                if kind == "P":
                    lat, lon, cc, k = PLACES[val]
                    allp.append({"doc": doc, "name": s, "sentence": sent, "lat": lat, "lon": lon,
                                 "country": cc, "kind": k, "place": val})
                elif kind == "N":
                    nonp.append({"doc": doc, "text": s, "sentence": sent, "why": val})
                elif kind == "H":
                    pers[val].append({"doc": doc, "text": s, "sentence": sent})
                    tok = lex.LIKE_PLACE.get(val)
                    if tok and tok in s:
                        nonp.append({"doc": doc, "text": s, "sentence": sent, "why": "person/family named like a place"})
    first, fs = [], set()
    for r in allp:
        if (r["doc"], r["name"]) not in fs:
            fs.add((r["doc"], r["name"]))
            first.append(r)
    persons = [{"person": pid, "mentions": ms} for pid, ms in pers.items() if ms]

    def dump(fn, rows):
        with open(fn, "w") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump("places_v26_all.jsonl", allp)
    dump("places_v26.jsonl", first)
    dump("nonplaces_v26.jsonl", nonp)
    dump("persons_v26.jsonl", persons)
    unused = [p for p in PERSONS if not pers[p]]
    print(f"places all {len(allp)} first {len(first)} nonplaces {len(nonp)} persons {len(persons)} "
          f"mentions {sum(len(p['mentions']) for p in persons)}; persons with no mention: {unused}")
    return docs


def uncovered(docs):
    skip = set("The A An In On At By For From To Of And But If As It Its This That These Those He His She Her They Their "
               "When While After Before During Although Though However Yet So Since Under With Without Between Among "
               "Upon Once Even Still Thus Many Some Most Both Each Every One Two Neither Nor Not No Today Because Also "
               "Further Furthermore Moreover Nevertheless Accordingly Consequently Ultimately Instead Rather Perhaps "
               "Sometimes Simultaneously There Here What Why How Who".split())
    out = {}
    for doc, text in docs.items():
        for sent in sentences(text):
            ms = matches(doc, sent)
            cov = [False] * len(sent)
            for pos, s, t in ms:
                for i in range(pos, pos + len(s)):
                    cov[i] = True
            for m in re.finditer(r"[A-Z][\w’'\.-]*", sent):
                if not any(cov[m.start():m.end()]) and m.group(0).rstrip(".’") not in skip:
                    out.setdefault(m.group(0), []).append(doc)
    for w in sorted(out):
        print(w, len(out[w]), sorted(set(out[w]))[:3])


def view(docs, doc):
    for sent in sentences(docs[doc]):
        ms = matches(doc, sent)
        s2, last = "", 0
        for pos, s, (k, v) in ms:
            s2 += sent[last:pos] + f"[{s}|{k}:{v}]"
            last = pos + len(s)
        print(s2 + sent[last:])


if __name__ == "__main__":
    docs = build()
    if "-u" in sys.argv:
        uncovered(docs)
    if "-v" in sys.argv:
        view(docs, sys.argv[sys.argv.index("-v") + 1])
