import docx, os, zipfile
from fpdf import FPDF
from PIL import Image, PngImagePlugin
os.chdir('/work/redteam50/in/coll')
d = docx.Document()
d.add_heading('Kart over Christiania, 1900', 0)
d.add_paragraph('Title as engraved: "Kart over Christiania med Omegn". Christiania is the old name of Oslo, the capital of Norway.')
d.add_heading('Record', 1)
d.add_paragraph('Scale: 1:5,000. Sheet 1, first edition, 1900. Drawn by the city engineer Oslo Byingeniør office under Hans Nissen. Printed by Grøndahl & Søn, Kongens gate 12, Christiania.')
d.add_paragraph('Centre of the sheet: 59°54′50″N 10°44′20″E.')
d.add_paragraph('The curator Ingrid Solheim said: "This is the last plan of the city under its old name."')
d.save('maps/m05_christiania.docx')
d = docx.Document()
d.add_heading('Letters of Louis Paris about the Paris Hotel', 0)
d.add_paragraph('On 12 February 1907 Louis Paris wrote to Margaret Ashdown from Brighton: "I want a hotel that Brighton will call the best on the front."')
d.add_paragraph('On 20 February 1907 he wrote again, quoting his wife: "Hélène tells me, \'A kitchen wing facing north will keep the larder cool.\'"')
d.add_paragraph('Margaret Ashdown replied on 25 February 1907: "The kitchen wing shall face north, as Mrs Paris asks."')
d.save('arch/a05_client_letters.docx')
p = FPDF(); p.add_page(); p.add_font('dv', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') if os.path.exists('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') else None
font = 'dv' if os.path.exists('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') else 'Helvetica'
p.set_font(font, size=16); p.multi_cell(190, 10, 'Tender Report: Carnegie Library, Harwick')
p.set_font(font, size=11)
for t in ['Tenders were opened by Thomas Bexley, clerk to Harwick Borough Council, on 2 October 1907.',
          'Hoskins Brothers of Leeds tendered 7,845 pounds and were accepted. Samuel Croft and Sons tendered 8,210 pounds.',
          'The tender drawings were A-101 rev C, A-102 rev A and A-205.',
          'Report signed by Margaret Ashdown, 4 October 1907.']:
    p.set_x(10); p.multi_cell(190, 7, t); p.ln(2)
p.output('arch/a06_tender.pdf')
# images
os.makedirs('images', exist_ok=True)
im = Image.new('RGB', (400, 300), (200, 180, 150))
exif = Image.Exif(); exif[0x010E] = 'Plan of Constantinople 1853, engraved by John Walker'; exif[0x013B] = 'James Wyld'
im.save('images/constantinople.jpg', exif=exif)
info = PngImagePlugin.PngInfo(); info.add_itxt('XML:com.adobe.xmp', '<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:description>Königsberg plan 1863</dc:description></x:xmpmeta>'); info.add_text('Description', 'Carnegie Library front elevation A-102 rev A')
Image.new('RGB', (300, 200), (90, 90, 90)).save('images/a102_elevation.png', pnginfo=info)
Image.new('L', (12000, 9000), 128).save('images/huge_atlas_scan.png')
open('images/corrupt.jpg', 'wb').write(b'\xff\xd8\xff\xe0\x00\x10JFIF\x00' + os.urandom(2000))
with zipfile.ZipFile('../coll.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    for root, _, files in os.walk('.'):
        for f in files:
            z.write(os.path.join(root, f), os.path.join(root, f)[2:])
print('ok')
