#!/usr/bin/env python3
"""Validate pairs_v16.jsonl, planted_errors.json and the panels (stdlib only).

Uses its own character-walking sentence splitter, written independently of build_pairs.py.
Exit code 0 and "RESULT: OK" when no errors are found.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PAIRS = os.path.join(HERE, 'pairs_v16.jsonl')
PLANTED = os.path.join(HERE, 'planted_errors.json')
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')

RETOLD = {
    'panel-quota-gates': {'1921-1936-immigration-act', '1945-1952-immigration-act'},
    'panel-security-machinery': {'1945-1952-national-security-act', '1945-1952-nsc68'},
    'panel-laos-and-seato': {'1953-1960-seato', '1961-1968-laos-crisis'},
}
LABELS = ({'A%d' % i for i in range(1, 13)} | {'A-P%d' % i for i in range(1, 5)} |
          {'B%d' % i for i in range(1, 12)} | {'B-P%d' % i for i in range(1, 4)} |
          {'C%d' % i for i in range(1, 13)} | {'C-P%d' % i for i in range(1, 4)})
PANEL_OF = {'A': 'panel-quota-gates', 'B': 'panel-security-machinery', 'C': 'panel-laos-and-seato'}
KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
RANGES = {'agree': (65, 85), 'more-precise': (12, 20), 'differ': (30, 40), 'not-same': (12, 22)}
CLOSE = set('"\u201d\u2019\')]')
OPENERS = set('"\u201c\u2018([$') | set('0123456789') | set('ABCDEFGHIJKLMNOPQRSTUVWXYZ')
SHORT = {'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Jr', 'Sr', 'Gen', 'Sen', 'Rep', 'Lt', 'Col', 'Gov', 'No', 'vs', 'etc',
         'Inc', 'Co', 'Mt', 'Ft'}

errors = []


def err(msg):
    errors.append(msg)


def squash(s):
    return ' '.join(s.split())


def word_before(text, i):
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == '.'):
        j -= 1
    return text[j:i]


def ends_here(text, i):
    """text[i] is a terminal mark; decide whether a sentence may end after it."""
    if text[i] == '.':
        w = word_before(text, i)
        if w in SHORT:
            return False
        if '.' in w and all(p.isalpha() and len(p) <= 1 for p in w.split('.')):
            return False  # U.S, U.S.S.R, e.g
        if len(w) == 1 and w.isupper():
            if text[:i].endswith('War I'):
                return True
            return False  # initial
        # spaced ellipsis
        if text[max(0, i - 2):i] == '. ' or text[i + 1:i + 3] == ' .':
            return False
    return True


def split_sentences(raw):
    out = []
    for line in raw.split('\n'):
        line = squash(line)
        if not line:
            continue
        k = len(line) - 1
        while k >= 0 and line[k] in CLOSE:
            k -= 1
        if k < 0 or line[k] not in '.!?':
            continue  # heading / caption
        start, i, n = 0, 0, len(line)
        while i < n:
            c = line[i]
            if c in '.!?':
                j = i + 1
                while j < n and line[j] in CLOSE:
                    j += 1
                if j < n - 1 and line[j] == ' ' and line[j + 1] in OPENERS and ends_here(line, i):
                    out.append(line[start:j])
                    start = j + 1
                    i = j + 1
                    continue
            i += 1
        tail = line[start:].strip()
        if tail:
            out.append(tail)
    return out


def main():
    docs = json.load(open(ESSAYS, encoding='utf-8'))
    panels = {}
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            raw = open(os.path.join(HERE, fn), encoding='utf-8').read()
            panels[fn[:-4]] = raw
            docs[fn[:-4]] = raw
    # ---- panels
    if set(panels) != set(RETOLD):
        err('panel files %s != expected %s' % (sorted(panels), sorted(RETOLD)))
    for name, raw in panels.items():
        lines = raw.rstrip('\n').split('\n')
        if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
            err('%s: must be title line + blank line + paragraphs' % name)
        body = lines[2:]
        paras = '\n'.join(body).split('\n\n')
        if any(not p.strip() or '\n' in p for p in paras):
            err('%s: paragraphs must be single lines separated by one blank line' % name)
        wc = len(' '.join(body).split())
        if not 700 <= wc <= 850:
            err('%s: %d words (700-850)' % (name, wc))
    sents = {d: split_sentences(t) for d, t in docs.items()}
    flat = {d: squash(t) for d, t in docs.items()}
    # ---- pairs
    rows = [json.loads(l) for l in open(PAIRS, encoding='utf-8') if l.strip()]
    planted = json.load(open(PLANTED, encoding='utf-8'))
    seen = set()
    verdicts = Counter()
    ee = 0
    spans = {}  # pid -> {side: (doc, start, end)}
    for n, r in enumerate(rows, 1):
        pid = r.get('id')
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
            err('%s: keys %s' % (pid, sorted(r)))
            continue
        if pid != 'p%03d' % n:
            err('%s: expected id p%03d' % (pid, n))
        if r['kind'] not in KINDS:
            err('%s: kind %r' % (pid, r['kind']))
        if r['verdict'] not in VERDICTS:
            err('%s: verdict %r' % (pid, r['verdict']))
        if not isinstance(r['note'], str) or not r['note'].strip():
            err('%s: empty note' % pid)
        verdicts[r['verdict']] += 1
        spans[pid] = {}
        for side in 'ab':
            s = r[side]
            if not isinstance(s, dict) or set(s) != {'doc', 'text', 'sentence'}:
                err('%s%s: side keys' % (pid, side)); continue
            d = s['doc']
            if d not in docs:
                err('%s%s: unknown doc %s' % (pid, side, d)); continue
            if s['sentence'] not in flat[d]:
                err('%s%s: sentence not verbatim in %s' % (pid, side, d))
            if s['text'] not in s['sentence']:
                err('%s%s: text not in sentence' % (pid, side))
            cnt = flat[d].count(s['text'])
            if cnt != 1:
                err('%s%s: text occurs %d times in %s' % (pid, side, cnt, d))
            if s['sentence'] not in sents[d]:
                err('%s%s: sentence is not a whole sentence of %s' % (pid, side, d))
            pos = flat[d].find(s['text'])
            spans[pid][side] = (d, pos, pos + len(s['text']))
        a, b = r['a']['doc'], r['b']['doc']
        if a == b:
            err('%s: both sides in %s' % (pid, a))
        if b in RETOLD:
            err('%s: panel must be side a' % pid)
        key = (a, r['a']['text'], b, r['b']['text'])
        if key in seen:
            err('%s: duplicate pair' % pid)
        seen.add(key)
        if a in RETOLD:
            if r['verdict'] in ('agree', 'more-precise', 'differ') and b not in RETOLD[a]:
                err('%s: panel %s verdict %s with non-retold essay %s' % (pid, a, r['verdict'], b))
            if r['verdict'] in ('differ', 'more-precise'):
                if pid not in planted:
                    err('%s: panel %s pair not in planted_errors.json' % (pid, r['verdict']))
        else:
            ee += 1
            if r['verdict'] == 'differ':
                err('%s: essay-essay differ' % pid)
            if r['verdict'] == 'more-precise' and not re.search(r'\b[ab] more precise', r['note']):
                err('%s: essay-essay more-precise note must say "a more precise" or "b more precise"' % pid)
    # ---- planted errors
    byid = {r['id']: r for r in rows}
    labels = Counter()
    contra = {}   # panel -> list of (start, end) of contradiction spans
    plant_sp = {}
    for pid, pe in planted.items():
        if set(pe) != {'label', 'type', 'panel_says', 'source_says', 'essay', 'panel'}:
            err('planted %s: keys' % pid); continue
        r = byid.get(pid)
        if not r:
            err('planted %s: no such pair' % pid); continue
        lab = pe['label']
        labels[lab] += 1
        if PANEL_OF.get(lab[:1]) != r['a']['doc'] or pe['panel'] != r['a']['doc']:
            err('planted %s: label %s does not match panel %s' % (pid, lab, r['a']['doc']))
        if pe['panel_says'] != r['a']['text'] or pe['source_says'] != r['b']['text'] or pe['essay'] != r['b']['doc']:
            err('planted %s: fields do not match the pair' % pid)
        precision = '-P' in lab
        if precision and (r['verdict'] != 'more-precise' or '(b) more precise' not in r['note']):
            err('planted %s: %s must be more-precise with "(b) more precise" in note' % (pid, lab))
        if not precision and r['verdict'] != 'differ':
            err('planted %s: %s must be differ' % (pid, lab))
        sp = spans.get(pid, {}).get('a')
        if sp:
            plant_sp.setdefault(sp[0], []).append(sp[1:])
            if not precision:
                contra.setdefault(sp[0], []).append(sp[1:])
    if set(labels) != LABELS or any(v != 1 for v in labels.values()):
        err('labels: missing %s, extra %s, repeated %s' % (sorted(LABELS - set(labels)), sorted(set(labels) - LABELS),
                                                          sorted(k for k, v in labels.items() if v > 1)))
    n_contra = sum(1 for l in labels if '-P' not in l)
    if n_contra != 35 or len(labels) != 45:
        err('planted: %d contradictions, %d total (want 35/45)' % (n_contra, len(labels)))

    def overlaps(sp, lst):
        return any(sp[1] < e and s < sp[2] for s, e in lst)

    for r in rows:
        pid = r['id']
        sp = spans.get(pid, {}).get('a')
        if not sp or r['a']['doc'] not in RETOLD or pid in planted:
            continue
        if r['verdict'] == 'agree' and overlaps(sp, plant_sp.get(sp[0], [])):
            err('%s: panel agree span overlaps a planted span' % pid)
        if r['verdict'] == 'not-same' and overlaps(sp, contra.get(sp[0], [])):
            err('%s: panel not-same span overlaps a contradiction span' % pid)
    # ---- totals
    if not 140 <= len(rows) <= 160:
        err('%d pairs (140-160)' % len(rows))
    if not 15 <= ee <= 30:
        err('%d essay-essay pairs (15-30)' % ee)
    for v, (lo, hi) in RANGES.items():
        if not lo <= verdicts[v] <= hi:
            err('verdict %s: %d (%d-%d)' % (v, verdicts[v], lo, hi))
    print('%d pairs (%d essay-essay); verdicts %s' % (len(rows), ee, dict(verdicts)))
    for e in errors:
        print('ERROR', e)
    print('RESULT: %s, %d errors' % ('OK' if not errors else 'FAIL', len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
