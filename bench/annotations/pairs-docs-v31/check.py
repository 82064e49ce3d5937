"""Validate pairs_v31 (stdlib only). Usage: python3 check.py [FOLDER]. Own character-walking splitter."""
import json, os, sys
from collections import Counter

D = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(D, '..', 'all_essays.json')
PANEL_ESSAYS = {
    'panel-kanagawa-and-the-gadsden-line': ['1830-1860-opening-to-japan', '1830-1860-gadsden-purchase'],
    'panel-yellow-press-and-the-philippine-war': ['1866-1898-yellow-journalism', '1899-1913-war'],
    'panel-china-trade-and-the-open-door': ['1830-1860-pacific-expansion', '1899-1913-hay-and-china'],
}
LETTER = dict(zip(PANEL_ESSAYS, 'ABC'))
ABBR = {'U.S', 'Dr', 'Mr', 'Mrs', 'St', 'Gen', 'Jr', 'Sr', 'Lt', 'Col', 'No', 'Gov', 'Sen', 'Rep', 'Capt', 'Adm',
        'Ft', 'Mt', 'vs', 'U.N', 'U.K', 'D.C', 'Inc', 'Co', 'Corp', 'Messrs'}
CLOSE = set('"\')]\u201d\u2019')
OPEN_OK = set('"\'([\u201c\u2018$')
errs = []


def err(m):
    errs.append(m)


def split2(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        t = line
        while t and t[-1] in CLOSE:
            t = t[:-1]
        if not (t.endswith(('.', '!', '?')) or len(line.split()) >= 40):
            continue
        cur, i, n = 0, 0, len(line)
        while i < n:
            c = line[i]
            if c in '.!?':
                j = i + 1
                while j < n and line[j] in CLOSE:
                    j += 1
                k = j
                while k < n and line[k].isspace():
                    k += 1
                if k > j and k < n and (line[k].isupper() or line[k].isdigit() or line[k] in OPEN_OK):
                    w = i
                    while w > 0 and not line[w - 1].isspace():
                        w -= 1
                    word = line[w:i].lstrip('"\'(\u201c\u2018')
                    initials = all(len(x) == 1 and x.isupper() for x in word.split('.')) and word != ''
                    if c == '.' and (word in ABBR or initials):
                        i += 1
                        continue
                    out.append(line[cur:j].strip())
                    cur = k
                    i = k
                    continue
            i += 1
        if line[cur:].strip():
            out.append(line[cur:].strip())
    return out


docs = {k: v for k, v in json.load(open(ESSAYS, encoding='utf-8')).items() if k != '000_beabee21081aa6a0'}
for p in PANEL_ESSAYS:
    fp = os.path.join(D, p + '.txt')
    if not os.path.exists(fp):
        err(f'missing panel {p}')
        continue
    t = open(fp, encoding='utf-8').read()
    docs[p] = t
    lines = t.rstrip('\n').split('\n')
    if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
        err(f'{p}: bad title/blank layout')
    for i, l in enumerate(lines[2:], 2):
        if (i % 2 == 1) != (l == ''):
            err(f'{p}: line {i + 1} breaks paragraph layout')
    for ch in '\u201c\u201d\u2018\u2019\u2013\u2014':
        if ch in t:
            err(f'{p}: contains {ch!r}')
    wc = len('\n'.join(lines[1:]).split())
    if not 700 <= wc <= 850:
        err(f'{p}: {wc} words')

sys.path.insert(0, D)
try:
    from splitter import sentences as split1
    for k, v in docs.items():
        if split1(v) != split2(v):
            err(f'splitters disagree on {k}')
except Exception as e:  # noqa
    err(f'cannot import splitter: {e}')

S = {k: split2(v) for k, v in docs.items()}
rows = [json.loads(l) for l in open(os.path.join(D, 'pairs_v31.jsonl'), encoding='utf-8')]
planted = json.load(open(os.path.join(D, 'planted_errors.json'), encoding='utf-8'))
seen, labels, planted_spans = set(), Counter(), {}
for r in rows:
    if r.get('verdict') == 'differ' or r.get('verdict') == 'more-precise':
        if r['a']['doc'] in PANEL_ESSAYS:
            planted_spans.setdefault(r['a']['doc'], []).append(r['a']['text'])
for n, r in enumerate(rows, 1):
    pid = r.get('id')
    if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
        err(f'{pid}: keys {sorted(r)}')
        continue
    if pid != f'p{n:03d}':
        err(f'{pid}: expected p{n:03d}')
    if r['kind'] not in ('event', 'date', 'quantity', 'quote'):
        err(f'{pid}: kind')
    if r['verdict'] not in ('agree', 'more-precise', 'differ', 'not-same'):
        err(f'{pid}: verdict')
    if not r['note'].strip():
        err(f'{pid}: empty note')
    for s in ('a', 'b'):
        x = r[s]
        if set(x) != {'doc', 'text', 'sentence'}:
            err(f'{pid}.{s}: keys')
            continue
        if x['doc'] not in docs:
            err(f'{pid}.{s}: unknown doc')
            continue
        if x['sentence'] not in S[x['doc']]:
            err(f'{pid}.{s}: sentence not a sentence of {x["doc"]}')
        if x['text'] not in x['sentence']:
            err(f'{pid}.{s}: text not in sentence')
        if docs[x['doc']].count(x['text']) != 1:
            err(f'{pid}.{s}: text not unique in doc')
    a, b = r['a']['doc'], r['b']['doc']
    if a == b:
        err(f'{pid}: same doc')
    if b in PANEL_ESSAYS:
        err(f'{pid}: panel on side b')
    key = (a, r['a']['text'], b, r['b']['text'])
    if key in seen:
        err(f'{pid}: duplicate')
    seen.add(key)
    if a in PANEL_ESSAYS and b not in PANEL_ESSAYS[a]:
        err(f'{pid}: panel paired with essay it does not retell')
    if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
        err(f'{pid}: more-precise note')
    pl = planted.get(pid)
    if a in PANEL_ESSAYS and r['verdict'] in ('differ', 'more-precise'):
        if not pl:
            err(f'{pid}: panel {r["verdict"]} not planted')
        else:
            lab = pl['label']
            if ('-P' in lab) != (r['verdict'] == 'more-precise'):
                err(f'{pid}: label/verdict mismatch')
            if lab[0] != LETTER[a]:
                err(f'{pid}: label letter')
            if pl['panel_says'] != r['a']['text'] or pl['source_says'] != r['b']['text'] or pl['essay'] != b or pl['panel'] != a:
                err(f'{pid}: planted_errors.json mismatch')
            labels[lab] += 1
    elif pl:
        err(f'{pid}: planted but verdict {r["verdict"]} / not a panel pair')
    if a in PANEL_ESSAYS and r['verdict'] == 'agree':
        for sp in planted_spans.get(a, []):
            if sp in r['a']['text'] or r['a']['text'] in sp:
                err(f'{pid}: agree span overlaps planted span')
want = [f'{L}{i}' for L in 'ABC' for i in range(1, 13) if not (L == 'B' and i == 12)]
want += ['A-P1', 'A-P2', 'A-P3', 'B-P1', 'B-P2', 'B-P3', 'B-P4', 'C-P1', 'C-P2', 'C-P3']
for w in want:
    if labels[w] != 1:
        err(f'label {w} occurs {labels[w]} times')
if set(labels) - set(want):
    err(f'unexpected labels {set(labels) - set(want)}')
if set(planted) - {r['id'] for r in rows}:
    err('planted_errors.json has unknown ids')
v = Counter(r['verdict'] for r in rows)
ee = sum(1 for r in rows if r['a']['doc'] not in PANEL_ESSAYS)
if len(rows) < 140:
    err('fewer than 140 pairs')
if not 15 <= ee <= 30:
    err(f'{ee} essay-essay pairs')
for k, (lo, hi) in {'agree': (65, 85), 'more-precise': (12, 20), 'differ': (30, 40), 'not-same': (12, 22)}.items():
    if not lo <= v[k] <= hi:
        err(f'{k} count {v[k]} out of range')
print(f'{len(rows)} pairs; verdicts {dict(v)}; essay-essay {ee}; planted {len(planted)}')
for e in errs:
    print('ERROR', e)
print('RESULT:', 'OK' if not errs else 'FAIL', f'{len(errs)} errors')
sys.exit(1 if errs else 0)
