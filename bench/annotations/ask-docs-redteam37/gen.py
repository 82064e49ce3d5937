import os, zipfile, shutil
from fpdf import FPDF
import docx
os.chdir('/work/redteam37/in/coll')
for d in ['src','src/letters','src/panels','src/archive/old']: os.makedirs(d, exist_ok=True)
W=lambda p,t,enc='utf-8': open(p,'w',encoding=enc).write(t)

W('src/panels/01_founding.txt', """The Founding of the Kessler Glassworks

Anna Kessler founded the Kessler Glassworks in Bratislava in 1887. She was born in Vienna in 1861 and trained as a chemist before she turned to glass.

The glassworks began with a single furnace and 18 workers. By 1901 it employed 140 workers and shipped tableware to Budapest, Prague and Trieste.

Kessler's partner in the first years was the engineer Ludwig Brandt, who designed the gas furnace that the works used until 1931.
""")

W('src/panels/02_strike.md', """# The Strike of 1912

## Panel 2

On 3 March 1912 the glassblowers of the Kessler Glassworks went on strike. The strike was led by Tomas Varga, a furnace master from Komárno.

The strike lasted 23 days. It ended on 26 March 1912, when Anna Kessler agreed to a ten-hour working day and a wage rise of 12 percent.

Varga told the crowd in front of the gate: "We make the light, but we live in the dark."

| Year | Workers |
|------|---------|
| 1901 | 140 |
| 1912 | 260 |
""")

W('src/letters/letter_1895.html', """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Letter from Anna Kessler to Ernst Kessler, 1895</title></head>
<body><h1>Letter from Anna Kessler to Ernst Kessler</h1>
<p>Bratislava, 14 June 1895</p>
<p>Dear Ernst, the new shop in Vienna will open on Kärntner Strasse in the autumn. I have hired Maria Lendl to run it.</p>
<p>Our green wine glasses sold out in Graz within two weeks. Father would have been proud.</p>
<p>Your sister, Anna</p>
<script>alert('x')</script>
</body></html>
""")

d = docx.Document()
d.add_heading('Report of the Factory Inspector, 1905', 0)
d.add_paragraph('The factory inspector Miroslav Hlina visited the Kessler Glassworks on 9 October 1905.')
d.add_paragraph('He counted 212 workers, among them 9 children under the age of 14.')
d.add_paragraph('Hlina ordered the children to be sent to the school in Petržalka and fined the works 300 crowns.')
d.save('src/archive/inspector_1905.docx')

pdf = FPDF(); pdf.add_page(); pdf.set_font('Helvetica', size=12)
for line in ["Exhibit Catalogue: The Blue Goblet",
             "The blue goblet was made in 1923 by the master glassblower Jozef Petrik.",
             "It won a gold medal at the International Exhibition of Decorative Arts in Paris in 1925.",
             "The goblet is 31 centimetres tall and was bought by the museum in 1996 for 4,500 euros."]:
    pdf.multi_cell(0, 8, line); pdf.ln(2)
pdf.add_page()
pdf.multi_cell(0, 8, "Jozef Petrik was born in Levoca in 1889 and died in Bratislava in 1957.")
pdf.output('src/archive/catalogue_goblet.pdf')

W('src/archive/diary_helena.xml', """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Diary of Helena Kessler</title></titleStmt>
<publicationStmt><p>Museum edition</p></publicationStmt><sourceDesc><p>Manuscript</p></sourceDesc></fileDesc></teiHeader>
<text><body>
<div type="entry"><head><date when="1939-09-01">1 September 1939</date></head>
<p>Today soldiers came to the works and the army requisitioned the furnaces. <persName>Mother</persName> did not say a word.</p></div>
<div type="entry"><head><date when="1940-05-12">12 May 1940</date></head>
<p>We left for <placeName>Zurich</placeName> on the night train. <persName>Helena Kessler</persName> will not return until the war is over.</p></div>
</body></text></TEI>
""")

closure = """The Closing of the Works

The Kessler Glassworks closed in 1968, after eighty-one years of production. The last furnace was put out on 30 June 1968.

The building stood empty until 1994, when it reopened as the Museum of Glass. The museum was opened by the mayor, Peter Novak.
"""
W('src/panels/07_closure.txt', closure)
W('src/archive/old/closure copy.txt', closure)   # exact dup, space in name
W('src/panels/07_closure_v2.txt', closure.replace('until 1994', 'until 1995').replace('opened by the mayor, Peter Novak','opened by the mayor, Peter Novák, on 2 May 1995'))

W('src/panels/05_fire.md', """# The Fire of 1931

A fire on 17 January 1931 destroyed the east furnace hall. No one died in the fire.

The hall was rebuilt by 1932 at a cost of 80,000 crowns, paid by the insurer Assicurazioni Generali of Trieste.
""")
# wrong extension: HTML content in .txt, markdown in .text
W('src/panels/06_war.txt', """<html><body><h1>The Works in the War</h1><p>In 1944 the works produced lamp glass for the railways. Production fell to 40 workers.</p></body></html>""")
# cp1250 encoded
W('src/archive/zilina_cp1250.txt', """Workers from Žilina

In 1920 Štefan Kováč brought twenty-five workers from Žilina to the glassworks. Kováč became foreman in 1926 and retired in 1950.
""", 'cp1250')
# utf-16 with BOM
open('src/archive/medal_utf16.txt','wb').write("""The Medal of 1925

The gold medal from Paris is kept in case 4. It was stolen in 1979 and found again in Vienna in 1981.
""".encode('utf-16'))
# BOM utf-8 markdown
open('src/panels/08_museum.md','wb').write("""\ufeff# The Museum Today

The Museum of Glass welcomes about 35,000 visitors a year. Its director since 2015 is Dr. Eva Horvathova.
""".encode('utf-8'))
# docx with wrong .pdf extension, and pdf named .docx? keep one
shutil.copy('src/archive/inspector_1905.docx','src/archive/inspector_copy.doc.pdf')
# authority CSV
W('authority.csv', "name,type,aliases,lat,lon,identifier\nAnna Kessler,person,Kessler|Anna,,,https://example.org/anna\nBratislava,place,Pressburg|Pozsony,48.1486,17.1077,https://www.geonames.org/3060972\n")
# zip of src, zip inside folder
def zipdir(path, zname):
    with zipfile.ZipFile(zname,'w',zipfile.ZIP_DEFLATED) as z:
        for root,_,files in os.walk(path):
            for f in files:
                fp=os.path.join(root,f); z.write(fp, os.path.relpath(fp,path))
zipdir('src','collection.zip')
os.makedirs('withzip',exist_ok=True); shutil.copy('collection.zip','withzip/collection.zip')
W('withzip/readme_note.txt', "A note: the collection was delivered in 2020 by Karel Dvorak.\n")
print('done')
