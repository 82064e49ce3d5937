"""Validate pairs_v21.jsonl, planted_errors.json and the panels (stdlib only).

Usage: python3 check.py [FOLDER]   (default: this script's folder)
Uses its own character-walking sentence splitter (independent of split_util.py) and
also reports whether both splitters agree on every document.
"""
import json, os, re, sys
from collections import Counter

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
PANELS = {'panel-wilson-war-and-peace': ['1914-1920-wwi', '1914-1920-fourteen-points', '1914-1920-paris-peace'],
          'panel-franklin-and-the-french-alliance': ['1776-1783-secret-committee', '1776-1783-model-treaty', '1776-1783-french-alliance'],
          'panel-portsmouth-and-japan': ['1899-1913-portsmouth-treaty', '1899-1913-japanese-relations']}
LABELS = ([f'A{i}' for i in range(1, 13)] + [f'A-P{i}' for i in range(1, 4)] +
          [f'B{i}' for i in range(1, 13)] + [f'B-P{i}' for i in range(1, 5)] +
          [f'C{i}' for i in range(1, 12)] + [f'C-P{i}' for i in range(1, 4)])
CLOSE = set('"\u201d\u2019)]\'')
OPEN_OK = set('"\u201c\u2018([$')
NOSTOP = {'U.S', 'Mr', 'Mrs', 'Dr', 'St', 'Gen', 'Jr', 'Sr', 'Lt', 'Col', 'Capt', 'Gov', 'Sen', 'Rep', 'i.e',
          'e.g', 'vs', 'v', 'No', 'Mt', 'Ft', 'U.N', 'U.K', 'D.C', 'Inc', 'Co', 'U.S.S.R'}

errors = []


def err(msg):
    errors.append(msg)


def walk_split(text):
    """Character walk: a sentence ends at . ! ? (+closers) followed by space(s) and a capital/digit/opener."""
    out = []
    for raw in text.split('\n'):
        line = raw.strip()
        if not line:
            continue
        tail = line
        while tail and tail[-1] in CLOSE:
            tail = tail[:-1]
        if not (tail[-1:] in ('.', '!', '?') or len(line.split()) >= 40):
            continue
        start, i, n = 0, 0, len(line)
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
                    stop = True
                    if c == '.':
                        words = line[start:i].split()
                        w = words[-1].lstrip('("\u201c\u2018') if words else ''
                        prev = words[-2] if len(words) > 1 else ''
                        if not (w == 'I' and prev == 'War'):
                            if w in NOSTOP or (len(w) == 1 and w.isupper()) or re.fullmatch(r'([A-Z]\.)+[A-Z]', w):
                                stop = False
                    if stop:
                        out.append(line[start:j].strip())
                        start = k
                        i = k
                        continue
            i += 1
        if line[start:].strip():
            out.append(line[start:].strip())
    return out


def main():
    docs = dict(json.load(open(ESSAYS, encoding='utf-8')))
    docs.pop('000_beabee21081aa6a0', None)
    # ---- panels
    for p in PANELS:
        path = os.path.join(FOLDER, p + '.txt')
        if not os.path.exists(path):
            err(f'missing panel {p}')
            continue
        t = open(path, encoding='utf-8').read()
        docs[p] = t
        lines = t.rstrip('\n').split('\n')
        if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
            err(f'{p}: need title line then blank line')
        body = lines[2:]
        for i, l in enumerate(body):
            if (i % 2 == 0 and not l.strip()) or (i % 2 == 1 and l != ''):
                err(f'{p}: paragraphs must be single lines separated by one blank line (body line {i})')
                break
        if re.search('[\u201c\u201d\u2018\u2019]', t):
            err(f'{p}: curly quotes in panel')
        wc = len(' '.join(lines[1:]).split())
        if not 700 <= wc <= 850:
            err(f'{p}: {wc} words (need 700-850)')
    # ---- splitter agreement (informational + error if split_util disagrees)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    try:
        from split_util import sentences as su
        diff = [d for d in docs if su(docs[d]) != walk_split(docs[d])]
        print(f'splitters agree on {len(docs) - len(diff)}/{len(docs)} documents' + (f'; differ: {diff[:5]}' if diff else ''))
    except Exception as e:  # pragma: no cover
        print('split_util not importable:', e)
    sents = {d: walk_split(t) for d, t in docs.items()}
    # ---- pairs
    rows = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v21.jsonl'), encoding='utf-8') if l.strip()]
    planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
    seen = set()
    spans = {}  # (doc, sentence) -> list of (text, role)
    for i, r in enumerate(rows, 1):
        pid = r.get('id')
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
            err(f'{pid}: keys {sorted(r)}')
            continue
        if pid != f'p{i:03d}':
            err(f'row {i}: id {pid} not sequential')
        if r['kind'] not in ('event', 'date', 'quantity', 'quote'):
            err(f'{pid}: kind {r["kind"]}')
        if r['verdict'] not in ('agree', 'more-precise', 'differ', 'not-same'):
            err(f'{pid}: verdict {r["verdict"]}')
        if not str(r['note']).strip():
            err(f'{pid}: empty note')
        for s in 'ab':
            side = r[s]
            if set(side) != {'doc', 'text', 'sentence'}:
                err(f'{pid}.{s}: keys {sorted(side)}')
                continue
            d = side['doc']
            if d not in docs:
                err(f'{pid}.{s}: unknown doc {d}')
                continue
            if side['sentence'] not in sents[d]:
                err(f'{pid}.{s}: sentence is not a whole sentence of {d}')
            if side['text'] not in side['sentence']:
                err(f'{pid}.{s}: text not in sentence')
            if docs[d].count(side['text']) != 1:
                err(f'{pid}.{s}: text occurs {docs[d].count(side["text"])}x in {d}')
        a, b = r['a'], r['b']
        if a['doc'] == b['doc']:
            err(f'{pid}: both sides in one document')
        if b['doc'] in PANELS:
            err(f'{pid}: panel on side b')
        key = (a['doc'], a['text'], b['doc'], b['text'])
        if key in seen:
            err(f'{pid}: duplicate pair')
        seen.add(key)
        v = r['verdict']
        if v == 'more-precise' and '(b) more precise' not in r['note']:
            err(f'{pid}: more-precise note must say "(b) more precise"')
        is_panel = a['doc'] in PANELS
        if is_panel and v in ('agree', 'more-precise', 'differ') and b['doc'] not in PANELS[a['doc']]:
            err(f'{pid}: panel pair uses an essay the panel does not retell')
        if is_panel and v in ('differ', 'more-precise'):
            pe = planted.get(pid)
            if not pe:
                err(f'{pid}: panel {v} pair not in planted_errors.json')
            else:
                prec = '-P' in pe['label']
                if prec != (v == 'more-precise'):
                    err(f'{pid}: label {pe["label"]} does not fit verdict {v}')
                if (pe['panel_says'], pe['source_says'], pe['essay'], pe['panel']) != (a['text'], b['text'], b['doc'], a['doc']):
                    err(f'{pid}: planted_errors.json entry does not match pair')
                if not pe.get('type'):
                    err(f'{pid}: planted error without type')
        elif pid in planted:
            err(f'{pid}: listed as planted but verdict {v} / not a panel pair')
        if is_panel:
            role = {'differ': 'x', 'more-precise': 'p'}.get(v, 'a' if v == 'agree' else 'n')
            spans.setdefault((a['doc'], a['sentence']), []).append((a['text'], role, pid))
    # ---- overlap of panel spans within one sentence
    def overlap(s, t1, t2):
        i, j = s.find(t1), s.find(t2)
        return i < j + len(t2) and j < i + len(t1)
    for (d, s), lst in spans.items():
        for t1, r1, p1 in lst:
            for t2, r2, p2 in lst:
                if p1 >= p2:
                    continue
                bad = ({r1, r2} & {'x'} and {r1, r2} & {'a', 'n'}) or ({r1, r2} == {'a', 'p'})
                if bad and overlap(s, t1, t2):
                    err(f'{p1}/{p2}: overlapping spans of incompatible roles in {d}')
    # ---- labels and counts
    labs = Counter(pe['label'] for pe in planted.values())
    if sorted(labs) != sorted(LABELS) or any(c != 1 for c in labs.values()):
        err(f'planted labels wrong: missing {sorted(set(LABELS) - set(labs))}, extra {sorted(set(labs) - set(LABELS))}, dup {[l for l, c in labs.items() if c > 1]}')
    vc = Counter(r['verdict'] for r in rows)
    ee = [r for r in rows if r['a']['doc'] not in PANELS]
    ranges = {'agree': (65, 85), 'more-precise': (12, 20), 'differ': (30, 40), 'not-same': (12, 22)}
    for v, (lo, hi) in ranges.items():
        if not lo <= vc[v] <= hi:
            err(f'verdict {v}: {vc[v]} outside {lo}-{hi}')
    if not 140 <= len(rows) <= 160:
        err(f'{len(rows)} pairs (need 140-160)')
    if not 15 <= len(ee) <= 30:
        err(f'{len(ee)} essay-essay pairs (need 15-30)')
    print(f'{len(rows)} pairs; verdicts {dict(vc)}; kinds {dict(Counter(r["kind"] for r in rows))}; '
          f'essay-essay {len(ee)}; planted {len(planted)}')
    for e in errors:
        print('ERROR', e)
    print('RESULT:', 'OK, 0 errors' if not errors else f'FAIL, {len(errors)} errors')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
