#!/usr/bin/env python3
"""Validate pairs_v14.jsonl + planted_errors.json + panels (stdlib only).
Own sentence splitter: a single character-walking state machine over the RAW text
(independent of build_pairs.py, which splits line by line with a loop + regexes)."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)

PANELS = {  # panel -> essays it retells (hard-coded here on purpose)
    'panel-tribunals-and-occupation': {'nuremberg', 'japan-reconstruction'},
    'panel-corsairs-and-neutral-rights': {'barbary-wars', 'napoleonic-wars', 'war-of-1812'},
    'panel-rights-and-restraint': {'human-rights', 'non-proliferation'},
}
PREFIX = {'panel-tribunals-and-occupation': 'A', 'panel-corsairs-and-neutral-rights': 'B', 'panel-rights-and-restraint': 'C'}
EXPECTED_LABELS = ({f'A{i}' for i in range(1, 14)} | {f'A-P{i}' for i in range(1, 4)} |
                   {f'B{i}' for i in range(1, 13)} | {f'B-P{i}' for i in range(1, 4)} |
                   {f'C{i}' for i in range(1, 12)} | {f'C-P{i}' for i in range(1, 5)})
ESSAY_DIFFER_OK = {frozenset({'napoleonic-wars', 'war-of-1812'}), frozenset({'non-proliferation', 'limited-ban'})}
KINDS = {'event', 'date', 'quantity', 'quote'}
VERDICTS = {'agree', 'more-precise', 'differ', 'not-same'}
ABBREV = {'U.S', 'U.N', 'No', 'St', 'Dr', 'Mr', 'Mrs', 'Gen', 'H.M.S', 'U.S.S', 'Jr', 'Sr'}
CLOSERS = set('"\'”’)]')
STARTERS = set('$(["“‘0123456789')


def norm(s):
    return ' '.join(s.split())


def walk(raw):
    """state machine: buffer characters; newline ends a line -> flush (caption if no final punct)."""
    sents, buf = [], []
    def flush_line():
        seg = norm(''.join(buf))
        buf.clear()
        if not seg:
            return
        t = seg.rstrip(''.join(CLOSERS))
        if t and t[-1] in '.!?':
            sents.append(seg)
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == '\n':
            flush_line(); i += 1; continue
        buf.append(ch)
        if ch in '.!?':
            k = i + 1
            while k < n and raw[k] in CLOSERS:
                buf.append(raw[k]); k += 1
            word = re.search(r'(\S*)$', ''.join(buf[:len(buf) - (k - i - 1) - 1]))
            w = word.group(1).lstrip('(“"‘') if word else ''
            is_abbr = ch == '.' and (w in ABBREV or re.fullmatch(r'(?:[A-Z]\.)*[A-Z]', w) is not None)
            if not is_abbr and k < n and raw[k] in ' \t' and k + 1 < n and (raw[k + 1].isupper() or raw[k + 1] in STARTERS):
                flush_line(); i = k + 1; continue
            if ch == '.' and k == i + 1 and k + 1 < n and raw[k].isupper() and raw[k + 1].islower() \
                    and i > 0 and raw[i - 1].islower():
                flush_line(); i = k; continue
            i = k; continue
        i += 1
    flush_line()
    return sents


def main():
    docs = dict(json.load(open(os.path.join(HERE, '..', 'all_essays.json'), encoding='utf-8')))
    for p in PANELS:
        path = os.path.join(HERE, p + '.txt')
        raw = open(path, encoding='utf-8').read()
        docs[p] = raw
        lines = raw.rstrip('\n').split('\n')
        if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
            err(f'{p}: needs title line + blank line')
        body = lines[2:]
        for j, l in enumerate(body):
            if (j % 2 == 0 and not l.strip()) or (j % 2 == 1 and l != ''):
                err(f'{p}: paragraphs must be single lines separated by one blank line (line {j + 3})')
        wc = len(' '.join(body).split())
        if not 700 <= wc <= 850:
            err(f'{p}: {wc} words, want 700-850')
    coll = {k: norm(v) for k, v in docs.items()}
    split = {}
    rows = [json.loads(l) for l in open(os.path.join(HERE, 'pairs_v14.jsonl'), encoding='utf-8')]
    planted = json.load(open(os.path.join(HERE, 'planted_errors.json'), encoding='utf-8'))
    seen, spans = set(), collections.defaultdict(list)
    for p_id, e in planted.items():
        spans[e['panel']].append((e['panel_says'], e['label']))
    def rng(doc, t):
        s = coll[doc].find(t); return (s, s + len(t))
    labels = collections.Counter()
    for n, r in enumerate(rows, 1):
        pid = f'p{n:03d}'
        if set(r) != {'id', 'kind', 'a', 'b', 'verdict', 'note'}: err(f'{pid}: keys {sorted(r)}')
        if r.get('id') != pid: err(f'{pid}: id {r.get("id")}')
        if r['kind'] not in KINDS: err(f'{pid}: kind {r["kind"]}')
        if r['verdict'] not in VERDICTS: err(f'{pid}: verdict {r["verdict"]}')
        if not r['note'].strip(): err(f'{pid}: empty note')
        for s in 'ab':
            side = r[s]
            if set(side) != {'doc', 'text', 'sentence'}: err(f'{pid}.{s}: keys'); continue
            d = side['doc']
            if d not in coll: err(f'{pid}.{s}: unknown doc {d}'); continue
            if side['sentence'] not in coll[d]: err(f'{pid}.{s}: sentence not in doc')
            if side['text'] not in side['sentence']: err(f'{pid}.{s}: text not in sentence')
            if coll[d].count(side['text']) != 1: err(f'{pid}.{s}: text occurs {coll[d].count(side["text"])}x in {d}')
            if d not in split: split[d] = set(walk(docs[d]))
            if side['sentence'] not in split[d]: err(f'{pid}.{s}: not a whole sentence of {d}: {side["sentence"][:80]!r}')
        a, b = r['a']['doc'], r['b']['doc']
        if a == b: err(f'{pid}: pair within one document')
        if b in PANELS: err(f'{pid}: panel must be side a')
        key = frozenset({(a, r['a']['text']), (b, r['b']['text'])})
        if key in seen: err(f'{pid}: duplicate pair')
        seen.add(key)
        v = r['verdict']
        if a in PANELS:
            if v in ('agree', 'more-precise', 'differ') and b not in PANELS[a]:
                err(f'{pid}: {v} with essay {b} not retold by {a}')
            if v in ('differ', 'more-precise'):
                e = planted.get(pid)
                if not e: err(f'{pid}: panel {v} not a planted error'); continue
                lab = e['label']; labels[lab] += 1
                if not lab.startswith(PREFIX[a]): err(f'{pid}: label {lab} on wrong panel')
                if ('-P' in lab) != (v == 'more-precise'): err(f'{pid}: label {lab} vs verdict {v}')
                if e['panel_says'] != r['a']['text'] or e['source_says'] != r['b']['text'] or e['essay'] != b or e['panel'] != a:
                    err(f'{pid}: planted_errors entry does not match pair')
            elif pid in planted:
                err(f'{pid}: planted label on a {v} pair')
            # agree/not-same panel spans must not overlap planted error spans
            if v in ('agree', 'not-same'):
                ra = rng(a, r['a']['text'])
                for t, lab in spans[a]:
                    if v == 'not-same' and '-P' in lab: continue
                    rb = rng(a, t)
                    if ra[0] < rb[1] and rb[0] < ra[1]: err(f'{pid}: {v} span overlaps planted {lab}')
        else:
            if v == 'differ' and frozenset({a, b}) not in ESSAY_DIFFER_OK: err(f'{pid}: undocumented essay-essay differ')
            if pid in planted: err(f'{pid}: planted label on essay-essay pair')
            if v == 'more-precise' and not re.search(r'\b[ab] more precise', r['note']): err(f'{pid}: note must say a/b more precise')
    if set(labels) != EXPECTED_LABELS: err(f'labels missing {sorted(EXPECTED_LABELS - set(labels))} extra {sorted(set(labels) - EXPECTED_LABELS)}')
    for lab, c in labels.items():
        if c != 1: err(f'label {lab} used {c}x')
    if set(planted) - {r['id'] for r in rows}: err('planted_errors.json has unknown ids')
    vc = collections.Counter(r['verdict'] for r in rows)
    ee = sum(1 for r in rows if r['a']['doc'] not in PANELS)
    if not 140 <= len(rows) <= 160: err(f'{len(rows)} pairs, want 140-160')
    if vc['not-same'] < 15: err('fewer than 15 not-same')
    if not 15 <= ee <= 30: err(f'{ee} essay-essay pairs')
    if not 70 <= vc['agree'] <= 85: err(f'{vc["agree"]} agree')
    if not 13 <= vc['more-precise'] <= 17: err(f'{vc["more-precise"]} more-precise')
    if not 33 <= vc['differ'] <= 40: err(f'{vc["differ"]} differ')
    print(f'{len(rows)} pairs ({ee} essay-essay); verdicts {dict(vc)}; kinds {dict(collections.Counter(r["kind"] for r in rows))}')
    print(f'planted labels: {len(labels)} ({sum(1 for l in labels if "-P" not in l)} contradictions + {sum(1 for l in labels if "-P" in l)} precision)')
    for e in errors: print('ERROR', e)
    print(f'RESULT: {"OK" if not errors else "FAIL"}, {len(errors)} errors')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
