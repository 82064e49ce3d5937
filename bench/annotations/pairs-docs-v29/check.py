"""Validate pairs_v29 (stdlib only). Usage: python3 check.py [FOLDER]

Uses its own character-walking sentence splitter, written separately from splitter.py,
and reports disagreements between the two splitters as errors.
"""
import json, os, re, sys, collections

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
PANEL_ESSAYS = {
    'panel-secret-speech-and-warsaw-pact': {'1953-1960-khrushchev-20th-congress', '1953-1960-warsaw-treaty'},
    'panel-road-to-pearl-harbor-and-american-century': {'1937-1945-pearl-harbor', '1937-1945-internationalism'},
    'panel-united-nations-and-bretton-woods': {'1937-1945-un', '1937-1945-bretton-woods'},
}
LETTER = {'panel-secret-speech-and-warsaw-pact': 'A', 'panel-road-to-pearl-harbor-and-american-century': 'B',
          'panel-united-nations-and-bretton-woods': 'C'}
EXPECTED_LABELS = ([f'A{i}' for i in range(1, 13)] + [f'A-P{i}' for i in range(1, 4)] +
                   [f'B{i}' for i in range(1, 12)] + [f'B-P{i}' for i in range(1, 5)] +
                   [f'C{i}' for i in range(1, 13)] + [f'C-P{i}' for i in range(1, 4)])
NO_STOP = {'U.S.', 'Sino-U.S.', 'U.K.', 'H.W.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'Gen.', 'Lt.', 'Jr.', 'Sr.', 'No.', 'Vol.',
           'U.N.', 'D.C.', 'e.g.', 'i.e.', 'Co.', 'Inc.', 'Ltd.', 'vs.', 'Gov.', 'Sen.', 'Rep.', 'Col.', 'Capt.', 'Adm.'}
CLOSE = set('"\'”’)]')
OPEN = set('"“‘([$')
errors = []


def err(msg):
    errors.append(msg)


def prose_line(line):
    s = line.rstrip()
    i = len(s)
    while i > 0 and s[i - 1] in CLOSE:
        i -= 1
    if i == 0:
        return False
    return s[i - 1] in '.!?' or len(s.split()) >= 40


def walk(line):
    """Character walk: a boundary is [.!?] + closers + whitespace + (upper|digit|opener), unless the token is an abbreviation."""
    sents, start, i, n = [], 0, 0, len(line)
    while i < n:
        ch = line[i]
        if ch in '.!?':
            j = i + 1
            while j < n and line[j] in CLOSE:
                j += 1
            k = j
            while k < n and line[k].isspace():
                k += 1
            if k > j and k < n and (line[k].isupper() or line[k].isdigit() or line[k] in OPEN):
                tok_start = i
                while tok_start > start and not line[tok_start - 1].isspace():
                    tok_start -= 1
                tok = line[tok_start:i + 1]
                while tok and tok[0] in OPEN:
                    tok = tok[1:]
                abbrev = (tok in NO_STOP or (len(tok) == 2 and tok[0].isupper())
                          or (len(tok) >= 4 and all(tok[m].isupper() and tok[m + 1] == '.' for m in range(0, len(tok), 2))
                              and len(tok) % 2 == 0))
                if ch == '.' and j == i + 1 and abbrev:
                    i += 1
                    continue
                sents.append(line[start:j].strip())
                start = k
                i = k
                continue
        i += 1
    if line[start:].strip():
        sents.append(line[start:].strip())
    return sents


def doc_sentences(text):
    out = []
    for line in text.split('\n'):
        if line.strip() and prose_line(line):
            out.extend(walk(line.strip()))
    return out


def main():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = json.load(f)
    docs.pop(EXHIBIT, None)
    for p in PANEL_ESSAYS:
        fp = os.path.join(FOLDER, p + '.txt')
        if not os.path.exists(fp):
            err(f'missing panel {p}')
            continue
        t = open(fp, encoding='utf-8').read()
        docs[p] = t
        lines = t.rstrip('\n').split('\n')
        if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
            err(f'{p}: expected title line then blank line')
        paras = t.rstrip('\n').split('\n', 2)[2].split('\n\n')
        if any('\n' in para or not para.strip() for para in paras):
            err(f'{p}: paragraphs must be single lines separated by one blank line')
        words = len(t.split('\n', 1)[1].split())
        if not 700 <= words <= 850:
            err(f'{p}: {words} words (700-850)')
        if any(c in t for c in '“”‘’–—'):
            err(f'{p}: curly quotes or dashes in panel')
    # splitter agreement
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import splitter
    for k, t in docs.items():
        if splitter.sentences(t) != doc_sentences(t):
            err(f'splitters disagree on {k}')
    sent_sets = {k: set(doc_sentences(t)) for k, t in docs.items()}

    recs = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v29.jsonl'), encoding='utf-8')]
    planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
    seen, planted_spans = set(), collections.defaultdict(list)
    for pid, info in planted.items():
        planted_spans[info['panel']].append(info['panel_says'])
    labels = []
    for n, r in enumerate(recs, 1):
        pid = r.get('id')
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
            err(f'{pid}: keys {sorted(r)}')
            continue
        if pid != f'p{n:03d}':
            err(f'{pid}: expected p{n:03d}')
        if r['kind'] not in {'event', 'date', 'quantity', 'quote'}:
            err(f'{pid}: kind {r["kind"]}')
        if r['verdict'] not in {'agree', 'more-precise', 'differ', 'not-same'}:
            err(f'{pid}: verdict {r["verdict"]}')
        if not r['note'].strip():
            err(f'{pid}: empty note')
        for s in 'ab':
            side = r[s]
            if set(side) != {'doc', 'text', 'sentence'}:
                err(f'{pid}/{s}: keys')
                continue
            if side['doc'] not in docs:
                err(f'{pid}/{s}: unknown doc {side["doc"]}')
                continue
            if side['sentence'] not in sent_sets[side['doc']]:
                err(f'{pid}/{s}: sentence is not a sentence of {side["doc"]}')
            if side['text'] not in side['sentence']:
                err(f'{pid}/{s}: text not in sentence')
            if docs[side['doc']].count(side['text']) != 1:
                err(f'{pid}/{s}: text not unique in doc')
        a, b = r['a']['doc'], r['b']['doc']
        if a == b:
            err(f'{pid}: both sides in one doc')
        if b.startswith('panel-'):
            err(f'{pid}: panel on side b')
        key = (a, r['a']['text'], b, r['b']['text'])
        if key in seen:
            err(f'{pid}: duplicate pair')
        seen.add(key)
        if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
            err(f'{pid}: more-precise note must say "(b) more precise"')
        is_panel = a.startswith('panel-')
        if is_panel:
            if b not in PANEL_ESSAYS.get(a, set()):
                err(f'{pid}: essay {b} not retold by {a}')
            if r['verdict'] in {'differ', 'more-precise'}:
                info = planted.get(pid)
                if not info:
                    err(f'{pid}: panel {r["verdict"]} pair not planted')
                else:
                    lab = info['label']
                    labels.append(lab)
                    if ('-P' in lab) != (r['verdict'] == 'more-precise'):
                        err(f'{pid}: label {lab} vs verdict {r["verdict"]}')
                    if not lab.startswith(LETTER[a]):
                        err(f'{pid}: label {lab} on wrong panel')
                    if (info['panel_says'], info['source_says'], info['essay'], info['panel']) != (r['a']['text'], r['b']['text'], b, a):
                        err(f'{pid}: planted_errors.json mismatch')
            else:
                if pid in planted:
                    err(f'{pid}: {r["verdict"]} pair listed as planted')
                if r['verdict'] in {'agree', 'not-same'}:
                    t = r['a']['text']
                    pt = docs[a]
                    s0 = pt.find(t)
                    for ps in planted_spans[a]:
                        q0 = pt.find(ps)
                        if s0 < 0 or q0 < 0:
                            continue
                        if s0 < q0 + len(ps) and q0 < s0 + len(t):
                            if r['verdict'] == 'agree':
                                err(f'{pid}: agree span overlaps planted span {ps!r}')
        else:
            if pid in planted:
                err(f'{pid}: essay-essay pair listed as planted')
    if sorted(labels) != sorted(EXPECTED_LABELS) or len(planted) != 45:
        err(f'planted labels wrong: {sorted(set(EXPECTED_LABELS) ^ set(labels))} / {len(planted)}')
    vc = collections.Counter(r['verdict'] for r in recs)
    ee = sum(1 for r in recs if not r['a']['doc'].startswith('panel-'))
    if len(recs) < 140:
        err(f'only {len(recs)} pairs')
    if not 15 <= ee <= 30:
        err(f'{ee} essay-essay pairs')
    for v, lo, hi in [('agree', 65, 85), ('more-precise', 12, 20), ('differ', 30, 40), ('not-same', 12, 22)]:
        if not lo <= vc[v] <= hi:
            err(f'{vc[v]} {v} pairs (expected {lo}-{hi})')
    print(f'{len(recs)} pairs ({dict(vc)}), essay-essay {ee}, planted {len(planted)}')
    for e in errors:
        print('ERROR', e)
    print('RESULT:', 'OK, 0 errors' if not errors else f'{len(errors)} errors')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
