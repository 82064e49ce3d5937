"""Independent validation of the r58 pairs set (stdlib only; own regex splitter).

Usage: python3 check.py [FOLDER]   (default: this script's folder)
Prints every problem found and RESULT: OK / RESULT: FAIL (exit code 0 / 1).
"""
import collections
import json
import os
import re
import sys

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(FOLDER, '..', 'all_essays.json')
if not os.path.exists(ESSAYS):
    ESSAYS = '/work/heldout/r58/all_essays.json'

PANELS = {
    'panel-suez-and-the-six-day-war': ('A', {'1953-1960-suez', '1961-1968-arab-israeli-war-1967'}),
    'panel-tripoli-and-new-orleans': ('B', {'1801-1829-barbary-wars', '1801-1829-louisiana-purchase'}),
    'panel-peking-and-paris': ('C', {'1969-1976-rapprochement-china', '1969-1976-ending-vietnam'}),
}
KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
ABBR = {'U.S.', 'U.N.', 'U.K.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'St.', 'Gen.', 'Lt.', 'Col.', 'No.', 'Jr.', 'Sr.',
        'vs.', 'e.g.', 'i.e.', 'Oct.', 'Sept.', 'Nov.', 'Dec.', 'Jan.', 'Feb.', 'Aug.', 'Mt.', 'Ft.', 'Capt.',
        'Adm.', 'Rev.', 'Sen.', 'Rep.', 'Gov.', 'Pres.', 'D.C.', 'U.S.S.', 'U.S.S.R.', 'S.S.', 'a.m.', 'p.m.', 'etc.'}
END = re.compile(r'([.!?])["\')\]\u201d\u2019]*(?=\s+["\'(\[\u201c\u2018$A-Z0-9])')
PROSE_END = re.compile(r'[.!?]["\')\]\u201d\u2019]*\s*$')

errors = []


def err(msg):
    errors.append(msg)


def split(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line or not (PROSE_END.search(line) or len(line.split()) >= 40):
            continue
        start = 0
        for m in END.finditer(line):
            tok = line[:m.start() + 1].split()[-1].lstrip('"\'([\u201c\u2018$')
            if m.group(1) == '.' and (tok in ABBR or re.fullmatch(r'[A-Z]\.', tok)):
                continue
            out.append(line[start:m.end()].strip())
            start = m.end()
            while start < len(line) and line[start].isspace():
                start += 1
        if line[start:].strip():
            out.append(line[start:].strip())
    return out


def norm(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'[^a-z0-9 ]', '', s.lower()).split()


with open(ESSAYS, encoding='utf-8') as f:
    docs = json.load(f)
for name, (letter, _) in PANELS.items():
    path = os.path.join(FOLDER, name + '.txt')
    if not os.path.exists(path):
        err(f'missing panel {path}')
        continue
    with open(path, encoding='utf-8') as f:
        text = f.read()
    docs[name] = text
    lines = text.split('\n')
    if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
        err(f'{name}: must start with a title line and a blank line')
    if '\n\n\n' in text:
        err(f'{name}: double blank line')
    if any(ord(c) > 127 for c in text):
        err(f'{name}: non-ASCII character')
    words = len(text.split('\n', 2)[2].split())
    if not 700 <= words <= 850:
        err(f'{name}: body has {words} words (700-850 wanted)')

sents = {d: split(t) for d, t in docs.items()}

# compare with the build splitter, when it is available
try:
    sys.path.insert(0, FOLDER)
    import splitter
    same = sum(1 for d, t in docs.items() if splitter.sentences(t) == sents[d])
    print(f'splitter agreement: {same}/{len(docs)} documents identical')
    if same != len(docs):
        err('the two splitters disagree on some documents')
except ImportError:
    print('splitter.py not importable; skipped splitter comparison')

pairs = []
with open(os.path.join(FOLDER, 'pairs_v40.jsonl'), encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        try:
            pairs.append(json.loads(line))
        except ValueError:
            err(f'line {n}: bad JSON')
with open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8') as f:
    planted = json.load(f)

seen = set()
planted_spans = collections.defaultdict(list)
for pid, pe in planted.items():
    planted_spans[pe['panel']].append(pe['panel_says'])
labels = [pe['label'] for pe in planted.values()]
if len(labels) != len(set(labels)):
    err('duplicate planted labels')

for i, p in enumerate(pairs, 1):
    pid = p.get('id')
    want = {'id', 'kind', 'a', 'b', 'verdict', 'note'} | ({'how'} if p.get('verdict') == 'differ' else set())
    if set(p) != want:
        err(f'{pid}: keys {sorted(p)} != {sorted(want)}')
    if pid != f'p{i:03d}':
        err(f'{pid}: id out of sequence (expected p{i:03d})')
    if p.get('kind') not in KINDS:
        err(f'{pid}: bad kind')
    if p.get('verdict') not in VERDICTS:
        err(f'{pid}: bad verdict')
    if not str(p.get('note', '')).strip():
        err(f'{pid}: empty note')
    if p.get('verdict') == 'differ' and not str(p.get('how', '')).strip():
        err(f'{pid}: empty how')
    for s in ('a', 'b'):
        side = p.get(s, {})
        d, t, sent = side.get('doc'), side.get('text'), side.get('sentence')
        if set(side) != {'doc', 'text', 'sentence'}:
            err(f'{pid}.{s}: side keys')
        if d not in docs:
            err(f'{pid}.{s}: unknown doc {d}')
            continue
        if sent not in sents[d]:
            err(f'{pid}.{s}: sentence is not a sentence of {d}')
        if not t or t not in (sent or ''):
            err(f'{pid}.{s}: text not in sentence')
        if docs[d].count(t or '\0') != 1:
            err(f'{pid}.{s}: text not unique in {d}')
    da, db = p['a']['doc'], p['b']['doc']
    if da == db:
        err(f'{pid}: same doc on both sides')
    if db in PANELS:
        err(f'{pid}: panel on side b')
    key = (da, p['a']['text'], db, p['b']['text'])
    if key in seen:
        err(f'{pid}: duplicate pair')
    seen.add(key)
    if da in PANELS and db not in PANELS[da][1]:
        err(f'{pid}: {db} is not retold by {da}')
    if p['kind'] == 'quote' and p['verdict'] == 'agree' and norm(p['a']['text']) != norm(p['b']['text']):
        err(f'{pid}: quote-agree pair does not quote the same words')
    if p['verdict'] == 'more-precise' and '(b) more precise' not in p['note']:
        err(f'{pid}: more-precise note must say "(b) more precise"')
    if da in PANELS:
        letter = PANELS[da][0]
        if p['verdict'] in ('differ', 'more-precise'):
            pe = planted.get(pid)
            if not pe:
                err(f'{pid}: panel {p["verdict"]} pair not in planted_errors.json')
            else:
                lab = pe['label']
                if not lab.startswith(letter) or (('-P' in lab) != (p['verdict'] == 'more-precise')):
                    err(f'{pid}: label {lab} does not fit')
                if (pe['panel_says'], pe['source_says'], pe['panel'], pe['essay'], pe['verdict']) != \
                        (p['a']['text'], p['b']['text'], da, db, p['verdict']):
                    err(f'{pid}: planted_errors.json entry does not match the pair')
                if p['verdict'] == 'differ' and pe.get('how') != p.get('how'):
                    err(f'{pid}: how differs from planted_errors.json')
        else:
            if pid in planted:
                err(f'{pid}: {p["verdict"]} pair is listed as planted')
            if p['verdict'] == 'agree':
                for ps in planted_spans[da]:
                    sa = p['a']['text']
                    i0, j0 = docs[da].find(sa), docs[da].find(ps)
                    if i0 < j0 + len(ps) and j0 < i0 + len(sa):
                        err(f'{pid}: agree span overlaps planted span {ps!r}')
    elif pid in planted:
        err(f'{pid}: essay-essay pair listed as planted')

for pid in planted:
    if pid not in {p['id'] for p in pairs}:
        err(f'planted {pid} has no pair')

vc = collections.Counter(p['verdict'] for p in pairs)
ee = sum(1 for p in pairs if p['a']['doc'] not in PANELS)
n_prec = sum(1 for pe in planted.values() if pe['verdict'] == 'more-precise')
checks = [('pairs', len(pairs), 140, 10 ** 6), ('essay-essay', ee, 15, 30), ('agree', vc['agree'], 65, 85),
          ('more-precise', vc['more-precise'], 12, 20), ('differ', vc['differ'], 30, 40),
          ('not-same', vc['not-same'], 12, 22), ('planted', len(planted), 40, 50), ('precision changes', n_prec, 8, 12)]
for name, val, lo, hi in checks:
    print(f'{name}: {val}')
    if not lo <= val <= hi:
        err(f'count {name}={val} outside {lo}-{hi}')

for e in errors:
    print('ERROR', e)
print(f'{len(errors)} errors')
print('RESULT:', 'OK' if not errors else 'FAIL')
sys.exit(1 if errors else 0)
