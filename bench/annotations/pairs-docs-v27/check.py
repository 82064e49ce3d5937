"""Validate pairs_v27 (stdlib only). Usage: python3 check.py [folder]

Uses its own character-walking sentence splitter (written separately from splitter.py) and compares the two.
"""
import json, os, re, sys, collections

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
PANELS = {'panel-camp-david-to-oslo': ['1977-1980-camp-david', '1993-2000-oslo'],
          'panel-juarez-maximilian-and-pemex': ['1861-1865-french-intervention', '1937-1945-mexican-oil'],
          'panel-prague-and-the-euromissiles': ['1961-1968-soviet-invasion-czechoslavkia', '1977-1980-us-western-europe']}
LETTER = {'A': 'panel-camp-david-to-oslo', 'B': 'panel-juarez-maximilian-and-pemex', 'C': 'panel-prague-and-the-euromissiles'}
NO_STOP = {'U.S', 'U.N', 'Mr', 'Mrs', 'Dr', 'St', 'Jr', 'Sr', 'Gen', 'Lt', 'Col', 'Capt', 'Gov', 'Sen', 'Rep', 'No', 'vs',
           'etc', 'Co', 'Inc', 'Ltd', 'Aug', 'Jan', 'Feb', 'Mar', 'Apr', 'Sept', 'Oct', 'Nov', 'Dec', 'Mt', 'Ft'}
CLOSE = set('"\'\u201d\u2019)]')
OPEN_OK = set('"\u201c\u2018([$')
errors = []


def err(msg):
    errors.append(msg)


def walk_split(line):
    """Walk characters; a stop is .!? plus closers, then whitespace, then capital/digit/opening mark."""
    out, buf, i, n = [], [], 0, len(line)
    while i < n:
        ch = line[i]
        buf.append(ch)
        i += 1
        if ch in '.!?':
            while i < n and line[i] in CLOSE:
                buf.append(line[i]); i += 1
            j = i
            while j < n and line[j].isspace():
                j += 1
            if j == i or j >= n:
                continue
            nxt = line[j]
            if not (nxt.isupper() or nxt.isdigit() or nxt in OPEN_OK):
                continue
            if ch == '.':
                word = ''.join(buf).rstrip(''.join(CLOSE)).rstrip('.').split()[-1] if ''.join(buf).split() else ''
                word = word.lstrip('"\u201c\u2018([')
                if word in NO_STOP or (len(word) == 1 and word.isupper()) or \
                        (len(word) >= 3 and all(c.isupper() if k % 2 == 0 else c == '.' for k, c in enumerate(word))):
                    continue
            out.append(''.join(buf).strip()); buf = []; i = j
    tail = ''.join(buf).strip()
    if tail:
        out.append(tail)
    return out


def doc_sentences(text):
    res = []
    for line in text.split('\n'):
        s = line.strip()
        if not s:
            continue
        core = s.rstrip(''.join(CLOSE))
        if core and (core[-1] in '.!?' or len(s.split()) >= 40):
            res.extend(walk_split(s))
    return res


def main():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = {k: v for k, v in json.load(f).items() if k != EXHIBIT}
    # panels
    for p in PANELS:
        fp = os.path.join(FOLDER, p + '.txt')
        if not os.path.exists(fp):
            err(f'missing panel {p}'); continue
        t = open(fp, encoding='utf-8').read()
        docs[p] = t
        parts = t.rstrip('\n').split('\n')
        if len(parts) < 3 or not parts[0].strip() or parts[1] != '':
            err(f'{p}: needs title line then blank line')
        body = parts[2:]
        for k, line in enumerate(body):
            if (k % 2 == 1) != (line == ''):
                err(f'{p}: paragraphs must be separated by single blank lines (line {k + 3})')
        wc = len(' '.join(body).split())
        if not 700 <= wc <= 850:
            err(f'{p}: {wc} words')
        if re.search('[\u2018\u2019\u201c\u201d]', t):
            err(f'{p}: curly quotes')
    sents = {d: doc_sentences(t) for d, t in docs.items()}
    # compare with splitter.py
    try:
        sys.path.insert(0, FOLDER)
        import splitter
        diff = [d for d, t in docs.items() if splitter.sentences(t) != sents[d]]
        if diff:
            err(f'splitters disagree on {len(diff)} docs: {diff[:5]}')
    except Exception as e:  # noqa
        err(f'splitter.py import failed: {e}')
    recs = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v27.jsonl'), encoding='utf-8')]
    planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
    seen, labels = set(), collections.Counter()
    contra_spans, prec_spans, other_spans = collections.defaultdict(list), collections.defaultdict(list), []
    for i, r in enumerate(recs, 1):
        rid = r.get('id')
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
            err(f'{rid}: keys {sorted(r)}')
        if rid != f'p{i:03d}':
            err(f'{rid}: expected p{i:03d}')
        if r['kind'] not in ('event', 'date', 'quantity', 'quote'):
            err(f'{rid}: kind')
        if r['verdict'] not in ('agree', 'more-precise', 'differ', 'not-same'):
            err(f'{rid}: verdict')
        if not r['note'].strip():
            err(f'{rid}: empty note')
        for s in 'ab':
            side = r[s]
            if set(side) != {'doc', 'text', 'sentence'}:
                err(f'{rid}.{s}: keys')
                continue
            d = side['doc']
            if d not in docs:
                err(f'{rid}.{s}: unknown doc {d}'); continue
            if side['sentence'] not in sents[d]:
                err(f'{rid}.{s}: sentence is not a sentence of {d}')
            if side['text'] not in side['sentence']:
                err(f'{rid}.{s}: text not in sentence')
            if docs[d].count(side['text']) != 1:
                err(f'{rid}.{s}: text occurs {docs[d].count(side["text"])} times in {d}')
        a, b = r['a']['doc'], r['b']['doc']
        if a == b:
            err(f'{rid}: same doc on both sides')
        if b in PANELS:
            err(f'{rid}: panel on side b')
        key = (a, r['a']['text'], b, r['b']['text'])
        if key in seen:
            err(f'{rid}: duplicate pair')
        seen.add(key)
        if a in PANELS and b not in PANELS[a]:
            err(f'{rid}: panel pair uses essay {b} not retold by {a}')
        if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
            err(f'{rid}: more-precise note must say (b) more precise')
        if a in PANELS:
            pos = docs[a].find(r['a']['text']); span = (pos, pos + len(r['a']['text']))
            if r['verdict'] in ('differ', 'more-precise'):
                pe = planted.get(rid)
                if not pe:
                    err(f'{rid}: panel {r["verdict"]} pair not in planted_errors.json'); continue
                lab = pe['label']; labels[lab] += 1
                if LETTER.get(lab[0]) != a:
                    err(f'{rid}: label {lab} on wrong panel')
                if ('-P' in lab) != (r['verdict'] == 'more-precise'):
                    err(f'{rid}: label {lab} does not match verdict')
                if pe['panel_says'] != r['a']['text'] or pe['source_says'] != r['b']['text'] or pe['essay'] != b or pe['panel'] != a:
                    err(f'{rid}: planted_errors.json entry mismatch')
                (prec_spans if r['verdict'] == 'more-precise' else contra_spans)[a].append((span, rid))
            else:
                if rid in planted:
                    err(f'{rid}: agree/not-same pair listed as planted')
                other_spans.append((a, span, rid, r['verdict']))
        elif rid in planted:
            err(f'{rid}: essay-essay pair listed as planted')
    for a, (s0, s1), rid, v in other_spans:
        for (c0, c1), cid in contra_spans[a]:
            if s0 < c1 and c0 < s1:
                err(f'{rid} ({v}) overlaps contradiction span of {cid}')
        if v == 'agree':
            for (c0, c1), cid in prec_spans[a]:
                if s0 < c1 and c0 < s1:
                    err(f'{rid} (agree) overlaps precision span of {cid}')
    expected = [f'{L}{k}' for L, n in (('A', 12), ('B', 12), ('C', 11)) for k in range(1, n + 1)] + \
               [f'{L}-P{k}' for L, n in (('A', 3), ('B', 3), ('C', 4)) for k in range(1, n + 1)]
    for lab in expected:
        if labels[lab] != 1:
            err(f'label {lab} used {labels[lab]} times')
    extra = set(labels) - set(expected)
    if extra:
        err(f'unexpected labels {sorted(extra)}')
    if len(planted) != 45:
        err(f'planted_errors.json has {len(planted)} entries')
    vc = collections.Counter(r['verdict'] for r in recs)
    ee = sum(1 for r in recs if r['a']['doc'] not in PANELS)
    if len(recs) < 140: err(f'only {len(recs)} pairs')
    if not 15 <= ee <= 30: err(f'{ee} essay-essay pairs')
    for v, lo, hi in (('agree', 65, 85), ('more-precise', 12, 20), ('differ', 30, 40), ('not-same', 12, 22)):
        if not lo <= vc[v] <= hi:
            err(f'{v}: {vc[v]} outside {lo}-{hi}')
    print(f'{len(recs)} pairs; verdicts {dict(vc)}; essay-essay {ee}; planted {len(planted)}; '
          f'{len(docs)} docs, splitters compared')
    for e in errors:
        print('ERROR', e)
    print('RESULT:', 'OK, 0 errors' if not errors else f'FAIL, {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
