"""Build the places_v19 files from docs.json and the codings in lex.py.
Longest match first, no overlaps; per-sentence > per-document > global codings.
python3 build.py       -> writes the jsonl files
python3 build.py -u    -> lists capitalised tokens that nothing covers (for review)"""
import json, re, sys, glob, os
import lex

HERE = os.path.dirname(os.path.abspath(__file__))
ABBR = {'i.e', 'e.g', 'St', 'Dr', 'Mr', 'Mrs', 'No', 'Oct', 'Jr', 'Sr', 'Mt', 'vs', 'etc', 'Gen', 'Lt', 'Col'}

def load_docs():
    docs = json.load(open(os.path.join(HERE, 'places_texts.json')))
    for p in sorted(glob.glob(os.path.join(HERE, 'panel-*.txt'))):
        docs[os.path.basename(p)[:-4]] = open(p).read().rstrip('\n')
    return docs

def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r'[.!?][”"’)\]]*(?=\s+[A-Z“"‘(\d\[])', line):
            end = m.end()
            before = line[start:m.start() + 1]
            word = re.search(r'(\S+)$', before).group(1)
            core = word.rstrip('.')
            if line[m.start()] == '.':
                # initials / abbreviations: U.S., D.C., J. P., St.
                if re.fullmatch(r'(?:[A-Z]\.)*[A-Z]', core.lstrip('(“"')) or core.lstrip('(“"') in ABBR:
                    continue
            out.append(line[start:end].strip())
            start = end
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out

def is_word_at(s, i, n):
    a = s[i - 1] if i > 0 else ' '
    b = s[i + n] if i + n < len(s) else ' '
    return not (a.isalnum() or a in '-') and not (b.isalnum() or b == '-' and s[i+n:i+n+2] != '–')

def codings_for(doc, sent):
    table = dict(lex.GLOBAL)
    table.update(dict(lex.DOC.get(doc, [])))
    for d, sub, surface, code in lex.SENT:
        if d == doc and sub in sent:
            table[surface] = code
    return table

def match(doc, sent):
    table = codings_for(doc, sent)
    taken = [False] * len(sent)
    hits = []
    for surface in sorted(table, key=len, reverse=True):
        start = 0
        while True:
            i = sent.find(surface, start)
            if i < 0:
                break
            start = i + 1
            if not is_word_at(sent, i, len(surface)):
                continue
            if any(taken[i:i + len(surface)]):
                continue
            for k in range(i, i + len(surface)):
                taken[k] = True
            hits.append((i, surface, table[surface]))
    hits.sort()
    return hits, taken

def main():
    docs = load_docs()
    places_all, nonplaces, persons = [], [], {}
    seen = set()
    uncovered = []
    for doc, text in docs.items():
        for sent in sentences(text):
            hits, taken = match(doc, sent)
            for i, surface, code in hits:
                kind, _, val = code.partition(':')
                if kind == 'X':
                    continue
                key = (doc, surface, sent, code)
                if key in seen:
                    continue
                seen.add(key)
                if kind == 'P':
                    lat, lon, cc, k = lex.PLACES[val]
                    places_all.append({'doc': doc, 'name': surface, 'sentence': sent, 'lat': lat, 'lon': lon,
                                       'country': cc, 'kind': k, 'place': val})
                elif kind == 'N':
                    nonplaces.append({'doc': doc, 'text': surface, 'sentence': sent, 'why': val})
                elif kind == 'H':
                    persons.setdefault(val, []).append({'doc': doc, 'text': surface, 'sentence': sent})
                    if val in lex.LIKE and any(w in surface for w in lex.LIKE[val]):
                        nonplaces.append({'doc': doc, 'text': surface, 'sentence': sent,
                                          'why': 'person/family named like a place'})
                else:
                    raise SystemExit('bad code %r' % code)
            for m in re.finditer(r"[A-ZÀ-Ý][\w’'\-]*", sent):
                if not any(taken[m.start():m.end()]):
                    uncovered.append((doc, m.group(0), sent[:90]))
    if '-u' in sys.argv:
        ign = set(open(os.path.join(HERE, 'ignore.txt')).read().split()) if os.path.exists(os.path.join(HERE, 'ignore.txt')) else set()
        for doc, w, s in uncovered:
            if w.rstrip('’s').rstrip("'") not in ign and w not in ign:
                print(doc, '|', w, '|', s)
        return
    first, fs = [], set()
    for r in places_all:
        k = (r['doc'], r['name'])
        if k not in fs:
            fs.add(k)
            first.append(r)
    def dump(name, rows):
        with open(os.path.join(HERE, name), 'w') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    dump('places_v19_all.jsonl', places_all)
    dump('places_v19.jsonl', first)
    dump('nonplaces_v19.jsonl', nonplaces)
    dump('persons_v19.jsonl', [{'person': p, 'mentions': m} for p, m in persons.items()])
    json.dump(docs, open(os.path.join(HERE, 'docs.json'), 'w'), ensure_ascii=False, indent=1)
    print('places_all', len(places_all), 'first', len(first), 'nonplaces', len(nonplaces),
          'persons', len(persons), sum(len(m) for m in persons.values()))

if __name__ == '__main__':
    main()
