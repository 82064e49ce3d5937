"""Tag the 23 documents with lex.py plus the overrides below; write the four jsonl files and docs.json.
   python3 build.py -u   : list capitalised words nothing covers
   python3 build.py -v DOC : show a document's tags
   python3 build.py -w   : write files"""
import json, re, sys, glob, os
from lex import PLACES, ALIAS, NONP, PERSONS, NAMED_LIKE

HERE = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(HERE, 'places_texts.json')))
docs = dict(texts)
for p in sorted(glob.glob(os.path.join(HERE, 'panel-*.txt'))):
    docs[os.path.basename(p)[:-4]] = open(p).read().rstrip('\n')

ABBR = re.compile(r'(?:\b(?:U\.S|U\.N|St|Jan|Blvd|Mr|Dr|H\.W|J\.P|[A-Z])\.)$')
def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r'[.!?][”"’)]?(?=\s+[A-Z“"(‘])', line):
            seg = line[start:m.end()]
            if ABBR.search(line[:m.start()+1]):
                continue
            out.append(seg.strip()); start = m.end()
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out

PERSON_OF = {}
for pk, ss in PERSONS.items():
    for s in ss:
        PERSON_OF.setdefault(s, pk)

# overrides: (doc, sentence substring or None, surface) -> ('P', key) | ('N', why) | ('H', person key) | None
OV = {
 ('1921-1936-london-naval-conf', 'renegotiate the Washington and London treaties', 'Washington'): ('N', 'treaty/agreement/law'),
 ('1921-1936-london-naval-conf', 'renegotiate the Washington and London treaties', 'London'): ('N', 'treaty/agreement/law'),
 ('1993-2000-oslo', 'why Camp David failed', 'Camp David'): ('N', 'war/event'),
 ('1993-2000-oslo', 'Oslo’s Collapse', 'Oslo'): ('N', 'war/event'),
 ('1866-1898-burlingame-seward-treaty', None, 'East'): ('P', 'East Asia'),
 ('panel-atlantic-cable-1866', None, 'New York'): ('P', 'New York City'),
 ('panel-hejaz-railway-1908', 'In antiquity', 'Philadelphia'): ('P', 'Amman'),
 ('panel-hejaz-railway-1908', 'east of the Jordan', 'Jordan'): ('P', 'Jordan River'),
 ('panel-hejaz-railway-1908', 'Medina, Ohio', 'Medina'): ('P', 'Medina (Ohio)'),
 ('panel-hejaz-railway-1908', 'Lawrence, Kansas', 'Lawrence'): ('P', 'Lawrence (Kansas)'),
 ('panel-hejaz-railway-1908', 'Damascus, Virginia', 'Damascus'): ('P', 'Damascus (Virginia)'),
 ('panel-pony-express-1860', 'Montana, Bulgaria', 'Montana'): ('P', 'Montana (Bulgaria)'),
 ('panel-pony-express-1860', 'Marysville, Kansas', 'Marysville'): ('P', 'Marysville (Kansas)'),
 ('panel-pony-express-1860', 'Marysville, California', 'Marysville'): ('P', 'Marysville (California)'),
 ('panel-pony-express-1860', 'town of Russell in Kansas', 'Russell'): ('P', 'Russell (Kansas)'),
 ('panel-pony-express-1860', 'another Sierra Nevada', 'Sierra Nevada'): ('P', 'Sierra Nevada (Spain)'),
 ('panel-pony-express-1860', 'Churchill, Manitoba', 'Churchill'): ('P', 'Churchill (Manitoba)'),
 ('panel-pony-express-1860', 'The town of Cody, Wyoming', 'Cody'): ('P', 'Cody (Wyoming)'),
 ('panel-atlantic-cable-1866', 'so was a town, Field,', 'Field'): ('P', 'Field (British Columbia)'),
}
EXTRA = ['Marysville', 'Churchill', 'East']
SKIP = {'Truman Administration', 'Carter administration', 'Gerald R. Ford administration'}
EXTRA += sorted(SKIP)   # surfaces only used through overrides

def classify(doc, sent, surf):
    for (d, sub, s), v in OV.items():
        if d == doc and s == surf and (sub is None or sub in sent):
            return v
    if surf in SKIP:
        return ('S', None)
    if surf in NONP:
        return ('N', NONP[surf])
    if surf in PERSON_OF:
        return ('H', PERSON_OF[surf])
    if surf in ALIAS:
        return ('P', ALIAS[surf])
    return None

ALL = sorted(set(NONP) | set(PERSON_OF) | set(ALIAS) | set(EXTRA), key=len, reverse=True)
PAT = {s: re.compile(r'(?<!\w)' + re.escape(s) + r'(?!\w)') for s in ALL}

def tag(doc, sent):
    taken = [False] * len(sent); out = []
    for s in ALL:
        for m in PAT[s].finditer(sent):
            a, b = m.span()
            if any(taken[a:b]):
                continue
            c = classify(doc, sent, s)
            if c is None:
                continue
            for i in range(a, b): taken[i] = True
            out.append((a, s, c))
    out.sort()
    return out, taken

def main():
    args = sys.argv[1:]
    places_all, nonplaces, persons = [], [], {}
    uncovered = {}
    for doc, text in docs.items():
        for sent in sentences(text):
            assert sent in text, (doc, sent)
            tags, taken = tag(doc, sent)
            for a, s, (k, v) in tags:
                if k == 'S':
                    continue
                if k == 'P':
                    lat, lon, cc, kind = PLACES[v]
                    places_all.append({"doc": doc, "name": s, "sentence": sent, "lat": lat, "lon": lon,
                                       "country": cc, "kind": kind, "place": v})
                elif k == 'N':
                    nonplaces.append({"doc": doc, "text": s, "sentence": sent, "why": v})
                else:
                    persons.setdefault(v, []).append({"doc": doc, "text": s, "sentence": sent})
                    if s in NAMED_LIKE:
                        nonplaces.append({"doc": doc, "text": s, "sentence": sent,
                                          "why": "person/family named like a place"})
            for m in re.finditer(r'[A-Z][\w’\'.-]*', sent):
                if not any(taken[m.start():m.end()]):
                    uncovered.setdefault(m.group(), []).append(doc)
            if '-v' in args and doc == args[args.index('-v') + 1]:
                print('>>', sent)
                for a, s, c in tags: print('    ', s, '->', c)
    # dedupe (one row per doc, name, sentence)
    def dedupe(rows, keyf):
        seen = set(); out = []
        for r in rows:
            k = keyf(r)
            if k in seen: continue
            seen.add(k); out.append(r)
        return out
    places_all = dedupe(places_all, lambda r: (r['doc'], r['name'], r['sentence']))
    nonplaces = dedupe(nonplaces, lambda r: (r['doc'], r['text'], r['sentence'], r['why']))
    first = dedupe(places_all, lambda r: (r['doc'], r['name']))
    if '-u' in args:
        for w, ds in sorted(uncovered.items(), key=lambda x: -len(x[1])):
            print(len(ds), w, sorted(set(ds))[:3])
    print('docs', len(docs), 'place mentions', len(places_all), 'first', len(first), 'nonplaces', len(nonplaces),
          'people', len(persons), 'person mentions', sum(len(v) for v in persons.values()))
    if '-w' in args:
        def wl(name, rows):
            with open(os.path.join(HERE, name), 'w') as f:
                for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
        wl('places_v28_all.jsonl', places_all); wl('places_v28.jsonl', first)
        wl('nonplaces_v28.jsonl', nonplaces)
        wl('persons_v28.jsonl', [{"person": k, "mentions": v} for k, v in persons.items()])
        json.dump(docs, open(os.path.join(HERE, 'docs.json'), 'w'), ensure_ascii=False, indent=1)

if __name__ == '__main__':
    main()
