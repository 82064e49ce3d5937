"""Independent validation of pairs_v32 (stdlib only). Usage: python3 check.py [FOLDER]"""
import json
import os
import re
import sys
from collections import Counter

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'all_essays.json')
EXHIBIT = '000_beabee21081aa6a0'
CLOSE = set('"\'\u201d\u2019)]')
OPEN = set('"\'\u201c\u2018([$')
ABBR = {'U.S', 'U.N', 'Dr', 'Mr', 'Mrs', 'St', 'Gen', 'Col', 'Lt', 'Jr', 'Sr', 'e.g', 'i.e', 'etc', 'vs',
        'No', 'Mt', 'Ft', 'Capt', 'Adm', 'Gov', 'Sen', 'Rep', 'Pres', 'Co', 'Inc', 'Ltd', 'U.K', 'U.S.S.R'}
PANELS = {'panel-red-line-and-the-trade-bank': ('A', {'1921-1936-red-line', '1921-1936-export-import-bank'}),
          'panel-partition-and-the-war-of-1948': ('B', {'1945-1952-creation-israel', '1945-1952-arab-israeli-war'}),
          'panel-containment-from-x-to-nsc-68': ('C', {'1945-1952-kennan', '1945-1952-nsc68'})}
EXPECTED = ['A%d' % i for i in range(1, 15)] + ['A-P%d' % i for i in range(1, 4)] + \
           ['B%d' % i for i in range(1, 12)] + ['B-P%d' % i for i in range(1, 4)] + \
           ['C%d' % i for i in range(1, 12)] + ['C-P%d' % i for i in range(1, 5)]
errors = []


def err(msg):
    errors.append(msg)


def walk_split(line):
    """Character-walking splitter (written separately from splitter.py)."""
    out, cur, i, n = [], '', 0, len(line)
    while i < n:
        ch = line[i]
        cur += ch
        if ch in '.!?':
            j = i + 1
            while j < n and line[j] in CLOSE:
                cur += line[j]
                j += 1
            k = j
            while k < n and line[k].isspace():
                k += 1
            boundary = k > j and k < n and (line[k].isupper() or line[k].isdigit() or line[k] in OPEN)
            if boundary and ch == '.' and j == i + 1:
                m = re.search(r'([A-Za-z.]+)\.$', cur)
                w = m.group(1) if m else ''
                if w in ABBR or w.rstrip('.') in ABBR or (len(w) == 1 and w.isupper()):
                    boundary = False
            if boundary:
                out.append(cur.strip())
                cur = ''
                i = k
                continue
            i = j
            continue
        i += 1
    if cur.strip():
        out.append(cur.strip())
    return out


def sents(text):
    res = []
    for line in text.split('\n'):
        s = line.strip()
        if not s:
            continue
        t = s
        while t and t[-1] in CLOSE:
            t = t[:-1]
        if t.endswith(('.', '!', '?')) or len(s.split()) >= 40:
            res.extend(walk_split(s))
    return res


def main():
    with open(ESSAYS, encoding='utf-8') as f:
        docs = {k: v for k, v in json.load(f).items() if k != EXHIBIT}
    for name in PANELS:
        path = os.path.join(FOLDER, name + '.txt')
        with open(path, encoding='utf-8') as f:
            text = f.read()
        docs[name] = text
        parts = text.rstrip('\n').split('\n\n')
        if len(parts) < 4 or '\n' in parts[0] or any('\n' in p or not p.strip() for p in parts):
            err('%s: layout (title, blank line, paragraphs separated by one blank line)' % name)
        if re.search('[\u2018\u2019\u201c\u201d\u2013\u2014]', text):
            err('%s: curly quote or long dash' % name)
        words = len(text.split())
        if not 700 <= words <= 850:
            err('%s: %d words' % (name, words))
    sent_cache = {}
    rows = [json.loads(l) for l in open(os.path.join(FOLDER, 'pairs_v32.jsonl'), encoding='utf-8')]
    planted = json.load(open(os.path.join(FOLDER, 'planted_errors.json'), encoding='utf-8'))
    seen, labels = set(), Counter()
    agree_spans = []
    planted_spans = []
    ee = 0
    for i, r in enumerate(rows, 1):
        pid = r.get('id')
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}:
            err('%s: keys %s' % (pid, sorted(r)))
        if pid != 'p%03d' % i:
            err('%s: id not sequential' % pid)
        if r['kind'] not in ('event', 'date', 'quantity', 'quote'):
            err('%s: kind' % pid)
        if r['verdict'] not in ('agree', 'more-precise', 'differ', 'not-same'):
            err('%s: verdict' % pid)
        if not r['note'].strip():
            err('%s: empty note' % pid)
        for key in ('a', 'b'):
            s = r[key]
            if set(s) != {'doc', 'text', 'sentence'} or s['doc'] not in docs:
                err('%s/%s: side' % (pid, key))
                continue
            if s['doc'] not in sent_cache:
                sent_cache[s['doc']] = sents(docs[s['doc']])
            if s['sentence'] not in sent_cache[s['doc']]:
                err('%s/%s: sentence is not a sentence of %s' % (pid, key, s['doc']))
            if s['text'] not in s['sentence']:
                err('%s/%s: text not in sentence' % (pid, key))
            if docs[s['doc']].count(s['text']) != 1:
                err('%s/%s: text not unique in doc' % (pid, key))
        a, b = r['a']['doc'], r['b']['doc']
        if a == b:
            err('%s: same doc on both sides' % pid)
        if b in PANELS:
            err('%s: panel on side b' % pid)
        sig = (a, r['a']['text'], b, r['b']['text'])
        if sig in seen:
            err('%s: duplicate pair' % pid)
        seen.add(sig)
        if a in PANELS:
            letter, srcs = PANELS[a]
            if b not in srcs:
                err('%s: panel paired with an essay it does not retell' % pid)
            if r['verdict'] in ('differ', 'more-precise'):
                pe = planted.get(pid)
                if not pe:
                    err('%s: %s panel pair not planted' % (pid, r['verdict']))
                else:
                    want = letter + ('-P' if r['verdict'] == 'more-precise' else '')
                    if not re.fullmatch(re.escape(want) + r'\d+', pe['label']):
                        err('%s: label %s does not fit verdict/panel' % (pid, pe['label']))
                    if pe['panel_says'] != r['a']['text'] or pe['source_says'] != r['b']['text'] or \
                            pe['verdict'] != r['verdict']:
                        err('%s: planted_errors.json mismatch' % pid)
                    labels[pe['label']] += 1
                    planted_spans.append((a, r['a']['text'], pid))
            elif pid in planted:
                err('%s: planted but verdict %s' % (pid, r['verdict']))
            if r['verdict'] == 'agree':
                agree_spans.append((a, r['a']['text'], pid))
        else:
            ee += 1
            if pid in planted:
                err('%s: essay-essay pair planted' % pid)
        if r['verdict'] == 'more-precise' and '(b) more precise' not in r['note']:
            err('%s: more-precise note lacks "(b) more precise"' % pid)
    for lab in EXPECTED:
        if labels[lab] != 1:
            err('label %s occurs %d times' % (lab, labels[lab]))
    if set(planted) - {r['id'] for r in rows}:
        err('planted_errors.json has unknown ids')
    for doc, span, pid in agree_spans:
        t = docs[doc]
        s0 = t.find(span)
        if s0 < 0:
            continue
        for pdoc, pspan, ppid in planted_spans:
            if pdoc == doc:
                p0 = t.find(pspan)
                if p0 >= 0 and s0 < p0 + len(pspan) and p0 < s0 + len(span):
                    err('%s: agree span overlaps planted span of %s' % (pid, ppid))
    v = Counter(r['verdict'] for r in rows)
    if len(rows) < 140:
        err('only %d pairs' % len(rows))
    if not 15 <= ee <= 30:
        err('%d essay-essay pairs' % ee)
    for verdict, lo, hi in (('agree', 65, 85), ('more-precise', 12, 20), ('differ', 30, 40), ('not-same', 12, 22)):
        if not lo <= v[verdict] <= hi:
            err('%s count %d outside %d-%d' % (verdict, v[verdict], lo, hi))
    # the two splitters must agree on every document
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from splitter import sentences as regex_sentences
    diff = [d for d in docs if regex_sentences(docs[d]) != sents(docs[d])]
    if diff:
        err('splitters disagree on %d docs, e.g. %s' % (len(diff), diff[:3]))
    print('%d pairs (%d essay-essay), verdicts %s, docs %d' % (len(rows), ee, dict(v), len(docs)))
    for e in errors:
        print('ERROR', e)
    print('RESULT: %s, %d errors' % ('OK' if not errors else 'FAIL', len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
