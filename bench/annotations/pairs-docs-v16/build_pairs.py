#!/usr/bin/env python3
"""Build pairs_v16.jsonl and planted_errors.json from pairs_spec.py.

Usage: python3 build_pairs.py            # build
       python3 build_pairs.py --dump DOC # print the sentences of one doc
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')

ABBREV = {'U.S', 'U.S.S.R', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Jr', 'Sr', 'Gen', 'Sen', 'Rep', 'Lt', 'Col', 'Gov',
          'No', 'vs', 'etc', 'Inc', 'Co', 'Mt', 'Ft', 'e.g', 'i.e', 'U.N', 'D.C'}
CLOSERS = '"\u201d\u2019\')]'
END_RE = re.compile(r'[.!?][' + re.escape(CLOSERS) + r']*(?= +["\u201c\u2018(\[$0-9A-Z])')


def load_docs():
    docs = json.load(open(ESSAYS, encoding='utf-8'))
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            docs[fn[:-4]] = open(os.path.join(HERE, fn), encoding='utf-8').read()
    return docs


def collapse(s):
    return re.sub(r'\s+', ' ', s).strip()


def is_abbrev(line, dot_pos):
    # word before the period
    m = re.search(r'([A-Za-z.]+)$', line[:dot_pos])
    if not m:
        return False
    w = m.group(1)
    if w in ABBREV:
        return True
    if re.fullmatch(r'[A-Z]', w):          # initial, e.g. "W. Averell"
        # "World War I." ends a sentence
        if line[:dot_pos].endswith('War I'):
            return False
        return True
    if re.fullmatch(r'(?:[A-Za-z]\.)+[A-Za-z]', w):  # U.S, e.g
        return True
    return False


def split_line(line):
    line = collapse(line)
    if not line:
        return []
    core = line.rstrip(CLOSERS)
    if not core or core[-1] not in '.!?':
        return []  # title, heading or caption
    out, start = [], 0
    for m in END_RE.finditer(line):
        if m.group(0)[0] == '.' and is_abbrev(line, m.start()):
            continue
        if line[max(0, m.start() - 2):m.start() + 1] == '. .':
            continue  # spaced ellipsis ". . ." inside a quotation does not end a sentence
        out.append(line[start:m.end()].strip())
        start = m.end()
    out.append(line[start:].strip())
    return [s for s in out if s]


def sentences(text):
    res = []
    for line in text.split('\n'):
        res.extend(split_line(line))
    return res


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        for i, s in enumerate(sentences(docs[sys.argv[2]])):
            print(i, s)
        return
    sys.path.insert(0, HERE)
    import pairs_spec as S
    sent_cache = {}
    rows, planted, errs = [], {}, []
    for n, p in enumerate(S.PAIRS, 1):
        pid = 'p%03d' % n
        sides = {}
        for key, (doc, span) in (('a', p['a']), ('b', p['b'])):
            if doc not in docs:
                errs.append('%s: unknown doc %s' % (pid, doc)); continue
            full = collapse(docs[doc])
            if full.count(span) != 1:
                errs.append('%s%s: span found %d times in %s: %r' % (pid, key, full.count(span), doc, span)); continue
            if doc not in sent_cache:
                sent_cache[doc] = sentences(docs[doc])
            hits = [s for s in sent_cache[doc] if span in s]
            if len(hits) != 1:
                errs.append('%s%s: span in %d sentences of %s: %r' % (pid, key, len(hits), doc, span)); continue
            sides[key] = {'doc': doc, 'text': span, 'sentence': hits[0]}
        if len(sides) != 2:
            continue
        rows.append({'id': pid, 'kind': p['kind'], 'a': sides['a'], 'b': sides['b'],
                     'verdict': p['verdict'], 'note': p['note']})
        if p.get('label'):
            lab = p['label']
            planted[pid] = {'label': lab, 'type': S.TYPES[lab], 'panel_says': sides['a']['text'],
                            'source_says': sides['b']['text'], 'essay': sides['b']['doc'], 'panel': sides['a']['doc']}
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    with open(os.path.join(HERE, 'pairs_v16.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'planted_errors.json'), 'w', encoding='utf-8') as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print('wrote %d pairs, %d planted errors' % (len(rows), len(planted)))


if __name__ == '__main__':
    main()
