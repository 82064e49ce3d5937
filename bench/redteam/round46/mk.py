import docx, io, os
from fpdf import FPDF
from PIL import Image
d = docx.Document()
d.add_heading('Byzantine Portable Sundial (2015.1.1)', 0)
d.add_paragraph('Accession number: 2015.1.1. Object name: portable sundial. Maker: Theodoros (Θεόδωρος). Place made: Thessaloniki. Date: in the fifth year of the reign of Andronikos II, that is 1286-1287. Materials: bronze. Dimensions: 9.4 x 6.1 cm (3 3/4 x 2 3/8 in).')
d.add_heading('Inscription', 1)
p = d.add_paragraph('The back is signed ')
p.add_run('Θεοδώρου χειρ').italic = True
p.add_run(' ("the hand of Theodoros").')
d.add_heading('Provenance', 1)
d.add_paragraph('Private collection, Athens, by 1939; no record from 1939 to 1970; Galerie Kassos, Geneva, 1970; acquired from Galerie Kassos by the Calder Museum in 2015.')
d.save('records/2015.1.1_sundial.docx')
d = docx.Document()
d.add_heading('The Compass Shop of Wu Luheng', 0)
d.add_paragraph('吳魯衡 (Wu Luheng, also written Wu Lu-heng) opened his compass shop in Xiuning in 1719, in the fifty-eighth year of Kangxi (康熙五十八年).')
d.add_paragraph('萬安羅盤以吳魯衡最為著名。The compasses of Wan\'an are best known by the name of Wu Luheng.')
d.add_paragraph('The Calder Museum compass 1999.22.4 was made in Qianlong 45 (1780), after his death.')
d.save('research/wu_luheng.docx')
pdf = FPDF()
pdf.add_page()
pdf.add_font('dv', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
pdf.set_font('dv', size=12)
try:
    pdf.set_text_shaping(True)
except Exception as e:
    print("no shaping", e)
txt = ["Research Summary: Makers in the Calder Collection",
"Yusuf ibn Hasan al-Tabrizi made astrolabe 1987.14.3a-b in Tabriz in 1052 AH.",
"Arabic: يوسف بن حسن التبريزي",
"Pyotr Volkov (Пётр Волков) made globe 1992.3.1 in St Petersburg in 1784.",
"Hebrew: יהודה בן שלמה הלוי made astrolabe 2003.7.12 in Toledo.",
"Greek: Θεόδωρος signed sundial 2015.1.1 in Thessaloniki.",
"Mariam Haddad cleaned astrolabe 1987.14.3a-b in March 2019."]
for t in txt:
    pdf.multi_cell(0, 8, t, new_x='LMARGIN', new_y='NEXT')
pdf.output('research/summary.pdf')
# images
def jpeg_with_exif(path, desc, size=(64,48)):
    im = Image.new('RGB', size, (120,100,60))
    ex = Image.Exif(); ex[0x010e] = desc; ex[0x013b] = 'Calder Museum'
    im.save(path, exif=ex.tobytes())
jpeg_with_exif('images/1987.14.3a-b_front.jpg', 'Astrolabe 1987.14.3a-b, front')
jpeg_with_exif('images/1992.3.1.jpg', 'Celestial globe by Volkov')
Image.new('RGB',(50,50),(0,0,200)).save('images/1999.22.4.png')
Image.new('L',(12000,9000),128).save('images/huge_2015.1.1.png')
open('images/corrupt_2003.7.12.jpg','wb').write(b'\xff\xd8\xff\xe0garbage'*10)
