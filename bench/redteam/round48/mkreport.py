import json, csv
ov = {}
for l in open('/work/redteam48/overrides.tsv'):
    a, v, n = l.rstrip('\n').split('\t'); ov[a] = (v, n)
qs = list(csv.DictReader(open('/work/redteam48/questions.tsv'), delimiter='\t'))
rows = []
seen = set()
for l in open('/work/redteam48/logs/attacks.jsonl'):
    r = json.loads(l)
    if r['id'] in seen: continue
    seen.add(r['id'])
    if r['id'] in ov:
        r['verdict'], note = ov[r['id']]; r['observed'] = note + ' — ' + (r['observed'] or '')
    if r['id'].startswith('Q') and r['id'][1:].isdigit():
        q = qs[int(r['id'][1:]) - 1]
        r['input'] = 'Q: ' + q['question']; r['expected'] = q['expected']
        r['observed'] = f"answer={q['vitrina_answer']} conf={q['confidence']} [{q['verdict']}]"
    rows.append(r)
# rewrite jsonl with final verdicts
with open('/work/redteam48/logs/attacks.jsonl', 'w') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
esc = lambda s: str(s if s is not None else '').replace('|', '\\|').replace('\n', ' ')[:220]
out = ['| id | class | input | command | expected | observed | exit | s | RSS MB | tb | ctrl | verdict |', '|---|---|---|---|---|---|---|---|---|---|---|---|']
for r in rows:
    out.append('| ' + ' | '.join([r['id'], r['class'], esc(r['input']), '`' + esc(r['command'])[:140].replace('`', "'") + '`', esc(r['expected']), esc(r['observed']),
        esc(r['exit']), esc(r['seconds']), str(round(r['maxrss_kb'] / 1024)) if r.get('maxrss_kb') else '', 'Y' if r['traceback'] else '', 'Y' if r['control_bytes'] else '', r['verdict']]) + ' |')
n = len(rows); nf = sum(r['verdict'] == 'FAIL' for r in rows)
open('/work/redteam48/logs/table.md', 'w').write('\n'.join(out) + '\n')
print(n, nf, sum(r['traceback'] for r in rows))
