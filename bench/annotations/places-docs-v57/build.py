"""Tagger: leftmost-longest, case-sensitive, whole-word matching of lex.py forms, with overrides. -w writes files, -u lists uncovered capitalised words."""
import json, re, sys
import split, lex

ESSAYS = json.load(open('places_texts.json'))
PANELS = ['panel-confederados-brazil-1866', 'panel-frozen-water-trade-1833', 'panel-rhodesia-zimbabwe-1980']
DOCS = dict(ESSAYS)
for p in PANELS:
    DOCS[p] = open(p + '.txt').read()

FP = 'person/family named like a place'
ROOS_TR = 'Theodore Roosevelt (President, 1858–1919)'
NAP1 = 'Napoleon Bonaparte (French Emperor, 1769–1821)'
# (doc, sentence substring or None, text, target)
OVR = [
    ('1899-1913-portsmouth-treaty', None, 'Roosevelt', 'PER:' + ROOS_TR),
    ('1801-1829-louisiana-purchase', None, 'Napoleon', 'PER:' + NAP1),
    ('1977-1980-foreword', None, 'PRC', 'NP:organisation'),
    ('1866-1898-spanish-american-war', None, 'Maine', 'NP:ship/vehicle'),
    ('panel-confederados-brazil-1866', None, 'Mississippi', 'P:Mississippi (state)'),
    ('panel-confederados-brazil-1866', 'Brazil, Indiana', 'Brazil', 'P:Brazil (Indiana)'),
    ('panel-confederados-brazil-1866', 'Hastings had already given', 'Hastings', 'PER:Lansford Hastings (colony leader, 1819–1870)'),
    ('panel-confederados-brazil-1866', 'on the Norris land', 'Norris', 'PER:William Hutchinson Norris (colonel, 1800–1893)'),
    ('panel-confederados-brazil-1866', 'Norris himself', 'Norris', 'PER:William Hutchinson Norris (colonel, 1800–1893)'),
    ('panel-rhodesia-zimbabwe-1980', 'named in 1890 for Lord Salisbury', 'Salisbury', 'P:Salisbury (Wiltshire)'),
    ('panel-rhodesia-zimbabwe-1980', 'Salisbury, Maryland', 'Salisbury', 'P:Salisbury (Maryland)'),
    ('panel-rhodesia-zimbabwe-1980', 'Salisbury, North Carolina', 'Salisbury', 'P:Salisbury (North Carolina)'),
    ('panel-rhodesia-zimbabwe-1980', 'the Rhodes estate', 'Rhodes', 'PER:Cecil Rhodes (mining magnate, 1853–1902)'),
    ('panel-rhodesia-zimbabwe-1980', 'Livingston, Montana', 'Livingston', 'P:Livingston (Montana)'),
    ('panel-rhodesia-zimbabwe-1980', 'Livingston in West Lothian', 'Livingston', 'P:Livingston (West Lothian)'),
]

def build_forms():
    forms = {}
    for k, (lat, lon, cc, kind, fs) in lex.P.items():
        for f in fs:
            if '__' not in f:
                assert f not in forms, ('dup', f, k, forms.get(f))
                forms[f] = 'P:' + k
    for t, why in lex.NP.items():
        if '__' in t:
            continue
        assert t not in forms, ('dup', t, forms.get(t))
        forms[t] = 'NP:' + why
    for lab, (flag, fs) in lex.PEOPLE.items():
        for f in fs:
            if '__' not in f:
                assert f not in forms, ('dup', f, lab, forms.get(f))
                forms[f] = 'PER:' + lab
    return forms

FORMS = build_forms()
ALNUM = re.compile(r'\w')

def whole(s, a, b):
    if a > 0 and ALNUM.match(s[a - 1]):
        return False
    if b < len(s) and ALNUM.match(s[b]):
        return False
    return True

def tag_sentence(doc, s):
    cands = []
    for f in FORMS:
        i = s.find(f)
        while i >= 0:
            if whole(s, i, i + len(f)):
                cands.append((i, -len(f), f))
            i = s.find(f, i + 1)
    cands.sort()
    out, end = [], -1
    for i, nl, f in cands:
        if i < end:
            continue
        tgt = FORMS[f]
        for od, osub, ot, otgt in OVR:
            if od == doc and ot == f and (osub is None or osub in s):
                tgt = otgt
        out.append((i, f, tgt))
        end = i - nl
    return out

def run():
    places, nonplaces, persons = [], [], {}
    for doc, text in DOCS.items():
        for s in split.sentences(text):
            for i, f, tgt in tag_sentence(doc, s):
                kind, _, val = tgt.partition(':')
                if kind == 'P':
                    lat, lon, cc, k, _ = lex.P[val]
                    places.append({'doc': doc, 'name': f, 'sentence': s, 'lat': lat, 'lon': lon, 'country': cc,
                                   'kind': k, 'place': val})
                elif kind == 'NP':
                    nonplaces.append({'doc': doc, 'text': f, 'sentence': s, 'why': val})
                elif kind == 'PER':
                    persons.setdefault(val, []).append({'doc': doc, 'text': f, 'sentence': s})
                    if lex.PEOPLE[val][0]:
                        nonplaces.append({'doc': doc, 'text': f, 'sentence': s, 'why': FP})
    return places, nonplaces, persons

def first(places):
    seen, out = set(), []
    for r in places:
        key = (r['doc'], r['name'])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out

def uncovered():
    import collections
    c = collections.Counter()
    for doc, text in DOCS.items():
        for s in split.sentences(text):
            spans = [(i, i + len(f)) for i, f, _ in tag_sentence(doc, s)]
            for m in re.finditer(r"[A-Z][\w’'.-]*", s):
                if m.start() == 0:
                    continue
                if any(a <= m.start() < b for a, b in spans):
                    continue
                c[m.group(0)] += 1
    for w, n in sorted(c.items()):
        print(n, w)

if __name__ == '__main__':
    if '-u' in sys.argv:
        uncovered()
    if '-w' in sys.argv:
        pl, npl, pe = run()
        def dump(fn, rows):
            with open(fn, 'w') as fh:
                for r in rows:
                    fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        dump('places_v57_all.jsonl', pl)
        dump('places_v57.jsonl', first(pl))
        dump('nonplaces_v57.jsonl', npl)
        dump('persons_v57.jsonl', [{'person': k, 'mentions': v} for k, v in pe.items()])
        json.dump(DOCS, open('docs.json', 'w'), ensure_ascii=False, indent=1)
        print('written', len(pl), len(first(pl)), len(npl), len(pe))
