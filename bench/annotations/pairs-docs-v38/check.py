#!/usr/bin/env python3
"""Independent validation of pairs_v38 (stdlib only; own regex sentence splitter).

Usage: python3 check.py [FOLDER]   (default: this script's folder). Exit code 1 on any error.
"""
import json, os, re, sys
from collections import Counter

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = '/work/heldout/r56/all_essays.json'
errors = []


def err(msg):
    errors.append(msg)


# ---- own splitter (regex based; meant to agree with splitter.py)
ABBR = r'(?:U\.S|U\.K|D\.C|U\.N|Mr|Mrs|Dr|St|Gen|Lt|Col|Capt|Sr|Jr|No|vs|Ft|Adm|Sen|Rep|Gov|Pres|Messrs|Cmdr)'
BOUND = re.compile(r'[.!?]["\'\u201d\u2019)\]]*(?=\s+[A-Z0-9"\'\u201c\u2018(\[$])')
ABBR_END = re.compile(r'(?:^|\s)["\'\u201c\u2018(\[$]*(?:' + ABBR + r'|[A-Z])\.$')


def prose(line):
    s = line.strip()
    return bool(s) and (re.search(r'[.!?]["\'\u201d\u2019)\]]*$', s) is not None or len(s.split()) >= 40)


def split(text):
    out = []
    for line in text.split('\n'):
        if not prose(line):
            continue
        line = line.strip()
        start = 0
        for m in BOUND.finditer(line):
            head = line[start:m.start() + 1]
            if ABBR_END.search(head):
                continue
            seg = line[start:m.end()].strip()
            if seg:
                out.append(seg)
            start = m.end()
        seg = line[start:].strip()
        if seg:
            out.append(seg)
    return out


docs = json.load(open(ESSAYS, encoding='utf-8'))
panels = {}
for fn in sorted(os.listdir(FOLDER)):
    if fn.startswith('panel-') and fn.endswith('.txt'):
        panels[fn[:-4]] = open(os.path.join(FOLDER, fn), encoding='utf-8').read()
docs.update(panels)

# ---- panels
if len(panels) != 3:
    err(f'expected 3 panels, found {len(panels)}')
for name, t in panels.items():
    lines = t.split('\n')
    if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
        err(f'{name}: needs title line then blank line')
    if '\n\n\n' in t:
        err(f'{name}: double blank line')
    if any(ord(c) > 127 for c in t):
        err(f'{name}: non-ASCII character')
    n = len('\n'.join(lines[2:]).split())
    if not 700 <= n <= 850:
        err(f'{name}: body has {n} words')

# ---- spec data for retold essays
sys.path.insert(0, FOLDER)
try:
    import pairs_spec
    RETELLS = {k: v['retells'] for k, v in pairs_spec.PANELS.items()}
    LETTER = {k: v['letter'] for k, v in pairs_spec.PANELS.items()}
except Exception as e:  # noqa
    err(f'cannot import pairs_spec: {e}')
    RETELLS, LETTER = {}, {}

sents_cache = {}


def sents(d):
    if d not in sents_cache:
        sents_cache[d] = split(docs[d])
    return sents_cache[d]


def norm(s):
    return re.sub(r'[^a-z0-9 ]', '', re.sub(r'\s+', ' ', s.lower().replace('\u2019', "'"))).strip()


pairs = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v38.jsonl'), encoding='utf-8') if l.strip()]
planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
seen = set()
planted_spans = {}
for pid, pe in planted.items():
    planted_spans.setdefault(pe['panel'], []).append(pe['panel_says'])
agree_panel_spans = []
for i, p in enumerate(pairs, 1):
    pid = p.get('id')
    if pid != f'p{i:03d}':
        err(f'bad id {pid} at line {i}')
    keys = set(p)
    want = {'id', 'kind', 'a', 'b', 'verdict', 'note'} | ({'how'} if p.get('verdict') == 'differ' else set())
    if keys != want:
        err(f'{pid}: keys {sorted(keys)}')
    if p.get('kind') not in KINDS:
        err(f'{pid}: kind')
    if p.get('verdict') not in VERDICTS:
        err(f'{pid}: verdict')
    if not str(p.get('note', '')).strip():
        err(f'{pid}: empty note')
    if p.get('verdict') == 'differ' and not str(p.get('how', '')).strip():
        err(f'{pid}: empty how')
    for side in ('a', 'b'):
        s = p[side]
        if set(s) != {'doc', 'text', 'sentence'}:
            err(f'{pid}.{side}: keys')
            continue
        if s['doc'] not in docs:
            err(f'{pid}.{side}: unknown doc')
            continue
        if s['sentence'] not in sents(s['doc']):
            err(f'{pid}.{side}: sentence not a sentence of {s["doc"]}')
        if s['text'] not in s['sentence']:
            err(f'{pid}.{side}: text not in sentence')
        if docs[s['doc']].count(s['text']) != 1:
            err(f'{pid}.{side}: text not unique in doc')
    a, b = p['a']['doc'], p['b']['doc']
    if a == b:
        err(f'{pid}: same doc on both sides')
    if b in panels:
        err(f'{pid}: panel on side b')
    if a in panels and b not in RETELLS.get(a, []):
        err(f'{pid}: panel paired with an essay it does not retell')
    key = (a, p['a']['text'], b, p['b']['text'])
    if key in seen:
        err(f'{pid}: duplicate pair')
    seen.add(key)
    if p['kind'] == 'quote' and p['verdict'] == 'agree' and norm(p['a']['text']) != norm(p['b']['text']):
        err(f'{pid}: quote agree with different words')
    if p['verdict'] == 'more-precise' and '(b) more precise' not in p['note']:
        err(f'{pid}: more-precise note must say "(b) more precise"')
    if a in panels:
        if p['verdict'] in ('differ', 'more-precise'):
            pe = planted.get(pid)
            if not pe:
                err(f'{pid}: panel {p["verdict"]} pair not planted')
            else:
                lab = pe['label']
                if not lab.startswith(LETTER.get(a, '?')):
                    err(f'{pid}: label {lab} wrong panel letter')
                if ('-P' in lab) != (p['verdict'] == 'more-precise'):
                    err(f'{pid}: label {lab} does not fit verdict')
                if pe['verdict'] != p['verdict'] or pe['panel_says'] != p['a']['text'] or pe['source_says'] != p['b']['text'] \
                        or pe['panel'] != a or pe['essay'] != b or pe.get('how') != p.get('how'):
                    err(f'{pid}: planted_errors.json mismatch')
        elif pid in planted:
            err(f'{pid}: planted but verdict {p["verdict"]}')
        if p['verdict'] == 'agree':
            agree_panel_spans.append((pid, a, p['a']['text']))
    elif pid in planted:
        err(f'{pid}: essay-essay pair listed as planted')

labels = [pe['label'] for pe in planted.values()]
if len(labels) != len(set(labels)):
    err('duplicate planted labels')
for pid in planted:
    if not any(p['id'] == pid for p in pairs):
        err(f'planted {pid} has no pair')
for pid, doc, span in agree_panel_spans:
    for ps in planted_spans.get(doc, []):
        t = docs[doc]
        i, j = t.find(span), t.find(ps)
        if i < 0 or j < 0:
            continue  # missing spans are reported above
        if i < j + len(ps) and j < i + len(span):
            err(f'{pid}: agree span overlaps planted span {ps!r}')

# ---- counts
V = Counter(p['verdict'] for p in pairs)
ee = [p for p in pairs if p['a']['doc'] not in panels]
n_pl = len(planted)
checks = [(len(pairs) >= 140, f'pairs {len(pairs)} >= 140'), (15 <= len(ee) <= 30, f'essay-essay {len(ee)} in 15-30'),
          (65 <= V['agree'] <= 85, f'agree {V["agree"]}'), (12 <= V['more-precise'] <= 20, f'more-precise {V["more-precise"]}'),
          (30 <= V['differ'] <= 40, f'differ {V["differ"]}'), (12 <= V['not-same'] <= 22, f'not-same {V["not-same"]}'),
          (40 <= n_pl <= 50, f'planted {n_pl}'),
          (sum(1 for pe in planted.values() if '-P' in pe['label']) in range(8, 13), 'precision changes ~10')]
for ok, msg in checks:
    if not ok:
        err('count: ' + msg)

print('pairs', len(pairs), dict(V), 'essay-essay', len(ee), 'planted', n_pl)
if errors:
    for e in errors:
        print('ERROR', e)
    print(f'RESULT: FAIL, {len(errors)} errors')
    sys.exit(1)
print('RESULT: OK, 0 errors')
