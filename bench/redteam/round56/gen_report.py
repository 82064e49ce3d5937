import csv, re, html
R="/work/redteam56"
def clean(s):
    s=re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", lambda m: "\\x%02x"%ord(m.group()), s)
    return s.replace("|","\\|").replace("\n","\\n")
res={}
order=[]
for line in open(f"{R}/logs/results.tsv",encoding="utf-8",errors="replace"):
    f=line.rstrip("\n").split("\t")
    if len(f)<10: continue
    res[f[0]]=f; order.append(f[0])
ver={}
for line in open(f"{R}/verdicts.tsv",encoding="utf-8"):
    f=line.rstrip("\n").split("\t")
    if len(f)>=3: ver[f[0]]=f
rows=[]
for id in order:
    f=res[id]; v=ver.get(id,[id,"(see log)","PASS",""])
    cmd=f[3].replace("venv/bin/vitrina","vitrina")
    if len(cmd)>110: cmd=cmd[:107]+"…"
    obs=f"{v[1]} [rc={f[5]}, {f[6]} s, {int(f[7])//1024 if f[7].isdigit() else f[7]} MB, traceback={f[8]}, ctrl bytes={f[9]}]"
    rows.append((id,f[1],f[2],cmd,f[4],obs,v[2],v[3] if len(v)>3 else ""))
for line in open(f"{R}/manual.tsv",encoding="utf-8"):
    f=line.rstrip("\n").split("\t")
    if len(f)>=7: rows.append((f[0],f[1],f[2],f[3],f[4],f[5],f[6],f[7] if len(f)>7 else ""))
npass=sum(1 for r in rows if r[6]=="PASS"); nfail=sum(1 for r in rows if r[6]=="FAIL")
out=[]
out.append("# Red team of vitrina's command line — round 56 (missionary society archive + elections archive)\n")
out.append(f"Tester: independent helper session. vitrina 0.2.0.dev0 installed with `pip install /work/main` into /work/redteam56/venv (no extras). "
           f"Only README.md and `--help` read. All commands under `nice -n 10 timeout 120|300|600 prlimit --as=4000000000`, one at a time "
           f"(except the deliberate concurrency attacks). Machine: 2 shared cores, loaded by other sessions (wall times vary 2–4x).\n")
out.append(f"**{len(rows)} attack rows: {npass} PASS, {nfail} FAIL, grouped into 11 distinct defects (below).** "
           "Logs of every run: `logs/ID.out`, `logs/ID.err`, `logs/results.tsv` (rc, wall, max RSS, traceback count, raw control bytes).\n")
out.append("""## Collections written for this round (in/)

* `in/missions/` — **Lake Nyasa Free Mission** (invented, every fact known): 12 documents (7 .txt, 3 .md, 1 HTML, 1 TEI) — founding of
  Livingstonia at Cape Maclear 12 Oct 1875 by the Rev. J. T. Harris, its moves to Bandawe (1881) and Khondowe (1894), Blantyre station
  (Advent Sunday 1876, Rev. Henry Duff; named after Blantyre, Lanarkshire), New Hermannsburg (March 1877, Pastor Kessler; renamed
  Kesslersdorf 1899), St. Faith's Rusape (feast of St. Michael 1892, Mother Superior Agnes Lyle), Mrs Harris née Margaret Ogilvie,
  converts by baptismal names (Andrew Chinyama, Mary Nyirenda → Mary Chinyama), days' marches, river stages, rupees, cowries, pounds,
  register number 1879 that is not a year; `register.csv` (baptism/school register), `images/` (JPEG with EXIF caption/date, PNG with a
  `<script>` text chunk, 144 MB TIFF, corrupt JPEG) and `missions_all.zip` of all of it. Catalogue `w/cat_missions.csv`.
* `in/elections/` — **Bristol and elsewhere, 1847–1918** (invented): 12 documents (.txt, .md, HTML, TEI with persName/orgName/placeName/
  date when|notBefore/notAfter, DOCX made with python-docx, PDF made with fpdf2) — Bristol West 1906 (Halford 5,212, Penrose 4,987,
  majority 225, turnout 81.4 %, 37 spoilt, polling day the 16th), Jan 1910 (majority 6), St. George's ward 1907/1913 (Miss Eleanor Marsh /
  Mrs Eleanor Vane, 1,204 v 1,131, majority 73), the Peelites and Henry Birmingham (a person, not the town) 1847 with voter no. 1832,
  the Tammany ticket in Washington County NY 1888, Strassburg-Stadt first and second ballot 1912, Bristol East 1911 (DOCX), Gladstone ward
  1892, Bristol South 1918 (PDF); `results.csv` result sheet.
* `in/h/` 31 hostile files, `in/p/` hostile names/paths, `in/a/` hostile authority/catalogue CSVs.

Questions: `questions.tsv` (48: 29 answerable, 11 false-premise, 8 unanswerable; kind in the last column); answers in `logs/Qnn.out`.

""")
out.append("## Attack table\n")
out.append("| id | class | input | command | expected | observed | result |")
out.append("|---|---|---|---|---|---|---|")
for r in rows:
    out.append("| "+" | ".join(clean(x) for x in r[:6])+f" | {r[6]}{(' ('+r[7]+')') if r[7] else ''} |")
open(f"{R}/REPORT.md","w").write("\n".join(out)+"\n")
print(len(rows),npass,nfail)
