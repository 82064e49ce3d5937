"""Validate pairs_v22 (stdlib only). Usage: python3 check.py [FOLDER]

Uses its own character-walking sentence splitter (written separately from split_util.py).
"""
import json
import os
import re
import sys

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
PANELS = {'panel-albany-to-articles': ['1750-1775-albany-plan', '1776-1783-articles'],
          'panel-atomic-monopoly-and-baruch-plan': ['1945-1952-atomic', '1945-1952-baruch-plans'],
          'panel-alaska-and-the-ticonderoga': ['1866-1898-alaska-purchase', '1866-1898-commodore-shufeldt']}
LABELS = ({f'A{i}' for i in range(1, 13)} | {f'A-P{i}' for i in range(1, 4)} |
          {f'B{i}' for i in range(1, 13)} | {f'B-P{i}' for i in range(1, 4)} |
          {f'C{i}' for i in range(1, 12)} | {f'C-P{i}' for i in range(1, 5)})
KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
NO_END = {'U.S', 'U.S.S', 'St', 'Mr', 'Mrs', 'Dr', 'Gen', 'Lt', 'Col', 'Capt', 'Jr', 'Sr', 'No', 'vs', 'Rev', 'Gov',
          'Sen', 'Rep', 'i.e', 'e.g', 'etc', 'Co', 'Inc', 'Ft', 'Mt'}
CLOSE = set('"\'”’)]')
OPEN = set('"\'“‘([$')

errors = []


def err(msg):
    errors.append(msg)


def walk_sentences(text):
    out = []
    for raw in text.split('\n'):
        line = raw.strip()
        if not line:
            continue
        tail = line
        while tail and tail[-1] in CLOSE:
            tail = tail[:-1]
        if not (tail and tail[-1] in '.!?') and len(line.split()) < 40:
            continue  # title or caption
        start, i, n = 0, 0, len(line)
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
                    word = line[start:i].split()[-1] if line[start:i].split() else ''
                    word = word.lstrip(''.join(OPEN))
                    if ch == '.' and (word in NO_END or (len(word) == 1 and word.isupper())):
                        i += 1
                        continue
                    out.append(line[start:j].strip())
                    start = k
                    i = k
                    continue
            i += 1
        if line[start:].strip():
            out.append(line[start:].strip())
    return out


def main():
    docs = json.load(open(ESSAYS, encoding='utf-8'))
    docs.pop('000_beabee21081aa6a0', None)
    for p in PANELS:
        path = os.path.join(FOLDER, p + '.txt')
        if not os.path.exists(path):
            err(f'missing panel {p}')
            continue
        t = open(path, encoding='utf-8').read()
        docs[p] = t
        lines = t.rstrip('\n').split('\n')
        if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
            err(f'{p}: bad title/blank layout')
        body = lines[2:]
        for i, l in enumerate(body):
            if (i % 2 == 0 and not l.strip()) or (i % 2 == 1 and l != ''):
                err(f'{p}: paragraph layout broken at body line {i}')
                break
        wc = len(' '.join(body).split())
        if not 700 <= wc <= 850:
            err(f'{p}: {wc} words')
        if re.search('[“”‘’]', t):
            err(f'{p}: curly quotes')
    sents = {d: walk_sentences(t) for d, t in docs.items()}

    rows = []
    for ln, line in enumerate(open(os.path.join(FOLDER, 'pairs_v22.jsonl'), encoding='utf-8'), 1):
        try:
            rows.append(json.loads(line))
        except ValueError:
            err(f'line {ln}: bad JSON')
    planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))

    seen, spans = set(), []
    for n, r in enumerate(rows, 1):
        rid = r.get('id')
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
            err(f'{rid}: keys {sorted(r)}')
            continue
        if rid != f'p{n:03d}':
            err(f'{rid}: expected id p{n:03d}')
        if r['kind'] not in KINDS:
            err(f'{rid}: kind {r["kind"]}')
        if r['verdict'] not in VERDICTS:
            err(f'{rid}: verdict {r["verdict"]}')
        if not str(r['note']).strip():
            err(f'{rid}: empty note')
        if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
            err(f'{rid}: more-precise note lacks "(b) more precise"')
        for side in 'ab':
            s = r[side]
            if set(s) != {'doc', 'text', 'sentence'}:
                err(f'{rid}.{side}: keys {sorted(s)}')
                continue
            if s['doc'] not in docs:
                err(f'{rid}.{side}: unknown doc {s["doc"]}')
                continue
            if s['sentence'] not in sents[s['doc']]:
                err(f'{rid}.{side}: sentence is not a sentence of {s["doc"]}')
            if s['text'] not in s['sentence']:
                err(f'{rid}.{side}: text not in sentence')
            if docs[s['doc']].count(s['text']) != 1:
                err(f'{rid}.{side}: text occurs {docs[s["doc"]].count(s["text"])} times in doc')
        a, b = r['a'], r['b']
        if a['doc'] == b['doc']:
            err(f'{rid}: both sides in one doc')
        if b['doc'] in PANELS:
            err(f'{rid}: panel on side b')
        key = (a['doc'], a['text'], b['doc'], b['text'])
        if key in seen:
            err(f'{rid}: duplicate pair')
        seen.add(key)
        is_panel = a['doc'] in PANELS
        if is_panel and r['verdict'] in ('agree', 'more-precise', 'differ') and b['doc'] not in PANELS[a['doc']]:
            err(f'{rid}: essay {b["doc"]} not retold by {a["doc"]}')
        if is_panel and r['verdict'] in ('differ', 'more-precise'):
            pe = planted.get(rid)
            if not pe:
                err(f'{rid}: panel {r["verdict"]} pair not in planted_errors.json')
            else:
                prec = '-P' in pe['label']
                if prec != (r['verdict'] == 'more-precise'):
                    err(f'{rid}: label {pe["label"]} does not match verdict {r["verdict"]}')
                if (pe['panel_says'], pe['source_says'], pe['essay'], pe['panel']) != (a['text'], b['text'], b['doc'], a['doc']):
                    err(f'{rid}: planted_errors entry does not match pair')
                if not pe.get('type'):
                    err(f'{rid}: planted error without type')
        elif rid in planted:
            err(f'{rid}: planted entry for a {r["verdict"]} / non-panel pair')
        if is_panel:
            spans.append((rid, r['verdict'], planted.get(rid, {}).get('label', ''), a['sentence'], a['text']))

    labels = [v['label'] for v in planted.values()]
    if sorted(labels) != sorted(LABELS):
        err(f'labels mismatch: missing {sorted(LABELS - set(labels))}, extra {sorted(set(labels) - LABELS)}, '
            f'dupes {sorted(x for x in set(labels) if labels.count(x) > 1)}')

    def overlap(s1, t1, s2, t2):
        if s1 != s2:
            return False
        i1, i2 = s1.find(t1), s2.find(t2)
        return i1 < i2 + len(t2) and i2 < i1 + len(t1)

    for rid, v, lab, s, t in spans:
        if v not in ('agree', 'not-same'):
            continue
        for rid2, v2, lab2, s2, t2 in spans:
            if v2 == 'differ' and overlap(s, t, s2, t2):
                err(f'{rid} ({v}) panel span overlaps contradiction span of {rid2}')
            if v == 'agree' and v2 == 'more-precise' and overlap(s, t, s2, t2):
                err(f'{rid} (agree) panel span overlaps precision span of {rid2}')

    count = {v: sum(r['verdict'] == v for r in rows) for v in VERDICTS}
    ee = sum(r['a']['doc'] not in PANELS for r in rows)
    if len(rows) < 140:
        err(f'only {len(rows)} pairs')
    if not 15 <= ee <= 30:
        err(f'{ee} essay-essay pairs')
    for v, (lo, hi) in {'agree': (65, 85), 'more-precise': (12, 20), 'differ': (30, 40), 'not-same': (12, 22)}.items():
        if not lo <= count[v] <= hi:
            err(f'{count[v]} {v} pairs outside {lo}-{hi}')

    # splitter cross-check with the build splitter, if available
    try:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import split_util
        diff = [d for d, t in docs.items() if split_util.sentences(t) != sents[d]]
        print(f'splitters agree on {len(docs) - len(diff)}/{len(docs)} documents' + (f'; differ: {diff[:5]}' if diff else ''))
    except ImportError:
        pass

    print(f'{len(rows)} pairs ({ee} essay-essay); verdicts {count}; planted {len(planted)}')
    for e in errors:
        print('ERROR', e)
    print('RESULT:', 'OK, 0 errors' if not errors else f'FAIL, {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
