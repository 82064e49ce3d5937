#!/usr/bin/env python3
"""Build pairs_v19.jsonl and planted_errors.json from pairs_spec.py.

Usage: python3 build_pairs.py            (build)
       python3 build_pairs.py --dump DOC (print the sentences of one document)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')

CLOSERS = '"\')]\u201d\u2019'
OPENERS = '"\'(\u201c\u2018$['
ABBREV = {'U.S', 'a.m', 'p.m', 'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Jr', 'Sr', 'St', 'No', 'vs', 'etc', 'U.N', 'H.W', 'D.C', 'Capt', 'Adm', 'Gov', 'Sen', 'Rep'}


def load_docs():
    docs = json.load(open(ESSAYS, encoding='utf-8'))
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            docs[fn[:-4]] = open(os.path.join(HERE, fn), encoding='utf-8').read()
    return docs


def is_heading(line):
    t = line.rstrip(CLOSERS + ' ')
    return not t or t[-1] not in '.!?'


def split_line(line):
    """Regex-based splitter: break after .!? (+closers) + space + capital/digit/opener."""
    out, start = [], 0
    for m in re.finditer(r'[.!?][' + re.escape(CLOSERS) + r']*(?= +[A-Z0-9' + re.escape(OPENERS) + '])', line):
        end = m.end()
        before = line[start:m.start() + 1]
        word = re.search(r'(\S+)\.$', before)
        if m.group(0).startswith('.') and word:
            w = word.group(1).lstrip(OPENERS)
            if w in ABBREV or re.fullmatch(r'[A-Z]', w) or re.fullmatch(r'(?:[A-Z]\.)+[A-Z]', w):
                continue
        out.append(line[start:end].strip())
        start = end
    rest = line[start:].strip()
    if rest:
        out.append(rest)
    return out


def sentences(text):
    res = []
    for line in text.split('\n'):
        line = line.strip()
        if not line or is_heading(line):
            continue
        res.extend(split_line(line))
    return res


def find(docs, sents, doc, span):
    text = docs[doc]
    n = text.count(span)
    if n != 1:
        raise SystemExit(f'span occurs {n} times in {doc}: {span!r}')
    hits = [s for s in sents[doc] if span in s]
    if len(hits) != 1:
        raise SystemExit(f'span in {len(hits)} sentences of {doc}: {span!r}')
    return hits[0]


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]])):
            print(i, s)
        return
    sys.path.insert(0, HERE)
    import pairs_spec as S
    sents = {d: sentences(t) for d, t in docs.items()}
    rows, planted = [], {}
    for i, p in enumerate(S.PAIRS, 1):
        pid = f'p{i:03d}'
        (da, ta), (db, tb) = p['a'], p['b']
        row = {'id': pid, 'kind': p['kind'],
               'a': {'doc': da, 'text': ta, 'sentence': find(docs, sents, da, ta)},
               'b': {'doc': db, 'text': tb, 'sentence': find(docs, sents, db, tb)},
               'verdict': p['verdict'], 'note': p['note']}
        rows.append(row)
        if p.get('label'):
            planted[pid] = {'label': p['label'], 'type': S.TYPES[p['label']], 'panel_says': ta,
                            'source_says': tb, 'essay': db, 'panel': da}
    with open(os.path.join(HERE, 'pairs_v19.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f'wrote {len(rows)} pairs, {len(planted)} planted errors')


if __name__ == '__main__':
    main()
