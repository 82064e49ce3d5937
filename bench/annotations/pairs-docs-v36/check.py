"""Independent validation of pairs_v36 (stdlib only). Usage: python3 check.py [FOLDER]"""
import json
import os
import re
import sys
from collections import Counter

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
PANELS = {
    'panel-congo-and-kashmir': ['1961-1968-congo-decolonization', '1961-1968-india-pakistan-war'],
    'panel-bullitt-mission-and-recognition': ['1914-1920-bullitt-mission', '1921-1936-ussr'],
    'panel-decolonization-and-dien-bien-phu': ['1945-1952-asia-and-africa', '1953-1960-dien-bien-phu'],
}
NO_END = {'U.S.', 'U.S.S.R.', 'U.N.', 'Jr.', 'Sr.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'Gen.', 'Col.', 'Lt.', 'Capt.',
          'Adm.', 'Sen.', 'Rep.', 'Gov.', 'No.', 'Co.', 'Inc.', 'Ltd.', 'vs.', 'etc.', 'i.e.', 'e.g.', 'Mt.', 'Ft.',
          'D.C.', 'U.K.', 'Messrs.', 'Pres.', 'Sept.', 'Feb.', 'Jan.', 'Aug.', 'Oct.', 'Nov.', 'Dec.', 'Hon.'}
CLOSE = set('"\'\u201d\u2019)]')
OPEN = set('"\'\u201c\u2018([$')
errors = []


def err(msg):
    errors.append(msg)


def prose(line):
    s = line.strip()
    if not s:
        return False
    j = len(s)
    while j > 0 and s[j - 1] in CLOSE:
        j -= 1
    return (j > 0 and s[j - 1] in '.!?') or len(s.split()) >= 40


def walk(line):
    """Character-walking splitter following the same written rules as splitter.py."""
    out, cur, i, n = [], [], 0, len(line)
    while i < n:
        ch = line[i]
        cur.append(ch)
        if ch in '.!?':
            j = i + 1
            while j < n and line[j] in CLOSE:
                cur.append(line[j])
                j += 1
            k = j
            while k < n and line[k].isspace():
                k += 1
            if k > j and k < n and (line[k].isupper() or line[k].isdigit() or line[k] in OPEN):
                upto = ''.join(cur[:len(cur) - (j - i - 1)])  # sentence so far, without closers
                token = upto.split()[-1].lstrip(''.join(OPEN)) if upto.split() else ''
                parts = token.split('.')[:-1]
                initials = bool(parts) and all(len(x) == 1 and x.isupper() for x in parts)
                abbrev = ch == '.' and (token in NO_END or initials)
                if not abbrev:
                    out.append(''.join(cur).strip())
                    cur = []
                    i = k
                    continue
            i = j
            continue
        i += 1
    if ''.join(cur).strip():
        out.append(''.join(cur).strip())
    return out


def sents(text):
    res = []
    for line in text.split('\n'):
        if prose(line):
            res.extend(walk(line.strip()))
    return res


def main():
    docs = dict(json.load(open(ESSAYS, encoding='utf-8')))
    for p in PANELS:
        path = os.path.join(FOLDER, p + '.txt')
        raw = open(path, encoding='utf-8').read()
        docs[p] = raw
        lines = raw.split('\n')
        if not lines[0].strip() or lines[1] != '':
            err(f'{p}: needs title line then blank line')
        if '\n\n\n' in raw:
            err(f'{p}: double blank line')
        if any(ord(c) > 127 for c in raw):
            err(f'{p}: non-ASCII character')
        words = len(raw.split('\n', 2)[2].split())
        if not 700 <= words <= 850:
            err(f'{p}: body has {words} words (700-850)')
    # cross-check splitter.py if present
    sys.path.insert(0, FOLDER)
    try:
        import splitter
        for d, t in docs.items():
            if d.startswith('000_'):
                continue
            if splitter.sentences(t) != sents(t):
                err(f'splitters disagree on {d}')
    except ImportError:
        pass
    rows = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v36.jsonl'), encoding='utf-8')]
    planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
    seen = set()
    cache = {}
    agree_panel_spans = []
    planted_spans = []
    for n, r in enumerate(rows, 1):
        pid = r.get('id')
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
            err(f'{pid}: keys {sorted(r)}')
            continue
        if pid != f'p{n:03d}':
            err(f'{pid}: expected p{n:03d}')
        if r['kind'] not in ('event', 'date', 'quantity', 'quote'):
            err(f'{pid}: kind {r["kind"]}')
        if r['verdict'] not in ('agree', 'more-precise', 'differ', 'not-same'):
            err(f'{pid}: verdict {r["verdict"]}')
        if not r['note'].strip():
            err(f'{pid}: empty note')
        for side in 'ab':
            s = r[side]
            if set(s) != {'doc', 'text', 'sentence'}:
                err(f'{pid}.{side}: keys')
                continue
            if s['doc'] not in docs:
                err(f'{pid}.{side}: unknown doc {s["doc"]}')
                continue
            if s['doc'] not in cache:
                cache[s['doc']] = sents(docs[s['doc']])
            if s['sentence'] not in cache[s['doc']]:
                err(f'{pid}.{side}: sentence is not a sentence of {s["doc"]}')
            if s['text'] not in s['sentence']:
                err(f'{pid}.{side}: text not in sentence')
            if docs[s['doc']].count(s['text']) != 1:
                err(f'{pid}.{side}: text not unique in doc')
        a, b = r['a'], r['b']
        if a['doc'] == b['doc']:
            err(f'{pid}: same doc on both sides')
        if b['doc'] in PANELS:
            err(f'{pid}: panel on side b')
        key = (a['doc'], a['text'], b['doc'], b['text'])
        if key in seen:
            err(f'{pid}: duplicate pair')
        seen.add(key)
        if a['doc'] in PANELS and b['doc'] not in PANELS[a['doc']]:
            err(f'{pid}: panel paired with an essay it does not retell')
        if r['kind'] == 'quote' and r['verdict'] == 'agree':
            norm = lambda x: re.sub(r'\W+', ' ', x).strip().lower()
            if norm(a['text']) != norm(b['text']):
                err(f'{pid}: quote-agree with different words')
        if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
            err(f'{pid}: more-precise note must say "(b) more precise"')
        is_panel = a['doc'] in PANELS
        if is_panel and r['verdict'] in ('differ', 'more-precise'):
            pe = planted.get(pid)
            if not pe:
                err(f'{pid}: panel {r["verdict"]} pair not in planted_errors.json')
            else:
                letter = {'panel-congo-and-kashmir': 'A', 'panel-bullitt-mission-and-recognition': 'B',
                          'panel-decolonization-and-dien-bien-phu': 'C'}[a['doc']]
                pat = rf'{letter}-P\d+' if r['verdict'] == 'more-precise' else rf'{letter}\d+'
                if not re.fullmatch(pat, pe['label']):
                    err(f'{pid}: label {pe["label"]} does not fit')
                if (pe['verdict'], pe['panel_says'], pe['source_says'], pe['panel'], pe['essay']) != \
                        (r['verdict'], a['text'], b['text'], a['doc'], b['doc']):
                    err(f'{pid}: planted_errors.json mismatch')
                planted_spans.append((a['doc'], a['text']))
        elif pid in planted:
            err(f'{pid}: planted but not a panel differ/more-precise pair')
        if is_panel and r['verdict'] == 'agree':
            agree_panel_spans.append((pid, a['doc'], a['text']))
    labels = [v['label'] for v in planted.values()]
    if len(labels) != len(set(labels)):
        err('duplicate planted labels')
    for pid, d, t in agree_panel_spans:
        start = docs[d].find(t)
        for pd, pt in planted_spans:
            if pd == d:
                ps = docs[d].find(pt)
                if start >= 0 and ps >= 0 and start < ps + len(pt) and ps < start + len(t):
                    err(f'{pid}: agree span overlaps planted span {pt!r}')
    v = Counter(r['verdict'] for r in rows)
    ee = sum(1 for r in rows if r['a']['doc'] not in PANELS)
    checks = [(len(rows) >= 140, f'{len(rows)} pairs (>=140)'), (15 <= ee <= 30, f'{ee} essay-essay (15-30)'),
              (65 <= v['agree'] <= 85, f'agree {v["agree"]}'), (12 <= v['more-precise'] <= 20, f'mp {v["more-precise"]}'),
              (30 <= v['differ'] <= 40, f'differ {v["differ"]}'), (12 <= v['not-same'] <= 22, f'not-same {v["not-same"]}'),
              (40 <= len(planted) <= 50, f'{len(planted)} planted (40-50)')]
    for ok, msg in checks:
        if not ok:
            err('count: ' + msg)
    print(f'{len(rows)} pairs; verdicts {dict(v)}; essay-essay {ee}; planted {len(planted)}')
    for e in errors:
        print('ERROR', e)
    print('RESULT:', 'OK, 0 errors' if not errors else f'FAIL, {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
