import csv, collections
rows=[l.rstrip('\n').split('\t') for l in open('rows.tsv',encoding='utf-8') if l.strip()]
D=[
('D1','HIGH','ask answers false-premise questions confidently, with another person\'s words or a wrong place','ask_false_premise.sh',['ASK-F10','ASK-F12','ASK-F04','ASK-F09'],
 '"What did Margaret Ashton write to Louis Paris?" returns Louis Paris\'s own letter to Margaret Ashdown as Ashton\'s words (0.79); "Who built the Paris Hotel in Paris?" answers Samuel Croft and Sons (0.71/0.79) without noting that the hotel is in Brighton; "Who engraved the 1:50,000 edition …" answers Carl Jättnig (0.40); "Why was the Carnegie Library completed in 1907?" answers "as the 1908 register says" (0.33).'),
('D2','HIGH','ask gives a fragment of an engraved title as the engraver (confidence 0.70)','ask_title_as_engraver.sh',['R06'],
 'A record with "Title as engraved: "Plan der Königlichen …"" and "Engraver: Heinrich Mahlo" answers "Who engraved the Königsberg plan?" with "Plan der Königlichen" (0.70), citing the title line. Surfaced after the rebuild removed the essay that had hidden it; the repro reproduces it with two documents.'),
('D3','HIGH','quotations attributed to the wrong speaker, or to none','quote_speaker.sh',['K11','K13','K14'],
 '"James Bertram, secretary to Andrew Carnegie, wrote: "Mr Carnegie will not pay …"" gets speaker Andrew Carnegie; Louis Paris\'s letter quoting his wife ("he wrote again, quoting his wife: "Hélène tells me …"") gets Margaret Ashdown, whose reply is the next sentence; in the collection "Louis Paris wrote to Walter Pell on 3 July 1908: "My wife says …"" got no speaker.'),
('D4','MEDIUM','a corrected (denied) date becomes an event: "revised on 14 March 1907, not on 14 May 1907" yields a revision on 14 May 1907','negated_date_event.sh',['K15'],
 'Events a02-register-1911:ev3 (1907-05-14 "was revised as the register says") and ev2 (1907-03-14) both stand; the timeline and exports show the revision on the date the register says is wrong. compare did not report the correction between the two registers either (D9).'),
('D5','MEDIUM','historic place names typed as persons (Zoppot, Lemberg, "Residenzstadt Königsberg")','old_place_names_as_persons.sh',['K02','K04','W36'],
 'person-zoppot beside place-sopot ("Zoppot, the resort now called Sopot"); person-lemberg (Lviv); person-residenzstadt-konigsberg with alias Königsberg beside place-kaliningrad. Engraved-title fragments also become people (person-plan-der-koniglichen, person-umgebung). An authority file fixes the names it lists (AU01).'),
('D6','MEDIUM','a town not in the gazetteer is split into one place and several person entities of the same name','unknown_town_split_into_persons.sh',['K05','W35','M16'],
 'In the collection "Harwick" is place-harwick plus four persons person-harwick-1a1ac2/-7349ef/-a926c2/-cb58d9 (events have person-harwick as participant; /map lists four "Harwick" people); search --entity Harwick then suggests three of the persons but not the place. Repro (one file): person-harwick (3 mentions) + place-harwick.'),
('D7','MEDIUM','places put in the wrong spot on the map','wrong_coordinates.sh',['K01','K17','W34'],
 'East Prussia at 52.52, 13.405 (Berlin); New York at 40.908, -74.133 (New Jersey); Russia at 54.90 N 52.32 E (Tatarstan). Shown on /map and in the GeoJSON export.'),
('D8','MEDIUM','feet-and-inches dimensions lose their inches','feet_inches_truncated.sh',['K10'],
 '"84 ft 6 in by 42 ft" gives quantities 84 ft and 42 ft; "4 ft 6 in" gives 4 ft: the figure stored is wrong (84 instead of 84.5 ft), not just incomplete.'),
('D9','MEDIUM','compare reports spurious differences (coordinates, scales, two buildings\' tenders) and missed the registers\' correction','compare_spurious.sh',['K19','ASK-Q22'],
 'DIFFER for "54" vs "41" (degrees of two different sheet centres), "63,360" vs "10,560" (two different scales), tenders of the Carnegie Library (2 Oct 1907) vs the Paris Hotel (15 Oct 1907); ask then says "15 October 1907 (sources differ: 2 October 1907)". The 1908/1911 registers\' A-101 revision dates (14 May vs 14 March) were not reported in the collection (the two-file repro does catch it).'),
('D10','MEDIUM','after a rename, entity roles keep the old document id','stale_role_doc_id_after_rename.sh',['R04'],
 'm04_bombay.xml renamed to m04_bombay_1843.xml: mentions move to m04-bombay-1843, but person-lieutenant-thomas-dickinson\'s roles[].document stays "m04-bombay" in the JSON export and the entity\'s JSON twin: an id no document has (the web page redirects it, the export consumer cannot).'),
('D11','LOW','drawing numbers, shelfmarks, streets and firms become persons','identifiers_as_persons.sh',['K06','K07'],
 'person-b-301, person-shelfmark-map-kb-1863, person-paternoster-row, person-moskauer-strasse, person-anstalt-berlin, person-gräfe-und-unzer, person-hoskins-brothers-of-leeds, person-westmorland, person-stancliffe, person-bosphorus, person-kongens, person-g ("G. G. and J. Robinson").'),
('D12','LOW','ask abstains on questions whose answer is a record field stated verbatim','ask_misses_record_fields.sh',['ASK-Q02','ASK-Q03','ASK-Q09','ASK-Q10','ASK-Q11','ASK-Q14','ASK-Q15','ASK-Q18','ASK-Q21','ASK-Q24'],
 '10 of 24 answerable questions got "the sources don\'t say" though the cited passage holds the answer (scale of the Constantinople and Danzig sheets, revision date of A-101, completion date of the library, engraver of the Danzig sheet, modern name of Christiania, who the Vancouver Chart is named after, who founded the firm). Honest abstentions, not wrong answers; Q09 cites the Bombay record for the Danzig scale.'),
]
row2d={}
for d in D:
    for r in d[4]: row2d[r]=d[0]
ids={r[0] for r in rows}
for d in D:
    for r in d[4]: assert r in ids, r
fails=[r for r in rows if r[-1]=='FAIL']
unmapped=[r[0] for r in fails if r[0] not in row2d]
assert not unmapped, unmapped
esc=lambda s: s.replace('|','\\|').replace('\n',' ')
n=len(rows); nf=len(fails)
classes=collections.Counter(r[1].split('/')[0] for r in rows)
out=[]
out.append('# Red team of vitrina\'s command line, round 50: a map and atlas collection and an architectural-drawings archive\n')
out.append(f'Independent tester; {open("logs/version.txt").read().strip()} installed with `python3 -m venv /work/redteam50/venv && /work/redteam50/venv/bin/pip install /work/main` (plain install). Read only README.md and `--help`. Every command ran under `nice -n 10 timeout … prlimit --as=4000000000`, one at a time, on a shared 2-core machine (load average 7–9 from other users during most of the run). `logs/results.tsv` has one line per command (id, exit code, wall s, max RSS KB, traceback count, raw control bytes in output, command); `logs/<id>.out/.err` hold the output.\n')
out.append(f'**{n} attack rows, {n-nf} PASS, {nf} FAIL; {len(D)} distinct defects: {sum(1 for d in D if d[1]=="HIGH")} HIGH, {sum(1 for d in D if d[1]=="MEDIUM")} MEDIUM, {sum(1 for d in D if d[1]=="LOW")} LOW.** No Python traceback, no wrong exit code and no raw control byte was seen in any output; the largest process was 661 MB (a 18-file build); no hang.\n')
out.append('Share on the collection: the 45 questions, 20 knowledge checks, 18 searches, 8 rebuild rows, the 7 exports, the build, zip, compare, the 9 web rows on its pages and twins, the authority rows on its names and the 30 CLI-misuse rows (run against db/coll.db) — about 150 of the rows — were on the map and architecture collection; the hostile-file rows used invented map and drawing texts too.\n')
out.append('## The collection (in/coll, in/coll.zip)\n')
out.append('Invented by the tester, every fact known (maps/ and arch/, 14 documents + 4 images + CSV):\n\n'
'- **Maps** — m01 Königsberg plan 1863 (.txt catalogue record: engraved title, 1:10,000, sheet 4 3rd ed., DMS centre and bounding box, engraver Carl Jättnig, publisher Gräfe und Unzer in the Junkerstrasse); m02 Danzig sheet 12 2nd ed. 1907 (.md; 1:25,000; Zoppot/Sopot; publisher in the Moskauer Strasse); m03 Constantinople 1853 (.html with figure; one inch to a mile, 1:63,360; Wyld, Charing Cross); m04 Bombay 1843 (TEI with persName/placeName/date when; four inches to a mile); m05 Christiania 1900 (.docx; 1:5,000; Kongens gate); m06 the Vancouver Chart 1798 and the Washington Sheet (maps named after people, not cities); m07 essay (old names, scales, makers, curator\'s quotation); sheets.csv catalogue with extents; images: JPEG with EXIF caption, PNG with XMP/iTXt, a 12000×9000 PNG, a corrupt JPEG; coll.zip of everything.\n'
'- **Architecture** — a01 register 1908 (.txt: Ashdown & Pell, Carnegie Library Harwick, Paris Hotel Brighton named after Louis Paris, drawings A-101 rev C…, clients, builders, design/revision/tender/completion dates); a02 revised register 1911 (.md: corrects A-101\'s revision from 14 May to 14 March 1907); a03 specification (.html: 84 ft 6 in by 42 ft (25.76 m by 12.80 m)); a04 letters (TEI: Bertram quoting Bexley); a05 client letters (.docx: Louis Paris quoting his wife); a06 tender report (PDF made with fpdf2); a07 completion notes (.txt: quotes, W. Pell, Margaret Ashton ≠ Ashdown).\n')
out.append('Questions: 45 (24 answerable, 12 false-premise, 9 unanswerable) in in/questions.tsv, answers in logs/ask1.json. Answerable: 13 right, 1 right with a false "sources differ", 10 abstained (D12). False premise: 8 abstained, 4 answered as if true (D1). Unanswerable: 9/9 abstained. No answer had a wrong citation for a right answer.\n')
out.append('Rebuild (c): edited sheets.csv (m02 scale and creator, m06 row removed), edited m01 (engraver, year), renamed an image and m04_bombay.xml, deleted m07_essay.md: dropped/renamed were reported, catalogue re-read, exports and web pages updated and folder exports cleaned (R01–R08); defects D2, D10.\n')
out.append('## Attack table\n')
out.append('| id | class | input | command | expected | observed | result |')
out.append('|---|---|---|---|---|---|---|')
for r in rows:
    v=r[-1]+ (f' ({row2d[r[0]]})' if r[0] in row2d else '')
    out.append('| '+' | '.join(esc(x) for x in r[:-1])+' | '+v+' |')
out.append('\n## Defects by severity\n')
for sev in ('HIGH','MEDIUM','LOW'):
    out.append(f'### {sev}\n')
    for d in D:
        if d[1]!=sev: continue
        out.append(f'**{d[0]} — {d[2]}.** {d[5]} Rows: {", ".join(d[4])}.  ')
        out.append(f'Reproduction: `V=/work/redteam50/venv/bin/vitrina bash repro/{d[3]}`\n')
out.append('## Notes (not defects)\n')
out.append('- Any build, however small, costs about 8–13 s of model load on an idle core (up to 25–40 s at load 8) and 380–660 MB RSS: within "well under 1 GB", slow for "seconds" on this loaded machine.\n'
'- Control characters: .txt files get a warning saying what was removed; the same bytes in an .html <title>/<h1> are dropped silently (H06).\n'
'- A second build on the same database waits silently for the first (CC1: 52 s with "0/1 files" and no "waiting for another build" line).\n'
'- A semicolon-separated authority CSV is refused as "missing column(s) name, type" without a hint that the delimiter is the problem (AU03).\n'
'- DMS coordinates and bounding boxes in records are not used (neither misplaced nor turned into dates); the map places only gazetteer names.\n'
'- Scales (1:63,360, 63,360), sheet and drawing numbers and dimensions produced no dates (K09).\n')
open('REPORT.md','w',encoding='utf-8').write('\n'.join(out)+'\n')
print(n, nf, classes)
