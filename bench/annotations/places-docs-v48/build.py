"""Tag the 23 documents with lex.py (leftmost-longest, case-sensitive, whole word) and write the four files.
python3 build.py -u  : list capitalised words no annotation covers;  python3 build.py -w : write files."""
import json, re, sys, glob, collections
import lex, split

def load_docs():
    docs = json.load(open('places_texts.json'))
    for f in sorted(glob.glob('panel-*.txt')):
        docs[f[:-4]] = open(f).read()
    return docs

_cache = {}
def matcher(forms):
    key = tuple(sorted(forms))
    if key not in _cache:
        alts = sorted(forms, key=len, reverse=True)
        _cache[key] = re.compile(r'(?<![\w])(' + '|'.join(re.escape(a) for a in alts) + r')(?![\w])')
    return _cache[key]

def tag(docs):
    spans = []   # (doc, sentence, start, text, target)
    for doc, text in docs.items():
        base = dict(lex.FORMS); base.update(lex.DOC.get(doc, {}))
        for sent in split.sentences(text):
            forms = dict(base)
            for d, snip, ov in lex.SENT:
                if d == doc and snip in sent:
                    forms.update(ov)
            for m in matcher(forms).finditer(sent):
                spans.append((doc, sent, m.start(), m.group(1), forms[m.group(1)]))
    return spans

def build(docs):
    spans = tag(docs)
    allp, nonp, pers = [], [], collections.OrderedDict()
    for doc, sent, pos, t, (kind, val) in spans:
        if kind == 'P':
            p = lex.PLACES[val]
            allp.append(dict(doc=doc, name=t, sentence=sent, lat=p['lat'], lon=p['lon'], country=p['country'],
                             kind=p['kind'], place=val))
        elif kind == 'N':
            nonp.append(dict(doc=doc, text=t, sentence=sent, why=val))
        else:
            pers.setdefault(val, []).append(dict(doc=doc, text=t, sentence=sent))
            if lex.PEOPLE[val][0]:
                nonp.append(dict(doc=doc, text=t, sentence=sent, why='person/family named like a place'))
    first, seen = [], set()
    for r in allp:
        k = (r['doc'], r['name'])
        if k not in seen:
            seen.add(k); first.append(r)
    persons = [dict(person=k, mentions=v) for k, v in pers.items()]
    return first, allp, nonp, persons, spans

def uncovered(docs, spans):
    cov = collections.defaultdict(list)
    for doc, sent, pos, t, _ in spans:
        cov[(doc, sent)].append((pos, pos + len(t)))
    cnt = collections.Counter()
    for doc, text in docs.items():
        for sent in split.sentences(text):
            for m in re.finditer(r'\b[A-Z][\w’\'.-]*', sent):
                if m.start() == 0: continue
                if any(a <= m.start() < b for a, b in cov[(doc, sent)]): continue
                cnt[m.group(0)] += 1
    for w, n in sorted(cnt.items()):
        print(n, w)

if __name__ == '__main__':
    docs = load_docs()
    first, allp, nonp, persons, spans = build(docs)
    if '-u' in sys.argv:
        uncovered(docs, spans)
    if '-w' in sys.argv:
        json.dump(docs, open('docs.json', 'w'), ensure_ascii=False, indent=1)
        for fn, rows in [('places_v48.jsonl', first), ('places_v48_all.jsonl', allp), ('nonplaces_v48.jsonl', nonp),
                         ('persons_v48.jsonl', persons)]:
            with open(fn, 'w') as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'first {len(first)} all {len(allp)} nonplaces {len(nonp)} people {len(persons)} '
          f'person mentions {sum(len(p["mentions"]) for p in persons)}', file=sys.stderr)
