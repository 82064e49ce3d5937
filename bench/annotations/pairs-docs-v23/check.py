"""Validate pairs_v23 (stdlib only). Usage: python3 check.py [FOLDER]

Uses its own character-walking sentence splitter, written separately from split_util.py.
"""
import json, os, re, sys
from collections import Counter

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
RETOLD = {'panel-jay-and-pinckney-treaties': {'1784-1800-jay-treaty', '1784-1800-pickney-treaty'},
          'panel-outlawing-war-and-manchuria': {'1921-1936-kellogg', '1921-1936-mukden-incident'},
          'panel-pretoria-and-beijing-1989': {'1989-1992-apartheid', '1989-1992-tiananmen-square'}}
LABELS = ([f'A{i}' for i in range(1, 13)] + [f'A-P{i}' for i in range(1, 4)] +
          [f'B{i}' for i in range(1, 13)] + [f'B-P{i}' for i in range(1, 4)] +
          [f'C{i}' for i in range(1, 12)] + [f'C-P{i}' for i in range(1, 5)])
KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
NO_BREAK = {'U.S', 'U.N', 'U.S.S.R', 'U.K', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Sen', 'Rep', 'Jr',
            'Sr', 'No', 'Vol', 'Capt', 'Gov', 'Pres', 'Adm', 'Maj', 'Sgt', 'Ft', 'Mt', 'vs', 'etc', 'e.g', 'i.e', 'Jan',
            'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'D.C', 'Inc', 'Co', 'P.M', 'A.M', 'a.m', 'p.m'}
CLOSE = set('"\'\u201d\u2019)]')
NEXT_OK = set('"\'\u201c\u2018([$')


def prose_line(line):
    t = line.rstrip()
    while t and t[-1] in CLOSE:
        t = t[:-1]
    return bool(t) and (t[-1] in '.!?' or len(line.split()) >= 40)


def word_before(line, i):
    j = i
    while j > 0 and not line[j - 1].isspace():
        j -= 1
    w = line[j:i]
    while w and w[0] in '(\u201c"\u2018\'':
        w = w[1:]
    return w


def split_sentences(text):
    out = []
    for raw in text.split('\n'):
        line = raw.strip()
        if not line or not prose_line(line):
            continue
        start, i, n = 0, 0, len(line)
        while i < n:
            if line[i] in '.!?':
                j = i
                while j < n and line[j] in '.!?':
                    j += 1
                single_dot = (j - i == 1 and line[i] == '.')
                while j < n and line[j] in CLOSE:
                    j += 1
                if j < n and line[j].isspace():
                    k = j
                    while k < n and line[k].isspace():
                        k += 1
                    if k < n and (line[k].isupper() or line[k].isdigit() or line[k] in NEXT_OK):
                        w = word_before(line, i) if single_dot else ''
                        abbrev = single_dot and (w in NO_BREAK or (len(w) == 1 and w.isupper()) or
                                                 re.fullmatch(r'(?:[A-Za-z]\.)+[A-Za-z]', w or '-') is not None)
                        if not abbrev:
                            seg = line[start:j].strip()
                            if seg:
                                out.append(seg)
                            start = j
                i = j
            else:
                i += 1
        seg = line[start:].strip()
        if seg:
            out.append(seg)
    return out


def main():
    errs = []
    E = errs.append
    with open(ESSAYS, encoding='utf-8') as f:
        docs = {k: v for k, v in json.load(f).items() if k != EXHIBIT}
    panels = {}
    for fn in sorted(os.listdir(FOLDER)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            with open(os.path.join(FOLDER, fn), encoding='utf-8') as f:
                panels[fn[:-4]] = f.read()
    if set(panels) != set(RETOLD):
        E(f'panel files {sorted(panels)} != expected {sorted(RETOLD)}')
    for name, text in panels.items():
        lines = text.rstrip('\n').split('\n')
        if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
            E(f'{name}: needs title line then blank line')
        body = lines[2:]
        for idx, ln in enumerate(body):
            if (idx % 2 == 0 and not ln.strip()) or (idx % 2 == 1 and ln != ''):
                E(f'{name}: paragraphs must be single lines separated by one blank line (line {idx + 3})')
                break
        if any(c in text for c in '\u201c\u201d\u2018\u2019'):
            E(f'{name}: curly quotes')
        wc = len(' '.join(body).split())
        if not 700 <= wc <= 850:
            E(f'{name}: {wc} words')
    docs.update(panels)
    sents = {k: split_sentences(v) for k, v in docs.items()}

    # the two splitters must agree
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    try:
        import split_util
        diff = [k for k, v in docs.items() if split_util.sentences(v) != sents[k]]
        if diff:
            E(f'splitters disagree on {len(diff)} docs, e.g. {diff[:5]}')
    except ImportError:
        pass

    with open(os.path.join(FOLDER, 'pairs_v23.jsonl'), encoding='utf-8') as f:
        rows = [json.loads(l) for l in f if l.strip()]
    with open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8') as f:
        planted = json.load(f)

    seen, used_labels = set(), Counter()
    spans_by_sentence = {}   # (doc, sentence) -> list of (verdict, label, text)
    for n, r in enumerate(rows, 1):
        pid = r.get('id')
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
            E(f'{pid}: keys {sorted(r)}')
            continue
        if pid != f'p{n:03d}':
            E(f'row {n}: id {pid} out of order')
        if r['kind'] not in KINDS:
            E(f'{pid}: kind {r["kind"]}')
        if r['verdict'] not in VERDICTS:
            E(f'{pid}: verdict {r["verdict"]}')
        if not str(r['note']).strip():
            E(f'{pid}: empty note')
        for side in ('a', 'b'):
            s = r[side]
            if set(s) != {'doc', 'text', 'sentence'}:
                E(f'{pid}.{side}: keys {sorted(s)}')
                continue
            if s['doc'] not in docs:
                E(f'{pid}.{side}: unknown doc {s["doc"]}')
                continue
            if s['sentence'] not in sents[s['doc']]:
                E(f'{pid}.{side}: sentence is not a sentence of {s["doc"]}')
            if not s['text'] or s['text'] not in s['sentence']:
                E(f'{pid}.{side}: text not inside sentence')
            if docs[s['doc']].count(s['text']) != 1:
                E(f'{pid}.{side}: text occurs {docs[s["doc"]].count(s["text"])} times in doc')
        a, b = r['a'], r['b']
        if a['doc'] == b['doc']:
            E(f'{pid}: both sides in one doc')
        if b['doc'] in panels:
            E(f'{pid}: panel on side b')
        key = (a['doc'], a['text'], b['doc'], b['text'])
        if key in seen:
            E(f'{pid}: duplicate pair')
        seen.add(key)
        v = r['verdict']
        is_panel = a['doc'] in panels
        if v == 'more-precise' and '(b) more precise' not in r['note']:
            E(f'{pid}: more-precise note lacks "(b) more precise"')
        if is_panel and v in ('agree', 'more-precise', 'differ') and b['doc'] not in RETOLD[a['doc']]:
            E(f'{pid}: panel pair with an essay the panel does not retell')
        if is_panel and v in ('more-precise', 'differ'):
            pe = planted.get(pid)
            if not pe:
                E(f'{pid}: panel {v} pair not planted')
            else:
                lab = pe['label']
                used_labels[lab] += 1
                if ('-P' in lab) != (v == 'more-precise'):
                    E(f'{pid}: label {lab} does not fit verdict {v}')
                if (pe['panel_says'], pe['source_says'], pe['essay'], pe['panel']) != (a['text'], b['text'], b['doc'], a['doc']):
                    E(f'{pid}: planted_errors entry does not match the pair')
                if not lab.startswith({'panel-jay-and-pinckney-treaties': 'A', 'panel-outlawing-war-and-manchuria': 'B',
                                       'panel-pretoria-and-beijing-1989': 'C'}[a['doc']]):
                    E(f'{pid}: label {lab} in wrong panel')
        elif pid in planted:
            E(f'{pid}: planted entry for a non-planted pair')
        if is_panel:
            lab = planted.get(pid, {}).get('label')
            spans_by_sentence.setdefault((a['doc'], a['sentence']), []).append((v, lab, a['text'], pid))
    for lab in LABELS:
        if used_labels[lab] != 1:
            E(f'label {lab} used {used_labels[lab]} times')
    extra = set(used_labels) - set(LABELS)
    if extra:
        E(f'unknown labels {sorted(extra)}')

    def overlap(s, x, y):
        i, j = s.find(x), s.find(y)
        return i < j + len(y) and j < i + len(x)
    for (doc, sent), items in spans_by_sentence.items():
        for v1, l1, t1, p1 in items:
            for v2, l2, t2, p2 in items:
                if v1 in ('agree', 'not-same') and v2 == 'differ' and overlap(sent, t1, t2):
                    E(f'{p1} ({v1}) overlaps contradiction span of {p2}')
                if v1 == 'agree' and v2 == 'more-precise' and overlap(sent, t1, t2):
                    E(f'{p1} (agree) overlaps precision span of {p2}')

    c = Counter(r['verdict'] for r in rows)
    ee = sum(1 for r in rows if r['a']['doc'] not in panels)
    if len(rows) < 140:
        E(f'only {len(rows)} pairs')
    if not 15 <= ee <= 30:
        E(f'{ee} essay-essay pairs')
    for v, (lo, hi) in {'agree': (65, 85), 'more-precise': (12, 20), 'differ': (30, 40), 'not-same': (12, 22)}.items():
        if not lo <= c[v] <= hi:
            E(f'{c[v]} {v} pairs, expected {lo}-{hi}')

    print(f'{len(rows)} pairs ({len(rows) - ee} panel-essay, {ee} essay-essay); verdicts {dict(c)}; '
          f'kinds {dict(Counter(r["kind"] for r in rows))}; {len(planted)} planted')
    for e in errs:
        print('ERROR', e)
    print('RESULT:', 'OK, 0 errors' if not errs else f'{len(errs)} errors')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
