"""Validate pairs_v30 (stdlib only). Usage: python3 check.py [folder]

Uses its own character-walking sentence splitter, written separately from splitter.py,
and also compares the two splitters on every document.
"""
import json, os, re, sys
from collections import Counter

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
RETOLD = {
    'panel-loans-and-the-constitution': {'1784-1800-loans', '1784-1800-convention-and-ratification'},
    'panel-helsinki-and-the-north-south-dialogue': {'1969-1976-helsinki', '1977-1980-north-south-dialogue'},
    'panel-chinese-revolutions-1911-and-1949': {'1899-1913-chinese-rev', '1945-1952-chinese-rev'},
}
LETTER = {'panel-loans-and-the-constitution': 'A', 'panel-helsinki-and-the-north-south-dialogue': 'B',
          'panel-chinese-revolutions-1911-and-1949': 'C'}
EXPECTED_LABELS = ([f'A{i}' for i in range(1, 13)] + [f'A-P{i}' for i in range(1, 4)] +
                   [f'B{i}' for i in range(1, 13)] + [f'B-P{i}' for i in range(1, 5)] +
                   [f'C{i}' for i in range(1, 13)] + [f'C-P{i}' for i in range(1, 4)])
KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
CLOSE = set('"\'\u201d\u2019)]')
OPEN_START = set('"\'\u201c\u2018([$')
SHORT = {'U.S', 'U.S.S.R', 'U.K', 'U.N', 'Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Gen', 'Col', 'Lt', 'Capt', 'Sen', 'Rep',
         'Gov', 'Jr', 'Sr', 'No', 'vs', 'etc', 'Co', 'Inc', 'Mt', 'Ft', 'D.C', 'H.W', 'W', 'E', 'A', 'P.M', 'A.M'}
CURLY = '\u2018\u2019\u201c\u201d\u2013\u2014'

errors = []


def err(msg):
    errors.append(msg)


def no_break_after(token):
    while token and token[0] in '("\'\u201c\u2018':
        token = token[1:]
    if token in SHORT:
        return True
    if len(token) == 1 and token.isupper():
        return True
    parts = token.split('.')
    return len(parts) > 1 and all(len(p) == 1 and p.isupper() for p in parts)


def walk_sentences(text):
    result = []
    for raw in text.split('\n'):
        line = raw.strip()
        if not line:
            continue
        tail = line
        while tail and tail[-1] in CLOSE:
            tail = tail[:-1]
        if not (tail and tail[-1] in '.!?') and len(line.split()) < 40:
            continue
        start, i, n = 0, 0, len(line)
        while i < n:
            if line[i] in '.!?':
                j = i + 1
                while j < n and line[j] in CLOSE:
                    j += 1
                if j < n and line[j].isspace():
                    k = j
                    while k < n and line[k].isspace():
                        k += 1
                    if k < n and (line[k].isupper() or line[k].isdigit() or line[k] in OPEN_START):
                        w = i
                        while w > start and not line[w - 1].isspace():
                            w -= 1
                        if not no_break_after(line[w:i]):
                            piece = line[start:j].strip()
                            if piece:
                                result.append(piece)
                            start = k
                            i = k
                            continue
                i = j
                continue
            i += 1
        piece = line[start:].strip()
        if piece:
            result.append(piece)
    return result


def main():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = {k: v for k, v in json.load(f).items() if k != EXHIBIT}
    panels = {}
    for fn in sorted(os.listdir(FOLDER)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            with open(os.path.join(FOLDER, fn), encoding='utf-8') as f:
                panels[fn[:-4]] = f.read()
    if set(panels) != set(RETOLD):
        err(f'panel files {sorted(panels)} != expected {sorted(RETOLD)}')
    for name, text in panels.items():
        lines = text.rstrip('\n').split('\n')
        if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
            err(f'{name}: needs title line then blank line')
        body = lines[2:]
        for idx, ln in enumerate(body):
            if (idx % 2 == 0 and not ln.strip()) or (idx % 2 == 1 and ln != ''):
                err(f'{name}: paragraphs must be separated by exactly one blank line (body line {idx + 3})')
                break
        bad = [c for c in text if c in CURLY]
        if bad:
            err(f'{name}: curly quotes/dashes {set(bad)}')
        wc = len(' '.join(body).split())
        if not 700 <= wc <= 850:
            err(f'{name}: {wc} words (700-850)')
    docs.update(panels)
    sent_cache = {k: walk_sentences(v) for k, v in docs.items()}

    # compare with splitter.py
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    try:
        import splitter
        diff = [k for k in docs if splitter.sentences(docs[k]) != sent_cache[k]]
        if diff:
            err(f'splitters disagree on {len(diff)} docs, e.g. {diff[:5]}')
    except Exception as e:  # pragma: no cover
        err(f'could not compare with splitter.py: {e}')

    with open(os.path.join(FOLDER, 'pairs_v30.jsonl'), encoding='utf-8') as f:
        recs = [json.loads(l) for l in f if l.strip()]
    with open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8') as f:
        planted = json.load(f)

    seen = set()
    for n, r in enumerate(recs, 1):
        pid = r.get('id')
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
            err(f'{pid}: keys {sorted(r)}')
            continue
        if pid != f'p{n:03d}':
            err(f'{pid}: expected id p{n:03d}')
        if r['kind'] not in KINDS:
            err(f'{pid}: kind {r["kind"]}')
        if r['verdict'] not in VERDICTS:
            err(f'{pid}: verdict {r["verdict"]}')
        if not str(r['note']).strip():
            err(f'{pid}: empty note')
        for side in 'ab':
            s = r[side]
            if set(s) != {'doc', 'text', 'sentence'}:
                err(f'{pid}.{side}: keys {sorted(s)}')
                continue
            if s['doc'] not in docs:
                err(f'{pid}.{side}: unknown doc {s["doc"]}')
                continue
            if s['sentence'] not in sent_cache[s['doc']]:
                err(f'{pid}.{side}: sentence is not a sentence of {s["doc"]}')
            if not s['text'] or s['text'] not in s['sentence']:
                err(f'{pid}.{side}: text not inside sentence')
            c = docs[s['doc']].count(s['text'])
            if c != 1:
                err(f'{pid}.{side}: text occurs {c} times in doc')
        a, b = r['a']['doc'], r['b']['doc']
        if a == b:
            err(f'{pid}: both sides in one doc')
        if b in panels:
            err(f'{pid}: panel on side b')
        key = (a, r['a']['text'], b, r['b']['text'])
        if key in seen:
            err(f'{pid}: duplicate pair')
        seen.add(key)
        if a in panels and b not in RETOLD.get(a, ()):
            err(f'{pid}: panel pair with an essay the panel does not retell')
        if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
            err(f'{pid}: more-precise note must say "(b) more precise"')
        if a not in panels and pid in planted:
            err(f'{pid}: essay-essay pair marked planted')
        if a in panels and r['verdict'] in ('differ', 'more-precise'):
            pe = planted.get(pid)
            if not pe:
                err(f'{pid}: panel {r["verdict"]} pair not in planted_errors.json')
                continue
            lab = pe['label']
            if lab[0] != LETTER[a]:
                err(f'{pid}: label {lab} on wrong panel')
            if ('-P' in lab) != (r['verdict'] == 'more-precise'):
                err(f'{pid}: label {lab} does not fit verdict {r["verdict"]}')
            if pe['panel_says'] != r['a']['text'] or pe['source_says'] != r['b']['text'] or pe['essay'] != b or pe['panel'] != a:
                err(f'{pid}: planted_errors.json entry does not match the pair')
        if pid in planted and r['verdict'] not in ('differ', 'more-precise'):
            err(f'{pid}: planted but verdict {r["verdict"]}')
    labels = Counter(p['label'] for p in planted.values())
    if sorted(labels) != sorted(EXPECTED_LABELS) or any(v != 1 for v in labels.values()):
        err(f'planted labels mismatch: missing {sorted(set(EXPECTED_LABELS) - set(labels))}, extra {sorted(set(labels) - set(EXPECTED_LABELS))}')
    if set(planted) - {r['id'] for r in recs}:
        err('planted_errors.json names unknown pair ids')

    # agree panel spans must not overlap planted panel spans
    def spans(pred):
        out = []
        for r in recs:
            if r['a']['doc'] in panels and pred(r):
                t = docs[r['a']['doc']]
                s = t.find(r['a']['text'])
                out.append((r['id'], r['a']['doc'], s, s + len(r['a']['text'])))
        return out
    pl = spans(lambda r: r['id'] in planted)
    for pid, d, s, e in spans(lambda r: r['verdict'] == 'agree'):
        for qid, d2, s2, e2 in pl:
            if d == d2 and s < e2 and s2 < e:
                err(f'{pid}: agree span overlaps planted span of {qid}')

    verd = Counter(r['verdict'] for r in recs)
    ee = [r for r in recs if r['a']['doc'] not in panels]
    if len(recs) < 140:
        err(f'only {len(recs)} pairs')
    if not 15 <= len(ee) <= 30:
        err(f'{len(ee)} essay-essay pairs (15-30)')
    for v, (lo, hi) in {'agree': (65, 85), 'more-precise': (12, 20), 'differ': (30, 40), 'not-same': (12, 22)}.items():
        if not lo <= verd[v] <= hi:
            err(f'{v}: {verd[v]} not in {lo}-{hi}')

    print(f'{len(recs)} pairs; verdicts {dict(verd)}; kinds {dict(Counter(r["kind"] for r in recs))}; '
          f'essay-essay {len(ee)}; planted {len(planted)}; docs split {len(docs)}')
    for e in errors:
        print('ERROR', e)
    print('RESULT:', 'OK, 0 errors' if not errors else f'FAIL, {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
