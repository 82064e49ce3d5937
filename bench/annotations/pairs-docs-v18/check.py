#!/usr/bin/env python3
"""Validate pairs_v18.jsonl, planted_errors.json and the panels (stdlib only).

Uses its own character-walking sentence splitter, written separately from build_pairs.py,
and also reports whether the two splitters agree on every document.
Usage: python3 check.py [DIR]   (DIR defaults to this folder; it must hold the panels and outputs)"""
import json, os, re, sys, collections

DIR = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
errors = []


def err(msg):
    errors.append(msg)


def ws(s):
    return ' '.join(s.split())


CLOSERS = set('"\'”’)]')
OPENERS = set('“‘"\'([$')
NO_END = {'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'Col', 'Lt', 'Sgt', 'No', 'vs', 'v', 'Jr', 'Sr', 'Mt', 'Ft',
          'Gov', 'Sen', 'Rep', 'Adm', 'Capt', 'Maj', 'etc', 'Inc', 'Co'}


def prev_word(s, i):
    j = i
    while j > 0 and s[j - 1] != ' ':
        j -= 1
    return s[j:i].lstrip('“"\'‘([')


def split_para(line):
    s = ws(line)
    if not s:
        return []
    k = len(s)
    while k > 0 and (s[k - 1] in CLOSERS or s[k - 1] == ' '):
        k -= 1
    if k == 0 or s[k - 1] not in '.!?':
        return []
    out, cur, i = [], 0, 0
    while i < len(s):
        ch = s[i]
        if ch in '.!?':
            j = i + 1
            while j < len(s) and s[j] in CLOSERS:
                j += 1
            if j < len(s) - 1 and s[j] == ' ':
                nxt = s[j + 1]
                if nxt.isupper() or nxt.isdigit() or nxt in OPENERS:
                    w = prev_word(s, i)
                    abbrev = ch == '.' and w and ('.' in w or (len(w) == 1 and w.isupper()) or w in NO_END)
                    if not abbrev:
                        out.append(s[cur:j].strip())
                        cur = j + 1
            i = j
            continue
        i += 1
    if s[cur:].strip():
        out.append(s[cur:].strip())
    return out


def sentences(text):
    res = []
    for line in text.split('\n'):
        res += split_para(line)
    return res


def overlap(s, a, b):
    """do spans a and b (both inside sentence s) overlap?"""
    i, j = s.find(a), s.find(b)
    return i < j + len(b) and j < i + len(a)


sys.path.insert(0, DIR)
import pairs_spec as S  # noqa: E402

docs = dict(json.load(open(ESSAYS, encoding='utf-8')))
panels = sorted(f[:-4] for f in os.listdir(DIR) if f.startswith('panel-') and f.endswith('.txt'))
for p in panels:
    raw = open(os.path.join(DIR, p + '.txt'), encoding='utf-8').read()
    docs[p] = raw
    lines = raw.rstrip('\n').split('\n')
    if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
        err('%s: bad title/blank-line layout' % p)
    body = lines[2:]
    for k, ln in enumerate(body):
        if (k % 2 == 1) != (ln == ''):
            err('%s: paragraphs must be separated by exactly one blank line (line %d)' % (p, k + 3))
    n = len(' '.join(body).split())
    if not 700 <= n <= 850:
        err('%s: %d words (700-850 required)' % (p, n))
if set(panels) != set(S.PANELS):
    err('panel files %s != spec panels %s' % (panels, sorted(S.PANELS)))

sents = {k: sentences(v) for k, v in docs.items()}
full = {k: ws(v) for k, v in docs.items()}

# compare with the build splitter
try:
    import build_pairs as B
    diff = [k for k in docs if B.sentences(docs[k]) != sents[k]]
    print('splitters agree on %d/%d documents%s' % (len(docs) - len(diff), len(docs), (' (differ: %s)' % diff[:5]) if diff else ''))
except Exception as e:  # pragma: no cover
    print('could not compare splitters:', e)

rows = [json.loads(l) for l in open(os.path.join(DIR, 'pairs_v18.jsonl'), encoding='utf-8')]
planted = json.load(open(os.path.join(DIR, 'planted_errors.json'), encoding='utf-8'))
KINDS, VERDICTS = {'event', 'date', 'quantity', 'quote'}, {'agree', 'more-precise', 'differ', 'not-same'}
seen_pairs, labels_seen = set(), collections.Counter()
planted_spans = collections.defaultdict(list)   # (doc, sentence) -> [(span, is_precision)]
for r in rows:
    if r['id'] in planted and r['a']['doc'] in S.PANELS:
        planted_spans[(r['a']['doc'], r['a']['sentence'])].append((r['a']['text'], '-P' in planted[r['id']]['label']))

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
    if not r['note'].strip():
        err('%s: empty note' % pid)
    for side in 'ab':
        x = r[side]
        if set(x) != {'doc', 'text', 'sentence'}:
            err('%s.%s: keys %s' % (pid, side, sorted(x)))
            continue
        d = x['doc']
        if d not in docs:
            err('%s.%s: unknown doc %s' % (pid, side, d))
            continue
        if x['sentence'] not in full[d]:
            err('%s.%s: sentence not verbatim in %s' % (pid, side, d))
        if x['sentence'] not in sents[d]:
            err('%s.%s: sentence is not a whole sentence of %s' % (pid, side, d))
        if x['text'] not in x['sentence']:
            err('%s.%s: text not inside sentence' % (pid, side))
        if full[d].count(x['text']) != 1:
            err('%s.%s: text occurs %d times in %s' % (pid, side, full[d].count(x['text']), d))
    a, b = r['a']['doc'], r['b']['doc']
    if a == b:
        err('%s: both sides in one document' % pid)
    if b in S.PANELS:
        err('%s: panel must be side a' % pid)
    key = (a, r['a']['text'], b, r['b']['text'])
    if key in seen_pairs:
        err('%s: duplicate pair' % pid)
    seen_pairs.add(key)
    is_panel = a in S.PANELS
    v = r['verdict']
    if is_panel:
        if v in ('agree', 'more-precise', 'differ') and b not in S.PANELS[a]:
            err('%s: panel %s pair with non-retold essay %s' % (pid, v, b))
        if v in ('differ', 'more-precise'):
            if pid not in planted:
                err('%s: panel %s pair is not a planted error' % (pid, v))
            else:
                lab = planted[pid]['label']
                labels_seen[lab] += 1
                if ('-P' in lab) != (v == 'more-precise'):
                    err('%s: label %s does not fit verdict %s' % (pid, lab, v))
                pe = planted[pid]
                if (pe['panel_says'], pe['source_says'], pe['essay'], pe['panel']) != (r['a']['text'], r['b']['text'], b, a):
                    err('%s: planted_errors.json does not match the pair' % pid)
                if pe.get('type') != S.TYPES.get(lab):
                    err('%s: type mismatch' % pid)
        elif pid in planted:
            err('%s: %s pair listed as planted' % (pid, v))
        if v in ('agree', 'not-same'):
            for span, prec in planted_spans.get((a, r['a']['sentence']), []):
                if span == r['a']['text']:
                    err('%s: %s pair reuses a planted span' % (pid, v))
                elif overlap(r['a']['sentence'], span, r['a']['text']) and (v == 'agree' or not prec):
                    err('%s: %s span overlaps planted span %r' % (pid, v, span))
    else:
        if v == 'differ':
            err('%s: essay-essay differ not allowed in this set' % pid)
        if pid in planted:
            err('%s: essay-essay pair listed as planted' % pid)
    if v == 'more-precise' and '(b) more precise' not in r['note']:
        err('%s: more-precise note must say "(b) more precise"' % pid)

for pid in planted:
    if pid not in {r['id'] for r in rows}:
        err('planted_errors.json: unknown id %s' % pid)
expected = ['%s%d' % (p, i) for p, k in (('A', 12), ('B', 12), ('C', 11)) for i in range(1, k + 1)] + \
           ['%s-P%d' % (p, i) for p, k in (('A', 3), ('B', 3), ('C', 4)) for i in range(1, k + 1)]
for lab in expected:
    if labels_seen[lab] != 1:
        err('label %s used %d times' % (lab, labels_seen[lab]))
for lab in labels_seen:
    if lab not in expected:
        err('unexpected label %s' % lab)

cnt = collections.Counter(r['verdict'] for r in rows)
ee = [r for r in rows if r['a']['doc'] not in S.PANELS]
for name, val, lo, hi in (('pairs', len(rows), 140, 160), ('essay-essay', len(ee), 15, 30),
                          ('agree', cnt['agree'], 65, 85), ('more-precise', cnt['more-precise'], 12, 20),
                          ('differ', cnt['differ'], 30, 40), ('not-same', cnt['not-same'], 12, 22)):
    if not lo <= val <= hi:
        err('%s count %d outside %d-%d' % (name, val, lo, hi))

print('%d pairs (%d panel-essay, %d essay-essay); verdicts %s; planted %d' %
      (len(rows), len(rows) - len(ee), len(ee), dict(cnt), len(planted)))
for e in errors:
    print('ERROR', e)
print('RESULT: %s, %d errors' % ('OK' if not errors else 'FAIL', len(errors)))
sys.exit(1 if errors else 0)
