"""Tagger: longest-match, case-sensitive, whole-word over lexicon + overrides.
  python3 build.py -c DOC   show tags per sentence
  python3 build.py -u       capitalised words not covered by any tag
  python3 build.py -w       write the jsonl files"""
import json, re, sys
from collections import OrderedDict
from split import sentences
import lex

docs = json.load(open('docs.json'), object_pairs_hook=OrderedDict)

# per-document surface overrides: doc -> {surface: ('P', key) | ('N', why) | ('H', pid) | None}
DOC = {
 '1784-1800-washington-farewell': {'Washington': ('H', 'gwashington')},
 '1784-1800-citizen-genet': {'Washington': ('H', 'gwashington')},
 '1784-1800-jay-treaty': {'Washington': ('H', 'gwashington')},
 '1899-1913-japanese-relations': {'Roosevelt': ('H', 'troosevelt')},
 '1830-1860-opening-to-japan': {'New York': ('P', 'New York City')},
 '1750-1775-parliamentary-taxation': {'New York': ('P', 'New York (state)')},
 'panel-transit-of-venus-1874': {'New York': ('P', 'New York City')},
 'panel-bering-expedition-1741': {'America': ('P', 'North America')},
 '1961-1968-pl-480': {'White House': ('N', 'organisation')},
 '1945-1952-national-security-act': {'White House': ('P', 'White House')},
}
# per-sentence overrides: (doc, sentence start) -> {surface: value}
SENT = {
 ('1830-1860-opening-to-japan', 'He then sailed north to Edo'): {'Edo': ('P', 'Tokyo Bay'), 'Tokyo': ('P', 'Tokyo Bay')},
 ('1921-1936-good-neighbor', 'President Franklin Delano Roosevelt took office'): {'Central': ('P', 'Central America')},
 ('panel-bering-expedition-1741', 'It should not be confused with Petropavl'): {'Petropavlovsk': ('P', 'Petropavl')},
 ('panel-bering-expedition-1741', 'Likewise Moscow, Idaho'): {'Moscow': ('P', 'Moscow (Idaho)')},
 ('panel-cornish-miners-abroad', 'Anyone searching for those letters'): {'Truro': ('P', 'Truro (Nova Scotia)')},
 ('panel-cornish-miners-abroad', 'Their place names went with them'): {'Redruth': ('P', 'Redruth (South Australia)')},
 ('panel-cornish-miners-abroad', 'Cornwall, Ontario, and Falmouth, Jamaica'): {'Cornwall': ('P', 'Cornwall (Ontario)'), 'Falmouth': ('P', 'Falmouth (Jamaica)')},
 ('panel-cornish-miners-abroad', 'The Bulgarian town of Montana'): {'Montana': ('P', 'Montana (Bulgaria)')},
 ('panel-cornish-miners-abroad', 'Diamonds were found in 1871'): {'Kimberley': ('P', 'Kimberley (South Africa)')},
 ('panel-cornish-miners-abroad', 'It should not be confused with the Kimberley'): {'Kimberley': ('P', 'Kimberley (Western Australia)')},
 ('panel-transit-of-venus-1874', 'The Irish port of Queenstown'): {'Queenstown': ('P', 'Cobh')},
 ('panel-transit-of-venus-1874', 'Paris, Texas'): {'Paris': ('P', 'Paris (Texas)')},
}

BASE = {}
for key, (lat, lon, cc, kind, surf) in lex.P.items():
    for s in surf:
        assert s not in BASE, s
        BASE[s] = ('P', key)
for s, why in lex.NP.items():
    assert s not in BASE, s
    BASE[s] = ('N', why)
FLAG = {}
for pid, (label, surf, flagged) in lex.PEOPLE.items():
    for s in surf:
        assert s not in BASE, s
        BASE[s] = ('H', pid)
    FLAG[pid] = flagged

def is_word(c):
    return c.isalnum()

def tag_sentence(doc, sent):
    table = dict(BASE)
    table.update(DOC.get(doc, {}))
    for (d, start), ov in SENT.items():
        if d == doc and sent.startswith(start):
            table.update(ov)
    surfs = sorted([s for s, v in table.items() if v is not None], key=len, reverse=True)
    out, i, n = [], 0, len(sent)
    while i < n:
        if i > 0 and is_word(sent[i - 1]) and is_word(sent[i]):
            i += 1; continue
        hit = None
        for s in surfs:
            if sent.startswith(s, i):
                j = i + len(s)
                if j < n and is_word(sent[j]) and is_word(s[-1]):
                    continue
                hit = s; break
        if hit:
            out.append((i, hit, table[hit]))
            i += len(hit)
        else:
            i += 1
    return out

def run():
    allp, nonp, pers = [], [], OrderedDict()
    for doc, text in docs.items():
        for sent in sentences(text):
            for pos, s, (typ, val) in tag_sentence(doc, sent):
                if typ == 'P':
                    lat, lon, cc, kind, _ = lex.P[val]
                    allp.append(OrderedDict([('doc', doc), ('name', s), ('sentence', sent), ('lat', lat), ('lon', lon),
                                             ('country', cc), ('kind', kind), ('place', val)]))
                elif typ == 'N':
                    nonp.append(OrderedDict([('doc', doc), ('text', s), ('sentence', sent), ('why', val)]))
                else:
                    pers.setdefault(val, []).append(OrderedDict([('doc', doc), ('text', s), ('sentence', sent)]))
                    if s in FLAG[val] or (s == 'Washington' and val == 'gwashington'):
                        nonp.append(OrderedDict([('doc', doc), ('text', s), ('sentence', sent),
                                                 ('why', 'person/family named like a place')]))
    first, seen = [], set()
    for r in allp:
        k = (r['doc'], r['name'])
        if k not in seen:
            seen.add(k); first.append(r)
    people = [OrderedDict([('person', lex.PEOPLE[pid][0]), ('mentions', m)]) for pid, m in pers.items()]
    return allp, first, nonp, people

def dump(path, rows):
    with open(path, 'w') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    a = sys.argv[1]
    if a == '-c':
        doc = sys.argv[2]
        for sent in sentences(docs[doc]):
            tags = tag_sentence(doc, sent)
            print('>>', sent)
            for pos, s, v in tags:
                print('     ', s, '=>', v)
    elif a == '-u':
        for doc, text in docs.items():
            for sent in sentences(text):
                covered = [(p, p + len(s)) for p, s, v in tag_sentence(doc, sent)]
                for m in re.finditer(r"[A-Z][\w’'\.-]*", sent):
                    if m.start() > 0 and is_word(sent[m.start()-1]):
                        continue
                    if not any(a0 <= m.start() < b0 for a0, b0 in covered):
                        print(doc, '|', m.group())
    elif a == '-w':
        allp, first, nonp, people = run()
        dump('places_v37_all.jsonl', allp); dump('places_v37.jsonl', first)
        dump('nonplaces_v37.jsonl', nonp); dump('persons_v37.jsonl', people)
        print(len(allp), len(first), len(nonp), len(people), sum(len(p['mentions']) for p in people))
