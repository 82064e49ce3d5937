"""Validate pairs_v26 (stdlib only). Usage: python3 check.py [folder]

Has its own character-walking sentence splitter, written separately from splitter.py,
and compares the two on every document.
"""
import json, os, re, sys

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
PANELS = {
    'panel-olney-note-and-pan-american-congress': ('A', {'1866-1898-blaine', '1866-1898-venezuela'}),
    'panel-beirut-and-the-summit-road': ('B', {'1981-1988-lebanon', '1981-1988-u-s-soviet-relations'}),
    'panel-enlargement-and-the-kremlin': ('C', {'1993-2000-evolution-of-nato', '1993-2000-clinton-yeltsin'}),
}
LABELS = ([f'A{i}' for i in range(1, 12)] + [f'A-P{i}' for i in range(1, 4)] + [f'B{i}' for i in range(1, 13)] +
          [f'B-P{i}' for i in range(1, 5)] + [f'C{i}' for i in range(1, 13)] + [f'C-P{i}' for i in range(1, 4)])
KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
NO_BREAK = {'U.S.', 'U.N.', 'St.', 'Mr.', 'Mrs.', 'Dr.', 'Gen.', 'Sen.', 'Rep.', 'Lt.', 'Col.', 'Adm.', 'Jr.', 'Sr.',
            'Gov.', 'Capt.', 'Cmdr.', 'Mt.', 'No.', 'vs.', 'etc.', 'e.g.', 'i.e.', 'U.K.', 'U.S.S.R.', 'D.C.', 'Ft.',
            'Pres.', 'Sec.', 'Co.', 'Inc.', 'Ltd.', 'ca.', 'c.', 'Prof.', 'Rev.', 'Hon.', 'Messrs.'}
CLOSE = set('"\')]\u201d\u2019')
OPEN_OK = set('"\'([\u201c\u2018$')

errors = []


def err(msg):
    errors.append(msg)


def walk_split(line):
    """Character walker: a sentence ends at . ! ? (plus closing quotes/brackets) followed by
    whitespace and an upper-case letter, digit or opening quote/bracket/dollar sign."""
    sents, buf_start, i, n = [], 0, 0, len(line)
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
                stop = True
                if ch == '.':
                    w = i
                    while w > buf_start and not line[w - 1].isspace():
                        w -= 1
                    word = line[w:i + 1]
                    while word and word[0] in OPEN_OK:
                        word = word[1:]
                    if word in NO_BREAK:
                        stop = False
                    elif len(word) >= 2 and all(word[p].isupper() and word[p + 1] == '.' for p in range(0, len(word), 2)) \
                            and len(word) % 2 == 0:
                        stop = False
                if stop:
                    s = line[buf_start:j].strip()
                    if s:
                        sents.append(s)
                    buf_start = k
                    i = k
                    continue
        i += 1
    tail = line[buf_start:].strip()
    if tail:
        sents.append(tail)
    return sents


def doc_sentences(text):
    out = []
    for raw in text.split('\n'):
        line = raw.strip()
        if not line:
            continue
        core = line
        while core and core[-1] in CLOSE:
            core = core[:-1]
        if not (core.endswith(('.', '!', '?')) or len(line.split()) >= 40):
            continue
        out.extend(walk_split(line))
    return out


def main():
    docs = {k: v for k, v in json.load(open(ESSAYS, encoding='utf-8')).items() if k != EXHIBIT}
    for p in PANELS:
        path = os.path.join(FOLDER, p + '.txt')
        if not os.path.exists(path):
            err(f'missing panel {path}')
            continue
        t = open(path, encoding='utf-8').read()
        docs[p] = t
        lines = t.rstrip('\n').split('\n')
        if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
            err(f'{p}: needs title line then blank line')
        paras = [x for x in lines[2:]]
        for idx, x in enumerate(paras):
            if (idx % 2 == 0 and not x.strip()) or (idx % 2 == 1 and x != ''):
                err(f'{p}: paragraphs must be single lines separated by one blank line (line {idx + 3})')
                break
        if any(c in t for c in '\u201c\u201d\u2018\u2019'):
            err(f'{p}: curly quotes found')
        wc = len('\n'.join(lines[2:]).split())
        if not 700 <= wc <= 850:
            err(f'{p}: {wc} words (need 700-850)')
    sents = {k: doc_sentences(v) for k, v in docs.items()}

    # splitter agreement
    sys.path.insert(0, FOLDER)
    try:
        import splitter
        for k, v in docs.items():
            if splitter.sentences(v) != sents[k]:
                err(f'splitters disagree on {k}')
    except Exception as e:  # noqa
        err(f'cannot import splitter.py: {e}')

    rows = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v26.jsonl'), encoding='utf-8') if l.strip()]
    planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
    seen, spans = set(), {}
    for n, r in enumerate(rows, 1):
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
                err(f'{pid}.{side}: text not in sentence')
            if docs[s['doc']].count(s['text']) != 1:
                err(f'{pid}.{side}: text occurs {docs[s["doc"]].count(s["text"])} times in doc')
        a, b = r['a'], r['b']
        if a['doc'] == b['doc']:
            err(f'{pid}: both sides in one doc')
        if b['doc'] in PANELS:
            err(f'{pid}: panel on side b')
        key = (a['doc'], a['text'], b['doc'], b['text'])
        if key in seen:
            err(f'{pid}: duplicate pair')
        seen.add(key)
        if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
            err(f'{pid}: more-precise note must say "(b) more precise"')
        ispanel = a['doc'] in PANELS
        if ispanel and r['verdict'] != 'not-same' and b['doc'] not in PANELS[a['doc']][1]:
            err(f'{pid}: {r["verdict"]} pair uses an essay the panel does not retell')
        if ispanel and r['verdict'] == 'not-same' and b['doc'] not in PANELS[a['doc']][1]:
            err(f'{pid}: not-same panel pair should still use a retold essay')
        if ispanel and r['verdict'] in ('differ', 'more-precise'):
            if pid not in planted:
                err(f'{pid}: panel {r["verdict"]} pair not in planted_errors.json')
        if not ispanel and pid in planted:
            err(f'{pid}: essay-essay pair marked planted')
        if ispanel:
            start = docs[a['doc']].find(a['text'])
            spans.setdefault(a['doc'], []).append((start, start + len(a['text']), r['verdict'], pid))

    labels = []
    byid = {r['id']: r for r in rows}
    for pid, e in planted.items():
        r = byid.get(pid)
        if r is None:
            err(f'planted {pid}: no such pair')
            continue
        lab = e.get('label', '')
        labels.append(lab)
        want = 'more-precise' if '-P' in lab else 'differ'
        if r['verdict'] != want:
            err(f'planted {pid} ({lab}): verdict {r["verdict"]}, expected {want}')
        if PANELS.get(r['a']['doc'], ('?',))[0] != lab[:1]:
            err(f'planted {pid} ({lab}): label letter does not match panel {r["a"]["doc"]}')
        if e.get('panel_says') != r['a']['text'] or e.get('source_says') != r['b']['text'] \
                or e.get('essay') != r['b']['doc'] or e.get('panel') != r['a']['doc']:
            err(f'planted {pid}: texts/docs differ from the pair')
        if not e.get('type'):
            err(f'planted {pid}: no type')
    if sorted(labels) != sorted(LABELS):
        err(f'planted labels mismatch: missing {sorted(set(LABELS) - set(labels))}, extra {sorted(set(labels) - set(LABELS))}')

    # overlaps inside panels
    for p, lst in spans.items():
        contra = [x for x in lst if x[2] == 'differ']
        prec = [x for x in lst if x[2] == 'more-precise']
        for s, e, v, pid in lst:
            if v in ('agree', 'not-same'):
                for cs, ce, _, cid in contra:
                    if s < ce and cs < e:
                        err(f'{pid}: {v} span overlaps contradiction span of {cid}')
            if v == 'agree':
                for cs, ce, _, cid in prec:
                    if s < ce and cs < e:
                        err(f'{pid}: agree span overlaps precision span of {cid}')

    # counts
    from collections import Counter
    vc = Counter(r['verdict'] for r in rows)
    ee = sum(1 for r in rows if r['a']['doc'] not in PANELS)
    if len(rows) < 140:
        err(f'only {len(rows)} pairs')
    if not 15 <= ee <= 30:
        err(f'{ee} essay-essay pairs (want 15-30)')
    for v, lo, hi in (('agree', 65, 85), ('more-precise', 12, 20), ('differ', 30, 40), ('not-same', 12, 22)):
        if not lo <= vc[v] <= hi:
            err(f'{v}: {vc[v]} (want {lo}-{hi})')

    print(f'{len(rows)} pairs; verdicts {dict(vc)}; essay-essay {ee}; planted {len(planted)}')
    for e in errors:
        print('ERROR', e)
    print('RESULT:', 'OK' if not errors else 'FAIL', f'{len(errors)} errors')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
