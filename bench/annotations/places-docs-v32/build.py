"""Tag every document with lex.py (longest match, rules first) and write the four files.
python3 build.py -v DOC   show tags of one document
python3 build.py -u       capitalised words no tag covers
python3 build.py -w       write the jsonl files"""
import json, re, sys
from collections import OrderedDict
from split import sentences
import lex

DOCS = json.load(open("docs.json"))
ALL = set(lex.SURF) | set(lex.NONPLACES) | set(lex.PERSON_SURF) | {r[2] for r in lex.RULES}
PAT = re.compile(r"(?<![\w’'])(" + "|".join(re.escape(s) for s in sorted(ALL, key=len, reverse=True)) + r")(?![\w])")


def resolve(doc, sent, s, pos=0):
    for d, sub, surf, res in lex.RULES:
        if surf != s or (d is not None and d != doc):
            continue
        if sub is None or (sub.startswith("PRE:") and sent[:pos].endswith(sub[4:])) or (not sub.startswith("PRE:") and sub in sent):
            return res
    if s in lex.NONPLACES:
        return ("non", lex.NONPLACES[s])
    if s in lex.SURF:
        return ("place", lex.SURF[s])
    if s in lex.PERSON_SURF:
        return ("person", lex.PERSON_SURF[s])
    return None


def tag(doc, sent):
    out = []
    for m in PAT.finditer(sent):
        s = m.group(1)
        # do not let a hyphen-joined word be split unless the piece is a place (U.S.-Japanese, Texas-Mexico)
        r = resolve(doc, sent, s, m.start())
        if r is None:
            continue
        out.append((m.start(), s, r))
    return out


def run():
    places, nonplaces, persons = [], [], OrderedDict()
    for doc, text in DOCS.items():
        for sent in sentences(text):
            for pos, s, (cat, val) in tag(doc, sent):
                if cat == "place":
                    lat, lon, cc, kind = lex.PLACES[val]
                    places.append(OrderedDict(doc=doc, name=s, sentence=sent, lat=lat, lon=lon, country=cc, kind=kind, place=val))
                elif cat == "non":
                    nonplaces.append(OrderedDict(doc=doc, text=s, sentence=sent, why=val))
                else:
                    persons.setdefault(val, []).append(OrderedDict(doc=doc, text=s, sentence=sent))
                    if lex.PERSONS[val][1]:
                        nonplaces.append(OrderedDict(doc=doc, text=s, sentence=sent, why="person/family named like a place"))
    return places, nonplaces, persons


if __name__ == "__main__":
    if sys.argv[1] == "-v":
        for doc in sys.argv[2:]:
            for sent in sentences(DOCS[doc]):
                tags = tag(doc, sent)
                print("|", sent[:160])
                for pos, s, r in tags:
                    print("     ", s, "->", r)
    elif sys.argv[1] == "-u":
        for doc, text in DOCS.items():
            for sent in sentences(text):
                covered = [(p, p + len(s)) for p, s, r in tag(doc, sent)]
                for m in re.finditer(r"[A-Z][\w’'.-]*", sent):
                    if m.start() == 0:
                        continue
                    if not any(a <= m.start() < b for a, b in covered):
                        print(doc, "|", m.group(0))
    elif sys.argv[1] == "-w":
        places, nonplaces, persons = run()
        seen, first = set(), []
        for r in places:
            k = (r["doc"], r["name"])
            if k not in seen:
                seen.add(k); first.append(r)
        def dump(fn, rows):
            with open(fn, "w") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        dump("places_v32_all.jsonl", places)
        dump("places_v32.jsonl", first)
        dump("nonplaces_v32.jsonl", nonplaces)
        dump("persons_v32.jsonl", [OrderedDict(person=k, mentions=v) for k, v in persons.items()])
        print(len(places), len(first), len(nonplaces), len(persons), sum(len(v) for v in persons.values()))
