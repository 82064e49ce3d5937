import json
P, F, N = "PASS", "FAIL", "N/A"
v = {}
def s(i, r, o=""): v[i] = [r, o]
s("B01", P, "16 docs built, images/CSV skipped and listed, 28 s, 486 MB")
s("E01", P, "16 documents written")
ask = {
 "Q01": (F, "answer 'Port Jackson' conf 0.79 (truth Cape Town) — wrong, confident"),
 "Q02": (P, "no answer (conf 0), correct sentence cited — honest miss"),
 "Q03": (P, "no answer, right citation — honest miss"),
 "Q04": (P, "no answer — honest miss"),
 "Q05": (P, "'12 April' conf 0.79, right citation (year omitted)"),
 "Q06": (P, "no answer — honest miss"),
 "Q07": (N, "harness mangled the non-ASCII question; re-asked as A07"),
 "Q08": (P, "no answer but the exact sentence cited — honest miss"),
 "Q09": (P, "no answer; cited a different Ellison quotation — honest miss"),
 "Q10": (P, "no answer; correction sentence cited — honest miss"),
 "Q11": (P, "'Henry Voss' conf 0.79, right citation"),
 "Q12": (P, "no answer, exact sentence cited"),
 "Q13": (P, "no answer, exact sentence cited"),
 "Q14": (F, "answer 'Cargo Manifest' conf 0.39 — a heading given as the answer"),
 "Q15": (P, "no answer — honest miss"),
 "Q16": (P, "'Samuel Okafor' conf 0.99, right"),
 "Q17": (P, "quotation, conf 0.98, right speaker"),
 "Q18": (P, "no answer, exact sentence cited"),
 "Q19": (P, "no answer (cited an unrelated Rodney sentence)"),
 "Q20": (P, "quotation right, conf 0.79"),
 "Q21": (P, "no answer — honest miss"),
 "Q22": (P, "no answer — honest miss"),
 "F01": (F, "false premise accepted: '2 January 1854' conf 0.55 — the City of Boston's date given for the Queen Charlotte"),
 "F02": (F, "false premise accepted: an unrelated sentence about Cobb returned as the 'why' answer, conf 0.63"),
 "F03": (P, "no answer"),
 "F04": (P, "no answer"),
 "F05": (P, "no answer"),
 "F06": (P, "no answer"),
 "F07": (F, "false premise accepted: '15 April 1853' conf 0.79 (that is the arrival at Auckland)"),
 "F08": (P, "no answer"),
 "F09": (F, "false premise ('husband', 'resign') answered with the 'no relation' sentence conf 0.70, premise not rejected"),
 "F10": (P, "no answer"),
 "F11": (F, "'six deaths' conf 0.79 for 'confirmed as 97' — the report corrected 97 to 103"),
}
for k, (r, o) in ask.items(): s("ASK-" + k, r, o)
for k in ["U01","U02","U03","U04","U05","U06","U07","U08","U09"]: s("ASK-" + k, P, "no answer, conf 0")
for k, o in {"H01":"Error: corrupt PDF, rc 1, no db","H02":"not a PDF, rc 1","H03":"corrupt ZIP container","H04":"missing word/document.xml","H05":"entity refused, nothing leaked",
 "H06":"member too large (50 MB limit) — refused before the ratio check, fine","H07":"both members refused with warnings, ok.txt built (rc 2 is from ls)","H08":"link member skipped, no passwd content",
 "H09":"level 3 refused with warning","H10":"one Error line","H11":"../ member refused","H12":"entity declarations refused","H13":"amplification refused","H14":"nesting limit, 2 s","H15":"attribute limit, 1.8 s, 61 MB",
 "H16":"tag mismatch Error","H17":"nesting limit","H18":"binary refused","H19":"read fine","H20":"read fine","H21":"BOM not in title","H22":"NULs dropped with warning","H23":"900 KB line, 12 s, 383 MB (split in parts)",
 "H24":"built","H25":"built, search works","H26":"escapes removed with warning; search output clean","H27":"cp1252 detected with warning","H28":"read with --encoding","H29":"empty file refused (rc 2 is from ls)",
 "H30":"whitespace refused","H31":"RTF refused","H32":"CSV refused","H33":".log read as text","H34":"control bytes refused","H35":"read with warning (hint about Central European is a guess)","H36":"row-cut warning",
 "H37":"3 injection docs built","H38":"bad files reported one line each, 19 built, 23 s, 495 MB, rc 1"}.items(): s(k, P, o)
for k in ["C%02d" % i for i in range(1, 55)]: s(k, P, "")
s("C10", P, "usage error rc 2 (no usage banner)"); s("C11", P, "one-line Error rc 1"); s("C14", P, "UTF-8 file read as UTF-8 as documented")
s("C15", P, "rc 1 'no such file or folder'"); s("C18", P, "rc 2, no db created"); s("C26", P, "FTS syntax treated as words"); s("C27", P, "500-char limit, rc 2")
s("C35", P, "refused, file untouched (rc 0 is from cmp)"); s("C37", P, "refused, md5 unchanged"); s("C49", P, "a link named explicitly is read (user named it)")
s("C50", P, "dangling/outside links and FIFO skipped and counted; ctrl/newline names built"); s("C51", P, "empty folder: one Error"); s("C52", P, "FIFO refused at once")
s("C53", P, "no raw control bytes printed"); s("C54", P, "Made the folders … message")
for k, o in {"X01":"valid, 0 schema errors","X03":"valid; but see D1/D6: place Lincoln (a ship), two Valparaísos","X04":"valid","X05":"valid CSL","X06":"16 TEI files parse (17th is the figure JPEG)",
 "X07":"9 tables read by pandas","X08":"stdout JSON","X09":"all formats valid, TEI parses, CSV reads","X10":"refused, file kept","X11":"rc 2","X12":"one Error line rc 1","X13":"names percent-encoded, no raw ESC",
 "P01":"540 files","P02":"refused, index.html kept","P03":"grep hits only inside JSON strings (\\u003c-escaped in HTML); no raw payload in HTML"}.items(): s(k, P, o)
s("X02", N, "my validator fetched the remote @context (no network); redone offline as X02b")
s("X02b", P, "419 annotations, 9,993 triples offline")
s("R01", P, ""); s("R02", P, "SY-01 dropped and said; 1 analysed, 14 unchanged; my CSV edit had an unquoted comma: reported, old catalogue kept")
s("R03", F, "no stale rows for SY-01, but a SURVIVING entity changed id: place-sydney-263fca → place-sydney (cited by MV-01); old id 404s (S18)")
s("R04", P, "0 analysed"); s("R05", P, "Renamed: … analysis kept"); s("R06", P, "drops listed"); s("R07", P, "db md5 unchanged"); s("R08", P, "ids equal to folder build; cited coll.zip!path")
s("R09", P, "catalogue re-read; new title shown"); s("R10", P, "17 stale files removed and counted")
s("I01", P, "db md5 intact; a .staging tmp + .lock left, cleaned by the next build")
s("I02", N, "SIGINT ignored by a background job of a non-interactive shell (harness); redone as I02b")
s("I03", P, "'Error: terminated' rc 1, db intact, temp files removed")
s("K01", P, "second build waited for the first; both finished, 16 docs")
for k, o in {"S01":"200","S02":"200, twin valid","S03":"catalogue shown","S05":"all 404, no passwd","S06":"400 for 100 KB query, server alive","S07":"405 for each","S08":"payload escaped","S09":"escaped; JSON answer","S10":"404 pages and JSON 404",
 "S11":"hits with offsets","S12":"map/timeline/graph/compare 200, planted data present","S14":"no 500","S15":"build while serving ok, new doc searchable at once","S16":"98 pages crawled; raw payload only inside application/json twins, none in HTML","S17":"JSON twins 200 application/json","A04":"date filter right","A05":"ward mentions","A06":"section filter right","A07":"'2 January 1854' conf 0.79 right"}.items(): s(k, P, o)
s("S04", F, "page /entities/place-lincoln exists: the steamer 'City of Lincoln' shown as Lincoln, England on the map")
s("S13", N, "HEAD and bad Host fine (200); the 200 KB header part failed in my shell (argument list too long)")
s("S18", F, "renamed doc 301 → new id (good), dropped doc 404 (good), but the renamed surviving entity's old id place-sydney-263fca is 404, no redirect")
s("CMP1", F, "false DIFFERs: noon latitudes of different ships (55 vs 36, 44 vs 39) and daily runs of different voyages (148/214/262 nautical miles) reported as contradictions; the real 97→103 correction is not among the groups")
s("A01", F, "authority listing 'Queen Charlotte' (other) still leaves 4 persons 'Charlotte'; brig Sydney merged into the place Sydney; 'Victoria' (Mrs Victoria Banning) an alias of Victoria Ward")
s("A02", F, "TEI <date when=1852-06-15 datingMethod=#julian>3 June 1852</date> exported as 1852-06-03 (the @when is dropped); '20 June 1852 (Old Style)' → 1852-07-02 right")
s("A03", F, "'Bed 1815' → event dated 1815; 'Wind NE' → place NE; 'Noon' → person; ship 'Lady Franklin' → person; 1066/1789 not dates (good)")
s("I02b", "?", "")
M = [
 ("M01", F, "knowledge", "main KB: barque 'Queen Charlotte'", "ship not a person", "4 separate person entities 'Charlotte' (never joined); the 1790 frigate event's participant is person Charlotte"),
 ("M02", F, "knowledge", "steamer 'City of Lincoln' (DOCX + TEI <name type=ship>)", "ship not the city", "place-lincoln at 53.23,-0.54 (Lincoln, England), even from TEI markup typed ship"),
 ("M03", F, "knowledge", "brig 'Sydney' (did not call at Sydney)", "ship not the place", "events of the brig's voyage list the place Sydney; the title 'Log of the Brig Sydney' puts Sydney (with coords) on the voyage"),
 ("M04", F, "knowledge", "ship 'Admiral Rodney' (1852)", "ship not the admiral (d. 1792)", "event 'Log extracts of the Admiral Rodney, Kronstadt to London' 1852 has participant person-george-rodney"),
 ("M05", P, "knowledge", "ship 'City of Boston' vs port Boston", "kept apart", "place-boston has only the port mentions; ship is other/organization (split in two, minor)"),
 ("M06", F, "knowledge", "wards 'Victoria Ward', 'Nelson Ward'", "a ward is not a person", "person-victoria-ward (7 mentions), person-nelson-ward (4) and a second place-nelson-ward"),
 ("M07", F, "knowledge", "'Mrs. Victoria Banning' (benefactor)", "separate person", "her name is cut to 'Victoria' and merged into Victoria Ward; the event reads 'the gift of Mrs. Victoria'"),
 ("M08", F, "knowledge", "diseases 'Malta fever', 'Lyme disease', 'Spanish influenza'", "not places/persons", "place-malta from 'Malta fever'; 'Lyme' (of Lyme disease) joined to Nurse Mary Lyme; 'Spanish' a group (acceptable)"),
 ("M09", P, "knowledge", "noon positions 'Lat. 33°55′S, Long. 18°25′E'", "placed where it says or not at all", "no place/date invented from positions (not mapped either); one junk org '46′E. Anchored'"),
 ("M10", P, "knowledge", "register numbers 'Reg. No. 1918/412', 'Register No. 1066'", "no invented dates", "no date from them"),
 ("M11", P, "knowledge", "doses '20 grains', 'ten grains every six hours'", "quantities with units", "both kept as grains"),
 ("M12", P, "knowledge", "quotations of Harrow, Voss, Pryce, Ellison", "right speakers", "all four right; the signed letter's quotation left without speaker (not wrong)"),
 ("M13", P, "knowledge", "annual report 1919 correcting 97 → 103", "no dishonest figure", "neither figure stored as a quantity; compare silent; ask does not answer Q10 (but see F11)"),
 ("M14", P, "knowledge", "spellings H. Voss/Henry Voss/Voss; Captain Harrow; George vs Margaret Ellison", "join only when right", "Voss and Harrow joined, George Ellison kept apart; M. Ellison not joined with Margaret Ellison (missed join, not a wrong one)"),
 ("M15", F, "knowledge", "'Valparaíso' (HTML) and 'Valparaiso' (PDF)", "one place", "two places with different coordinates (-71.63 and -71.37, the second 25 km inland)"),
 ("M16", F, "knowledge", "'Port Jackson', 'Sydney'", "one place each, on the map", "Port Jackson split into place (no coords) and 'other'; two 'Sydney' places, one without coords"),
 ("M17", F, "knowledge", "matron's table header 'Patients 30 Nov' in a November 1918 report", "1918-11-30 or none", "event dated 1889-11-30 (year borrowed from 'in 1889' in the previous paragraph)"),
 ("M18", F, "knowledge", "table cell + heading in the 1919 report", "no cross-block quantity", "quantity '58\\n\\nStaff' value 58 unit 'Staff'"),
 ("M19", F, "knowledge", "crew list, logs, rosters", "no junk entities", "persons 'Wind S', 'Wind W', 'Rum', 'Greenock', 'Cook', 'Arrival'×2; places 'Agnes Pryce', 'E.K.', 'F.R.C.S.', 'Nurse', 'Rounded Cape Horn'; orgs 'Edith Hale', 'J.M.', 'W.T.'"),
 ("M20", P, "knowledge", "'3rd/15th of June 1852 (Old Style / New Style)'", "1852-06-15", "1852-06-15, written form kept"),
 ("M21", P, "knowledge", "catalogue CSV (12 records, a quoted key)", "joined", "every record joined to its document, shown on page/JSON"),
 ("M22", P, "knowledge", "HTML figure cape_horn.jpg", "figure kept", "copied into TEI export as cb-01-journal-f0.jpg"),
]
for i, r, c, inp, exp, o in M: v[i] = [r, o, c, inp, exp]
json.dump(v, open("verdicts.json", "w"), indent=0)
v["I02b"] = ["N/A", "SIGINT still ignored (subshell without job control: harness); redone as I02c"]
v["I02c"] = ["PASS", "'Error: interrupted' rc 1 after 13 s, db md5 intact, no temp files left"]
v["S19"] = ["PASS", "200 KB header → 400, server alive; CSP + nosniff on pages and JSON twins"]
json.dump(v, open("verdicts.json", "w"), indent=0)
