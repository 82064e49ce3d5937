#!/usr/bin/env python3
"""Stdlib validation of pairs_v41 (round 59). Usage: python3 check.py [FOLDER]  (default: this script's folder).

Uses its own regex sentence splitter (independent of splitter.py) and compares both splitters on every doc.
Exit code 0 and "RESULT: OK" when there are no errors.
"""
import collections, json, os, re, sys

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- documents and regex splitter
docs = dict(json.load(open(ESSAYS, encoding='utf-8')))
panels = {}
for fn in sorted(os.listdir(FOLDER)):
    if fn.startswith('panel-') and fn.endswith('.txt'):
        panels[fn[:-4]] = open(os.path.join(FOLDER, fn), encoding='utf-8').read()
docs.update(panels)

ABBR = r'(?:U\.S\.|U\.N\.|U\.K\.|U\.S\.S\.|U\.S\.S\.R\.|D\.C\.|Dr\.|Mr\.|Mrs\.|Ms\.|St\.|Gen\.|Lt\.|Col\.|Capt\.|Adm\.|Sen\.|Rep\.|Gov\.|Jr\.|Sr\.|Co\.|Inc\.|Ltd\.|No\.|vs\.|etc\.|a\.m\.|p\.m\.|Ft\.|Mt\.|Messrs\.|Pres\.|e\.g\.|i\.e\.)'
END = re.compile(r'[.!?]["\'\u201d\u2019)\]]*(?=\s+[A-Z0-9"\'\u201c\u2018(\[$])')


def regex_sentences(text):
    out = []
    for line in text.split('\n'):
        s = line.strip()
        if not s:
            continue
        if not (re.search(r'[.!?]["\'\u201d\u2019)\]]*$', s) or len(s.split()) >= 40):
            continue
        start = 0
        for m in END.finditer(s):
            chunk = s[start:m.end()]
            last = chunk.split()[-1].rstrip('"\'\u201d\u2019)]') if chunk.split() else ''
            if m.group(0)[0] == '.' and (re.fullmatch(ABBR, last) or re.fullmatch(r'[A-Z]\.', last)
                                         or re.fullmatch(r'(?:[A-Z]\.){2,}', last)):
                continue
            out.append(chunk.strip())
            start = m.end()
            while start < len(s) and s[start].isspace():
                start += 1
        if s[start:].strip():
            out.append(s[start:].strip())
    return out


SENTS = {d: regex_sentences(t) for d, t in docs.items()}
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
try:
    import splitter
    diff = [d for d, t in docs.items() if splitter.sentences(t) != SENTS[d]]
    if diff:
        err(f'splitters disagree on {len(diff)} docs: {diff[:5]}')
except Exception as e:  # pragma: no cover
    err(f'could not import splitter.py: {e}')

# ---------------------------------------------------------------- panels
spec_panels = {}
try:
    import pairs_spec
    spec_panels = pairs_spec.PANELS
except Exception as e:
    err(f'could not import pairs_spec.py: {e}')
if len(panels) != 3:
    err(f'expected 3 panels, found {len(panels)}')
for d, t in panels.items():
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '':
        err(f'{d}: needs title line then blank line')
    if '\n\n\n' in t:
        err(f'{d}: double blank line')
    if any(ord(c) > 127 for c in t):
        err(f'{d}: non-ASCII character')
    n = len('\n'.join(lines[2:]).split())
    if not 700 <= n <= 850:
        err(f'{d}: body has {n} words (700-850)')
    if d not in spec_panels:
        err(f'{d}: not in pairs_spec.PANELS')

# ---------------------------------------------------------------- pairs
KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
pairs = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v41.jsonl'), encoding='utf-8') if l.strip()]
planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
seen = set()
norm = lambda s: re.sub(r'[^a-z0-9 ]', '', s.lower().replace('\u2019', "'")).strip()
planted_spans = collections.defaultdict(list)
for pid, e in planted.items():
    planted_spans[e['panel']].append(e['panel_says'])

for i, p in enumerate(pairs, 1):
    pid = p.get('id')
    if pid != f'p{i:03d}':
        err(f'{pid}: id out of sequence (expected p{i:03d})')
    want = {'id', 'kind', 'a', 'b', 'verdict', 'note'} | ({'how'} if p.get('verdict') == 'differ' else set())
    if set(p) != want:
        err(f'{pid}: keys {sorted(p)} != {sorted(want)}')
    if p.get('kind') not in KINDS:
        err(f'{pid}: bad kind')
    if p.get('verdict') not in VERDICTS:
        err(f'{pid}: bad verdict')
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
            err(f'{pid}.{side}: unknown doc {s["doc"]}')
            continue
        if s['sentence'] not in SENTS[s['doc']]:
            err(f'{pid}.{side}: sentence is not a sentence of {s["doc"]}')
        if s['text'] not in s['sentence']:
            err(f'{pid}.{side}: text not in sentence')
        if docs[s['doc']].count(s['text']) != 1:
            err(f'{pid}.{side}: text not unique in doc')
    a, b = p['a']['doc'], p['b']['doc']
    if a == b:
        err(f'{pid}: same doc on both sides')
    if b in panels:
        err(f'{pid}: panel on side b')
    key = (a, p['a']['text'], b, p['b']['text'])
    if key in seen:
        err(f'{pid}: duplicate pair')
    seen.add(key)
    if a in panels and b not in spec_panels.get(a, ('', []))[1]:
        err(f'{pid}: panel paired with an essay it does not retell')
    if p['kind'] == 'quote' and p['verdict'] == 'agree' and norm(p['a']['text']) != norm(p['b']['text']):
        err(f'{pid}: quote-agree pair quotes different words')
    if p['verdict'] == 'more-precise' and '(b) more precise' not in p['note']:
        err(f'{pid}: more-precise note lacks "(b) more precise"')
    if a in panels:
        letter = spec_panels[a][0]
        if p['verdict'] in ('differ', 'more-precise'):
            e = planted.get(pid)
            if not e:
                err(f'{pid}: panel {p["verdict"]} pair not planted')
            else:
                lab = e['label']
                ok = (lab.startswith(letter + '-P') if p['verdict'] == 'more-precise'
                      else re.fullmatch(letter + r'\d+', lab) is not None)
                if not ok:
                    err(f'{pid}: label {lab} does not fit')
                if (e['panel'], e['panel_says'], e['essay'], e['source_says'], e['verdict']) != (a, p['a']['text'], b, p['b']['text'], p['verdict']):
                    err(f'{pid}: planted_errors.json entry does not match pair')
                if e['how'] != (p.get('how') if p['verdict'] == 'differ' else 'precision'):
                    err(f'{pid}: planted how mismatch')
        elif pid in planted:
            err(f'{pid}: planted entry on a {p["verdict"]} pair')
        if p['verdict'] == 'agree':
            for ps in planted_spans[a]:
                ta = p['a']['text']
                t = docs[a]
                i1, i2 = t.find(ta), t.find(ps)
                if i1 < i2 + len(ps) and i2 < i1 + len(ta):
                    err(f'{pid}: agree panel span overlaps planted span {ps!r}')
    elif pid in planted:
        err(f'{pid}: planted entry on an essay-essay pair')

labels = [e['label'] for e in planted.values()]
if len(labels) != len(set(labels)):
    err('planted labels not unique')
if set(planted) - {p['id'] for p in pairs}:
    err('planted_errors.json names unknown pair ids')

# ---------------------------------------------------------------- counts
V = collections.Counter(p['verdict'] for p in pairs)
ee = sum(1 for p in pairs if p['a']['doc'] not in panels)
n_prec = sum(1 for e in planted.values() if e['verdict'] == 'more-precise')
checks = [('pairs', len(pairs), 140, 10 ** 6), ('essay-essay', ee, 15, 30), ('agree', V['agree'], 65, 85),
          ('more-precise', V['more-precise'], 12, 20), ('differ', V['differ'], 30, 40), ('not-same', V['not-same'], 12, 22),
          ('planted', len(planted), 40, 50), ('precision changes', n_prec, 8, 12)]
for name, n, lo, hi in checks:
    if not lo <= n <= hi:
        err(f'count {name} = {n} outside {lo}-{hi}')

table = collections.Counter((p['kind'], p['verdict']) for p in pairs)
print('kind \\ verdict  ' + '  '.join(f'{v:>12}' for v in ['agree', 'more-precise', 'differ', 'not-same']) + '  total')
for k in ['date', 'event', 'quantity', 'quote']:
    row = [table[(k, v)] for v in ['agree', 'more-precise', 'differ', 'not-same']]
    print(f'{k:15}' + '  '.join(f'{n:>12}' for n in row) + f'  {sum(row):>5}')
print(f'{"total":15}' + '  '.join(f'{V[v]:>12}' for v in ['agree', 'more-precise', 'differ', 'not-same']) + f'  {len(pairs):>5}')
print(f'essay-essay pairs: {ee}; planted: {len(planted)} ({n_prec} precision changes)')
print('how tags:', dict(collections.Counter(p.get('how') for p in pairs if p['verdict'] == 'differ').most_common()))
for e in errors:
    print('ERROR:', e)
print(f'RESULT: {"OK" if not errors else "FAIL"}, {len(errors)} errors')
sys.exit(1 if errors else 0)
