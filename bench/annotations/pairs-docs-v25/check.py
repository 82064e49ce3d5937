"""Validate pairs_v25 (stdlib only). Usage: python3 check.py [folder]

Uses its own character-walking sentence splitter (written separately from splitter.py) and
compares the two on every document.
"""
import json, os, re, sys
from collections import Counter

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
PANELS = {
    'panel-gold-marks-and-tariff-walls': {'1921-1936-dawes', '1921-1936-great-depression', '1921-1936-export-import-bank'},
    'panel-desert-coalition-and-madrid': {'1989-1992-gulf-war', '1989-1992-madrid-conference'},
    'panel-somalia-and-the-korean-peninsula': {'1993-2000-somalia', '1993-2000-two-koreas'},
}
LETTER = {'panel-gold-marks-and-tariff-walls': 'A', 'panel-desert-coalition-and-madrid': 'B',
          'panel-somalia-and-the-korean-peninsula': 'C'}
EXPECTED_LABELS = ([f'A{i}' for i in range(1, 15)] + [f'A-P{i}' for i in range(1, 4)] +
                   [f'B{i}' for i in range(1, 13)] + [f'B-P{i}' for i in range(1, 4)] +
                   [f'C{i}' for i in range(1, 12)] + [f'C-P{i}' for i in range(1, 5)])
NO_STOP = {'U.S', 'U.N', 'U.K', 'Mr', 'Mrs', 'Dr', 'St', 'Gen', 'Lt', 'Col', 'Sen', 'Rep', 'Gov', 'Jr', 'Sr', 'No',
           'Co', 'vs', 'Inc', 'Ltd', 'Pres', 'Adm', 'Capt', 'Maj', 'Sgt', 'Ft', 'Mt', 'Ave', 'etc', 'e.g', 'i.e', 'D.C',
           'U.S.S.R', 'H.W', 'Messrs'}
CLOSE = set('"\'\u201d\u2019)]')
OPEN = set('"\'\u201c\u2018([$')

errors = []


def err(msg):
    errors.append(msg)


def walk_sentences(text):
    result = []
    for raw in text.split('\n'):
        line = raw.strip()
        if not line:
            continue
        j = len(line) - 1
        while j >= 0 and line[j] in CLOSE:
            j -= 1
        if not (j >= 0 and line[j] in '.!?') and len(line.split()) < 40:
            continue
        cur_start, i, n = 0, 0, len(line)
        while i < n:
            ch = line[i]
            if ch in '.!?':
                k = i + 1
                while k < n and line[k] in CLOSE:
                    k += 1
                w = k
                while w < n and line[w].isspace():
                    w += 1
                if w > k and w < n and (line[w].isupper() or line[w].isdigit() or line[w] in OPEN):
                    stop = True
                    if ch == '.':
                        b = i
                        while b > cur_start and not line[b - 1].isspace():
                            b -= 1
                        token = line[b:i]
                        while token and token[0] in OPEN:
                            token = token[1:]
                        if token in NO_STOP:
                            stop = False
                        elif len(token) == 1 and token.isupper():
                            stop = False
                        elif re.fullmatch(r'(?:[A-Z]\.)+[A-Z]', token):
                            stop = False
                    if stop:
                        result.append(line[cur_start:k].strip())
                        cur_start = w
                        i = w
                        continue
            i += 1
        tail = line[cur_start:].strip()
        if tail:
            result.append(tail)
    return result


def main():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = {k: v for k, v in json.load(f).items() if k != EXHIBIT}
    for p in PANELS:
        path = os.path.join(FOLDER, p + '.txt')
        if not os.path.exists(path):
            err(f'missing panel {p}')
            continue
        with open(path, encoding='utf-8') as f:
            t = f.read()
        docs[p] = t
        lines = t.split('\n')
        if not lines[0].strip() or lines[1] != '':
            err(f'{p}: needs title line then blank line')
        body = lines[2:]
        for i, ln in enumerate(body):
            if i % 2 == 1 and ln != '':
                err(f'{p}: paragraphs must be separated by one blank line (line {i + 3})')
        if any(c in t for c in '\u2018\u2019\u201c\u201d'):
            err(f'{p}: curly quotes in panel')
        wc = len(t.split('\n', 1)[1].split())
        if not 700 <= wc <= 850:
            err(f'{p}: {wc} words (need 700-850)')
    sents = {k: walk_sentences(v) for k, v in docs.items()}

    # compare with the build splitter
    sys.path.insert(0, FOLDER)
    try:
        import splitter
        for k, v in docs.items():
            if splitter.sentences(v) != sents[k]:
                err(f'splitters disagree on {k}')
    except Exception as e:  # noqa
        err(f'cannot import splitter: {e}')

    rows = []
    with open(os.path.join(FOLDER, 'pairs_v25.jsonl'), encoding='utf-8') as f:
        for ln in f:
            rows.append(json.loads(ln))
    with open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8') as f:
        planted = json.load(f)

    seen_pairs, spans_by_verdict = set(), []
    for n, r in enumerate(rows, 1):
        pid = r.get('id')
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
            err(f'{pid}: bad keys {sorted(r)}')
            continue
        if pid != f'p{n:03d}':
            err(f'{pid}: expected id p{n:03d}')
        if r['kind'] not in ('event', 'date', 'quantity', 'quote'):
            err(f'{pid}: bad kind')
        if r['verdict'] not in ('agree', 'more-precise', 'differ', 'not-same'):
            err(f'{pid}: bad verdict')
        if not r['note'].strip():
            err(f'{pid}: empty note')
        for side in ('a', 'b'):
            s = r[side]
            if set(s) != {'doc', 'text', 'sentence'}:
                err(f'{pid}.{side}: bad keys')
                continue
            if s['doc'] not in docs:
                err(f'{pid}.{side}: unknown doc {s["doc"]}')
                continue
            if s['sentence'] not in sents[s['doc']]:
                err(f'{pid}.{side}: sentence is not a sentence of {s["doc"]}')
            if s['text'] not in s['sentence']:
                err(f'{pid}.{side}: text not inside sentence')
            if docs[s['doc']].count(s['text']) != 1:
                err(f'{pid}.{side}: text occurs {docs[s["doc"]].count(s["text"])} times in doc')
            if not s['text'].strip() or s['text'] != s['text'].strip():
                err(f'{pid}.{side}: text empty or padded')
        a, b = r['a'], r['b']
        if a['doc'] == b['doc']:
            err(f'{pid}: pair within one doc')
        if b['doc'] in PANELS:
            err(f'{pid}: panel on side b')
        key = (a['doc'], a['text'], b['doc'], b['text'])
        if key in seen_pairs:
            err(f'{pid}: duplicate pair')
        seen_pairs.add(key)
        is_panel = a['doc'] in PANELS
        if is_panel and r['verdict'] in ('agree', 'more-precise', 'differ') and b['doc'] not in PANELS[a['doc']]:
            err(f'{pid}: panel pair uses an essay the panel does not retell')
        if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
            err(f'{pid}: more-precise note must say "(b) more precise"')
        if is_panel and r['verdict'] in ('differ', 'more-precise'):
            pe = planted.get(pid)
            if not pe:
                err(f'{pid}: panel {r["verdict"]} pair not in planted_errors.json')
            else:
                lab = pe['label']
                if ('-P' in lab) != (r['verdict'] == 'more-precise'):
                    err(f'{pid}: label {lab} does not match verdict {r["verdict"]}')
                if lab[0] != LETTER[a['doc']]:
                    err(f'{pid}: label {lab} on wrong panel')
                if (pe['panel_says'], pe['source_says'], pe['essay'], pe['panel']) != (a['text'], b['text'], b['doc'], a['doc']):
                    err(f'{pid}: planted_errors.json entry does not match the pair')
        elif pid in planted:
            err(f'{pid}: planted entry on a pair that is not a panel differ/more-precise pair')
        if is_panel:
            spans_by_verdict.append((pid, a['doc'], a['text'], r['verdict']))

    labels = Counter(v['label'] for v in planted.values())
    for lab in EXPECTED_LABELS:
        if labels[lab] != 1:
            err(f'label {lab} used {labels[lab]} times')
    for lab in labels:
        if lab not in EXPECTED_LABELS:
            err(f'unexpected label {lab}')

    def overlap(doc, x, y):
        t = docs[doc]
        i, j = t.find(x), t.find(y)
        return i < j + len(y) and j < i + len(x)

    for pid, doc, text, v in spans_by_verdict:
        if v not in ('agree', 'not-same'):
            continue
        for qid, qdoc, qtext, qv in spans_by_verdict:
            if qdoc != doc:
                continue
            if qv == 'differ' and overlap(doc, text, qtext):
                err(f'{pid} ({v}) panel span overlaps contradiction span of {qid}')
            if v == 'agree' and qv == 'more-precise' and overlap(doc, text, qtext):
                err(f'{pid} (agree) panel span overlaps precision span of {qid}')

    vc = Counter(r['verdict'] for r in rows)
    ee = [r for r in rows if r['a']['doc'] not in PANELS]
    if len(rows) < 140:
        err(f'only {len(rows)} pairs')
    if not 15 <= len(ee) <= 30:
        err(f'{len(ee)} essay-essay pairs (need 15-30)')
    for v, lo, hi in (('agree', 65, 85), ('more-precise', 12, 20), ('differ', 30, 40), ('not-same', 12, 22)):
        if not lo <= vc[v] <= hi:
            err(f'{vc[v]} {v} pairs (need {lo}-{hi})')

    print(f'{len(rows)} pairs; verdicts {dict(vc)}; essay-essay {len(ee)}; planted {len(planted)}')
    kinds = Counter((r['kind'], r['verdict']) for r in rows)
    print('kind x verdict:', dict(sorted(kinds.items())))
    for e in errors:
        print('ERROR:', e)
    print('RESULT:', 'OK, 0 errors' if not errors else f'FAIL, {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
