import csv, re, sys
R='/work/redteam57'
rows=[r for r in csv.reader(open(f'{R}/logs/attacks.tsv',errors='replace'),delimiter='\t', quoting=csv.QUOTE_NONE)]
# knowledge-check rows (manual, against planted facts)
KB=[
("KB01","knowledge","m03: station Livingstonia named after David Livingstone","export json","station (place) and man kept apart","place-livingstonia and person-david-livingstone separate","PASS",""),
("KB02","knowledge","m03: 'moved in 1881 to Bandawe', 'Bandawe station'","export json","Bandawe a place/station","person-bandawe (type person, 4 mentions); event 'Bandawe, 1881' has Bandawe as participant","FAIL","D3"),
("KB03","knowledge","m07: new station 'Chiradzulu House'","export json","station/place or organization","person-chiradzulu-house","FAIL","D3"),
("KB04","knowledge","m01: St. Faith's Station named after 'the parish church of St. Faith at Wigston'; m08 'Community of St. Faith'","export json","station, English parish church and religious community apart","organization-st-faith spans m01 (the Wigston church and the chapel), m02, m05, m07; also organization-st-faith-s-station, other-st-faith, person-faith","FAIL","D2"),
("KB05","knowledge","m04: New Hermannsburg named after Hermannsburg, 'not of Pastor Harms'","export json","station, village and Louis Harms apart; 'Pastor Harms' a person","stations/village/Louis Harms apart (good) but 'Pastor Harms' is place-pastor-harms","FAIL","D3"),
("KB06","knowledge","m01 'Mrs. Harris, who before her marriage was Miss Eleanor Whitcombe' + m02 'E. Harris, née Whitcombe'","export json","one person Eleanor Harris (née Whitcombe)","person-eleanor-whitcombe (m01) and person-eleanor-harris (m02) separate","FAIL","D4"),
("KB07","knowledge","e04/e08: Margaret Dunlop = Mrs. Margaret Ashworth (stated); aunt Ellen Dunlop","export json","one person, aunt apart","person-margaret-ashworth aliases Margaret Dunlop; Ellen Dunlop apart","PASS",""),
("KB08","knowledge","m01/m02: J. T. Harris, Eleanor Harris, Constance Whitcombe","export json","bare surnames not pinned on one of two bearers","alias 'Harris' on both J. T. and Eleanor Harris; alias 'Whitcombe' on Eleanor although Constance Whitcombe is another person","FAIL","D4"),
("KB09","knowledge","e03: 'Tammany Hall ... is a political organization, not a person'","export json","organization","person-tammany-hall beside organization-tammany","FAIL","D3"),
("KB10","knowledge","e03/e06: Washington County named after George Washington","export json","county (place) and general (person) apart","apart; county geocoded to NY (43.36,-73.39)","PASS",""),
("KB11","knowledge","e07: 'the Peelites ... named after Sir Robert Peel, not Peel himself'","export json","group and person apart","group-peelites and person-robert-peel apart","PASS",""),
("KB12","knowledge","e02: Birmingham caucus / Liberal Association vs Joseph Chamberlain","export json","organization and person apart","apart","PASS",""),
("KB13","knowledge","e01/e04: '(Liberal)', 'returned a Liberal', 'as a Liberal'","export json","a party (organization) or nothing","place-liberal (a place), used as the place of two events","FAIL","D3"),
("KB14","knowledge","e02 St. George's ward, Birmingham (1877) vs e04 St. George's ward, Bristol (1919)","export json","two wards","one entity place-st-george-s spans both documents; 'St. George's Ward' (e02) a third entity","FAIL","D2"),
("KB15","knowledge","'1,854 Bibles', '1,873 bricks', '1,894 voters', 'Register No. 1879', '£42 10s', '81.3 per cent'","export csv dates.csv","no dates from counts","no date made from any count, register number or percentage","PASS",""),
("KB16","knowledge","Advent Sunday 1872, Whitsuntide 1873/1876, Whit Monday 1876, feast of St. Michael 1871/1873, Michaelmas 1884, Lady Day 1860","export csv","correct days","1872-12-01, 1873-06-01/07, 1876-06-04/10, 1876-06-05, 1871-09-29, 1873-09-29, 1884-09-29, 1860-03-25: all correct","PASS",""),
("KB17","knowledge","'c. 1883', 'from about 1882 until 1886', 'around 1880 or 1881'","export csv","uncertainty kept","1883~, 1882~/1886~, [1880~,1881]","PASS","end of 1882~/1886~ marked approximate though 'until 1886' is firm (minor)"),
("KB18","knowledge","m05: 'The Archdeacon confirmed ... Mary Chisomo and John Kachere, and said: \"This hill has more faith...\"'","export json quotes","speaker Archdeacon T. W. Ransome","speaker person-john-kachere (a convert)","FAIL","D1"),
("KB19","knowledge","m08 'The Mother Superior said: \"...\"'; e01 'Sir George Pemberton replied: \"...\"'","export json quotes","speakers Mother Mary Agnes / Pemberton","speaker null for both","FAIL","D1"),
("KB20","knowledge","quotes of Aldous (x2), Costello, Ashworth, Hübner, Clissold, Harris","export json quotes","right speakers","all right","PASS",""),
("KB21","knowledge","Blantyre, Zomba, Quelimane, Pietermaritzburg, Hermannsburg, Leicester, Calcutta, Madras","export geojson","right places","all right (Blantyre in Malawi, not Scotland)","PASS",""),
("KB22","knowledge","e06: 'Certified at Salem by the county clerk' (Washington County, N.Y.); 'Governor of New York'","export geojson","Salem, N.Y.; New York State","Salem at 44.94,-123.04 (Oregon); New York at 41.06,-74.02 (a town)","FAIL","D5"),
("KB23","knowledge","Cape Maclear, Lake Nyasa, Natal, Livingstonia, Khondowe, Bandawe, Wigston","export geojson","coordinates for well-known mission places","no coordinates for any of them (Bandawe not even a place)","FAIL","D5"),
("KB24","knowledge","e04 'lost to the Conservative Walter Prior'; 'Mrs. Ellen Dunlop of Bedminster, Margaret's aunt'; e06 'Official Canvass'; e05 'lost Teltow'","export json","Walter Prior a person; no junk","organization-conservative-walter-prior, organization-bedminster-margaret, person-canvass, person-teltow; Walter Prior lost","FAIL","D3"),
("KB25","knowledge","e05: 'no candidate in Teltow-Beeskow-Storkow won a majority'","export json events","no event, or a negated one","event 'Teltow Beeskow Storkow won a majority'","FAIL","D9"),
("KB26","knowledge","e05: second ballot won by Emanuel Wurm ('Karl Liebknecht? No:')","export json events","participant Wurm","participant only Karl Liebknecht","FAIL","D9"),
("KB27","knowledge","vote counts, turnout %, cowries, rupees, £42 10s","export json quantities","values and units right","right (£42 10s = 42.5 GBP); majorities/spoilt ballots and 'fourteen days' march' not extracted as quantities","PASS","recall gap only"),
("KB28","knowledge","catalogue.csv joins m01,m02,e01,e04,m04 (one title with <script>)","build --catalogue; serve; publish","records shown, escaped","joined; HTML escaped; JSON carries the raw string","PASS",""),
("KB29","knowledge","compare on collection (Ashworth 9,630 in e04 and e08)","compare --json","an agreement","0 groups on the collection","PASS","note: no comparison found for the repeated vote figure"),
]
VERD={}
for r in KB: VERD[r[0]]=(r[6],r[7])
fails={
 'Q36':'D6','S03':'D8','S05':'D8','H13':'D8',
}
for q in 'Q03 Q04 Q05 Q07 Q08 Q11 Q19 Q21 Q22 Q24 Q25 Q27'.split(): fails[q]='D7'
notes={'H37':'explicitly named symlink to /etc/passwd is read (user named it)','H41':'run as root: chmod 000 does not stop root, not a real test',
 'H52':'exit 1 because some files failed; the rest (27 documents) built','U38':'--no-subsections without --section silently accepted (harmless)',
 'R01':'118 s / 795 MB at load average 13 on 2 cores; not attributable; ETA grew from 1:20 to 1:50 while running','H29':'archive 2 deep not read, as documented',
 'W52':'9,000-byte Host header accepted (200)','Q34':'answer quotes the passage that refutes the premise','Q30':'"sources don\'t say" for a false-premise question: acceptable',
 'U25':'FTS operators in query: no matches, no error','S11':'year-only date 1872 overlaps the day (by design)'}
ans={}
import json
for r in csv.reader(open(f'{R}/in/questions.tsv'),delimiter='\t'):
    try:
        d=json.load(open(f'{R}/logs/{r[0]}.out')); c=d.get('citations') or []
        ans[r[0]]=(r[3], d.get('answer'), d.get('confidence'), ','.join(x['document'] for x in c[:2]))
    except Exception as e: ans[r[0]]=(r[3],'ERR',None,'')
def cell(s,n=110):
    s=str(s).replace('|','\\|').replace('\n',' ')
    return s if len(s)<=n else s[:n]+'…'
out=[]
allrows=[]
for r in rows:
    id,cls,inp,cmd,exp,rc,wall,rss,tb,ctrl,first=(r+['']*11)[:11]
    v='PASS'; d=''
    if tb=='YES' or ctrl=='YES': v='FAIL'
    if id in fails: v='FAIL'; d=fails[id]
    if id in ans:
        t,a,cf,ci=ans[id]; obs=f'answer={a!r} conf={cf} cites={ci}; truth: {t}'
    else:
        obs=f'rc={rc} wall={wall}s rss={rss}KB tb={tb} ctrl={ctrl}: {first}'
    if id in notes: obs+=' — NOTE: '+notes[id]
    allrows.append((id,cls,inp,cmd,exp,obs,v,d))
for r in KB: allrows.append((r[0],r[1],r[2],r[3],r[4],r[5]+(' — '+r[7] if r[7] and not r[7].startswith('D') else ''),r[6],r[7] if r[7].startswith('D') else ''))
n=len(allrows); nf=sum(1 for r in allrows if r[6]=='FAIL')
open(f'{R}/logs/table.md','w').write(
 f"{n} attack rows, {nf} FAIL.\n\n| id | class | input | command | expected | observed | verdict | defect |\n|---|---|---|---|---|---|---|---|\n"+
 '\n'.join('| '+' | '.join([cell(r[0],12),cell(r[1],20),cell(r[2],90),cell(r[3],110),cell(r[4],70),cell(r[5],230),r[6],r[7]])+' |' for r in allrows)+'\n')
print(n,nf)
