"""Build places_v24*.jsonl, nonplaces_v24.jsonl, persons_v24.jsonl from docs.json and lex.py.
Usage: python3 build.py        (write files)
       python3 build.py -u     (list capitalised words no entry covers, per document)
       python3 build.py -v DOC (inline view of one document)"""
import json, re, sys
from collections import OrderedDict
import lex

docs = json.load(open('docs.json'))
ABBR = {'St', 'Jr', 'Gen', 'Lt', 'Dr', 'Jan', 'Feb', 'Mr', 'Mrs', 'Col', 'Capt', 'Sr', 'No', 'Mt', 'Ft', 'vs'}

def sentences(text):
    out = []
    for line in text.split('\n'):
        if not line.strip():
            continue
        start = 0
        for m in re.finditer(r'[.!?][”"’)\]]*(?=\s+[A-Z“"(\[0-9‘])', line):
            before = line[start:m.start()]
            w = re.search(r'([\w.]+)$', before)
            tok = w.group(1) if w else ''
            if line[m.start()] == '.':
                if tok in ABBR or re.fullmatch(r'[A-Z]', tok) or re.fullmatch(r'([A-Z]\.)+[A-Z]', tok):
                    continue
            s = line[start:m.end()].strip()
            if s:
                out.append(s)
            start = m.end()
        s = line[start:].strip()
        if s:
            out.append(s)
    return out

def table(doc):
    t = dict(lex.GLOBAL)
    t.update(lex.DOC.get(doc, {}))
    return t

def matches(doc, sent, t):
    cands = []
    for surf in t:
        for m in re.finditer(r'(?<![\w\-])' + re.escape(surf) + r'(?![\w])', sent):
            cands.append((m.start(), m.end(), surf))
    # allow hyphen-joined forms (U.S.-Soviet): also match when preceded by hyphen for listed ones
    for surf in t:
        for m in re.finditer(r'(?<=-)' + re.escape(surf) + r'(?![\w])', sent):
            cands.append((m.start(), m.end(), surf))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = []
    for c in cands:
        if any(not (c[1] <= a or c[0] >= b) for a, b, _ in taken):
            continue
        taken.append(c)
    taken.sort()
    res = []
    for a, b, surf in taken:
        v = t[surf]
        for (sd, frag, s2, v2) in lex.SENT:
            if sd == doc and frag in sent and s2 == surf:
                v = v2
        res.append((a, b, surf, v))
    return res

def main():
    allp, nonp = [], []
    persons = OrderedDict()
    unc = {}
    for doc, text in docs.items():
        t = table(doc)
        for sent in sentences(text):
            ms = matches(doc, sent, t)
            cov = [(a, b) for a, b, _, _ in ms]
            for a, b, surf, v in ms:
                typ = v[0]
                if typ == 'P':
                    key = v[1]
                    lat, lon, cc, kind = lex.PLACES[key]
                    allp.append(OrderedDict(doc=doc, name=surf, sentence=sent, lat=lat, lon=lon, country=cc, kind=kind, place=key))
                elif typ == 'N':
                    nonp.append(OrderedDict(doc=doc, text=surf, sentence=sent, why=v[1]))
                elif typ == 'H':
                    persons.setdefault(v[1], []).append(OrderedDict(doc=doc, text=surf, sentence=sent))
                    if v[1] in lex.LIKE_PERSONS:
                        nonp.append(OrderedDict(doc=doc, text=surf, sentence=sent, why='person/family named like a place'))
            for m in re.finditer(r"[A-ZÀ-Þ][\w’'\-\.]*", sent):
                if m.start() == 0:
                    pass
                if not any(a <= m.start() < b for a, b in cov):
                    unc.setdefault(doc, set()).add(m.group(0))
    # dedupe exact duplicates (same doc, name, sentence) keep - repeated mentions in one sentence counted once
    def dedupe(rows, keyf):
        seen, out = set(), []
        for r in rows:
            k = keyf(r)
            if k in seen:
                continue
            seen.add(k); out.append(r)
        return out
    allp = dedupe(allp, lambda r: (r['doc'], r['name'], r['sentence'], r['place']))
    nonp = dedupe(nonp, lambda r: (r['doc'], r['text'], r['sentence'], r['why']))
    first, seen = [], set()
    for r in allp:
        k = (r['doc'], r['name'])
        if k not in seen:
            seen.add(k); first.append(r)
    return allp, first, nonp, persons, unc

if __name__ == '__main__':
    allp, first, nonp, persons, unc = main()
    if len(sys.argv) > 1 and sys.argv[1] == '-u':
        for doc, ws in unc.items():
            print('##', doc, ' '.join(sorted(ws)))
        sys.exit()
    if len(sys.argv) > 2 and sys.argv[1] == '-v':
        doc = sys.argv[2]
        t = table(doc)
        for sent in sentences(docs[doc]):
            ms = matches(doc, sent, t)
            s = sent
            for a, b, surf, v in reversed(ms):
                tag = v[1] if len(v) > 1 else ''
                s = s[:a] + '[' + s[a:b] + '|' + v[0] + ':' + str(tag) + ']' + s[b:]
            print('-', s)
        sys.exit()
    def w(fn, rows):
        with open(fn, 'w') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    w('places_v24_all.jsonl', allp)
    w('places_v24.jsonl', first)
    w('nonplaces_v24.jsonl', nonp)
    w('persons_v24.jsonl', [OrderedDict(person=p, mentions=m) for p, m in persons.items()])
    print('all', len(allp), 'first', len(first), 'nonplaces', len(nonp), 'persons', len(persons), sum(len(m) for m in persons.values()))
