import csv, os
os.chdir('/work/redteam53')
rows = []
verd = {}
if os.path.exists('verdicts.tsv'):
    for line in open('verdicts.tsv', encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if len(p) >= 3: verd[p[0]] = (p[1], p[2])
for line in open('raw.tsv', encoding='utf-8'):
    p = line.rstrip('\n').split('\t')
    id_, cls, inp, cmd, exp, rc, wall, rss, flags = p
    obs, v = verd.get(id_, ('', 'TODO'))
    rss_mb = int(rss) // 1024 if rss.isdigit() else rss
    rows.append((id_, cls, inp, '`' + cmd.replace('|', '\\|') + '`', exp, f'exit {rc}, {wall}s, {rss_mb} MB, {flags}. {obs}', v))
for fn in ['manual.tsv', 'raw_web.tsv']:
    if os.path.exists(fn):
        for line in open(fn, encoding='utf-8'):
            p = line.rstrip('\n').split('\t')
            if len(p) == 7: rows.append(tuple(p))
esc = lambda s: s.replace('\\|', '|').replace('|', '\\|').replace('\n', ' ')
out = ['# Red team of vitrina, round 53 (regimental archive + town-council records)', '',
       'Tester: independent helper session. vitrina 0.2.0.dev0, plain `pip install /work/main` into /work/redteam53/venv.',
       'Every command ran under `nice -n 10 timeout 120 prlimit --as=4000000000` (whole-collection builds and the 1 MB build `timeout 300/600`), one at a time — except the concurrency rows (I04/I05: two builds at once; R01: build while serving) and the web rows, run against a `vitrina serve` left running. The machine was shared: load average 6–14 from other jobs during the run, so wall times are pessimistic.',
       'Observed column: exit code, wall time, max RSS, tb=number of Python tracebacks printed, ctl=lines with raw C0 control bytes in stdout+stderr. Verdicts: PASS, FAIL, INCONCLUSIVE (load), N/A (running as root).',
       'Incident: in one interrupt step (I02) a background `cd` left the foreground commands in /work/main\'s directory; they were only `ls`/`md5sum`/`cat` reads that failed (no `work/` or `venv/` there) — nothing was written under /work/main; the step was re-checked from /work/redteam53.',
       'Logs: logs/ID.out, logs/ID.err, logs/ID.time. Inputs: in/. Reproductions: repro/.', '']
if os.path.exists('summary.md'): out += [open('summary.md', encoding='utf-8').read(), '']
n = len(rows); f = sum(1 for r in rows if r[6] == 'FAIL'); pz = sum(1 for r in rows if r[6] == 'PASS')
out += [f'## Attack table ({n} rows: {pz} PASS, {f} FAIL, {n-pz-f} other)', '',
        '| id | class | input | command | expected | observed | verdict |', '|---|---|---|---|---|---|---|']
for r in rows: out.append('| ' + ' | '.join(esc(c) for c in r) + ' |')
if os.path.exists('defects.md'): out += ['', open('defects.md', encoding='utf-8').read()]
open('REPORT.md', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(n, pz, f)
