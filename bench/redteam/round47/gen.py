import os, zipfile
from pathlib import Path
B = Path('/work/redteam47/in/coll')
N, P, I = B/'natural', B/'paper', B/'images'
N.joinpath('MNH_field_notebook_marrow_1898.txt').write_text("""FIELD NOTEBOOK OF EDITH MARROW, JUNE-JULY 1898

12.vi.1898. Carrow Fen, Norfolk, 52°37′12″N 1°21′05″E (52.6200, 1.3514), elevation 4 m. Shot an adult male Great Tit, Parus major Linnaeus, 1758, in the alders by the dyke. Catalogue number MNH-B 004512.

14.vi.1898. Hollin Wood, 52°39′30″N 1°18′40″E (52.6583, 1.3111), 12 m. Took a small grey warbler which I judge to be a Blackcap, Sylvia atricapilla (Linnaeus, 1758), though it lacks the cap. Catalogue number MNH-B 004513.

20.vi.1898. Carrow Fen again. A reed warbler of unusual pale colour; sent to Mr Jonas Feld at the Museum for his opinion. Catalogue number MNH-B 004515.

The weather was close and thundery; on 22.vi.1898 a great storm broke over Hollin Wood and felled three oaks.

2.vii.1898. Mr Feld came out himself and took a Goldcrest, Regulus regulus (Linnaeus, 1766), on Mount Edith, 52.8120, 1.0900, 88 m. Catalogue number MNH-B 004516.
""", encoding='utf-8')
N.joinpath('MNH_reidentifications.md').write_text("""# Re-identifications in the Marrow collection

## MNH-B 004513

Collected by Edith Marrow at Hollin Wood on 14 June 1898 and entered as *Sylvia atricapilla* (Linnaeus, 1758).
Re-identified by Harold Quist in March 1923 as *Sylvia borin* (Boddaert, 1783), the Garden Warbler.

## MNH-B 004515

The holotype of *Acrocephalus marrowae* Feld, 1899, described by Jonas Feld from the bird Edith Marrow collected at
Carrow Fen on 20 June 1898. Harold Quist placed the name in the synonymy of *Acrocephalus scirpaceus* (Hermann, 1804)
in 1923: the pale colour is a dietary aberration.

## MNH-B 004514

The label reads only "June 1898 (label)"; the collector was the Reverend Thomas Ashby, at Paris Hill, Norfolk
(52.7010, 1.2450), 30 m. Paris Hill is a farm near Carrow, not the French capital.
""", encoding='utf-8')
N.joinpath('MNH_type_catalogue.html').write_text("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Type specimens in the Carrow Museum bird collection</title></head><body>
<h1>Type specimens in the Carrow Museum bird collection</h1>
<h2>Acrocephalus marrowae Feld, 1899</h2>
<p>Holotype: MNH-B 004515, adult female, Carrow Fen, Norfolk, 52°37′12″N 1°21′05″E, 20.vi.1898, leg. Edith Marrow, det. Jonas Feld.</p>
<p>Status: a junior synonym of Acrocephalus scirpaceus (Hermann, 1804), after Harold Quist (1923).</p>
<h2>Other specimens of note</h2>
<p>MNH-B 004517, Emberiza citrinella Linnaeus, 1758, Yellowhammer, Lincoln Meadow, 52.6400, 1.4000, 6 m, 5.vii.1898, leg. Thomas Ashby.</p>
<script>alert('xss-in-source')</script>
<p>Figure caption: <img src="x.jpg" onerror="alert(1)"> Skin of MNH-B 004515, photographed 1923.</p>
</body></html>
""", encoding='utf-8')
N.joinpath('MNH_specimen_records.xml').write_text("""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Specimen records MNH-B 004512 to 004517</title></titleStmt>
<publicationStmt><p>Carrow Museum</p></publicationStmt><sourceDesc><p>Register cards</p></sourceDesc></fileDesc></teiHeader>
<text><body>
<div><head>MNH-B 004512</head><p><hi rend="italic">Parus major</hi> Linnaeus, 1758. Collected by <persName ref="#marrow">Edith Marrow</persName> at <placeName>Carrow Fen</placeName> on <date when="1898-06-12">12.vi.1898</date>. Determined by <persName>Jonas Feld</persName>.</p></div>
<div><head>MNH-B 004514</head><p><hi rend="italic">Lanius collurio</hi> Linnaeus, 1758. Collected by <persName>Thomas Ashby</persName> at <placeName>Paris Hill</placeName>, <date when="1898-06">June 1898 (label)</date>.</p></div>
<div><head>MNH-B 004516</head><p><hi rend="italic">Regulus regulus</hi> (Linnaeus, 1766). Collected by <persName>Jonas Feld</persName> on <placeName>Mount Edith</placeName>, <date when="1898-07-02">2.vii.1898</date>.</p></div>
<div><head>MNH-B 004517</head><p><hi rend="italic">Emberiza citrinella</hi> Linnaeus, 1758. Collected by <persName>Thomas Ashby</persName> at <placeName>Lincoln Meadow</placeName>, <date when="1898-07-05">5.vii.1898</date>.</p></div>
</body></text></TEI>
""", encoding='utf-8')
import docx
d = docx.Document(); d.add_heading('Accession register extract, Carrow Museum, 1898', 0)
d.add_paragraph('Accession 1898.41: the bird skins of Miss Edith Marrow, 212 specimens, presented by her on 18 August 1898, including MNH-B 004512 to MNH-B 004515.')
d.add_paragraph('Accession 1898.42: two skins from the Reverend Thomas Ashby, MNH-B 004514 and MNH-B 004517, purchased for 15 shillings on 1 September 1898.')
t = d.add_table(rows=3, cols=3); 
for i,row in enumerate([('Number','Taxon','Collector'),('MNH-B 004512','Parus major','Edith Marrow'),('MNH-B 004517','Emberiza citrinella','Thomas Ashby')]):
    for j,c in enumerate(row): t.cell(i,j).text = c
d.save(N/'MNH_accession_register.docx')
N.joinpath('MNH_labels.txt').write_text("""LABEL TRANSCRIPTIONS

MNH-B 004512 / Parus major / ♂ ad. / Carrow Fen / 12.vi.1898 / E. Marrow leg. / det. J. Feld 1899
MNH-B 004513 / Sylvia atricapilla / Hollin Wood / 14.vi.98 / E.M. / redet. H. Quist 1923: Sylvia borin
MNH-B 004514 / Lanius collurio / Paris Hill / June 1898 (label) / T. Ashby
MNH-B 004516 / Regulus regulus / Mount Edith 88 m / 2.vii.1898 / J. Feld leg.
""", encoding='utf-8')
from fpdf import FPDF
pdf = FPDF(); pdf.add_page(); pdf.set_font('Helvetica', size=16); pdf.cell(0, 10, 'Report on the Carrow Ornithological Survey of 1898', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Helvetica', size=11)
pdf.multi_cell(0, 6, 'The survey was led by Jonas Feld of the Carrow Museum between June and July 1898. Edith Marrow collected most of the specimens at Carrow Fen and Hollin Wood. The Reverend Thomas Ashby collected at Paris Hill and Lincoln Meadow. In all 212 skins were taken. Feld described Acrocephalus marrowae in 1899 from specimen MNH-B 004515.')
pdf.output(str(N/'MNH_survey_report_1898.pdf'))
# --- newspaper
P.joinpath('gazette_1898-06-18_no412.txt').write_text("""THE CARROW GAZETTE.
No. 412.                SATURDAY, JUNE 18, 1898.              PRICE ONE PENNY.

NATURALIST AT CARROW FEN.
CARROW, June 16.-Mifs Edith Marrow, the well-known lady ornith-
ologift, has been bufy this week among the alders of Carrow Fen, where fhe
has fecured feveral fine fpecimens for the Mufeum. It is faid that fhe fhot a
GOLDEN ORIOLE, a bird not feen in the county thefe fifty years.          BEECHAM'S PILLS
                                                                     Worth a Guinea a Box.
                                                                     Sold everywhere.
The Rev. Thomas Afhby, vicar of Carrow, is alfo collecting.
(Continued on page 4.)

PARISH COUNCIL.
The Council met on Tuefday. Mr. John Pettigrew in the chair.
""", encoding='utf-8')
P.joinpath('gazette_1898-06-25_no413.md').write_text("""# THE CARROW GAZETTE, No. 413, Saturday, June 25, 1898

## CORRECTION.

In our laft iffue we ftated that Mifs Edith Barrow had fhot a Golden Oriole at Carrow Fen. The lady's name is
Mifs Edith Marrow, and the bird, we are informed by Mr. Jonas Feld of the Mufeum, was not a Golden Oriole but a
Garden Warbler.

## GREAT STORM AT HOLLIN WOOD.

HOLLIN, June 22.-A great ftorm broke over Hollin Wood on Wednefday afternoon and three oaks were felled. Mifs
Marrow, who was collecting in the wood, took fhelter at Hollin Farm. (Continued on page 4.)

| ADVERTISEMENTS | |
|---|---|
| DR. WILLIAMS' PINK PILLS FOR PALE PEOPLE | 2s. 9d. |
| LINCOLN & SONS, DRAPERS, MARKET PLACE | Mourning a speciality |
""", encoding='utf-8')
P.joinpath('gazette_1898-07-02_no414.html').write_text("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Carrow Gazette, No. 414, 2 July 1898</title></head><body>
<h1>THE CARROW GAZETTE, No. 414</h1><p>SATURDAY, JULY 2, 1898.</p>
<h2>A NEW BIRD FOR SCIENCE?</h2>
<p>CARROW, June 30.—Mr. Jonas Feld, curator of birds at the Mufeum, informs us that a pale reed warbler taken by Mifs Marrow at Carrow Fen on the 20th ult. may prove to be a fpecies new to fcience. He propofes to name it after the lady.</p>
<div class="advert"><p>GEORGE WASHINGTON &amp; CO., IRONMONGERS. Gun cartridges for the naturalift.</p></div>
<h2>CRICKET.</h2><p>Carrow beat Hollin by forty runs on Saturday.</p>
</body></html>
""", encoding='utf-8')
d = docx.Document(); d.add_heading('THE CARROW GAZETTE, No. 420, Saturday, August 13, 1898', 0)
d.add_heading('LECTURE AT THE CORN HALL.', 1)
d.add_paragraph('CARROW, Aug. 11.-On Wednefday evening, 10 August, the Rev. Thomas Afhby lectured at the Corn Hall on "The Birds of Carrow Fen." Mifs Marrow exhibited fome of her fkins. Mr. Feld prefided. (Continued from page 1.)')
d.add_heading('SALE BY AUCTION.', 1)
d.add_paragraph('MESSRS. NELSON & HARDY will fell by auction on Friday the live and dead ftock of Hollin Farm.')
d.save(P/'gazette_1898-08-13_no420.docx')
P.joinpath('gazette_1898-07-09_no415.xml').write_text("""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>The Carrow Gazette, No. 415, 9 July 1898</title></titleStmt>
<publicationStmt><p>OCR transcription</p></publicationStmt><sourceDesc><p>Carrow Gazette</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><head>THE STORM AT HOLLIN.</head>
<p>We regret that in our iffue of <date when="1898-06-25">25 June</date> the ftorm at <placeName>Hollin Wood</placeName> was faid to have felled three oaks; it felled two, as <persName>Mr. John Pettigrew</persName> informs us. The ftorm was on <date when="1898-06-22">Wednefday, 22 June</date>.</p>
<p>Mifs <persName>Edith Marrow</persName> has now collected above two hundred fkins.</p></div></body></text></TEI>
""", encoding='utf-8')
pdf = FPDF(); pdf.add_page(); pdf.set_font('Times', size=16); pdf.cell(0, 10, 'THE CARROW GAZETTE, No. 421, Saturday, August 20, 1898', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', size=11)
pdf.multi_cell(0, 6, 'THE MARROW COLLECTION.\nCARROW, Aug. 18.-Mifs Edith Marrow has prefented her collection of 212 bird fkins to the Mufeum. Mr. Jonas Feld received the gift on behalf of the Truftees.\n\nHOLLOWAY\'S OINTMENT cures all fkin complaints.')
pdf.output(str(P/'gazette_1898-08-20_no421.pdf'))
# --- CSV
(B/'specimens_dwc.csv').write_text("""catalogNumber,scientificName,scientificNameAuthorship,recordedBy,identifiedBy,eventDate,verbatimEventDate,locality,decimalLatitude,decimalLongitude,verbatimCoordinates,minimumElevationInMeters,typeStatus
MNH-B 004512,Parus major,"Linnaeus, 1758",Edith Marrow,Jonas Feld,1898-06-12,12.vi.1898,Carrow Fen,52.6200,1.3514,"52°37′12″N 1°21′05″E",4,
MNH-B 004513,Sylvia borin,"(Boddaert, 1783)",Edith Marrow,Harold Quist,1898-06-14,14.vi.98,Hollin Wood,52.6583,1.3111,"52°39′30″N 1°18′40″E",12,
MNH-B 004514,Lanius collurio,"Linnaeus, 1758",Thomas Ashby,Jonas Feld,1898-06,June 1898 (label),Paris Hill,52.7010,1.2450,,30,
MNH-B 004515,Acrocephalus marrowae,"Feld, 1899",Edith Marrow,Jonas Feld,1898-06-20,20.vi.1898,Carrow Fen,52.6200,1.3514,,4,holotype
MNH-B 004516,Regulus regulus,"(Linnaeus, 1766)",Jonas Feld,Jonas Feld,1898-07-02,2.vii.1898,Mount Edith,52.8120,1.0900,,88,
MNH-B 004517,Emberiza citrinella,"Linnaeus, 1758",Thomas Ashby,Jonas Feld,1898-07-05,5.vii.1898,Lincoln Meadow,52.6400,1.4000,,6,
""", encoding='utf-8')
# catalogue keyed to documents
(B/'catalogue.csv').write_text("""file,title,creator,date,rights,subjects
MNH_field_notebook_marrow_1898.txt,Field notebook of Edith Marrow,Edith Marrow,1898,CC0,birds; Carrow Fen
gazette_1898-06-18_no412.txt,Carrow Gazette no. 412,Carrow Gazette,1898-06-18,Public domain,newspapers
gazette_1898-06-25_no413.md,Carrow Gazette no. 413,Carrow Gazette,1898-06-25,Public domain,"<script>alert('cat')</script>"
""", encoding='utf-8')
# images
from PIL import Image
im = Image.new('RGB', (64, 48), (120, 90, 60))
exif = Image.Exif(); exif[0x010E] = 'Skin of MNH-B 004512 Parus major, Carrow Fen'; exif[0x013B] = 'Edith Marrow'
gps = {1: 'N', 2: (52.0, 37.0, 12.0), 3: 'E', 4: (1.0, 21.0, 5.0)}
exif[0x8825] = gps
im.save(I/'MNH-B_004512.jpg', exif=exif)
from PIL import PngImagePlugin
meta = PngImagePlugin.PngInfo(); meta.add_text('Description', 'Holotype MNH-B 004515 Acrocephalus marrowae'); meta.add_text('XML:com.adobe.xmp', '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>Holotype</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>')
Image.new('RGB', (32, 32), (0, 128, 0)).save(I/'MNH-B_004515.png', pnginfo=meta)
Image.new('L', (12000, 12000), 0).save(I/'plate_huge.png')
(I/'corrupt.jpg').write_bytes(b'\xff\xd8\xff\xe0\x00\x10JFIF' + os.urandom(500))
with zipfile.ZipFile(B.parent/'coll.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    for f in sorted(B.rglob('*')):
        if f.is_file(): z.write(f, f.relative_to(B.parent))
print('done')
