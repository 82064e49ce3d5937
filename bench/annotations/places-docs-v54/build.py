import json, re, sys, collections
import split, lex
try:
    import rules
    RULES = rules.RULES
except ImportError:
    RULES = []
WORD = re.compile(r"\w")

def load_docs():
    docs = json.load(open("places_texts.json"))
    import glob, os
    for f in sorted(glob.glob("panel-*.txt")):
        docs[os.path.basename(f)[:-4]] = open(f, encoding="utf-8").read()
    return docs

def build_matcher():
    forms = collections.defaultdict(list)
    for s, t in lex.FORMS:
        forms[s].append(t)
    for s, ts in forms.items():
        if len(set(ts)) > 1:
            print("WARN duplicate form", s, set(ts), file=sys.stderr)
    keys = sorted(forms, key=len, reverse=True)
    pat = re.compile("|".join(re.escape(k) for k in keys))
    return forms, keys

def tag_sentence(doc, sent, forms, keys):
    spans = []  # (start, end, target)
    taken = [False] * len(sent)
    for (rdoc, rx, target) in RULES:
        if rdoc not in (None, doc):
            continue
        for m in re.finditer(rx, sent):
            a, b = m.span("x")
            if any(taken[a:b]):
                continue
            for i in range(a, b):
                taken[i] = True
            if target is not None:
                spans.append((a, b, target))
    i = 0
    n = len(sent)
    while i < n:
        if taken[i] or (i > 0 and WORD.match(sent[i - 1]) and WORD.match(sent[i])):
            i += 1
            continue
        best = None
        for k in keys:  # sorted longest first
            if sent.startswith(k, i):
                e = i + len(k)
                if e < n and WORD.match(sent[e]) and WORD.match(k[-1]):
                    continue
                if any(taken[i:e]):
                    continue
                best = k
                break
        if best:
            e = i + len(best)
            spans.append((i, e, forms[best][0]))
            for j in range(i, e):
                taken[j] = True
            i = e
        else:
            i += 1
    spans.sort()
    return spans, taken

def run():
    docs = load_docs()
    forms, keys = build_matcher()
    # index keys by first char for speed
    byfirst = collections.defaultdict(list)
    for k in keys:
        byfirst[k[0]].append(k)
    places_all, nonplaces, persons = [], [], collections.OrderedDict()
    uncovered = collections.Counter()
    for doc, text in docs.items():
        for a, b, sent in split.sentences(text):
            spans, taken = tag_sentence(doc, sent, forms, keys)
            for s, e, (typ, val) in spans:
                surf = sent[s:e]
                if typ == "P":
                    lat, lon, cc, kind = lex.PLACES[val]
                    places_all.append({"doc": doc, "name": surf, "sentence": sent, "lat": lat, "lon": lon,
                                       "country": cc, "kind": kind, "place": val})
                elif typ == "N":
                    nonplaces.append({"doc": doc, "text": surf, "sentence": sent, "why": val})
                elif typ == "H":
                    persons.setdefault(val, []).append({"doc": doc, "text": surf, "sentence": sent})
                    if lex.PERSONS[val]:
                        nonplaces.append({"doc": doc, "text": surf, "sentence": sent, "why": lex.PER})
            for m in re.finditer(r"[A-Z][\w’'\-]+", sent):
                if not any(taken[m.start():m.end()]):
                    uncovered[(m.group(), doc if "-u2" in sys.argv else "")] += 1
    return docs, places_all, nonplaces, persons, uncovered

if __name__ == "__main__":
    docs, pa, npl, pers, unc = run()
    if "-u" in sys.argv or "-u2" in sys.argv:
        stop = set(open("stop.txt").read().split()) if __import__("os").path.exists("stop.txt") else set()
        print(" | ".join(f"{w}{'@'+d[:12] if d else ''}:{c}" for (w, d), c in sorted(unc.items()) if w not in stop))
    if "-w" in sys.argv:
        first, seen = [], set()
        for r in pa:
            if (r["doc"], r["name"]) not in seen:
                seen.add((r["doc"], r["name"]))
                first.append(r)
        def dump(fn, rows):
            with open(fn, "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        dump("places_v54.jsonl", first)
        dump("places_v54_all.jsonl", pa)
        dump("nonplaces_v54.jsonl", npl)
        dump("persons_v54.jsonl", [{"person": p, "mentions": m} for p, m in pers.items()])
        json.dump(docs, open("docs.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print("places_all", len(pa), "first", len(first), "nonplaces", len(npl), "persons", len(pers),
              "person mentions", sum(len(m) for m in pers.values()))
