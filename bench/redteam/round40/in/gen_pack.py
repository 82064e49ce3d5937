import os, random, csv
from docx import Document
from fpdf import FPDF
import fpdf
_mc=FPDF.multi_cell
def _m(self,*a,**k):
    k.setdefault("new_x","LMARGIN"); k.setdefault("new_y","NEXT"); return _mc(self,*a,**k)
FPDF.multi_cell=_m
random.seed(40)
D = "/work/redteam40/in/pack"
def w(name, text):
    open(os.path.join(D, name), "w", encoding="utf-8").write(text)

w("01_introduction.md", """# Teacher's introduction: Building the Rideau Canal, 1826-1832

*Prepared by Margaret Oduya, history teacher, for a Year 9 unit, September 2024.*

## Why this lesson

The Rideau Canal links Kingston, on Lake Ontario, with Bytown on the Ottawa River. Bytown was renamed Ottawa on 1 January 1855. The canal is 202 kilometres long and has 47 masonry locks at 24 lock stations.

It was built between 1826 and 1832 under Lieutenant-Colonel John By of the Royal Engineers. Thousands of labourers, many of them Irish immigrants and French Canadians, dug the cuts and built the dams. Around a thousand of them died, most of them of malaria, which the workers called "swamp fever".

## How to use the pack

Read the letter (document 2), the diary (document 3), the speech (document 4), the newspaper report (document 5) and the order (document 6) first. Then use the textbook chapter, the glossary and the chronology to answer the worksheet. Remember that a source written in 1832 may mention events of 1826: the date a letter was written is not the date of everything it describes.
""")

w("02_letter_by_1827.txt", """Letter from Lieutenant-Colonel John By to his wife Esther By

Bytown, Upper Canada, 14 March 1827

My dearest Esther,

The snow lies four feet deep upon the clearing, and yet the men are cutting stone for the entrance locks. Mr Thomas McKay has undertaken the masonry of the eight locks at the Ottawa end, and I find him a careful and honest Scot.

When I saw His Excellency the Earl of Dalhousie at Quebec last autumn he said to me, "Spare no pains that the work be durable, Colonel, for it must serve the King's forces for a century." I have taken him at his word, and I fear the Board of Ordnance in London will not thank me for it when the accounts arrive.

The estimate I was given in London was one hundred and sixty-nine thousand pounds. I already see that it cannot be done for that sum if the locks are to be built of stone and made large enough for steamboats.

Kiss the girls for me. I hope to see you here before the ice goes out of the river in April.

Your loving husband,
John By
""")

w("03_diary_mckay_1828.txt", """Diary of Thomas McKay, stonemason and contractor, extracts, summer 1828

12 July 1828. Hot and close. Walked up the line from the Ottawa locks to Hog's Back. The dam there has failed again after the rains.

2 August 1828. Rode to Jones Falls to see Mr John Redpath's great stone dam. It is to stand sixty-two feet high, the highest in the Americas. Half his men are down with the fever and cannot work.

19 August 1828. Eleven men buried this week at Jones Falls. The surgeon, Dr Alexander Christie, says the bad air of the swamps causes it. Colonel By has ordered that the sick be given quinine and that work stop in the heat of the day.

30 August 1828. I myself have had the shaking fever for three days. Colonel By came to see me and said, "Mr McKay, we shall finish this canal if we have to carry every stone ourselves."
""")

w("04_speech_drummond_1832.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Speech by Robert Drummond at Kingston, 21 May 1832</title></head>
<body>
<h1>Speech by Robert Drummond, contractor at Kingston Mills</h1>
<p class="meta">Delivered at a public dinner in Kingston, Upper Canada, on 21 May 1832, the evening before the first passage of the canal. Text as printed in the <i>Kingston Chronicle</i>.</p>
<p>Gentlemen, six years ago this country between Kingston and the Ottawa was forest and swamp. Tomorrow a steamboat will pass through it from the lake to the river.</p>
<p>I built the locks at Kingston Mills, four of them in a flight, and I will not pretend the work was easy. We lost good men to the fever in the summer of 1828, and I ask you to remember them tonight.</p>
<p>Colonel By once told me that "a canal is only as strong as its weakest lock." I believe there is no weak lock between here and Bytown.</p>
<p>I give you the health of Colonel By, and of the labourers who made his canal.</p>
</body></html>
""")

w("05_newspaper_chronicle_1832.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kingston Chronicle, 2 June 1832: The Rideau Canal opened</title></head>
<body>
<article>
<h1>THE RIDEAU CANAL OPENED</h1>
<p class="byline">From our correspondent. Kingston Chronicle, Saturday 2 June 1832.</p>
<p>The steamboat <b>Pumper</b>, having on board Lieutenant-Colonel By and his family, left Kingston on Tuesday the 22nd of May and arrived at Bytown on the 29th, having passed every lock of the Rideau Canal without accident.</p>
<p>At Jones Falls the party admired the great dam built by Mr Redpath. At Smiths Falls and at Merrickville the inhabitants fired salutes. Colonel By declared that the canal was "a work which will stand as long as the hills."</p>
<p>We understand that the whole cost of the work exceeds eight hundred thousand pounds, and that the Colonel has been called home to explain the expense to the Lords of the Treasury.</p>
</article>
</body></html>
""")

w("06_order_ordnance_1832.txt", """BOARD OF ORDNANCE
Office of Ordnance, Pall Mall, London

General Order No. 17

22 September 1832

To Lieutenant-Colonel John By, Royal Engineers, Commanding the Rideau Canal.

Sir,

The Master-General and Board, having received your accounts showing an expenditure upon the Rideau Canal of eight hundred and twenty-two thousand pounds, against an estimate of one hundred and sixty-nine thousand pounds, direct that you hand over the command of the works to Captain Daniel Bolton, Royal Engineers, and return to London without delay to attend the Committee of the Treasury.

By order of the Board,
Richard Byham, Secretary
""")

w("08_glossary.md", """# Glossary

**Lock**: a chamber with gates at each end in which the water level is raised or lowered so that a boat can pass between two levels.

**Flight**: several locks joined one after another, as at Kingston Mills (four locks) and at the Ottawa entrance (eight locks).

**Lock station**: a place on the canal with one or more locks, a lockmaster's house and often a defensible blockhouse.

**Blockhouse**: a small fortified building of squared timber on a stone base, built to defend a lock station.

**Swamp fever**: the workers' name for malaria, carried by mosquitoes in the marshes along the route.

**Royal Engineers**: the British Army's corps of engineers, to which John By belonged.

**Board of Ordnance**: the body in London that paid for and controlled military works such as the canal.

**Slackwater system**: a canal made mostly by raising rivers and lakes with dams, rather than by digging a long channel.
""")

w("09_chronology.md", """# Chronology of the Rideau Canal

## As a table

| Date | Event | Source |
|---|---|---|
| 1816 | Military settlement founded at Perth, Upper Canada | Textbook |
| 21 September 1826 | John By arrives at the Ottawa River site | Textbook |
| 26 September 1826 | Earl of Dalhousie visits the site; Bytown laid out | Textbook |
| 14 March 1827 | By writes to Esther By from Bytown | Letter |
| Summer 1828 | Malaria epidemic at Jones Falls and along the line | Diary |
| 22 May 1832 | Steamboat Pumper leaves Kingston | Newspaper |
| 29 May 1832 | Pumper arrives at Bytown; canal opened | Newspaper |
| 22 September 1832 | Board of Ordnance recalls By to London | Order |
| 1 February 1836 | John By dies at Frant, Sussex | Textbook |
| 1 January 1855 | Bytown renamed Ottawa | Textbook |
| 2007 | Canal named a UNESCO World Heritage Site | Textbook |

## As a list

- 1826: work begins; By arrives on 21 September.
- 1827: excavation and masonry at the Ottawa entrance; By's letter of 14 March.
- 1828: the fever summer; dozens of deaths at Jones Falls.
- 1831: most locks finished.
- 1832: the canal opens at the end of May; By is recalled in September.
- 1836: By dies in England, at Frant.
- 1855: Bytown becomes Ottawa.
""")

w("10_worksheet.md", """# Worksheet: The Rideau Canal

Answer in full sentences. Say which document gives you the answer.

1. In which year did work on the Rideau Canal begin?
2. Who was in charge of building the canal, and what was his rank?
3. How many locks does the canal have, and how long is it?
4. What disease killed many of the workers, and what did the workers call it?
5. What was Bytown renamed, and in which year?
6. Who wrote the diary, and what was his trade?
7. Which steamboat made the first passage, and on which days?
8. Why was John By called back to London? Use the order and the newspaper report.
9. How high was the dam at Jones Falls, and who built it?
10. Compare the estimate in By's letter with the cost given in the order. By how much was the estimate exceeded?
11. Who said "Spare no pains that the work be durable"? Who wrote it down?
12. Where did John By die?
""")

w("11_map_description.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Map description: the route of the Rideau Canal</title></head>
<body>
<h1>Reading the map of the Rideau route</h1>
<p>The map on the classroom wall shows the route from Kingston, Upper Canada (today Kingston, Ontario, not Kingston in Jamaica nor Kingston upon Thames in England) north to Bytown, which was renamed Ottawa in 1855.</p>
<p>Going north from Kingston the boats pass Kingston Mills, Jones Falls, Chaffey's Lock and Newboro, where the canal crosses the summit at Upper Rideau Lake. The village of Newboro was called The Isthmus while the canal was being built.</p>
<p>West of the canal lies Perth, a military settlement of 1816 (not Perth in Scotland nor Perth in Western Australia), and Richmond (not Richmond in Virginia nor Richmond in Surrey). Further north are Smiths Falls, Merrickville, Burritt's Rapids and Long Island, near the present village of Manotick.</p>
<p>At the northern end are Hog's Back, Hartwell's locks and the flight of eight locks at the Ottawa entrance, beside Parliament Hill. York, the capital of Upper Canada, lay far to the west; it was renamed Toronto in 1834.</p>
<p>Many of the Irish labourers later moved west; some settled at Berlin in Waterloo County, which was renamed Kitchener in 1916.</p>
</body></html>
""")

w("12_portraits.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Portraits of the canal builders</title></head>
<body>
<h1>Portraits of the canal builders</h1>
<figure><img src="by.jpg" alt="Portrait of John By">
<figcaption>Lieutenant-Colonel John By (1779-1836), superintending engineer of the Rideau Canal. Oil on canvas, unknown artist, about 1830. Credit: City of Ottawa Archives, CA-OTT-1899-001.</figcaption></figure>
<figure><img src="mckay.jpg" alt="Portrait of Thomas McKay">
<figcaption>Thomas McKay (1792-1855), stonemason and contractor of the Ottawa entrance locks, later founder of New Edinburgh. Engraving by William Notman, 1850. Credit: Library and Archives Canada, C-8877.</figcaption></figure>
<figure><img src="esther.jpg" alt="Portrait of Esther By">
<figcaption>Esther By, born Esther March, wife of John By. Watercolour, about 1825. Credit: private collection, photograph by Anna Kowalczyk.</figcaption></figure>
</body></html>
""")

with open(os.path.join(D, "13_sources.csv"), "w", newline="", encoding="utf-8") as f:
    c = csv.writer(f)
    c.writerow(["title", "author", "date", "archive", "reference"])
    c.writerow(["Letter to Esther By", "John By", "1827-03-14", "City of Ottawa Archives", "MG-By-3/12"])
    c.writerow(["Diary, summer 1828", "Thomas McKay", "1828", "Archives of Ontario", "F 1021-2"])
    c.writerow(["Speech at Kingston", "Robert Drummond", "1832-05-21", "Kingston Chronicle", "1832-05-26 p.2"])
    c.writerow(["The Rideau Canal opened", "Kingston Chronicle correspondent", "1832-06-02", "Queen's University Archives", "KC-1832-06-02"])
    c.writerow(["General Order No. 17", "Richard Byham", "1832-09-22", "The National Archives, Kew", "WO 44/18"])

# 07 textbook chapter: DOCX with headings, very long paragraphs and a very long table
stations = ["Ottawa entrance","Hartwell's","Hog's Back","Black Rapids","Long Island","Burritt's Rapids","Nicholson's","Clowes","Merrickville","Kilmarnock","Edmunds","Old Slys","Smiths Falls Combined","Smiths Falls Detached","Poonamalie","Beveridges","Narrows","Newboro","Chaffey's","Davis","Jones Falls","Upper Brewers","Lower Brewers","Kingston Mills"]
locks = [8,2,2,1,2,1,2,1,3,1,1,2,2,1,1,2,1,1,1,1,4,2,1,4]
assert sum(locks)==47 and len(stations)==24
masters = ["Andrew Wilson","Patrick Doyle","Jean-Baptiste Roy","Hugh Fraser","Michael Byrne","Samuel Kerr","Owen Malone","Louis Gagnon","William Merrick","James Kilbride"]
doc = Document()
doc.add_heading("Chapter 7: The Rideau Canal, 1826-1832", 0)
doc.add_paragraph("From: A History of Upper Canada for Schools, by Helen Barrow and David Okafor, second edition, Northfield Press, 2019.")
doc.add_heading("7.1 Why a canal?", 1)
doc.add_paragraph("After the War of 1812 the British government feared that the St Lawrence River, the main route between Montreal and Kingston, could be cut by an American army. A route further north, from the Ottawa River up the Rideau River and down the Cataraqui River to Kingston, would keep supplies moving in a war. The Duke of Wellington supported the plan. " * 6)
doc.add_heading("7.2 The engineer and his contractors", 1)
long_para = ("Lieutenant-Colonel John By, born in 1779 at Lambeth, arrived at the Ottawa River on 21 September 1826. He chose to build a slackwater system with high dams instead of a long dug channel, which saved digging but made the dams very large. Contractors such as Thomas McKay, John Redpath, Robert Drummond and Philemon Wright's sons built the works under contract. ") * 40
doc.add_paragraph(long_para)
doc.add_heading("7.3 Fever and death", 1)
doc.add_paragraph("Malaria struck hardest in the summers of 1828 and 1829. Around a thousand workers and members of their families died during the construction, though no one kept a full count. Jones Falls, Newboro and Kingston Mills were the worst places. " * 30)
doc.add_heading("7.4 Table of lock stations", 1)
t = doc.add_table(rows=1, cols=6)
for i, h in enumerate(["Station", "Locks", "Lift (feet)", "Completed", "First lockmaster", "Notes"]):
    t.rows[0].cells[i].text = h
for rep in range(12):  # very long table: 288 rows
    for i, (s, n) in enumerate(zip(stations, locks)):
        r = t.add_row().cells
        r[0].text = s + ("" if rep == 0 else f" (survey {rep})")
        r[1].text = str(n); r[2].text = str(8 + (i * 7) % 23); r[3].text = "1831" if i % 3 else "1832"
        r[4].text = masters[i % 10]; r[5].text = "blockhouse" if i % 4 == 0 else "defensible lockmaster's house"
doc.add_heading("7.5 Cost and recall", 1)
doc.add_paragraph("The canal cost about 822,000 pounds against an estimate of 169,000 pounds. In September 1832 the Board of Ordnance recalled By to London. A committee of the Treasury cleared him of wrongdoing, but he received no honour for the work. He died at Frant, in Sussex, on 1 February 1836.")
doc.add_heading("7.6 Afterwards", 1)
doc.add_paragraph("Bytown was renamed Ottawa on 1 January 1855, and in 1857 Queen Victoria chose it as the capital of the Province of Canada. In 2007 the canal was named a UNESCO World Heritage Site.")
doc.save(os.path.join(D, "07_textbook_chapter.docx"))

# 14 LONG PDF: lock station gazetteer + interview transcript, > 300 KB text
pdf = FPDF(); pdf.set_auto_page_break(True, 15); pdf.set_font("Helvetica", size=10)
pdf.add_page(); pdf.set_font("Helvetica", "B", 16); pdf.multi_cell(0, 8, "The Rideau Lock Stations: A Teacher's Reference Book"); pdf.set_font("Helvetica", size=10)
pdf.multi_cell(0, 5, "Compiled by Margaret Oduya from the textbook chapter and the station records, 2024.")
total = 0
for i, (s, n) in enumerate(zip(stations, locks)):
    pdf.set_font("Helvetica", "B", 13); pdf.multi_cell(0, 7, f"Station {i+1}: {s}"); pdf.set_font("Helvetica", size=10)
    for k in range(26):
        yr = 1827 + (k % 5)
        p = (f"Record {k+1} for {s}. The station has {n} lock{'s' if n>1 else ''} with a lift of {8 + (i*7)%23} feet. "
             f"In {yr} the lockmaster {masters[(i+k)%10]} reported that the gates were sound and that {3 + (k*i)%9} boats passed in one week. "
             f"The masonry was laid by men from {'Cork' if k%2 else 'Quebec'} and the timber came from the forests near {'Perth' if k%3 else 'Richmond'}. "
             f"This paragraph is part of the long reference text used to test how a student finds one fact among many pages.")
        pdf.multi_cell(0, 5, p); pdf.ln(1); total += len(p)
pdf.add_page(); pdf.set_font("Helvetica", "B", 13); pdf.multi_cell(0, 7, "Transcript: interview with a lockmaster's descendant, recorded 1998"); pdf.set_font("Helvetica", size=10)
k = 0
while total < 340000:
    sp = "INTERVIEWER" if k % 2 == 0 else "ROSE DOYLE"
    p = (f"{sp}: " + ("Can you tell me what your great-grandfather said about the lock at Long Island, question " + str(k) + "?" if k%2==0 else
         f"He said the winter of {1840 + k%20} was the coldest, and that the ice at Long Island was {2 + k%4} feet thick. My grandmother kept his ledger with {k*3} entries about boats and cargo of timber and flour."))
    pdf.multi_cell(0, 5, p); total += len(p); k += 1
pdf.output(os.path.join(D, "14_reference_book_long.pdf"))
print("pdf text chars", total, "pages", pdf.page_no())
