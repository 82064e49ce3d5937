from harness import *
P=R+'/db/polar.db'
def usage(o,e):
    if 'Error' not in e: return 'no Error message'
def one_err(o,e):
    ls=[l for l in e.strip().splitlines() if l.strip()]
    if not any(l.startswith('Error:') for l in ls): return 'no Error: line'
cases=[
('C01','CLI misuse','unknown option','$V build in/polar/01_leader_report_1909.txt --db /tmp/x58.db --bogus',(2,),'usage error 2',usage),
('C02','CLI misuse','no paths','$V build --db /tmp/x58.db',(2,),'usage error 2',usage),
('C03','CLI misuse','--jobs 0','$V build in/polar --db /tmp/x58.db --jobs 0',(2,),'usage 2',usage),
('C04','CLI misuse','--jobs -1','$V build in/polar --db /tmp/x58.db --jobs -1',(2,),'usage 2',usage),
('C05','CLI misuse','--time-limit nan','$V build in/polar --db /tmp/x58.db --time-limit nan',(2,),'usage 2',usage),
('C06','CLI misuse','--time-limit inf','$V build in/polar --db /tmp/x58.db --time-limit inf',(2,),'usage 2',usage),
('C07','CLI misuse','--memory-limit 10','$V build in/polar --db /tmp/x58.db --memory-limit 10',(2,),'usage 2',usage),
('C08','CLI misuse','--memory-limit 99999999999999','$V build in/polar --db /tmp/x58.db --memory-limit 99999999999999',(2,),'usage 2',usage),
('C09','CLI misuse','contradictory --authority and --no-authority','$V build in/polar/01_leader_report_1909.txt --db /tmp/x58c.db --authority in/polar/members_stores.csv --no-authority',(2,),'usage 2',usage),
('C10','CLI misuse','--workers and --cluster together / without extra','$V build in/polar --db /tmp/x58.db --workers 2 --cluster tcp://127.0.0.1:1',(2,1),'usage error, one line',usage),
('C11','CLI misuse','--workers without scale extra','$V build in/polar --db /tmp/x58.db --workers 2',(1,2),'says install extra',usage),
('C12','CLI misuse','--encoding bogus','$V build in/h/latin1.txt --db /tmp/x58e.db --encoding nosuchcodec',(2,),'usage 2',usage),
('C13','CLI misuse','--encoding utf-16 on ascii file','$V build in/polar/01_leader_report_1909.txt --db /tmp/x58f.db --encoding utf_16',(0,1),'clean'),
('C14','CLI misuse','--db is a directory','$V build in/polar/01_leader_report_1909.txt --db in/polar',(1,2),'Error',one_err),
('C15','CLI misuse','--db is another program file (a CSV)','cp in/fair/awards.csv /tmp/notdb58.csv; $V build in/polar/01_leader_report_1909.txt --db /tmp/notdb58.csv; cmp in/fair/awards.csv /tmp/notdb58.csv && echo UNCHANGED',(1,),'refused, file unchanged',lambda o,e: None if 'UNCHANGED' in o else 'file changed'),
('C16','CLI misuse','--db a foreign sqlite db','rm -f /tmp/f58.db; python3 -c "import sqlite3;c=sqlite3.connect(\'/tmp/f58.db\');c.execute(\'create table t(x)\');c.commit()"; $V build in/polar/01_leader_report_1909.txt --db /tmp/f58.db; python3 -c "import sqlite3;print(sqlite3.connect(\'/tmp/f58.db\').execute(\'select name from sqlite_master\').fetchall())"',(1,),'refused, foreign db unchanged',lambda o,e: None if "[('t',)]" in o else 'foreign db modified'),
('C17','CLI misuse','--db in nonexistent nested folder','rm -rf /tmp/nest58; $V build in/polar/01_leader_report_1909.txt --db /tmp/nest58/a/b/x.db',(0,),'Made the folder message',lambda o,e: None if 'Made the folder' in e+o else 'no Made the folder message'),
('C18','CLI misuse','search with empty query','$V search "" --db '+P,(0,2),'usage 2 or empty result'),
('C19','CLI misuse','search --limit 0','$V search Markwell --db '+P+' --limit 0',(2,),'usage 2',usage),
('C20','CLI misuse','search --limit 100000','$V search Markwell --db '+P+' --limit 100000',(2,),'usage 2',usage),
('C21','CLI misuse','search --document unknown','$V search Markwell --db '+P+' --document nosuch',(2,),'usage 2',usage),
('C22','CLI misuse','search --entity unknown with partial name','$V search Markwell --db '+P+' --entity markwell',(2,),'usage 2 suggesting ids',lambda o,e: None if 'markwell' in e.lower() and 'person-clement-markwell' in e else 'no suggestion'),
('C23','CLI misuse','search --date garbage','$V search Markwell --db '+P+' --date notadate',(2,),'usage 2',usage),
('C24','CLI misuse','search --date 1909-13-45','$V search Markwell --db '+P+' --date 1909-13-45',(2,),'usage 2',usage),
('C25','CLI misuse','search --section unknown','$V search Markwell --db '+P+' --section nosuch',(2,),'usage 2',usage),
('C26','CLI misuse','search on missing db','$V search Markwell --db /tmp/nonexistent58.db',(1,2),'Error, no db created',lambda o,e: 'db created' if os.path.exists('/tmp/nonexistent58.db') else None),
('C27','CLI misuse','ask on missing db','$V ask "Who?" --db /tmp/nonexistent58b.db',(1,2),'Error, no db created',lambda o,e: 'db created' if os.path.exists('/tmp/nonexistent58b.db') else None),
('C28','CLI misuse','export unknown format','$V export --db '+P+' --format rdf',(2,),'usage 2',usage),
('C29','CLI misuse','export tei without -o','$V export --db '+P+' --format tei',(2,),'usage 2',usage),
('C30','CLI misuse','export csv -o out.csv','rm -rf /tmp/o58.csv; $V export --db '+P+' --format csv -o /tmp/o58.csv',(2,),'refused, says folder',usage),
('C31','CLI misuse','export json -o existing directory','mkdir -p /tmp/odir58; $V export --db '+P+' --format json -o /tmp/odir58',(1,2),'Error',one_err),
('C32','CLI misuse','serve --port 70000','$V serve --db '+P+' --port 70000',(2,),'usage 2',usage),
('C33','CLI misuse','serve --port -1','$V serve --db '+P+' --port -1',(2,),'usage 2',usage),
('C34','CLI misuse','serve on missing db','$V serve --db /tmp/nonexistent58c.db --port 8123',(1,2),'Error fast',lambda o,e: 'db created' if os.path.exists('/tmp/nonexistent58c.db') else None, 20),
('C35','CLI misuse','serve --host bad','$V serve --db '+P+' --host 999.1.1.1 --port 8124',(1,2),'Error fast',None,20),
('C36','CLI misuse','publish into a file path','echo x > /tmp/pubfile58; $V publish --db '+P+' --static /tmp/pubfile58',(2,1),'usage error',usage),
('C37','CLI misuse','compare --entity unknown','$V compare --db '+P+' --entity nosuch',(2,),'usage 2',usage),
('C38','CLI misuse','compare --verdict bogus','$V compare --db '+P+' --verdict bogus',(2,),'usage 2',usage),
('C39','CLI misuse','ask empty question','$V ask "" --db '+P,(0,2),'usage 2 or honest'),
('C40','CLI misuse','ask 100KB question','$V ask "$(python3 -c \'print(\"Who \"*25000)\')" --db '+P,(0,2),'fast, no crash'),
('C41','CLI misuse','--catalogue missing file','$V build in/polar/01_leader_report_1909.txt --db /tmp/x58g.db --catalogue /tmp/nosuch.csv',(2,1),'Error',usage),
('C42','CLI misuse','--authority is binary junk','$V build in/polar/01_leader_report_1909.txt --db /tmp/x58h.db --authority in/h/junk.txt',(1,2),'Error one line',one_err),
('C43','CLI misuse','--authority bad lat','printf "name,type,aliases,lat,lon,identifier\\nCamp Markwell,place,,abc,999,Q1\\n" > /tmp/auth58.csv; $V build in/polar/04_southern_journey.txt --db /tmp/x58i.db --authority /tmp/auth58.csv',(1,2),'Error naming row'),
('C44','CLI misuse','--authority bad type','printf "name,type,aliases,lat,lon,identifier\\nCamp Markwell,spaceship,,,,\\n" > /tmp/auth58b.csv; rm -f /tmp/x58j.db; $V build in/polar/04_southern_journey.txt --db /tmp/x58j.db --authority /tmp/auth58b.csv',(1,2),'Error naming row'),
('C45','CLI misuse','--catalogue without key column','printf "title,date\\nx,1909\\n" > /tmp/cat58.csv; rm -f /tmp/x58k.db; $V build in/polar/04_southern_journey.txt --db /tmp/x58k.db --catalogue /tmp/cat58.csv',(1,2),'Error: no key column'),
('C46','CLI misuse','--version','$V --version',(0,),'version'),
('C47','CLI misuse','search --section with --no-subsections without section','$V search Markwell --db '+P+' --no-subsections',(0,2),'usage 2 or ignored'),
('C48','CLI misuse','export geojson to /dev/full','$V export --db '+P+' --format geojson -o /dev/full',(1,),'Error: disk full one line',one_err),
('C49','CLI misuse','export json to stdout closed pipe','$V export --db '+P+' --format json | head -c 10 >/dev/null; echo ${PIPESTATUS[0]}',(0,),'no traceback on broken pipe'),
('C50','CLI misuse','build named same file twice','rm -f /tmp/x58l.db; $V build in/polar/01_leader_report_1909.txt in/polar/01_leader_report_1909.txt --db /tmp/x58l.db',(0,),'built once'),
('C51','CLI misuse','--replace-all with only bad file','cp db/polar.db /tmp/ra58.db; $V build in/h/junk.txt --db /tmp/ra58.db --replace-all; $V search Markwell --db /tmp/ra58.db --limit 1 --json | head -c 100',(0,),'nothing written; old docs stay',lambda o,e: None if 'Markwell' in o else 'old docs gone'),
]
for c in cases:
    i,cls,desc,cmd,rc,exp=c[:6]; chk=c[6] if len(c)>6 else None; t=c[7] if len(c)>7 else 120
    for pth in ['/tmp/x58.db','/tmp/nonexistent58.db','/tmp/nonexistent58b.db','/tmp/nonexistent58c.db']:
        if os.path.exists(pth): os.remove(pth)
    run(i,cls,desc,cmd,exp,rc=rc,check=chk,t=t)
