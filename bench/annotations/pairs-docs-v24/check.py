"""Validate pairs_v24 (stdlib only). usage: python3 check.py [FOLDER]

Uses its own character-walking sentence splitter (written separately from splitter.py) and
compares the two splitters on every document.
"""
import json, os, re, sys
from collections import Counter

FOLDER = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
ESSAYS = '/work/heldout/r30/all_essays.json'
RETOLD = {'panel-treaty-ports-and-burlingame': ('A', {'1830-1860-china-1', '1830-1860-china-2', '1866-1898-burlingame-seward-treaty'}),
          'panel-offshore-islands-and-ambassadors': ('B', {'1953-1960-taiwan-strait-crises', '1953-1960-china-talks'}),
          'panel-bloc-to-commonwealth': ('C', {'1989-1992-fall-of-communism', '1989-1992-collapse-soviet-union'})}
EXPECTED_LABELS = ({f'A{i}' for i in range(1, 15)} | {f'B{i}' for i in range(1, 15)} | {f'C{i}' for i in range(1, 10)} |
                   {f'A-P{i}' for i in range(1, 4)} | {f'B-P{i}' for i in range(1, 4)} | {f'C-P{i}' for i in range(1, 5)})
KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
NOT_ENDS = {'U.S', 'U.N', 'St', 'Mr', 'Mrs', 'Dr', 'Gen', 'Adm', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Jr', 'Sr', 'No', 'vs', 'etc',
            'U.S.S', 'Co', 'Inc', 'Mt', 'Ft', 'U.K', 'E.U', 'Sec'}
CLOSE = set('"\'”’)]')
OPEN_OK = set('"“‘([$')

errors = []


def err(msg):
    errors.append(msg)


def walk_sentences(text):
    """Character walker: a sentence ends at . ! ? (plus closers) followed by whitespace and an upper-case
    letter, digit or opening quote/bracket/$, unless the word before the stop is an abbreviation or initial."""
    result = []
    for raw in text.split('\n'):
        line = raw.strip()
        if not line:
            continue
        tail = line
        while tail and tail[-1] in CLOSE:
            tail = tail[:-1]
        if not (tail.endswith(('.', '!', '?')) or len(line.split()) >= 40):
            continue
        cur, i, n = 0, 0, len(line)
        while i < n:
            ch = line[i]
            if ch in '.!?':
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
                    word = line[w:i].lstrip('(“"‘')
                    initial = bool(word) and all(part.isalpha() and part.isupper() and len(part) == 1 for part in word.split('.'))
                    if ch == '.' and (word in NOT_ENDS or initial):
                        i += 1
                        continue
                    result.append(line[cur:j].strip())
                    cur = k
                    i = k
                    continue
            i += 1
        if line[cur:].strip():
            result.append(line[cur:].strip())
    return result


def main():
    docs = {k: v for k, v in json.load(open(ESSAYS, encoding='utf-8')).items() if not k.startswith('000_')}
    panels = sorted(f[:-4] for f in os.listdir(FOLDER) if f.startswith('panel-') and f.endswith('.txt'))
    if set(panels) != set(RETOLD):
        err(f'panel files {panels} != expected {sorted(RETOLD)}')
    for p in panels:
        txt = open(os.path.join(FOLDER, p + '.txt'), encoding='utf-8').read()
        docs[p] = txt
        lines = txt.rstrip('\n').split('\n')
        if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
            err(f'{p}: needs title line then blank line')
        body = lines[2:]
        for i, ln in enumerate(body):
            if (i % 2 == 1) != (ln == ''):
                err(f'{p}: paragraphs must be single lines separated by one blank line (body line {i})')
                break
        if re.search('[“”‘’]', txt):
            err(f'{p}: curly quotes in panel')
        words = len('\n'.join(body).split())
        if not 700 <= words <= 850:
            err(f'{p}: {words} words (need 700-850)')
    sents = {k: walk_sentences(v) for k, v in docs.items()}

    # compare with the build splitter
    sys.path.insert(0, FOLDER)
    try:
        import splitter
        for k, v in docs.items():
            if splitter.sentences(v) != sents[k]:
                err(f'splitters disagree on {k}')
    except ImportError:
        err('splitter.py missing')

    rows = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v24.jsonl'), encoding='utf-8') if l.strip()]
    planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
    seen = set()
    spans = {}  # (doc, sentence) -> list of (start, end, verdict, label)
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
        if not isinstance(r['note'], str) or not r['note'].strip():
            err(f'{rid}: empty note')
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
            if not s['text'] or s['text'] not in s['sentence']:
                err(f'{rid}.{side}: text not in sentence')
            if docs[s['doc']].count(s['text']) != 1:
                err(f'{rid}.{side}: text occurs {docs[s["doc"]].count(s["text"])} times in doc')
        a, b = r['a'], r['b']
        if a['doc'] == b['doc']:
            err(f'{rid}: both sides in one doc')
        if b['doc'] in RETOLD:
            err(f'{rid}: panel on side b')
        key = (a['doc'], a['text'], b['doc'], b['text'])
        if key in seen:
            err(f'{rid}: duplicate pair')
        seen.add(key)
        v = r['verdict']
        if v == 'more-precise' and '(b) more precise' not in r['note']:
            err(f'{rid}: more-precise note must say "(b) more precise"')
        is_panel = a['doc'] in RETOLD
        if is_panel:
            letter, retold = RETOLD[a['doc']]
            if v in ('agree', 'more-precise', 'differ') and b['doc'] not in retold:
                err(f'{rid}: {v} pair uses an essay not retold by {a["doc"]}')
            if v in ('differ', 'more-precise'):
                pe = planted.get(rid)
                if not pe:
                    err(f'{rid}: panel {v} pair not in planted_errors.json')
                else:
                    lab = pe.get('label', '')
                    if not lab.startswith(letter):
                        err(f'{rid}: label {lab} does not belong to panel {letter}')
                    if ('-P' in lab) != (v == 'more-precise'):
                        err(f'{rid}: label {lab} does not fit verdict {v}')
                    if (pe.get('panel_says'), pe.get('source_says'), pe.get('essay'), pe.get('panel')) != (a['text'], b['text'], b['doc'], a['doc']):
                        err(f'{rid}: planted_errors entry does not match the pair')
            elif rid in planted:
                err(f'{rid}: {v} pair is listed as planted')
            st = docs[a['doc']].find(a['text'])
            spans.setdefault(a['doc'], []).append((st, st + len(a['text']), v, rid))
        elif rid in planted:
            err(f'{rid}: essay-essay pair listed as planted')
    ids = {r['id'] for r in rows}
    for pid in planted:
        if pid not in ids:
            err(f'planted {pid} has no pair')
    labels = Counter(pe['label'] for pe in planted.values())
    if set(labels) != EXPECTED_LABELS or any(c != 1 for c in labels.values()):
        err(f'labels: missing {sorted(EXPECTED_LABELS - set(labels))}, extra {sorted(set(labels) - EXPECTED_LABELS)}, '
            f'repeated {[l for l, c in labels.items() if c > 1]}')
    # span overlap rules on the panel side
    for doc, lst in spans.items():
        for s1, e1, v1, r1 in lst:
            for s2, e2, v2, r2 in lst:
                if r1 >= r2 or not (s1 < e2 and s2 < e1):
                    continue
                pair = {v1, v2}
                if 'differ' in pair and pair & {'agree', 'not-same'}:
                    err(f'{r1}/{r2}: agree/not-same span overlaps a contradiction span')
                if pair == {'agree', 'more-precise'}:
                    err(f'{r1}/{r2}: agree span overlaps a precision span')
    # counts
    vc = Counter(r['verdict'] for r in rows)
    ee = sum(1 for r in rows if r['a']['doc'] not in RETOLD)
    if len(rows) < 140:
        err(f'only {len(rows)} pairs')
    if not 15 <= ee <= 30:
        err(f'{ee} essay-essay pairs (need 15-30)')
    for v, lo, hi in (('agree', 65, 85), ('more-precise', 12, 20), ('differ', 30, 40), ('not-same', 12, 22)):
        if not lo <= vc[v] <= hi:
            err(f'{vc[v]} {v} pairs (need {lo}-{hi})')
    kc = Counter((r['kind'], r['verdict']) for r in rows)
    print(f'{len(rows)} pairs; verdicts {dict(vc)}; essay-essay {ee}; planted {len(planted)}')
    for k in sorted(KINDS):
        print(f'  {k:9s}', {v: kc[(k, v)] for v in ('agree', 'more-precise', 'differ', 'not-same')})
    for e in errors:
        print('ERROR', e)
    print('RESULT:', 'OK' if not errors else 'FAIL', f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
