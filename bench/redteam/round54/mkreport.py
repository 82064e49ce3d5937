import csv,re
rows=[l.rstrip('\n').split('\t') for l in open('rows.tsv',encoding='utf-8',errors='replace') if l.strip()]
mcmd={'M01':'build (no PATHS)','M02':'build --bogus in/coll','M03':'build --jobs 0','M04':'build --jobs -3','M05':'build --time-limit nan','M06':'build --time-limit inf','M07':'build --memory-limit 10','M08':'build --memory-limit 99999999999999999999','M09':'build --authority nope.csv','M10':'build --authority missing.csv --no-authority','M11':'build --workers 2 (no dask)','M12':'build --cluster tcp://127.0.0.1:1','M13':'build --encoding klingon','M14':'build /nonexistent','M15':'build --db /etc/passwd','M16':'build --db <a .txt document>','M17':'build --db <a folder>','M18':'export --format xml','M19':'export --db missing.db','M20':'export --format tei (no -o)','M21':'export --format csv -o out/foo.csv','M22':'search (no QUERY)','M23':'search ""','M24':'search --limit 0','M25':'search --limit NaN','M26':'search --date notadate','M27':'search --entity person-nobody','M28':'search --document nodoc','M29':'search --section nosection','M30':'search Doyle --no-subsections (no --section)','M31':'ask ""','M32':'ask (no QUESTION)','M33':'compare --verdict maybe','M34':'serve --port 70000','M35':'serve --port -1','M36':'serve --db missing.db','M37':'publish (no --static)','M38':'publish --static /etc/passwd','M39':'--version','M40':'nocommand'}
out=[]
for r in rows:
    if r[0] in mcmd:
        r[2]='-'; r[3]='vitrina '+mcmd[r[0]]
        if r[0] in('M11','M12','M14','M15','M16','M19','M36'): r[4]='exit 1, one Error line'
        elif r[0]=='M39': r[4]='exit 0, version'
        elif r[0]=='M30': pass
        else: r[4]='exit 2 usage error'
    out.append(r)
open('attacks.tsv','w').write('\n'.join('\t'.join(r) for r in out)+'\n')
n=len(out); f=sum(1 for r in out if r[6].startswith('FAIL'))
esc=lambda s:s.replace('|','\\|').replace('\n',' ')
body=open('report_head.md').read().replace('{N}',str(n)).replace('{F}',str(f)).replace('{P}',str(n-f))
body+='\n## Attack table\n\n| id | class | input | command | expected | observed | result |\n|---|---|---|---|---|---|---|\n'
body+='\n'.join('| '+' | '.join(esc(c) for c in r)+' |' for r in out)+'\n'
body+=open('report_tail.md').read()
open('REPORT.md','w').write(body)
print(n,f)
