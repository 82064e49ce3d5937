import csv, collections
rows=[l.rstrip('\n').split('\t') for l in open('/work/redteam59/rows.tsv') if l.strip()]
def esc(s): return s.replace('|','\\|').replace('\n',' ')
head=open('/work/redteam59/report_head.md').read() if __import__('os').path.exists('/work/redteam59/report_head.md') else '# Red-team report, round 59\n'
tail=open('/work/redteam59/report_defects.md').read() if __import__('os').path.exists('/work/redteam59/report_defects.md') else ''
c=collections.Counter(r[6] for r in rows)
out=[head, f'\n## Attack table\n\n{len(rows)} attack rows: {c.get("PASS",0)} PASS, {c.get("FAIL",0)} FAIL.\n\n| id | class | input | command | expected | observed | result |\n|---|---|---|---|---|---|---|\n']
for r in rows:
    r=(r+['']*7)[:7]
    out.append('| '+' | '.join(esc(x) for x in r)+' |\n')
out.append('\n'+tail)
open('/work/redteam59/REPORT.md','w').write(''.join(out))
print(len(rows), c)
