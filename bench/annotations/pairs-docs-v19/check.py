#!/usr/bin/env python3
"""Validate pairs_v19.jsonl, planted_errors.json and the panels (stdlib only).

Usage: python3 check.py [FOLDER]   (default: this script's folder)
Uses its own character-walking sentence splitter, written separately from build_pairs.py.
"""
import json, os, sys, collections

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
errors = []


def err(msg):
    errors.append(msg)


CLOSE = set('"\')]\u201d\u2019')
OPEN = set('"\'(\u201c\u2018$[')
NOBREAK = {'U.S', 'a.m', 'p.m', 'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Jr', 'Sr', 'St', 'No', 'vs', 'etc',
           'U.N', 'H.W', 'D.C', 'Capt', 'Adm', 'Gov', 'Sen', 'Rep'}


def last_token(buf):
    i = len(buf) - 1          # buf ends with '.'
    j = i
    while j > 0 and not buf[j - 1].isspace():
        j -= 1
    tok = buf[j:i]
    while tok and tok[0] in OPEN:
        tok = tok[1:]
    return tok


def walk_split(line):
    out, buf, i, n = [], '', 0, len(line)
    while i < n:
        ch = line[i]
        buf += ch
        i += 1
        if ch in '.!?':
            k = i
            while k < n and line[k] in CLOSE:
                k += 1
            # need at least one space then a sentence starter
            if k < n and line[k] == ' ':
                m = k
                while m < n and line[m] == ' ':
                    m += 1
                if m < n and (line[m].isupper() or line[m].isdigit() or line[m] in OPEN):
                    if ch == '.':
                        tok = last_token(buf)
                        single = len(tok) == 1 and tok.isupper()
                        initials = len(tok) >= 3 and all((c.isupper() if p % 2 == 0 else c == '.') for p, c in enumerate(tok))
                        if tok in NOBREAK or single or initials:
                            continue
                    buf += line[i:k]
                    out.append(buf.strip())
                    buf = ''
                    i = m
    if buf.strip():
        out.append(buf.strip())
    return out


def split_doc(text):
    res = []
    for raw in text.split('\n'):
        line = raw.strip()
        if not line:
            continue
        end = len(line)
        while end > 0 and (line[end - 1] in CLOSE or line[end - 1] == ' '):
            end -= 1
        if end == 0 or line[end - 1] not in '.!?':
            continue  # heading / caption
        res.extend(walk_split(line))
    return res


docs = json.load(open(ESSAYS, encoding='utf-8'))
panels = sorted(f[:-4] for f in os.listdir(FOLDER) if f.startswith('panel-') and f.endswith('.txt'))
if len(panels) != 3:
    err(f'expected 3 panels, found {len(panels)}')
for p in panels:
    t = open(os.path.join(FOLDER, p + '.txt'), encoding='utf-8').read()
    docs[p] = t
    lines = t.rstrip('\n').split('\n')
    if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
        err(f'{p}: needs title line then blank line')
    body = lines[2:]
    for k, l in enumerate(body):
        if (k % 2 == 0 and not l.strip()) or (k % 2 == 1 and l != ''):
            err(f'{p}: paragraphs must be separated by exactly one blank line (body line {k})')
            break
    wc = len(' '.join(body).split())
    if not 700 <= wc <= 850:
        err(f'{p}: {wc} words (need 700-850)')
    if '\u201c' in t or '\u2019' in t:
        err(f'{p}: panels use straight quotes')

sents = {d: split_doc(t) for d, t in docs.items()}

rows = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v19.jsonl'), encoding='utf-8')]
planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
sys.path.insert(0, FOLDER)
try:
    import pairs_spec as S
    RETOLD = S.PANELS
except Exception as e:  # pragma: no cover
    err(f'cannot import pairs_spec: {e}')
    RETOLD = {}

KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
seen = set()
span_use = collections.defaultdict(list)  # (panel, sentence) -> [(start, end, verdict, label)]
for n, r in enumerate(rows, 1):
    rid = r.get('id')
    if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
        err(f'{rid}: keys {sorted(r)}')
        continue
    if rid != f'p{n:03d}':
        err(f'line {n}: id {rid} not sequential')
    if r['kind'] not in KINDS:
        err(f'{rid}: kind {r["kind"]}')
    if r['verdict'] not in VERDICTS:
        err(f'{rid}: verdict {r["verdict"]}')
    if not r['note'].strip():
        err(f'{rid}: empty note')
    for side in 'ab':
        s = r[side]
        if set(s) != {'doc', 'text', 'sentence'}:
            err(f'{rid}.{side}: keys {sorted(s)}')
            continue
        d = s['doc']
        if d not in docs:
            err(f'{rid}.{side}: unknown doc {d}')
            continue
        if s['text'] not in s['sentence']:
            err(f'{rid}.{side}: text not inside sentence')
        if s['sentence'] not in sents[d]:
            err(f'{rid}.{side}: sentence is not a whole sentence of {d}')
        if ' '.join(s['sentence'].split()) not in ' '.join(docs[d].split()):
            err(f'{rid}.{side}: sentence not verbatim in {d}')
        c = docs[d].count(s['text'])
        if c != 1:
            err(f'{rid}.{side}: text occurs {c} times in {d}')
    a, b = r['a']['doc'], r['b']['doc']
    if a == b:
        err(f'{rid}: both sides in one doc')
    if b.startswith('panel-'):
        err(f'{rid}: panel must be side a')
    key = (a, r['a']['text'], b, r['b']['text'])
    if key in seen:
        err(f'{rid}: duplicate pair')
    seen.add(key)
    if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
        err(f'{rid}: more-precise note must say "(b) more precise"')
    lab = planted.get(rid)
    if a.startswith('panel-'):
        if r['verdict'] in ('agree', 'more-precise', 'differ') and b not in RETOLD.get(a, []):
            err(f'{rid}: {r["verdict"]} pair uses essay {b} not retold by {a}')
        if r['verdict'] in ('differ', 'more-precise'):
            if not lab:
                err(f'{rid}: panel {r["verdict"]} pair is not a planted error')
            else:
                isp = '-P' in lab['label']
                if isp != (r['verdict'] == 'more-precise'):
                    err(f'{rid}: label {lab["label"]} does not fit verdict {r["verdict"]}')
                if lab['panel_says'] != r['a']['text'] or lab['source_says'] != r['b']['text'] \
                        or lab['panel'] != a or lab['essay'] != b or not lab.get('type'):
                    err(f'{rid}: planted_errors entry does not match the pair')
        elif lab:
            err(f'{rid}: planted label on a {r["verdict"]} pair')
        sent = r['a']['sentence']
        st = sent.find(r['a']['text'])
        span_use[(a, sent)].append((st, st + len(r['a']['text']), r['verdict'], rid))
    else:
        if r['verdict'] == 'differ':
            err(f'{rid}: essay-essay differ not expected')
        if lab:
            err(f'{rid}: essay-essay pair carries a planted label')

for rid in planted:
    if rid not in {r['id'] for r in rows}:
        err(f'planted_errors: unknown pair {rid}')

# overlap: agree/not-same panel spans must not overlap a differ span; agree must not overlap more-precise
for (p, sent), spans in span_use.items():
    for s1, e1, v1, r1 in spans:
        for s2, e2, v2, r2 in spans:
            if r1 == r2 or not (s1 < e2 and s2 < e1):
                continue
            if v1 in ('agree', 'not-same') and v2 == 'differ':
                err(f'{r1} ({v1}) overlaps contradiction span of {r2}')
            if v1 == 'agree' and v2 == 'more-precise':
                err(f'{r1} (agree) overlaps precision span of {r2}')

labels = sorted(v['label'] for v in planted.values())
want = [f'A{i}' for i in range(1, 13)] + [f'B{i}' for i in range(1, 13)] + [f'C{i}' for i in range(1, 12)] + \
       ['A-P1', 'A-P2', 'A-P3', 'B-P1', 'B-P2', 'B-P3', 'B-P4', 'C-P1', 'C-P2', 'C-P3']
if collections.Counter(labels) != collections.Counter(want):
    err(f'labels mismatch: {sorted(set(labels) ^ set(want))} / duplicates {[l for l, c in collections.Counter(labels).items() if c > 1]}')
for v in planted.values():
    if v['panel'] not in panels:
        err(f'planted {v["label"]}: unknown panel')

vc = collections.Counter(r['verdict'] for r in rows)
ee = [r for r in rows if not r['a']['doc'].startswith('panel-')]
ranges = {'agree': (65, 85), 'more-precise': (12, 20), 'differ': (30, 40), 'not-same': (12, 22)}
for v, (lo, hi) in ranges.items():
    if not lo <= vc[v] <= hi:
        err(f'verdict {v}: {vc[v]} outside {lo}-{hi}')
if not 140 <= len(rows) <= 160:
    err(f'{len(rows)} pairs (need 140-160)')
if not 15 <= len(ee) <= 30:
    err(f'{len(ee)} essay-essay pairs (need 15-30)')

print(f'{len(rows)} pairs; verdicts {dict(vc)}; essay-essay {len(ee)}; planted {len(planted)}')
for e in errors:
    print('ERROR', e)
print('RESULT:', 'OK, 0 errors' if not errors else f'FAIL, {len(errors)} errors')
sys.exit(1 if errors else 0)
