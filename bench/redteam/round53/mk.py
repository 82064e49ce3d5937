import docx, os
from fpdf import FPDF
from PIL import Image
os.chdir('/work/redteam53/in/coll')
d = docx.Document()
d.add_heading('Medal Citations, 2/5th Battalion Haltonbury Rifles', 0)
d.add_heading('Distinguished Conduct Medal', 1)
d.add_paragraph('No. 240315 Sgt. Harold Bairstow was awarded the Distinguished Conduct Medal for his conduct at Bazentin Wood on 14 July 1916 (London Gazette, 20 October 1916).')
d.add_paragraph('Brigadier-General Robert Marsden, commanding the brigade, wrote: "His coolness under fire saved the left flank of the brigade."')
d.add_heading('Military Cross', 1)
d.add_paragraph('2nd Lt. John Farrar was recommended for the Military Cross after the raid on York Trench on the night of 3/4 June 1917. Lt-Col. Pemberton-Hale wrote: "He led the raid with great dash and brought back eleven prisoners."')
d.save('regiment/medal_citations.docx')
d = docx.Document()
d.add_heading('Rate Book, Victoria Ward, Borough of Haltonbury, 1896', 0)
d.add_paragraph('General district rate at 3s 4d in the pound, made 1 April 1896.')
t = d.add_table(rows=1, cols=4)
for i, h in enumerate(['Property', 'Occupier', 'Rateable value', 'Rate due']): t.rows[0].cells[i].text = h
for row in [('14 York Road', 'Thomas Ackroyd', '£12 10s 0d', '£2 1s 8d'), ('3 Wellington Street', 'Hannah Whitworth', '£9 0s 0d', '£1 10s 0d'), ('27 Peel Street', 'James Whitworth', '£30 0s 0d', '£5 0s 0d')]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
d.add_paragraph('Total for the ward: £4,312 6s 2d.')
d.save('council/rate_book_1896.docx')
p = FPDF(); p.add_page(); p.add_font('dv', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') if os.path.exists('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') else None
try: p.set_font('dv', size=12)
except Exception: p.set_font('Helvetica', size=12)
txt = ("By-laws of the Borough of Haltonbury for the Lighting of Victoria Ward\n\n"
 "Made by the Mayor, Aldermen and Burgesses of the Borough of Haltonbury on 9 November 1894 and confirmed by the Local Government Board on 2 February 1895.\n\n"
 "1. Every lamp in Victoria Ward shall be lit half an hour after sunset.\n\n"
 "2. Any person who damages a public lamp shall be liable to a penalty not exceeding Forty Shillings (2 pounds 0s 0d).\n\n"
 "3. These by-laws shall not apply to York Road until the tramway is laid.\n\n"
 "Sealed in the presence of James Whitworth, Mayor, and William Lumb, Town Clerk.")
p.multi_cell(0, 8, txt)
p.output('council/lighting_bylaw_1894.pdf')
os.makedirs('regiment/scans', exist_ok=True)
im = Image.new('RGB', (400, 300), 'gray')
ex = im.getexif(); ex[0x010e] = 'Memorial in Victoria Park, Haltonbury, 11 November 1921'; ex[0x0132] = '1921:11:11 11:00:00'; ex[0x013b] = 'Unknown photographer'
im.save('regiment/scans/memorial_1921.jpg', exif=ex)
Image.new('RGB', (300, 200), 'white').save('regiment/scans/bairstow.png')
Image.new('L', (200, 100)).save('regiment/scans/diary_page.tif')
Image.new('RGB', (12000, 9000), 'white').save('regiment/scans/huge_panorama.jpg', quality=30)
open('regiment/scans/corrupt.jpg', 'wb').write(b'\xff\xd8\xff\xe0' + os.urandom(2000))
