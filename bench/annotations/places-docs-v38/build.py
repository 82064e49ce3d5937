"""Tagger: longest-match, case-sensitive, whole-word, leftmost; sentence overrides > document overrides > lexicon.
python3 build.py -c DOC   show tags per sentence;  -u  list capitalised words no tag covers;  -w  write files."""
import json, re, sys
from collections import OrderedDict
from split import sentences
import lex

PANELS = ['panel-coffee-mocha-to-minas', 'panel-guano-islands-1856', 'panel-volga-germans-1763']


def load_docs():
    d = json.load(open('places_texts.json'), object_pairs_hook=OrderedDict)
    for p in PANELS:
        d[p] = open(p + '.txt', encoding='utf-8').read()
    return d


def base_table(doc):
    t = {}
    for key, (lat, lon, cc, kind, forms) in lex.P.items():
        for f in forms:
            t[f] = ('place', key)
    for f, why in lex.W.items():
        t[f] = ('np', why)
    for label, (forms, docs) in lex.PEOPLE.items():
        if docs is not None and doc not in docs:
            continue
        for f in forms:
            if f in t and t[f][0] == 'person' and docs is None:
                # a doc-restricted person already claimed it
                continue
            t[f] = ('person', label)
    for f, tgt in lex.DOC.get(doc, {}).items():
        t[f] = tgt
    return t


def tag_sentence(doc, sent, table):
    t = dict(table)
    for d, sub, form, tgt in lex.SENT:
        if d == doc and sub in sent:
            t[form] = tgt
    hits = []
    for form, tgt in t.items():
        if tgt is None:
            continue
        for m in re.finditer(r'(?<![\w])' + re.escape(form) + r'(?![\w])', sent):
            # do not start inside a hyphenated or dotted token
            hits.append((m.start(), -(m.end() - m.start()), m.end(), form, tgt))
    hits.sort()
    out, pos = [], 0
    for s, negl, e, form, tgt in hits:
        if s < pos:
            continue
        out.append((s, e, form, tgt))
        pos = e
    return out


def tag_all():
    docs = load_docs()
    res = OrderedDict()
    for doc, text in docs.items():
        table = base_table(doc)
        res[doc] = [(s, tag_sentence(doc, s, table)) for s in sentences(text)]
    return docs, res


def write(docs, res):
    allp, nonp, pers = [], [], OrderedDict()
    for doc, sents in res.items():
        for sent, tags in sents:
            for s, e, form, tgt in tags:
                kind, val = tgt
                if kind == 'place':
                    lat, lon, cc, k, _ = lex.P[val]
                    allp.append(OrderedDict([('doc', doc), ('name', form), ('sentence', sent), ('lat', lat),
                                             ('lon', lon), ('country', cc), ('kind', k), ('place', val)]))
                elif kind == 'np':
                    nonp.append(OrderedDict([('doc', doc), ('text', form), ('sentence', sent), ('why', val)]))
                elif kind == 'person':
                    pers.setdefault(val, []).append(OrderedDict([('doc', doc), ('text', form), ('sentence', sent)]))
                    if val in lex.FLAG:
                        nonp.append(OrderedDict([('doc', doc), ('text', form), ('sentence', sent),
                                                 ('why', 'person/family named like a place')]))
    first, seen = [], set()
    for r in allp:
        k = (r['doc'], r['name'])
        if k not in seen:
            seen.add(k)
            first.append(r)
    def dump(fn, rows):
        with open(fn, 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    dump('places_v38_all.jsonl', allp)
    dump('places_v38.jsonl', first)
    dump('nonplaces_v38.jsonl', nonp)
    dump('persons_v38.jsonl', [OrderedDict([('person', p), ('mentions', m)]) for p, m in pers.items()])
    with open('docs.json', 'w', encoding='utf-8') as f:
        json.dump(docs, f, ensure_ascii=False, indent=1)
    print('places', len(allp), 'first', len(first), 'nonplaces', len(nonp), 'people', len(pers),
          'person mentions', sum(len(m) for m in pers.values()))


STOP = set('The A An In On At By For From To Of And But As After Before During While When Although Though Despite '
           'This That These Those It Its He His She Her They Their We Our Under Over With Within Without Between '
           'Since Until Each Both Some Many Most Other Others Such No Not One Two Three Four Five Six Seven Eight '
           'Nine Ten First Second Third Later Earlier Meanwhile However Moreover Nevertheless Similarly Instead '
           'Whatever Around Across Along Further Farther Nearby Then Thousands Legend Like Even Eventually Also '
           'Because Throughout Leaders Farmers Merchants More Those Guano Railways Plantations Seeds Collectivization '
           'Famine Negotiations Verification Johnson’s Other Responsibility President Secretary Premier General '
           'Vice Director Chairman Admiral Senator Minister Ambassador Attorney Assistant Chief Dr Lt Gen Sir King '
           'Queen Tsar Emperor Commodore Captain Sultan Law Congress Council Government Department State Party '
           'Presidents Administration Treaty Directive Resolution Chapter Senators Estimates Questions Events '
           'Republic Dissatisfied Frustrated Extremely Active Concerned Finally Construction Intense Aerial '
           'Kennedy’s Khrushchev’s Nixon’s Ford’s'.split())


def uncovered(res):
    for doc, sents in res.items():
        for sent, tags in sents:
            covered = [(s, e) for s, e, _, _ in tags]
            for m in re.finditer(r'\b[A-ZÀ-Ý][\w’\'.-]*', sent):
                w = m.group(0).rstrip('.’\'')
                if w in STOP or len(w) < 2:
                    continue
                if any(s <= m.start() < e for s, e in covered):
                    continue
                print(doc, '|', w, '|', sent[max(0, m.start() - 40):m.end() + 30])


if __name__ == '__main__':
    docs, res = tag_all()
    if '-c' in sys.argv:
        d = sys.argv[sys.argv.index('-c') + 1]
        for sent, tags in res[d]:
            print('>>', sent)
            for s, e, form, tgt in tags:
                print('     ', form, '->', tgt)
    if '-u' in sys.argv:
        uncovered(res)
    if '-w' in sys.argv:
        write(docs, res)
