from harness import *
B='http://127.0.0.1:8158'
def code(c):
    return lambda o,e: None if o.strip().endswith(str(c)) else f'http code {o.strip()[-20:]} expected {c}'
def codein(*cs):
    return lambda o,e: None if any(o.strip().endswith(str(c)) for c in cs) else f'http code {o.strip()[-20:]} expected {cs}'
def nopass(o,e):
    if 'root:x:0:0' in o: return '/etc/passwd leaked'
C='curl -s -o /tmp/s58.body -w "%{http_code}" --max-time 30 '
cases=[
('S01','web: traversal','/static/../../../../etc/passwd',C+'--path-as-is "'+B+'/static/../../../../etc/passwd"; cat /tmp/s58.body|head -c 200',codein(404,400),'404, no file'),
('S02','web: traversal','/static/%2e%2e/%2e%2e/etc/passwd',C+'"'+B+'/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd"; head -c 200 /tmp/s58.body',codein(404,400),'404'),
('S03','web: traversal','/documents/..%2f..%2fetc%2fpasswd',C+'"'+B+'/documents/..%2f..%2f..%2fetc%2fpasswd"; head -c 200 /tmp/s58.body',codein(404,400),'404'),
('S04','web: traversal','/static/%2e%2e%5c..%5cetc/passwd (backslash)',C+'"'+B+'/static/..%5c..%5c..%5cetc%5cpasswd"; head -c 200 /tmp/s58.body',codein(404,400),'404'),
('S05','web: huge query','search q of 100 KB',C+'"'+B+'/search?q=$(python3 -c "print(\'Riga+\'*20000)")"',codein(200,400,414,431),'fast 4xx or 200'),
('S06','web: huge query','URL of 1 MB',C+'"'+B+'/search?q=$(python3 -c "print(\'a\'*1000000)")"',codein(400,414,431,0),'rejected'),
('S07','web: odd methods','DELETE /',C+'-X DELETE '+B+'/',codein(405,501),'405'),
('S08','web: odd methods','PUT /documents/inject',C+'-X PUT --data x '+B+'/documents/inject',codein(405,501),'405'),
('S09','web: odd methods','TRACE /',C+'-X TRACE '+B+'/',codein(405,501),'405'),
('S10','web: odd methods','HEAD /',C+'-I '+B+'/',code(200),'200'),
('S11','web: odd methods','OPTIONS /',C+'-X OPTIONS '+B+'/',codein(200,204,405,501),'no error'),
('S12','web: odd methods','POST /ask with junk body',C+'-X POST --data-binary @/work/redteam58/in/h/junk.txt '+B+'/ask',codein(200,400,405,415),'no 500'),
('S13','web: unknown id','/documents/nosuch',C+B+'/documents/nosuch',code(404),'404'),
('S14','web: unknown id','/entities/nosuch.json',C+B+'/entities/nosuch.json',code(404),'404'),
('S15','web: search hostile','search q with NUL and control chars',C+'"'+B+'/search?q=%00%1b%5b31m%07Riga"; python3 -c "b=open(\'/tmp/s58.body\',\'rb\').read(); print(\' ctrlbytes\',sum(1 for c in b if c in (0,27,7)))"',codein(200,400),'200 no raw ctrl'),
('S16','web: search hostile','FTS syntax: q="a" OR NEAR(',C+'"'+B+'/search?q=%22a%22%20OR%20NEAR(%20*%20%5E"',codein(200,400),'no 500'),
('S17','web: search hostile','search.json limit=-1',C+'"'+B+'/search.json?q=Riga&limit=-1"',codein(200,400),'no 500'),
('S18','web: search hostile','search.json limit=1e9',C+'"'+B+'/search.json?q=Riga&limit=1000000000"',codein(200,400),'no 500, capped'),
('S19','web: search hostile','search date=notadate',C+'"'+B+'/search.json?q=Riga&date=xx"',codein(200,400),'no 500'),
('S20','web: search hostile','search document=../../etc',C+'"'+B+'/search.json?q=Riga&document=../../etc"',codein(200,400,404),'no 500'),
('S21','web: ask hostile','ask 600 chars',C+'"'+B+'/ask?q=$(python3 -c "print(\'Who+\'*150)")"',codein(200,400,414),'limit message'),
('S22','web: ask hostile','ask.json with unicode RTL',C+'"'+B+'/ask.json?q=%E2%80%AEWho%20opened%20the%20exhibition%3F"',codein(200,400,404),'no 500'),
('S23','web: ask hostile','ask with repeated q params',C+'"'+B+'/ask?q=a&q=b&q=c"',codein(200,400),'no 500'),
('S24','web: query','invalid percent-encoding',C+'"'+B+'/search?q=%ZZ%"',codein(200,400),'no 500'),
('S25','web: query','invalid UTF-8 in query',C+'"'+B+'/search?q=%ff%fe%fd"',codein(200,400),'no 500'),
('S26','web: header','huge header 100KB',C+'-H "X-A: $(python3 -c "print(\'a\'*100000)")" '+B+'/',codein(200,400,431,0),'no crash'),
('S27','web: hl param','hl=999999-0 on document',C+'"'+B+'/documents/inject?hl=999999-0"',codein(200,400),'no 500'),
('S28','web: hl param','hl=abc',C+'"'+B+'/documents/inject?hl=abc"',codein(200,400),'no 500'),
('S29','web: page','/map',C+B+'/map',code(200),'200'),
('S30','web: page','/timeline',C+B+'/timeline',code(200),'200'),
('S31','web: page','/graph',C+B+'/graph',code(200),'200'),
('S32','web: page','/compare',C+B+'/compare',code(200),'200'),
('S33','web: page','/entities',C+B+'/entities',code(200),'200'),
('S34','web: page','/index.json',C+B+'/index.json',code(200),'200'),
('S35','web: traversal','/documents/%2e%2e',C+'"'+B+'/documents/%2e%2e"',codein(404,400,308,301),'404'),
('S36','web: entity page','/entities/place-camp-markwell',C+B+'/entities/place-camp-markwell',code(200),'200'),
('S37','web: entity json','/entities/organization-swedish-pavilion.json',C+B+'/entities/organization-swedish-pavilion.json',code(200),'200'),
('S38','web: slow client','slowloris: 20 half-open connections then a normal request','for i in $(seq 20); do (exec 3<>/dev/tcp/127.0.0.1/8158; printf "GET / HTTP/1.1\\r\\nHost: x\\r\\n" >&3; sleep 25) & done; sleep 1; '+C+'--max-time 10 '+B+'/; kill $(jobs -p) 2>/dev/null; true',code(200),'still serves'),
]
for c in cases:
    i,cls,desc,cmd,chk,exp=c
    run(i,cls,desc,cmd,exp,rc=(0,28) if i in('S06','S26') else (0,),check=chk,t=60)
