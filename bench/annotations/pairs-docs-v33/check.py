"""Stdlib validation of pairs_v33 (independent of build_pairs.py / splitter.py).

Usage: python3 check.py [FOLDER]   (default: this script's folder)
"""
import json
import os
import sys
from collections import Counter

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
PANELS = {
    'panel-embargo-and-the-war-of-1812': {'1801-1829-napoleonic-wars', '1801-1829-war-of-1812'},
    'panel-salt-and-the-nixon-shock': {'1969-1976-salt', '1969-1976-nixon-shock'},
    'panel-liberia-and-the-ashburton-treaty': {'1830-1860-liberia', '1830-1860-webster-treaty'},
}
LETTER = {'panel-embargo-and-the-war-of-1812': 'A', 'panel-salt-and-the-nixon-shock': 'B',
          'panel-liberia-and-the-ashburton-treaty': 'C'}
KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
RANGES = {'agree': (65, 85), 'more-precise': (12, 20), 'differ': (30, 40), 'not-same': (12, 22)}
NOBREAK = {'U.S', 'U.S.S', 'H.M.S', 'U.K', 'U.N', 'Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Gen', 'Lt', 'Col', 'Capt', 'Adm',
           'Sen', 'Rep', 'Gov', 'Jr', 'Sr', 'No', 'Nos', 'vs', 'etc', 'e.g', 'i.e', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug',
           'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Mt', 'Ft', 'Co', 'Corp', 'Inc', 'Ltd', 'D.C', 'P.M', 'A.M', 'a.m',
           'p.m', 'Rev', 'Hon', 'Pres', 'cf', 'al', 'approx'}
CLOSE = set('"\'\u201d\u2019)]')
OPEN = set('"\'\u201c\u2018([$')

errors = []


def err(msg):
    errors.append(msg)


def walk_split(line):
    """Character-walking sentence splitter."""
    out, buf, i, n = [], [], 0, len(line)
    while i < n:
        c = line[i]
        buf.append(c)
        if c in '.!?':
            j = i + 1
            while j < n and line[j] in CLOSE:
                buf.append(line[j])
                j += 1
            k = j
            while k < n and line[k].isspace():
                k += 1
            boundary = k > j and k < n and (line[k].isupper() or line[k].isdigit() or line[k] in OPEN)
            if boundary and c == '.' and j == i + 1:
                token = ''.join(buf[:-1]).split()[-1] if ''.join(buf[:-1]).split() else ''
                token = token.lstrip('(["\u201c')
                if token in NOBREAK or (len(token) == 1 and token.isupper()):
                    boundary = False
                elif len(token) >= 3 and all(ch.isalpha() for ch in token[::2]) and all(ch == '.' for ch in token[1::2]):
                    boundary = False
            if boundary:
                out.append(''.join(buf).strip())
                buf = []
                i = k
                continue
            i = j
            continue
        i += 1
    rest = ''.join(buf).strip()
    if rest:
        out.append(rest)
    return out


def prose(line):
    s = line.rstrip()
    if not s:
        return False
    t = s
    while t and t[-1] in CLOSE:
        t = t[:-1]
    return t[-1:] in ('.', '!', '?') or len(s.split()) >= 40


def sentences(text):
    out = []
    for line in text.split('\n'):
        if prose(line):
            out.extend(walk_split(line))
    return out


def main():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = json.load(f)
    docs.pop(EXHIBIT, None)
    # panels: layout, ascii punctuation, length
    for p in PANELS:
        path = os.path.join(FOLDER, p + '.txt')
        if not os.path.exists(path):
            err('missing panel %s' % p)
            continue
        text = open(path, encoding='utf-8').read()
        docs[p] = text
        blocks = text.rstrip('\n').split('\n\n')
        if len(blocks) < 3 or '\n' in blocks[0] or blocks[0].rstrip().endswith('.'):
            err('%s: bad title/layout' % p)
        for b in blocks:
            if '\n' in b or not b.strip() or b != b.strip():
                err('%s: paragraph layout problem' % p)
        if any(ch in text for ch in '\u201c\u201d\u2018\u2019\u2013\u2014'):
            err('%s: curly quotes or dashes' % p)
        words = len(text.split())
        if not 700 <= words <= 850:
            err('%s: %d words' % (p, words))
    cache = {}

    def sents(d):
        if d not in cache:
            cache[d] = sentences(docs[d])
        return cache[d]

    rows = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v33.jsonl'), encoding='utf-8') if l.strip()]
    planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
    seen, cnt, ee, byid = set(), Counter(), 0, {}
    agree_panel_spans = []
    for n, r in enumerate(rows, 1):
        pid = r.get('id')
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
            err('%s: keys %s' % (pid, sorted(r)))
            continue
        byid[pid] = r
        if pid != 'p%03d' % n:
            err('%s: id not sequential' % pid)
        if r['kind'] not in KINDS:
            err('%s: kind %s' % (pid, r['kind']))
        if r['verdict'] not in VERDICTS:
            err('%s: verdict %s' % (pid, r['verdict']))
        if not r['note'].strip():
            err('%s: empty note' % pid)
        for side in 'ab':
            s = r[side]
            if set(s) != {'doc', 'text', 'sentence'}:
                err('%s.%s keys' % (pid, side))
                continue
            if s['doc'] not in docs:
                err('%s.%s unknown doc %s' % (pid, side, s['doc']))
                continue
            if s['text'] not in s['sentence']:
                err('%s.%s text not in sentence' % (pid, side))
            if s['sentence'] not in sents(s['doc']):
                err('%s.%s sentence is not a sentence of %s' % (pid, side, s['doc']))
            if docs[s['doc']].count(s['text']) != 1:
                err('%s.%s text not unique in doc' % (pid, side))
        a, b = r['a']['doc'], r['b']['doc']
        if a == b:
            err('%s: same doc on both sides' % pid)
        if b in PANELS:
            err('%s: panel on side b' % pid)
        key = (a, r['a']['text'], b, r['b']['text'])
        if key in seen:
            err('%s: duplicate pair' % pid)
        seen.add(key)
        cnt[r['verdict']] += 1
        if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
            err('%s: more-precise note must say "(b) more precise"' % pid)
        if a in PANELS:
            if b not in PANELS[a]:
                err('%s: panel paired with an essay it does not retell' % pid)
            if r['verdict'] in ('differ', 'more-precise'):
                pe = planted.get(pid)
                if not pe:
                    err('%s: panel %s pair not planted' % (pid, r['verdict']))
                else:
                    lab = pe['label']
                    want_p = r['verdict'] == 'more-precise'
                    if not lab.startswith(LETTER[a]) or ('-P' in lab) != want_p:
                        err('%s: label %s does not fit' % (pid, lab))
                    if pe['verdict'] != r['verdict'] or pe['panel_says'] != r['a']['text'] \
                            or pe['source_says'] != r['b']['text'] or pe['panel'] != a or pe['essay'] != b:
                        err('%s: planted_errors.json mismatch' % pid)
            elif r['verdict'] == 'agree':
                agree_panel_spans.append((pid, a, r['a']['text']))
        else:
            ee += 1
            if pid in planted:
                err('%s: essay-essay pair marked planted' % pid)
    for pid, pe in planted.items():
        if pid not in byid:
            err('planted %s not in pairs' % pid)
        elif byid[pid]['verdict'] != pe['verdict']:
            err('%s: verdict %s but planted as %s' % (pid, byid[pid]['verdict'], pe['verdict']))
    labels = Counter(v['label'] for v in planted.values())
    for lab, c in labels.items():
        if c != 1:
            err('label %s used %d times' % (lab, c))
    # planted spans must not overlap agree spans of the same panel
    for pid, doc, span in agree_panel_spans:
        start = docs[doc].find(span)
        for q, pe in planted.items():
            if pe['panel'] != doc:
                continue
            s2 = docs[doc].find(pe['panel_says'])
            if start < s2 + len(pe['panel_says']) and s2 < start + len(span):
                err('%s: agree span overlaps planted %s' % (pid, pe['label']))
    # splitter agreement with splitter.py, if present
    try:
        sys.path.insert(0, FOLDER)
        import splitter
        bad = [d for d in docs if splitter.sentences(docs[d]) != sentences(docs[d])]
        if bad:
            err('splitters disagree on %d docs, e.g. %s' % (len(bad), bad[:3]))
        else:
            print('splitters agree on all %d documents' % len(docs))
    except ImportError:
        print('splitter.py not found; splitter comparison skipped')
    if len(rows) < 140:
        err('only %d pairs' % len(rows))
    if not 15 <= ee <= 30:
        err('%d essay-essay pairs' % ee)
    for v, (lo, hi) in RANGES.items():
        if not lo <= cnt[v] <= hi:
            err('verdict %s count %d outside %d-%d' % (v, cnt[v], lo, hi))
    contra = sum(1 for v in planted.values() if '-P' not in v['label'])
    print('pairs %d (panel-essay %d, essay-essay %d); verdicts %s; planted %d (%d contradictions, %d precision)'
          % (len(rows), len(rows) - ee, ee, dict(cnt), len(planted), contra, len(planted) - contra))
    for e in errors:
        print('ERROR', e)
    print('RESULT: %s, %d errors' % ('OK' if not errors else 'FAIL', len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
