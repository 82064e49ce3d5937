#!/usr/bin/env python3
"""Stdlib validation of pairs_v37.jsonl, planted_errors.json and the panels.

Uses its own sentence splitter (regex over each prose line), independent of splitter.py, and compares the two.
Usage: python3 check.py [FOLDER]   (default: this script's folder). Exit code 1 on any error.
"""
import json, os, re, sys
from collections import Counter

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
errors = []


def err(msg):
    errors.append(msg)


# ---- independent splitter
NO_BREAK = {'U.S.', 'U.K.', 'D.C.', 'Jr.', 'Sr.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'Gen.', 'Lt.', 'Col.', 'Capt.', 'Sen.',
            'Rep.', 'Gov.', 'No.', 'vs.', 'e.g.', 'i.e.', 'U.N.', 'U.S.S.R.', 'Co.', 'Inc.', 'Mt.', 'Ft.'}
BOUNDARY = re.compile(r'[.!?]["\')\]\u201d\u2019]*(?=\s+["\'(\[\u201c\u2018$A-Z0-9\u00c0-\u00de])')


def split_text(text):
    out = []
    for raw in text.split('\n'):
        line = raw.strip()
        if not line:
            continue
        bare = re.sub(r'["\')\]\u201d\u2019]+$', '', line)
        if not (bare.endswith(('.', '!', '?')) or len(line.split()) >= 40):
            continue
        start = 0
        for m in BOUNDARY.finditer(line):
            stop = m.start()
            token = line[:stop + 1].split()[-1].lstrip('"\'([\u201c\u2018$')
            if line[stop] == '.' and (token in NO_BREAK or re.fullmatch(r'[A-Z]\.', token)):
                continue
            piece = line[start:m.end()].strip()
            if piece:
                out.append(piece)
            start = m.end()
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out


def main():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = dict(json.load(f))
    panels = sorted(n[:-4] for n in os.listdir(FOLDER) if n.startswith('panel-') and n.endswith('.txt'))
    if len(panels) != 3:
        err(f'expected 3 panels, found {len(panels)}')
    for p in panels:
        with open(os.path.join(FOLDER, p + '.txt'), encoding='utf-8') as f:
            t = f.read()
        docs[p] = t
        lines = t.split('\n')
        if not lines[0].strip() or lines[1] != '':
            err(f'{p}: needs title line then blank line')
        if '\n\n\n' in t:
            err(f'{p}: double blank line')
        if any(ord(c) > 127 for c in t):
            err(f'{p}: non-ASCII character')
        body = t.split('\n', 2)[2]
        w = len(body.split())
        if not 700 <= w <= 850:
            err(f'{p}: body has {w} words')
    # compare with splitter.py
    sys.path.insert(0, FOLDER)
    try:
        import splitter
        for d, t in docs.items():
            if split_text(t) != splitter.sentences(t):
                err(f'splitters disagree on {d}')
    except Exception as e:  # noqa
        err(f'could not import splitter.py: {e}')
    sents = {d: split_text(t) for d, t in docs.items()}

    # spec panel -> retold essays
    import pairs_spec
    retold = {p: set(v[1]) for p, v in pairs_spec.PANELS.items()}
    if set(retold) != set(panels):
        err('PANELS in spec do not match panel files')

    rows = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v37.jsonl'), encoding='utf-8')]
    planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
    seen, labels = set(), Counter()
    planted_spans = {}  # panel -> list of (sentence, span)
    for pid, e in planted.items():
        planted_spans.setdefault(e['panel'], []).append(e['panel_says'])
    for i, r in enumerate(rows, 1):
        pid = r.get('id')
        base = {'id', 'kind', 'a', 'b', 'verdict', 'note'}
        keys = set(r)
        want = base | ({'how'} if r.get('verdict') == 'differ' else set())
        if keys != want:
            err(f'{pid}: keys {sorted(keys)}')
        if pid != f'p{i:03d}':
            err(f'{pid}: id out of sequence (expected p{i:03d})')
        if r['kind'] not in ('event', 'date', 'quantity', 'quote'):
            err(f'{pid}: bad kind')
        if r['verdict'] not in ('agree', 'more-precise', 'differ', 'not-same'):
            err(f'{pid}: bad verdict')
        if not r['note'].strip():
            err(f'{pid}: empty note')
        if r['verdict'] == 'differ' and not str(r.get('how', '')).strip():
            err(f'{pid}: differ without how')
        for side in ('a', 'b'):
            s = r[side]
            if set(s) != {'doc', 'text', 'sentence'}:
                err(f'{pid}.{side}: keys')
                continue
            if s['doc'] not in docs:
                err(f'{pid}.{side}: unknown doc {s["doc"]}')
                continue
            if s['sentence'] not in sents[s['doc']]:
                err(f'{pid}.{side}: sentence is not a sentence of {s["doc"]}')
            if s['text'] not in s['sentence']:
                err(f'{pid}.{side}: text not in sentence')
            if docs[s['doc']].count(s['text']) != 1:
                err(f'{pid}.{side}: text not unique in doc')
        a, b = r['a']['doc'], r['b']['doc']
        if a == b:
            err(f'{pid}: same doc on both sides')
        if b in retold:
            err(f'{pid}: panel on side b')
        if a in retold and b not in retold[a]:
            err(f'{pid}: panel {a} paired with essay it does not retell ({b})')
        key = (a, r['a']['text'], b, r['b']['text'])
        if key in seen:
            err(f'{pid}: duplicate pair')
        seen.add(key)
        if r['kind'] == 'quote' and r['verdict'] == 'agree':
            norm = lambda x: re.sub(r'[^a-z0-9 ]', '', x.lower())
            if norm(r['a']['text']) != norm(r['b']['text']):
                err(f'{pid}: quote agree with different words')
        if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
            err(f'{pid}: more-precise note lacks "(b) more precise"')
        is_panel = a in retold
        if is_panel and r['verdict'] in ('differ', 'more-precise'):
            e = planted.get(pid)
            if not e:
                err(f'{pid}: panel {r["verdict"]} pair not planted')
            else:
                lab = e['label']
                labels[lab] += 1
                letter = {'panel-tonnage-and-quotas': 'A', 'panel-tet-and-the-npt': 'B',
                          'panel-carter-rights-and-arms': 'C'}[a]
                if not lab.startswith(letter):
                    err(f'{pid}: label {lab} wrong panel letter')
                if ('-P' in lab) != (r['verdict'] == 'more-precise'):
                    err(f'{pid}: label {lab} does not fit verdict')
                if (e['verdict'], e['panel_says'], e['source_says'], e['panel'], e['essay']) != \
                        (r['verdict'], r['a']['text'], r['b']['text'], a, b):
                    err(f'{pid}: planted_errors.json mismatch')
        elif pid in planted:
            err(f'{pid}: planted but not a panel differ/more-precise pair')
        if is_panel and r['verdict'] == 'agree':
            for ps in planted_spans.get(a, []):
                t1, t2 = r['a']['text'], ps
                # overlap test on positions in the panel text
                i1, i2 = docs[a].find(t1), docs[a].find(t2)
                if i1 < i2 + len(t2) and i2 < i1 + len(t1):
                    err(f'{pid}: agree span overlaps planted span {ps!r}')
    for lab, n in labels.items():
        if n != 1:
            err(f'label {lab} used {n} times')
    if len(planted) != sum(labels.values()):
        err('planted_errors.json has entries not matched by pairs')

    v = Counter(r['verdict'] for r in rows)
    ee = sum(1 for r in rows if r['a']['doc'] not in retold)
    checks = [(len(rows) >= 140, f'{len(rows)} pairs (<140)'), (15 <= ee <= 30, f'{ee} essay-essay pairs'),
              (65 <= v['agree'] <= 85, f"agree {v['agree']}"), (12 <= v['more-precise'] <= 20, f"more-precise {v['more-precise']}"),
              (30 <= v['differ'] <= 40, f"differ {v['differ']}"), (12 <= v['not-same'] <= 22, f"not-same {v['not-same']}"),
              (40 <= len(planted) <= 50, f'{len(planted)} planted')]
    for ok, msg in checks:
        if not ok:
            err('count: ' + msg)
    kv = Counter((r['kind'], r['verdict']) for r in rows)
    print('pairs', len(rows), dict(v), 'essay-essay', ee, 'planted', len(planted))
    for k in ('date', 'event', 'quantity', 'quote'):
        print(f'  {k:9s}', {vv: kv[(k, vv)] for vv in ('agree', 'more-precise', 'differ', 'not-same')})
    print('documents split:', len(docs))
    if errors:
        for e in errors:
            print('ERROR', e)
        print(f'RESULT: FAIL, {len(errors)} errors')
        sys.exit(1)
    print('RESULT: OK, 0 errors')


if __name__ == '__main__':
    main()
