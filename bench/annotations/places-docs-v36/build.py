"""Longest-match, case-sensitive, whole-word tagger over docs.json using lex.py.
python3 build.py -c DOC   print each sentence with its tags
python3 build.py -u       list capitalised words nothing covers
python3 build.py -w       write the four jsonl files"""
import json, re, sys
from split import sentences
import lex

docs = json.load(open('docs.json'))


def is_word(ch):
    return ch.isalnum()


def find_all(sent, surf):
    out, i = [], 0
    while True:
        j = sent.find(surf, i)
        if j < 0:
            return out
        e = j + len(surf)
        if (j == 0 or not is_word(sent[j - 1])) and (e == len(sent) or not is_word(sent[e])):
            out.append((j, e))
        i = j + 1


def candidates(doc, sent):
    """list of (surface, prio, target); target ('place', key) / ('np', why) / ('person', key)"""
    c = []
    for key, v in lex.PLACES.items():
        for s in v[4]:
            if s in lex.DOC_SURF and doc in lex.DOC_SURF[s]:
                continue
            c.append((s, 1, ('place', key)))
    for s, m in lex.DOC_SURF.items():
        if doc in m and m[doc] is not None:
            c.append((s, 2, ('place', m[doc])))
    for t, why in lex.NONPLACES.items():
        if t in lex.NP_DOC and doc not in lex.NP_DOC[t]:
            continue
        c.append((t, 3, ('np', why)))
    for key, (flag, forms, dl) in lex.PEOPLE.items():
        if dl is not None and doc not in dl:
            continue
        for f in forms:
            c.append((f, 4, ('person', key)))
    for d, sub, s, tgt in lex.SENT:
        if d == doc and sub in sent:
            c.append((s, 9, tgt))
    return c


def tag(doc, sent):
    spans = []
    for surf, prio, tgt in candidates(doc, sent):
        if tgt == ('skip',):
            continue
        for a, b in find_all(sent, surf):
            spans.append((a, b, prio, surf, tgt))
    spans.sort(key=lambda x: (-(x[1] - x[0]), -x[2], x[0]))
    taken, chosen = [False] * len(sent), []
    for a, b, prio, surf, tgt in spans:
        if any(taken[a:b]):
            continue
        for k in range(a, b):
            taken[k] = True
        chosen.append((a, b, surf, tgt))
    chosen.sort()
    return chosen, taken


def run():
    places, nonplaces, persons = [], [], {}
    for doc, text in docs.items():
        for sent in sentences(text):
            chosen, _ = tag(doc, sent)
            for a, b, surf, tgt in chosen:
                if tgt[0] == 'place':
                    lat, lon, cc, kind, _ = lex.PLACES[tgt[1]]
                    places.append({'doc': doc, 'name': surf, 'sentence': sent, 'lat': lat, 'lon': lon,
                                   'country': cc, 'kind': kind, 'place': tgt[1]})
                elif tgt[0] == 'np':
                    nonplaces.append({'doc': doc, 'text': surf, 'sentence': sent, 'why': tgt[1]})
                else:
                    key = tgt[1]
                    persons.setdefault(key, []).append({'doc': doc, 'text': surf, 'sentence': sent})
                    flag = lex.PEOPLE[key][0]
                    if any(re.search(r'(?<!\w)' + re.escape(w) + r'(?!\w)', surf) for w in flag):
                        nonplaces.append({'doc': doc, 'text': surf, 'sentence': sent,
                                          'why': 'person/family named like a place'})
    return places, nonplaces, persons


def first(places):
    seen, out = set(), []
    for r in places:
        k = (r['doc'], r['name'])
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


if __name__ == '__main__':
    if sys.argv[1] == '-c':
        for doc in sys.argv[2:]:
            for sent in sentences(docs[doc]):
                chosen, _ = tag(doc, sent)
                print('|', sent)
                for a, b, surf, tgt in chosen:
                    print('     ', surf, '->', tgt[0], tgt[1])
    elif sys.argv[1] == '-u':
        for doc, text in docs.items():
            for sent in sentences(text):
                chosen, taken = tag(doc, sent)
                for m in re.finditer(r'[A-ZÀ-Ý][\w’\'.-]*', sent):
                    if not any(taken[m.start():m.end()]):
                        print(doc, m.group(0), sep='\t')
    elif sys.argv[1] == '-w':
        places, nonplaces, persons = run()
        dump = lambda fn, rows: open(fn, 'w').write(''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows))
        dump('places_v36_all.jsonl', places)
        dump('places_v36.jsonl', first(places))
        dump('nonplaces_v36.jsonl', nonplaces)
        dump('persons_v36.jsonl', [{'person': k, 'mentions': v} for k, v in persons.items()])
        print('places', len(places), 'first', len(first(places)), 'nonplaces', len(nonplaces), 'people', len(persons),
              'mentions', sum(len(v) for v in persons.values()))
