"""Independent stdlib validation of pairs_v35 (round 41).
Usage: python3 check.py [FOLDER]   (default: this script's folder). Exit 1 on any error."""
import json, os, re, sys
from collections import Counter

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
RETOLD = {
    'panel-carter-and-reagan-at-a-glance': ('A', {'1977-1980-foreword', '1981-1988-foreword'}),
    'panel-model-treaty-and-secret-correspondence': ('B', {'1776-1783-secret-committee', '1776-1783-model-treaty'}),
    'panel-kennedy-johnson-and-the-alliance': ('C', {'1961-1968-foreword', '1961-1968-alliance-for-progress'}),
}
KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
RANGES = {'agree': (65, 85), 'more-precise': (12, 20), 'differ': (30, 40), 'not-same': (12, 22)}
ABBR = {'U.S.S.R.', 'U.S.S.', 'U.S.', 'D.C.', 'Mr.', 'Mrs.', 'Dr.', 'Jr.', 'Sr.', 'St.', 'Gen.', 'Lt.', 'Col.', 'Capt.',
        'No.', 'vs.', 'e.g.', 'i.e.', 'Co.', 'Inc.', 'H.W.', 'F.'}
CLOSE = set('"\'”’)]')
OPEN = set('"“‘([')
errors = []


def err(msg):
    errors.append(msg)


def split_sentences(text):
    """Character walk, written independently of splitter.py."""
    out = []
    for raw in text.split('\n'):
        line = raw.strip()
        if not line:
            continue
        end = line
        while end and end[-1] in CLOSE:
            end = end[:-1]
        if not (end and end[-1] in '.!?') and len(line.split()) < 40:
            continue
        cur = ''
        pos = 0
        while pos < len(line):
            ch = line[pos]
            cur += ch
            pos += 1
            if ch not in '.!?':
                continue
            while pos < len(line) and line[pos] in CLOSE:
                cur += line[pos]
                pos += 1
            if pos >= len(line) or not line[pos].isspace():
                continue
            nxt = pos
            while nxt < len(line) and line[nxt].isspace():
                nxt += 1
            if nxt >= len(line):
                continue
            c = line[nxt]
            if not (c.isupper() or c.isdigit() or c in OPEN or c == '$'):
                continue
            if ch == '.':
                last = cur.rstrip(''.join(CLOSE)).split()[-1].lstrip(''.join(OPEN))
                if last in ABBR or re.fullmatch(r'([A-Z]\.)+', last):
                    continue
            out.append(cur.strip())
            cur = ''
            pos = nxt
        if cur.strip():
            out.append(cur.strip())
    return out


def main():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = {k: v for k, v in json.load(f).items() if k != EXHIBIT}
    # ---- panels
    for name in RETOLD:
        path = os.path.join(FOLDER, name + '.txt')
        if not os.path.exists(path):
            err(f'missing panel {name}')
            continue
        with open(path, encoding='utf-8') as f:
            t = f.read()
        docs[name] = t
        lines = t.rstrip('\n').split('\n')
        if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
            err(f'{name}: title line + blank line expected')
        body = lines[2:]
        for i, l in enumerate(body):
            if l == '' and (i == 0 or body[i - 1] == ''):
                err(f'{name}: double blank line')
        if re.search(r'[^\x00-\x7f]', t):
            err(f'{name}: non-ASCII character (curly quote or dash)')
        wc = len(' '.join(body).split())
        if not 700 <= wc <= 850:
            err(f'{name}: body has {wc} words (700-850)')
    sents = {k: split_sentences(v) for k, v in docs.items()}
    # ---- compare with the build splitter
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    try:
        import splitter
        diff = [k for k in docs if splitter.sentences(docs[k]) != sents[k]]
        if diff:
            err(f'splitters disagree on {len(diff)} docs: {diff[:5]}')
    except Exception as e:  # noqa
        err(f'could not import splitter.py: {e}')
    # ---- pairs
    rows = []
    with open(os.path.join(FOLDER, 'pairs_v35.jsonl'), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception:
                err(f'line {n}: bad JSON')
    with open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8') as f:
        planted = json.load(f)
    seen = set()
    planted_spans = {}
    for pid, pe in planted.items():
        t = docs.get(pe['panel'], '')
        i = t.find(pe['panel_says'])
        planted_spans.setdefault(pe['panel'], []).append((i, i + len(pe['panel_says'])))
    labels = Counter()
    for n, r in enumerate(rows, 1):
        pid = f'p{n:03d}'
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
            err(f'{pid}: wrong keys')
            continue
        if r['id'] != pid:
            err(f'{r["id"]}: expected id {pid}')
        if r['kind'] not in KINDS:
            err(f'{pid}: bad kind')
        if r['verdict'] not in VERDICTS:
            err(f'{pid}: bad verdict')
        if not r['note'].strip():
            err(f'{pid}: empty note')
        for side in 'ab':
            s = r[side]
            if set(s) != {'doc', 'text', 'sentence'}:
                err(f'{pid}.{side}: wrong keys')
                continue
            if s['doc'] not in docs:
                err(f'{pid}.{side}: unknown doc {s["doc"]}')
                continue
            if s['sentence'] not in sents[s['doc']]:
                err(f'{pid}.{side}: sentence is not a sentence of {s["doc"]}')
            if s['text'] not in s['sentence']:
                err(f'{pid}.{side}: text not in sentence')
            if docs[s['doc']].count(s['text']) != 1:
                err(f'{pid}.{side}: text not unique in doc')
        a, b = r['a'], r['b']
        if a['doc'] == b['doc']:
            err(f'{pid}: same doc on both sides')
        if b['doc'] in RETOLD:
            err(f'{pid}: panel on side b')
        key = (a['doc'], a['text'], b['doc'], b['text'])
        if key in seen:
            err(f'{pid}: duplicate pair')
        seen.add(key)
        if a['doc'] in RETOLD and b['doc'] not in RETOLD[a['doc']][1]:
            err(f'{pid}: essay {b["doc"]} is not retold by {a["doc"]}')
        if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
            err(f'{pid}: more-precise note lacks "(b) more precise"')
        if r['kind'] == 'quote' and r['verdict'] == 'agree':
            def norm(x):
                x = re.split(r'[“"]', x)[-1]  # quoted words only, if the span starts before the quote
                return re.sub(r'[\W_]+', ' ', x.replace('’', "'")).lower().split()
            if norm(a['text']) != norm(b['text']):
                err(f'{pid}: quote texts differ')
        is_panel = a['doc'] in RETOLD
        if is_panel and r['verdict'] in ('differ', 'more-precise'):
            pe = planted.get(pid)
            if not pe:
                err(f'{pid}: panel {r["verdict"]} pair not in planted_errors.json')
            else:
                letter = RETOLD[a['doc']][0]
                want = rf'{letter}-P\d+' if r['verdict'] == 'more-precise' else rf'{letter}\d+'
                if not re.fullmatch(want, pe['label']):
                    err(f'{pid}: label {pe["label"]} does not fit')
                labels[pe['label']] += 1
                if (pe['verdict'], pe['panel_says'], pe['source_says'], pe['panel'], pe['essay']) != \
                        (r['verdict'], a['text'], b['text'], a['doc'], b['doc']):
                    err(f'{pid}: planted_errors.json entry does not match pair')
        elif pid in planted:
            err(f'{pid}: planted but verdict {r["verdict"]} or not a panel pair')
        if is_panel and r['verdict'] == 'agree':
            t = docs[a['doc']]
            i = t.find(a['text'])
            for (x, y) in planted_spans.get(a['doc'], []):
                if i < y and x < i + len(a['text']):
                    err(f'{pid}: agree span overlaps a planted span')
    for lab, c in labels.items():
        if c > 1:
            err(f'label {lab} used {c} times')
    for pid in planted:
        if not re.fullmatch(r'p\d{3}', pid) or int(pid[1:]) > len(rows):
            err(f'planted_errors.json has unknown id {pid}')
    # ---- counts
    v = Counter(r['verdict'] for r in rows)
    ee = sum(1 for r in rows if r['a']['doc'] not in RETOLD)
    if len(rows) < 140:
        err(f'only {len(rows)} pairs')
    if not 15 <= ee <= 30:
        err(f'{ee} essay-essay pairs (15-30)')
    for k, (lo, hi) in RANGES.items():
        if not lo <= v[k] <= hi:
            err(f'{k}: {v[k]} not in {lo}-{hi}')
    if not 40 <= len(planted) <= 50:
        err(f'{len(planted)} planted errors (40-50)')
    print(f'{len(rows)} pairs ({len(rows) - ee} panel-essay, {ee} essay-essay); verdicts {dict(v)}; '
          f'kinds {dict(Counter(r["kind"] for r in rows))}; planted {len(planted)}; docs split {len(docs)}')
    for e in errors:
        print('ERROR', e)
    print('RESULT:', 'OK, 0 errors' if not errors else f'FAIL, {len(errors)} errors')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
