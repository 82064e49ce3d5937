#!/usr/bin/env python3
"""Build places_v17*.jsonl, nonplaces_v17.jsonl, persons_v17.jsonl and docs.json from lex.txt.
python3 build.py      -> write files
python3 build.py -u   -> list capitalised tokens no annotation covers
python3 build.py -v D -> print doc D sentence by sentence with annotations in braces
"""
import json, re, sys, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
essays = json.load(open(os.path.join(HERE, 'places_texts.json')))
docs = dict(essays)
for p in sorted(glob.glob(os.path.join(HERE, 'panel-*.txt'))):
    docs[os.path.basename(p)[:-4]] = open(p, encoding='utf-8').read()

KINDS = {'co': 'country', 'ci': 'city', 're': 'region', 'na': 'natural feature', 'ot': 'other'}
WHY = {'dem': 'demonym/adjective', 'org': 'organisation', 'war': 'war/event', 'tre': 'treaty/agreement/law',
       'oth': 'other', 'hyp': 'hyphenated adjective', 'shp': 'ship', 'prd': 'product', 'fam': 'person/family named like a place'}
PLACES, PERSONS, PLACE_LIKE = {}, {}, set()
ENTRIES = []   # (scope_doc or None, sentence_substring or None, pattern, target)

def parse_lex(path):
    scope_doc, scope_sent = None, None
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        if line.startswith('@'):
            body = line[1:].strip()
            if body == '*':
                scope_doc, scope_sent = None, None
            elif ' ~ ' in body:
                scope_doc, scope_sent = body.split(' ~ ', 1)
            else:
                scope_doc, scope_sent = body, None
            assert scope_doc is None or scope_doc in docs, (ln, scope_doc)
            continue
        f = [x.strip() for x in line.split('|')]
        t = f[0]
        if t == 'PL':   # PL | key | lat | lon | cc | kind
            key, lat, lon, cc, kind = f[1:6]
            assert key not in PLACES, key
            PLACES[key] = (float(lat), float(lon), None if cc in ('-', '') else cc, KINDS[kind])
        elif t == 'PE':  # PE | id | label
            PERSONS[f[1]] = f[2]
        elif t == 'LIKE':
            PLACE_LIKE.update(w.strip() for w in f[1].split(','))
        elif t == 'P':   # P | pattern | key(optional; default = pattern without brackets)
            pat = f[1]; key = f[2] if len(f) > 2 and f[2] else re.sub(r'[\[\]]', '', pat)
            ENTRIES.append((scope_doc, scope_sent, pat, ('P', key), ln))
        elif t == 'N':   # N | pattern | why
            ENTRIES.append((scope_doc, scope_sent, f[1], ('N', WHY[f[2]]), ln))
        elif t == 'H':   # H | pattern | person id
            ENTRIES.append((scope_doc, scope_sent, f[1], ('H', f[2]), ln))
        elif t == 'X':   # covered, not annotated
            ENTRIES.append((scope_doc, scope_sent, f[1], ('X', None), ln))
        else:
            raise SystemExit('bad line %d: %s' % (ln, line))

ABBR = {'St.', 'Dr.', 'No.', 'Mr.', 'Jr.', 'Oct.', 'Nov.', 'Mt.', 'Sr.', 'Gen.', 'Col.', 'Capt.'}
def sentences(text):
    out = []
    pos = 0
    for para in text.split('\n'):
        start = pos
        if para.strip():
            i = 0
            s0 = 0
            for m in re.finditer(r'[.!?][”"’)\]]{0,2}(?=\s+[A-Z“"(\[‘])', para):
                end = m.end()
                tok = para[:m.start() + 1].split()[-1] if para[:m.start() + 1].split() else ''
                tok = tok.lstrip('(“"‘')
                if tok in ABBR or re.fullmatch(r'(?:[A-Z]\.)+', tok) or re.fullmatch(r'[A-Z]\.[A-Z]\.(?:[A-Z]\.)*', tok):
                    continue
                seg = para[s0:end]
                lead = len(seg) - len(seg.lstrip())
                out.append((start + s0 + lead, seg.strip()))
                s0 = end
            seg = para[s0:]
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                out.append((start + s0 + lead, seg.strip()))
        pos += len(para) + 1
    return out

WORDCH = re.compile(r'[\w\-]')
def find_all(sent, pat):
    """whole-word occurrences of pat (with optional [..] claim); yields (full_start, full_end, claim_start, claim_end)"""
    if '[' in pat:
        pre, rest = pat.split('[', 1); mid, post = rest.split(']', 1)
    else:
        pre, mid, post = '', pat, ''
    full = pre + mid + post
    i = 0
    while True:
        j = sent.find(full, i)
        if j < 0:
            return
        e = j + len(full)
        okl = j == 0 or not WORDCH.match(sent[j - 1]) or not WORDCH.match(full[0])
        okr = e == len(sent) or not WORDCH.match(sent[e]) or not WORDCH.match(full[-1])
        if okl and okr:
            yield j, e, j + len(pre), j + len(pre) + len(mid)
        i = j + 1

def annotate():
    res = {}
    for d, text in docs.items():
        sl = []
        for off, s in sentences(text):
            assert text[off:off + len(s)] == s
            cands = []
            for sd, ss, pat, tgt, ln in ENTRIES:
                if sd is not None and sd != d:
                    continue
                if ss is not None and ss not in s:
                    continue
                pri = 0 if sd is None else (1 if ss is None else 2)
                for a, b, ca, cb in find_all(s, pat):
                    cands.append((-(b - a), -pri, a, b, ca, cb, tgt, ln))
            cands.sort()
            taken = []
            chosen = []
            for c in cands:
                a, b = c[4], c[5]
                if any(a < y and x < b for x, y in taken):
                    continue
                taken.append((a, b)); chosen.append(c)
            chosen.sort(key=lambda c: c[4])
            sl.append((s, chosen))
        res[d] = sl
    return res

def main():
    parse_lex(os.path.join(HERE, 'lex.txt'))
    res = annotate()
    if '-u' in sys.argv:
        IGN = set(open(os.path.join(HERE, 'ignore.txt')).read().split()) if os.path.exists(os.path.join(HERE, 'ignore.txt')) else set()
        for d, sl in res.items():
            for s, ch in sl:
                spans = [(c[4], c[5]) for c in ch]
                for m in re.finditer(r'[A-Z][\w’\'\-.]*', s):
                    if any(a <= m.start() < b for a, b in spans):
                        continue
                    w = m.group().rstrip('.’\'')
                    w2 = re.sub(r'’s$', '', w)
                    if w2 in IGN or w in IGN:
                        continue
                    print(d, '|', w, '|', s[:110])
        return
    if '-v' in sys.argv:
        d = sys.argv[sys.argv.index('-v') + 1]
        for s, ch in res[d]:
            out = s
            for c in sorted(ch, key=lambda c: -c[4]):
                tg = c[6]
                lab = tg[0] + ':' + (tg[1] if tg[1] else '')
                out = out[:c[5]] + '{' + lab + '}' + out[c[5]:]
            print(out)
        return
    places_all, nonplaces, persons = [], [], {}
    seen_p, seen_n = set(), set()
    for d, sl in res.items():
        for s, ch in sl:
            for c in ch:
                tg = c[6]; txt = s[c[4]:c[5]]
                if tg[0] == 'P':
                    key = tg[1]
                    lat, lon, cc, kind = PLACES[key]
                    k = (d, txt, s, key)
                    if k in seen_p: continue
                    seen_p.add(k)
                    places_all.append({'doc': d, 'name': txt, 'sentence': s, 'lat': lat, 'lon': lon,
                                       'country': cc, 'kind': kind, 'place': key})
                elif tg[0] == 'N':
                    k = (d, txt, s)
                    if k in seen_n: continue
                    seen_n.add(k)
                    nonplaces.append({'doc': d, 'text': txt, 'sentence': s, 'why': tg[1]})
                elif tg[0] == 'H':
                    pid = tg[1]
                    assert pid in PERSONS, pid
                    m = {'doc': d, 'text': txt, 'sentence': s}
                    L = persons.setdefault(pid, [])
                    if m not in L: L.append(m)
                    if any(re.search(r'\b' + re.escape(w) + r'\b', txt) for w in PLACE_LIKE):
                        k = (d, txt, s)
                        if k not in seen_n:
                            seen_n.add(k)
                            nonplaces.append({'doc': d, 'text': txt, 'sentence': s, 'why': 'person/family named like a place'})
    first, seen = [], set()
    for r in places_all:
        k = (r['doc'], r['name'])
        if k in seen: continue
        seen.add(k); first.append(r)
    def w(name, rows):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    w('places_v17_all.jsonl', places_all)
    w('places_v17.jsonl', first)
    w('nonplaces_v17.jsonl', nonplaces)
    w('persons_v17.jsonl', [{'person': PERSONS[p], 'mentions': m} for p, m in persons.items()])
    json.dump(docs, open(os.path.join(HERE, 'docs.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    unused = set(PERSONS) - set(persons)
    if unused: print('persons without mentions:', unused)
    print(len(first), 'first', len(places_all), 'all', len(nonplaces), 'nonplaces', len(persons), 'persons',
          sum(len(v) for v in persons.values()), 'person mentions')

if __name__ == '__main__':
    main()
