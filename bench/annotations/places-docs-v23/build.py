"""Build places_v23 files from docs.json + lex.py. -u: list capitalised words no annotation covers."""
import json, re, sys, collections
import lex

def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r'[.!?][”"’)\]]*(?=\s+[A-Z“"(\[0-9])', line):
            end = m.end()
            before = line[start:m.start() + 1]
            w = re.search(r'(\S+)$', before).group(1)
            if before.endswith('June I.'):
                out.append(line[start:end].strip()); start = end; continue
            if re.fullmatch(r'(St|Jan|Feb|Sec|Gen|Dr|Mr|Mrs|Lt|Col|No|vs)\.', w) or re.fullmatch(r'(?:[A-Z]\.)+', w.lstrip('(“"')) \
               or re.search(r'(?:^|[\s(/])(?:[A-Z]\.){1,}[A-Z]?\.?$', before) and not before.endswith('June I.'):
                continue
            out.append(line[start:end].strip())
            start = end
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out

def classify(doc, sent, surf):
    for d, frag, s, v in lex.SENT:
        if d == doc and s == surf and frag in sent:
            return v
    if surf in lex.DOC.get(doc, {}):
        return lex.DOC[doc][surf]
    if surf in lex.H:
        return ('H', lex.H[surf])
    if surf in lex.N:
        return ('N', lex.N[surf])
    if surf in lex.S:
        return ('P', lex.S[surf])
    return None

ALL = set(lex.S) | set(lex.N) | set(lex.H) | {s for d in lex.DOC.values() for s in d} | {x[2] for x in lex.SENT}
ALL = sorted(ALL, key=len, reverse=True)

def annotate(doc, sent):
    taken = [False] * len(sent)
    found = []
    for surf in ALL:
        for m in re.finditer(r'(?<![\w-])' + re.escape(surf) + r'(?![\w-])', sent):
            a, b = m.span()
            if any(taken[a:b]):
                continue
            v = classify(doc, sent, surf)
            if v is None:
                continue
            for i in range(a, b):
                taken[i] = True
            found.append((a, surf, v))
    found.sort()
    return found, taken

def main():
    docs = json.load(open('docs.json'))
    allp, nonp, pers = [], [], collections.OrderedDict()
    unc = collections.Counter()
    for doc, text in docs.items():
        for sent in sentences(text):
            found, taken = annotate(doc, sent)
            for a, surf, (t, v) in found:
                if t == 'P':
                    lat, lon, cc, kind = lex.P[v]
                    allp.append(dict(doc=doc, name=surf, sentence=sent, lat=lat, lon=lon, country=cc, kind=kind, place=v))
                elif t == 'N':
                    nonp.append(dict(doc=doc, text=surf, sentence=sent, why=v))
                else:
                    pers.setdefault(v, []).append(dict(doc=doc, text=surf, sentence=sent))
                    if any(re.search(r'\b' + re.escape(w) + r'\b', surf) for w in lex.LIKE):
                        nonp.append(dict(doc=doc, text=surf, sentence=sent, why=lex.LIKEWHY))
            for m in re.finditer(r'\b[A-Z][\w’\'.-]*', sent):
                if not any(taken[m.start():m.end()]):
                    unc[(doc, m.group())] += 1
    def dedup(rows):
        seen, out = set(), []
        for r in rows:
            k = json.dumps(r, ensure_ascii=False, sort_keys=True)
            if k not in seen:
                seen.add(k); out.append(r)
        return out
    allp, nonp = dedup(allp), dedup(nonp)
    first, seen = [], set()
    for r in allp:
        if (r['doc'], r['name']) not in seen:
            seen.add((r['doc'], r['name'])); first.append(r)
    def w(fn, rows):
        with open(fn, 'w') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    w('places_v23_all.jsonl', allp); w('places_v23.jsonl', first); w('nonplaces_v23.jsonl', nonp)
    w('persons_v23.jsonl', [dict(person=p, mentions=dedup(m)) for p, m in pers.items()])
    print('all', len(allp), 'first', len(first), 'non', len(nonp), 'persons', len(pers), sum(len(dedup(m)) for m in pers.values()))
    if '-u' in sys.argv:
        for (d, wd), n in sorted(unc.items()):
            print('U', d, wd, n)

if __name__ == '__main__':
    main()
