import json
rows=[json.loads(l) for l in open('/work/redteam47/logs/attacks.jsonl')]
ov=json.load(open('/work/redteam47/overrides.json'))
seen={}
for r in rows: seen[r['id']]=r   # last wins
rows=list(seen.values())
for r in rows:
    if r['id'] in ov: r['verdict'], r['why'] = ov[r['id']]
def esc(s): return str(s).replace('|','\\|').replace('\n',' ').replace('\r',' ')[:260]
out=['# Red team round 47 — vitrina command line', '', open('/work/redteam47/report_head.md').read(), '',
     f'## Attack table ({len(rows)} rows; {sum(r["verdict"]=="FAIL" for r in rows)} FAIL)', '',
     '| id | class | input | command | expected | observed (rc, wall s, max RSS MB, traceback, raw ctrl) | verdict |','|---|---|---|---|---|---|---|']
for r in rows:
    obs = f"rc={r['rc']} {r['wall']}s {r['rss_mb']}MB tb={r['tb']} ctrl={r['ctrl']}; " if r['rc']!='' else ''
    obs += r['why'] if r['verdict']=='FAIL' else (r['out'].strip().splitlines() or [''])[-1]
    out.append(f"| {r['id']} | {esc(r['cls'])} | {esc(r['input'])} | `{esc(r['cmd'])}` | {esc(r['expected'])} | {esc(obs)} | {r['verdict']} |")
out += ['', open('/work/redteam47/report_defects.md').read()]
open('/work/redteam47/REPORT.md','w').write('\n'.join(out)+'\n')
print(len(rows), sum(r['verdict']=='FAIL' for r in rows))
