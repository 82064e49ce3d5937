"""Validate pairs_v20.jsonl, planted_errors.json and the panels (stdlib only).
Has its own character-walking sentence splitter, written separately from split_util.py.
Usage: python3 check.py [FOLDER]   (default: this script's folder; essays read from FOLDER/../all_essays.json
                                    or /work/heldout/r25/all_essays.json)"""
import json, os, re, sys, collections

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(FOLDER, '..', 'all_essays.json')
if not os.path.exists(ESSAYS):
    ESSAYS = '/work/heldout/r25/all_essays.json'

CLOSERS = set('\u201d"\u2019\')]')
OPENERS = set('\u201c"\'([$')
NO_END = {'U.S.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'Jr.', 'Sr.', 'Gen.', 'Lt.', 'Col.', 'Capt.', 'Gov.', 'Sen.', 'Rep.',
          'No.', 'vs.', 'v.', 'a.m.', 'p.m.', 'U.K.', 'U.N.', 'D.C.'}

def prose_line(line):
    s = line.rstrip()
    j = len(s)
    while j > 0 and s[j - 1] in CLOSERS:
        j -= 1
    if j == 0:
        return False
    return s[j - 1] in '.!?' or len(s.split()) >= 40

def word_before(line, i):
    # token ending at index i (inclusive), without trailing closers
    k = i
    while k >= 0 and not line[k].isspace():
        k -= 1
    tok = line[k + 1:i + 1]
    return tok.rstrip(''.join(CLOSERS))

def is_initials(tok):
    parts = tok.split('.')
    return tok.endswith('.') and all(len(p) == 1 and p.isupper() for p in parts[:-1]) and parts[-1] == ''

def split_line(line):
    out, start, i, n = [], 0, 0, len(line)
    while i < n:
        ch = line[i]
        if ch in '.!?':
            j = i + 1
            while j < n and line[j] in CLOSERS:
                j += 1
            if j < n and line[j] == ' ':
                k = j
                while k < n and line[k] == ' ':
                    k += 1
                if k < n and (line[k].isupper() or line[k].isdigit() or line[k] in OPENERS):
                    tok = word_before(line, j - 1)
                    if not (ch == '.' and (tok in NO_END or is_initials(tok))):
                        out.append(line[start:j].strip())
                        start = k
                        i = k
                        continue
            i = j
            continue
        i += 1
    if line[start:].strip():
        out.append(line[start:].strip())
    return out

def sents(text):
    res = []
    for line in text.split('\n'):
        if prose_line(line):
            res.extend(split_line(line))
    return res

def main():
    errors = []
    E = errors.append
    docs = dict(json.load(open(ESSAYS, encoding='utf-8')))
    panels = {}
    for f in sorted(os.listdir(FOLDER)):
        if f.startswith('panel-') and f.endswith('.txt'):
            t = open(os.path.join(FOLDER, f), encoding='utf-8').read()
            panels[f[:-4]] = t
            docs[f[:-4]] = t
    if len(panels) != 3:
        E(f'expected 3 panels, found {len(panels)}')
    for name, t in panels.items():
        lines = t.rstrip('\n').split('\n')
        if len(lines) < 3 or lines[1] != '' or not lines[0].strip():
            E(f'{name}: title line + blank line layout broken')
        body = lines[2:]
        for k, ln in enumerate(body):
            if k % 2 == 1 and ln != '':
                E(f'{name}: paragraphs must be separated by single blank lines (line {k + 3})')
            if k % 2 == 0 and not ln.strip():
                E(f'{name}: empty paragraph at line {k + 3}')
        w = len(' '.join(body).split())
        if not 700 <= w <= 850:
            E(f'{name}: {w} words (want 700-850)')
        if re.search('[\u201c\u201d\u2018\u2019]', t):
            E(f'{name}: curly quotes in panel')
    import importlib.util
    spec = importlib.util.spec_from_file_location('pairs_spec', os.path.join(FOLDER, 'pairs_spec.py'))
    S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
    retold = S.PANELS
    sent_cache = {}
    def ss(doc):
        if doc not in sent_cache:
            sent_cache[doc] = sents(docs[doc])
        return sent_cache[doc]
    recs = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v20.jsonl'), encoding='utf-8') if l.strip()]
    planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
    seen = set()
    contra_spans = collections.defaultdict(list)   # (doc, sentence) -> spans of panel differ pairs
    precise_spans = collections.defaultdict(list)
    other_spans = []
    labels = collections.Counter()
    for n, r in enumerate(recs, 1):
        pid = r.get('id')
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
            E(f'{pid}: keys {sorted(r)}')
        if pid != f'p{n:03d}':
            E(f'{pid}: expected id p{n:03d}')
        if r.get('kind') not in ('event', 'date', 'quantity', 'quote'):
            E(f'{pid}: bad kind')
        if r.get('verdict') not in ('agree', 'more-precise', 'differ', 'not-same'):
            E(f'{pid}: bad verdict')
        if not r.get('note'):
            E(f'{pid}: empty note')
        for side in ('a', 'b'):
            x = r.get(side, {})
            if set(x) != {'doc', 'text', 'sentence'}:
                E(f'{pid}.{side}: keys'); continue
            if x['doc'] not in docs:
                E(f'{pid}.{side}: unknown doc {x["doc"]}'); continue
            d = docs[x['doc']]
            if x['sentence'] not in ss(x['doc']):
                E(f'{pid}.{side}: sentence is not a sentence of {x["doc"]}')
            if x['sentence'] not in d:
                E(f'{pid}.{side}: sentence not verbatim in doc')
            if x['text'] not in x['sentence']:
                E(f'{pid}.{side}: text not inside sentence')
            if d.count(x['text']) != 1:
                E(f'{pid}.{side}: text occurs {d.count(x["text"])}x in doc')
        a, b = r['a'], r['b']
        if a['doc'] == b['doc']:
            E(f'{pid}: both sides in one doc')
        if b['doc'] in panels:
            E(f'{pid}: panel on side b')
        key = (a['doc'], a['text'], b['doc'], b['text'])
        if key in seen or (b['doc'], b['text'], a['doc'], a['text']) in seen:
            E(f'{pid}: duplicate pair')
        seen.add(key)
        v = r['verdict']
        if v == 'more-precise' and '(b) more precise' not in r['note']:
            E(f'{pid}: more-precise note must say (b) more precise')
        if a['doc'] in panels:
            if v in ('agree', 'more-precise', 'differ') and b['doc'] not in retold[a['doc']]:
                E(f'{pid}: panel pair uses an essay the panel does not retell')
            if v in ('differ', 'more-precise'):
                p = planted.get(pid)
                if not p:
                    E(f'{pid}: panel {v} pair not in planted_errors.json'); continue
                labels[p['label']] += 1
                if ('-P' in p['label']) != (v == 'more-precise'):
                    E(f'{pid}: label {p["label"]} does not fit verdict {v}')
                if p['panel_says'] != a['text'] or p['source_says'] != b['text'] or p['essay'] != b['doc'] or p['panel'] != a['doc']:
                    E(f'{pid}: planted_errors entry does not match pair')
                if p['type'] != S.TYPES.get(p['label']):
                    E(f'{pid}: type mismatch')
                (contra_spans if v == 'differ' else precise_spans)[(a['doc'], a['sentence'])].append(a['text'])
            else:
                if pid in planted:
                    E(f'{pid}: {v} pair listed as planted')
                other_spans.append((pid, v, a['doc'], a['sentence'], a['text']))
        else:
            if pid in planted:
                E(f'{pid}: essay-essay pair listed as planted')
    for pid in planted:
        if not any(r['id'] == pid for r in recs):
            E(f'planted {pid}: no such pair')
    def spans_overlap(sent, s1, s2):
        i, j = sent.find(s1), sent.find(s2)
        return i < j + len(s2) and j < i + len(s1)
    for pid, v, doc, sent, t in other_spans:
        for c in contra_spans.get((doc, sent), []):
            if spans_overlap(sent, t, c):
                E(f'{pid}: {v} span overlaps contradiction span {c!r}')
        if v == 'agree':
            for c in precise_spans.get((doc, sent), []):
                if spans_overlap(sent, t, c):
                    E(f'{pid}: agree span overlaps precision span {c!r}')
    want = ([f'A{i}' for i in range(1, 13)] + [f'A-P{i}' for i in range(1, 4)] + [f'B{i}' for i in range(1, 13)] +
            [f'B-P{i}' for i in range(1, 5)] + [f'C{i}' for i in range(1, 12)] + [f'C-P{i}' for i in range(1, 4)])
    for l in want:
        if labels[l] != 1:
            E(f'label {l} used {labels[l]}x')
    for l in labels:
        if l not in want:
            E(f'unexpected label {l}')
    vc = collections.Counter(r['verdict'] for r in recs)
    ee = sum(1 for r in recs if r['a']['doc'] not in panels)
    ranges = {'agree': (65, 85), 'more-precise': (12, 20), 'differ': (30, 40), 'not-same': (12, 22)}
    for v, (lo, hi) in ranges.items():
        if not lo <= vc[v] <= hi:
            E(f'{v}: {vc[v]} outside {lo}-{hi}')
    if not 140 <= len(recs) <= 160:
        E(f'{len(recs)} pairs (want 140-160)')
    if not 15 <= ee <= 30:
        E(f'{ee} essay-essay pairs (want 15-30)')
    print(f'{len(recs)} pairs; essay-essay {ee}; verdicts {dict(vc)}; planted {len(planted)}')
    # cross-check the two splitters on every document, if split_util is present
    su = os.path.join(FOLDER, 'split_util.py')
    if os.path.exists(su):
        spec2 = importlib.util.spec_from_file_location('split_util', su)
        U = importlib.util.module_from_spec(spec2); spec2.loader.exec_module(U)
        diff = [d for d in docs if U.sentences(docs[d]) != ss(d)]
        print(f'splitters agree on {len(docs) - len(diff)}/{len(docs)} documents' + (f'; differ on {diff[:5]}' if diff else ''))
    for e in errors:
        print('ERROR', e)
    print('RESULT:', 'OK, 0 errors' if not errors else f'FAIL, {len(errors)} errors')
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
