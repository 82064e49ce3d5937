#!/usr/bin/env python3
"""Build places_v16*.jsonl, nonplaces_v16.jsonl, persons_v16.jsonl and docs.json from lex.py.
python3 build.py      -> write files
python3 build.py -u   -> list capitalised tokens no annotation covers, per doc"""
import json, re, sys, os, glob, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lex

WHY = {'d': 'demonym/adjective', 'o': 'organisation', 'p': 'person/family named like a place',
       't': 'treaty/agreement/law', 'x': 'other', 'e': 'war/event', 's': 'ship',
       'h': 'hyphenated adjective', 'r': 'product'}

def load_docs():
    d = json.load(open(os.path.join(OUT, '..', 'places_texts.json')))
    for f in sorted(glob.glob(os.path.join(HERE, '*.txt'))):
        d[os.path.basename(f)[:-4]] = open(f).read().strip()
    return d

ABBR = re.compile(r"(?:St|Dr|No|Mr|Mrs|Gen|Lt|Jr|[A-Z])\.$|(?:^|\s)(?:[A-Z]\.){1,}$|(?:^|\s)(?:[A-Z]\.\s?){2,}$")
def split_sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r"[.!?][”\"’'\)\]]{0,2}(?=\s+[A-Z“\"‘(\[])", line):
            head = line[start:m.end()]
            # do not split after abbreviations / initials
            pre = line[start:m.start() + 1]
            last = pre.split()[-1] if pre.split() else ''
            words = pre.split()
            if last == 'I.' and len(words) > 1 and words[-2] == 'War':
                out.append(head.strip()); start = m.end(); continue
            if re.fullmatch(r"(?:St|Dr|No|Mr|Mrs|Gen|Lt|Jr|Ft)\.", last) or re.fullmatch(r"(?:[A-Z]\.)+(?:[A-Z]\.?)?", last) \
               or re.fullmatch(r"[A-Z]\.[A-Z]\.(?:[A-Z]\.)*", last) or re.fullmatch(r"\(?[A-Z]\.", last):
                continue
            out.append(head.strip()); start = m.end()
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out

WORD = r"[\w\-]"
def find_all(sent, surface):
    """yield (start, end, claim_start, claim_end) for whole-word occurrences; [X] claims only X"""
    if '[' in surface:
        pre, rest = surface.split('[', 1); x, post = rest.split(']', 1)
        full = pre + x + post
        off = len(pre)
    else:
        full = surface; x = surface; off = 0
    for m in re.finditer(re.escape(full), sent):
        s, e = m.start(), m.end()
        if s > 0 and re.match(WORD, sent[s - 1]):
            continue
        if e < len(sent) and re.match(WORD, sent[e]) and not (full[-1] == '.' and False):
            continue
        if full[-1] == '.' and e < len(sent) and re.match(r"[\w\-]", sent[e]):
            continue
        yield s, e, s + off, s + off + len(x)

def entries_for(doc, sent):
    ents = []  # (surface, value, prio)
    for k, v in lex.G.items():
        ents.append((k, v, 0))
    for k, v in lex.D.get(doc, {}).items():
        ents.append((k, v, 1))
    for (dd, sub), m in lex.S.items():
        if dd == doc and sub in sent:
            for k, v in m.items():
                ents.append((k, v, 2))
    return ents

def annotate(doc, sent):
    cands = []
    for surf, val, prio in entries_for(doc, sent):
        for s, e, cs, ce in find_all(sent, surf):
            cands.append((e - s, prio, s, e, cs, ce, val))
    cands.sort(key=lambda c: (-c[0], -c[1], c[2]))
    taken = [False] * len(sent)
    res = []
    for ln, prio, s, e, cs, ce, val in cands:
        if any(taken[cs:ce]):
            continue
        for i in range(cs, ce):
            taken[i] = True
        res.append((cs, sent[cs:ce], val))
    res.sort()
    return res, taken

def main():
    docs = load_docs()
    uncovered = '-u' in sys.argv
    places, nonplaces, persons = [], [], collections.OrderedDict()
    seen_np = set(); seen_pl = set()
    for doc, text in docs.items():
        for sent in split_sentences(text):
            res, taken = annotate(doc, sent)
            if uncovered:
                for m in re.finditer(r"[A-Z][\w’'\-\.]*", sent):
                    if not any(taken[m.start():m.end()]):
                        print(doc, '|', m.group(0), '|', sent[:100])
                continue
            for pos, text_, val in res:
                typ, _, arg = val.partition(':')
                if typ == 'P':
                    lat, lon, cc, kind = lex.P[arg]
                    row = dict(doc=doc, name=text_, sentence=sent, lat=lat, lon=lon, country=cc, kind=kind, place=arg)
                    k = (doc, text_, sent, arg)
                    if k not in seen_pl:
                        seen_pl.add(k); places.append(row)
                elif typ == 'N':
                    k = (doc, text_, sent)
                    if k not in seen_np:
                        seen_np.add(k); nonplaces.append(dict(doc=doc, text=text_, sentence=sent, why=WHY[arg]))
                elif typ == 'H':
                    persons.setdefault(arg, [])
                    m = dict(doc=doc, text=text_, sentence=sent)
                    if m not in persons[arg]:
                        persons[arg].append(m)
                    if any(re.search(r'\b' + re.escape(w) + r'\b', text_) for w in lex.PLACE_LIKE):
                        k = (doc, text_, sent)
                        if k not in seen_np:
                            seen_np.add(k); nonplaces.append(dict(doc=doc, text=text_, sentence=sent, why=WHY['p']))
                elif typ == 'X':
                    pass
                else:
                    raise SystemExit('bad value %r' % val)
    if uncovered:
        return
    first, seen = [], set()
    for r in places:
        k = (r['doc'], r['name'])
        if k not in seen:
            seen.add(k); first.append(r)
    def dump(name, rows):
        with open(os.path.join(OUT, name), 'w') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    dump('places_v16_all.jsonl', places)
    dump('places_v16.jsonl', first)
    dump('nonplaces_v16.jsonl', nonplaces)
    dump('persons_v16.jsonl', [dict(person=p, mentions=m) for p, m in persons.items()])
    json.dump(docs, open(os.path.join(HERE, 'docs.json'), 'w'), ensure_ascii=False, indent=1)
    unused = [p for p in persons if not persons[p]]
    print('places', len(places), 'first', len(first), 'nonplaces', len(nonplaces), 'persons', len(persons),
          'mentions', sum(len(v) for v in persons.values()))

if __name__ == '__main__':
    main()
