"""Validate pairs_v34 (stdlib only). Usage: python3 check.py [folder]"""
import json
import os
import re
import sys
from collections import Counter

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, FOLDER)
import splitter  # noqa: E402
import pairs_spec  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


# ---- independent character-walking splitter
CLOSE = set('"\'\u201d\u2019)]')
OPEN = set('"\'\u201c\u2018([$')
ABBR = splitter.ABBREV


def walk_sentences(text):
    out = []
    for raw in text.split('\n'):
        line = raw.strip()
        if not line:
            continue
        core = line.rstrip(''.join(CLOSE))
        if not (core.endswith(('.', '!', '?')) or len(line.split()) >= 40):
            continue
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
                    ws = line.rfind(' ', 0, i) + 1
                    tok = line[ws:i + 1].lstrip(''.join(OPEN))
                    abbrev = ch == '.' and (tok in ABBR or re.fullmatch(r'(?:[A-Z]\.)+', tok))
                    if not abbrev:
                        s = line[start:j].strip()
                        if s:
                            out.append(s)
                        start = j
                i = j
                continue
            i += 1
        s = line[start:].strip()
        if s:
            out.append(s)
    return out


docs = splitter.load_docs(FOLDER)
SENTS = {}
for d, t in docs.items():
    a, b = splitter.sentences(t), walk_sentences(t)
    if a != b:
        err(f'splitters disagree on {d}')
    SENTS[d] = set(b)

# ---- panels
BAD_CHARS = '\u2018\u2019\u201c\u201d\u2013\u2014'
for name, info in pairs_spec.PANELS.items():
    path = os.path.join(FOLDER, name + '.txt')
    if not os.path.exists(path):
        err(f'missing panel {name}')
        continue
    text = open(path, encoding='utf-8').read()
    lines = text.rstrip('\n').split('\n')
    if lines[0] != info['title'] or lines[1] != '':
        err(f'{name}: bad title line / blank line')
    body = '\n'.join(lines[2:])
    if '\n\n\n' in body or any(p.strip() != p or '\n' in p for p in body.split('\n\n')):
        err(f'{name}: paragraphs must be single lines separated by one blank line')
    if any(c in text for c in BAD_CHARS):
        err(f'{name}: curly quote or dash')
    wc = len(text.split())
    if not 700 <= wc <= 850:
        err(f'{name}: {wc} words')

# ---- pairs
rows = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v34.jsonl'), encoding='utf-8')]
planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
KINDS = {'date', 'quantity', 'event', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
seen, labels = set(), Counter()
panel_spans = {}  # panel -> list of (start, end, verdict, id)
for i, r in enumerate(rows, 1):
    pid = r.get('id')
    if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
        err(f'{pid}: keys {sorted(r)}')
        continue
    if pid != f'p{i:03d}':
        err(f'{pid}: id out of sequence')
    if r['kind'] not in KINDS or r['verdict'] not in VERDICTS:
        err(f'{pid}: bad kind/verdict')
    if not r['note'].strip():
        err(f'{pid}: empty note')
    for side in 'ab':
        s = r[side]
        if set(s) != {'doc', 'text', 'sentence'}:
            err(f'{pid}.{side}: keys')
            continue
        if s['doc'] not in docs:
            err(f'{pid}.{side}: unknown doc {s["doc"]}')
            continue
        if s['sentence'] not in SENTS[s['doc']]:
            err(f'{pid}.{side}: sentence not a sentence of {s["doc"]}')
        if s['text'] not in s['sentence']:
            err(f'{pid}.{side}: text not in sentence')
        if docs[s['doc']].count(s['text']) != 1:
            err(f'{pid}.{side}: text not unique in doc')
    a, b = r['a'], r['b']
    if a['doc'] == b['doc']:
        err(f'{pid}: same doc on both sides')
    if b['doc'].startswith('panel-'):
        err(f'{pid}: panel on side b')
    key = (a['doc'], a['text'], b['doc'], b['text'])
    if key in seen:
        err(f'{pid}: duplicate')
    seen.add(key)
    is_panel = a['doc'].startswith('panel-')
    if is_panel and b['doc'] not in pairs_spec.PANELS[a['doc']]['essays']:
        err(f'{pid}: panel paired with an essay it does not retell')
    if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
        err(f'{pid}: more-precise note must say "(b) more precise"')
    if is_panel:
        st = docs[a['doc']].find(a['text'])
        panel_spans.setdefault(a['doc'], []).append((st, st + len(a['text']), r['verdict'], pid))
    if is_panel and r['verdict'] in ('differ', 'more-precise'):
        p = planted.get(pid)
        if not p:
            err(f'{pid}: panel {r["verdict"]} pair not planted')
            continue
        letter = 'ABC'[list(pairs_spec.PANELS).index(a['doc'])]
        lab = p['label']
        if not lab.startswith(letter) or (('-P' in lab) != (r['verdict'] == 'more-precise')):
            err(f'{pid}: label {lab} does not fit panel/verdict')
        if p['verdict'] != r['verdict'] or p['panel_says'] != a['text'] or p['source_says'] != b['text'] \
                or p['panel'] != a['doc'] or p['essay'] != b['doc']:
            err(f'{pid}: planted_errors entry does not match pair')
        labels[lab] += 1
    elif pid in planted:
        err(f'{pid}: planted but verdict {r["verdict"]} / not a panel pair')
for lab, n in labels.items():
    if n != 1:
        err(f'label {lab} used {n} times')
if set(planted) - {r['id'] for r in rows}:
    err('planted_errors has unknown ids')
for panel, spans in panel_spans.items():
    bad = [s for s in spans if s[2] in ('differ', 'more-precise')]
    for st, en, v, pid in spans:
        if v != 'agree':
            continue
        for bs, be, _, bid in bad:
            if st < be and bs < en:
                err(f'{pid}: agree span overlaps planted span of {bid}')

# ---- counts
vc = Counter(r['verdict'] for r in rows)
ee = sum(1 for r in rows if not r['a']['doc'].startswith('panel-'))
if len(rows) < 140:
    err(f'only {len(rows)} pairs')
if not 15 <= ee <= 30:
    err(f'{ee} essay-essay pairs')
for v, (lo, hi) in {'agree': (65, 85), 'more-precise': (12, 20), 'differ': (30, 40), 'not-same': (12, 22)}.items():
    if not lo <= vc[v] <= hi:
        err(f'{v}: {vc[v]} outside {lo}-{hi}')
kc = Counter(r['kind'] for r in rows)
print(f'{len(rows)} pairs; verdicts {dict(vc)}; kinds {dict(kc)}; essay-essay {ee}; planted {len(planted)}; docs {len(docs)}')
for e in ERR:
    print('ERROR', e)
print('RESULT:', 'OK, 0 errors' if not ERR else f'FAIL, {len(ERR)} errors')
sys.exit(1 if ERR else 0)
