"""Validate pairs_v28 (stdlib only). Usage: python3 check.py [FOLDER]

Uses its own character-walking sentence splitter (written separately from splitter.py)
and compares both splitters on every document.
"""
import json, os, sys
from collections import Counter

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = '/work/heldout/r34/all_essays.json'
EXHIBIT = '000_beabee21081aa6a0'
RETOLD = {
    'panel-one-china-two-communiques': {'1977-1980-china-policy', '1981-1988-china-communique'},
    'panel-airlift-ultimatum-and-wall': {'1945-1952-berlin-airlift', '1953-1960-berlin-crises'},
    'panel-sea-power-and-reciprocal-trade': {'1866-1898-mahan', '1921-1936-export-import-bank'},
}
LETTER = {'panel-one-china-two-communiques': 'A', 'panel-airlift-ultimatum-and-wall': 'B',
          'panel-sea-power-and-reciprocal-trade': 'C'}
EXPECTED_LABELS = ([f'A{i}' for i in range(1, 13)] + [f'A-P{i}' for i in range(1, 4)] +
                   [f'B{i}' for i in range(1, 13)] + [f'B-P{i}' for i in range(1, 5)] +
                   [f'C{i}' for i in range(1, 12)] + [f'C-P{i}' for i in range(1, 4)])
KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
CLOSE = set('”’")]\'')
OPEN_START = set('“‘"\'([$')
SHORT = {'U.S', 'U.N', 'Mr', 'Mrs', 'Dr', 'St', 'Jr', 'Sr', 'No', 'Gen', 'Lt', 'Col', 'Capt', 'vs', 'etc',
         'H.W', 'U.K', 'U.S.S', 'Ft', 'Mt'}
errors = []


def err(msg):
    errors.append(msg)


def dotted_tail(tok):
    """True if tok ends like X.Y or X.Y.Z (capital letters joined by dots), e.g. 'Sino-U.S'."""
    j, caps = len(tok) - 1, 0
    while j >= 0 and tok[j].isupper() and tok[j].isascii():
        caps += 1
        if j - 1 >= 0 and tok[j - 1] == '.':
            j -= 2
            continue
        break
    if caps < 2:
        return False
    start = j  # index of first capital of the chain
    return start == 0 or not tok[start - 1].isalpha()


def walk_line(line):
    res, start, i, n = [], 0, 0, len(line)
    while i < n:
        ch = line[i]
        if ch in '.!?':
            j = i + 1
            while j < n and line[j] in CLOSE:
                j += 1
            k = j
            while k < n and line[k].isspace():
                k += 1
            if k > j and k < n and (line[k].isupper() or line[k].isdigit() or line[k] in OPEN_START):
                ok = True
                if ch == '.':
                    b = i
                    while b > start and not line[b - 1].isspace():
                        b -= 1
                    tok = line[b:i].lstrip('(“"‘')
                    if tok in SHORT or (len(tok) == 1 and tok.isupper()) or dotted_tail(tok):
                        ok = False
                if ok:
                    res.append(line[start:j].strip())
                    start = k
                    i = k
                    continue
        i += 1
    tail = line[start:].strip()
    if tail:
        res.append(tail)
    return res


def sentences(text):
    out = []
    for raw in text.split('\n'):
        line = raw.strip()
        if not line:
            continue
        core = line
        while core and (core[-1] in CLOSE or core[-1] == ' '):
            core = core[:-1]
        if not core:
            continue
        if core[-1] in '.!?' or len(line.split()) >= 40:
            out.extend(walk_line(line))
    return out


def main():
    docs = {k: v for k, v in json.load(open(ESSAYS, encoding='utf-8')).items() if k != EXHIBIT}
    panels = sorted(f for f in os.listdir(FOLDER) if f.startswith('panel-') and f.endswith('.txt'))
    if sorted(p[:-4] for p in panels) != sorted(RETOLD):
        err(f'panel files {panels} do not match expected set')
    for fn in panels:
        text = open(os.path.join(FOLDER, fn), encoding='utf-8').read()
        docs[fn[:-4]] = text
        lines = text.rstrip('\n').split('\n')
        if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
            err(f'{fn}: needs title line then a blank line')
        body = lines[2:]
        for idx, l in enumerate(body):
            if (idx % 2 == 0) != bool(l.strip()):
                err(f'{fn}: paragraphs must alternate with single blank lines (line {idx + 3})')
                break
        for q in '“”‘’':
            if q in text:
                err(f'{fn}: curly quote {q!r} in panel')
        words = len('\n'.join(lines[1:]).split())
        if not 700 <= words <= 850:
            err(f'{fn}: {words} words (need 700-850)')

    # splitter agreement
    sys.path.insert(0, FOLDER)
    try:
        import splitter
        for k, v in docs.items():
            if splitter.sentences(v) != sentences(v):
                err(f'splitters disagree on {k}')
    except Exception as e:  # noqa
        err(f'cannot import splitter.py: {e}')

    sents = {k: set(sentences(v)) for k, v in docs.items()}
    recs = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v28.jsonl'), encoding='utf-8') if l.strip()]
    planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
    seen, labels = set(), []
    planted_spans = {}  # panel -> list of (start,end)
    for pid, e in planted.items():
        t = docs.get(e['panel'], '')
        s = t.find(e['panel_says'])
        if s >= 0:
            planted_spans.setdefault(e['panel'], []).append((s, s + len(e['panel_says'])))
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
        if not r['note'].strip():
            err(f'{pid}: empty note')
        for side in 'ab':
            s = r[side]
            if set(s) != {'doc', 'text', 'sentence'}:
                err(f'{pid}.{side}: keys {sorted(s)}')
                continue
            if s['doc'] not in docs:
                err(f'{pid}.{side}: unknown doc {s["doc"]}')
                continue
            if s['sentence'] not in sents[s['doc']]:
                err(f'{pid}.{side}: sentence is not a sentence of {s["doc"]}')
            if s['text'] not in s['sentence']:
                err(f'{pid}.{side}: text not inside sentence')
            if docs[s['doc']].count(s['text']) != 1:
                err(f'{pid}.{side}: text occurs {docs[s["doc"]].count(s["text"])}x in {s["doc"]}')
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
            err(f'{pid}: more-precise note lacks "(b) more precise"')
        is_panel = a.startswith('panel-')
        if is_panel and b not in RETOLD.get(a, ()):
            err(f'{pid}: {b} is not retold by {a}')
        if is_panel and r['verdict'] in ('differ', 'more-precise'):
            e = planted.get(pid)
            if not e:
                err(f'{pid}: panel {r["verdict"]} pair not in planted_errors.json')
            else:
                lab = e['label']
                labels.append(lab)
                if lab[0] != LETTER[a]:
                    err(f'{pid}: label {lab} on wrong panel')
                if ('-P' in lab) != (r['verdict'] == 'more-precise'):
                    err(f'{pid}: label {lab} vs verdict {r["verdict"]}')
                if (e['panel'], e['panel_says'], e['essay'], e['source_says']) != (a, r['a']['text'], b, r['b']['text']):
                    err(f'{pid}: planted_errors entry does not match pair')
        elif pid in planted:
            err(f'{pid}: planted but verdict {r["verdict"]} / not a panel pair')
        if is_panel and r['verdict'] in ('agree', 'not-same'):
            s0 = docs[a].find(r['a']['text'])
            s1 = s0 + len(r['a']['text'])
            for (x, y) in planted_spans.get(a, []):
                if s0 < y and x < s1:
                    err(f'{pid}: {r["verdict"]} span overlaps a planted span in {a}')
    if sorted(labels) != sorted(EXPECTED_LABELS):
        err(f'labels mismatch: missing {sorted(set(EXPECTED_LABELS) - set(labels))}, '
            f'extra/dup {sorted((Counter(labels) - Counter(EXPECTED_LABELS)).elements())}')
    if len(planted) != len(EXPECTED_LABELS):
        err(f'planted_errors.json has {len(planted)} entries, expected {len(EXPECTED_LABELS)}')
    c = Counter(r['verdict'] for r in recs)
    ee = sum(1 for r in recs if not r['a']['doc'].startswith('panel-'))
    if len(recs) < 140:
        err(f'only {len(recs)} pairs')
    if not 15 <= ee <= 30:
        err(f'{ee} essay-essay pairs')
    for v, lo, hi in (('agree', 65, 85), ('more-precise', 12, 20), ('differ', 30, 40), ('not-same', 12, 22)):
        if not lo <= c[v] <= hi:
            err(f'{v}: {c[v]} not in {lo}-{hi}')
    print(f'{len(recs)} pairs, verdicts {dict(c)}, essay-essay {ee}, planted {len(planted)}, docs {len(docs)}')
    for e in errors:
        print('ERROR', e)
    print('RESULT:', 'OK, 0 errors' if not errors else f'FAIL, {len(errors)} errors')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
