import docx, fpdf, os, io, zipfile, csv
from PIL import Image, PngImagePlugin
os.chdir('/work/redteam48/in/arch')
d = docx.Document()
d.add_heading('Georgia at the Wallace Hall: cast list, 1926', 0)
d.add_paragraph('Georgia, a play by Clara Webb, ran at the Wallace Hall, Leeds, from 1 to 20 February 1926. Tickets cost 2s. to 7s. 6d.')
t = d.add_table(rows=1, cols=2); t.rows[0].cells[0].text='Role'; t.rows[0].cells[1].text='Performer'
for r,p in [('Georgia Lane','Maria Keller'),('Samuel Lane','Henry Dale'),('The Judge','Josef Brandt'),('Madison','Ada Pryce'),('Child','A.B.')]:
    c = t.add_row().cells; c[0].text=r; c[1].text=p
d.add_paragraph('Stage manager: Thomas Grey.')
d.save('perf/P07_georgia_cast.docx')
d = docx.Document()
d.add_heading('R v. Grey: sentencing remarks', 0)
d.add_heading('Leeds Assizes, 9 October 1927', 1)
d.add_paragraph('Mr. Justice Crale sentenced Thomas Grey to eighteen months\' imprisonment for the theft of £63 4s. from the box office of the Wallace Hall.')
d.add_paragraph('"You were trusted by Clara Webb and you betrayed her," said Mr. Justice Crale.')
d.add_paragraph('Grey gave notice of appeal on 20 October 1927; the appeal was dismissed on 14 December 1927.')
d.save('court/C07_r_v_grey_sentence.docx')
pdf = fpdf.FPDF(); pdf.add_page(); pdf.set_font('Helvetica', size=16)
pdf.cell(0, 10, 'Transcript: In re A.B. (a minor), 2 April 1927', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Helvetica', size=11)
for line in ['Harrogate Magistrates\' Court, Case No. HM-1927-019. Before Mr. Justice Crale.',
 'Witness: Clara Webb, sworn.',
 'Q. Will the child be supervised on tour?',
 'A. I will supervise A.B. myself at every performance.',
 'Q. How long is the tour?',
 'A. Six months, from May to October 1927, in Leipzig, Prague and Vienna.',
 'Witness: [REDACTED], guardian, sworn.',
 'A. I consent to the tour.',
 'Ruling: licence granted, habeas corpus not required.']:
    pdf.multi_cell(0, 7, line, new_x='LMARGIN', new_y='NEXT')
pdf.output('court/C08_in_re_AB_transcript.pdf')
pdf = fpdf.FPDF(); pdf.add_page(); pdf.set_font('Helvetica', size=18)
pdf.cell(0, 10, 'Kestrel Opera Company: Season 1927', new_x='LMARGIN', new_y='NEXT'); pdf.set_font('Helvetica', size=11)
for line in ['Ludmila, Op. 47 (Anton Varga), revived at the Wallace Hall, Leeds, 2-9 May 1927.',
 'Maria Keller as Ludmila; Karel Novotny as the Hermit; conductor Elena Ruiz.',
 'Bach, Cello Suite No. 1, BWV 1007, played by Tomas Hollis on 10 May 1927.',
 'Prices: stalls 12s. 6d.; gallery 2s.']:
    pdf.multi_cell(0, 7, line, new_x='LMARGIN', new_y='NEXT')
pdf.output('perf/P08_season_1927.pdf')
# catalogue CSV
rows = [('identifier','title','date','creator','rights','subjects'),
('P01','Programme: Ludmila premiere','1923-05-03','Kestrel Opera Company','CC BY 4.0','opera; programme'),
('P02','Winter Concert programme','1924-01-12','Kestrel Orchestra','CC BY 4.0','concert'),
('P03','Review of Ludmila','1923-05-05','Harriet Moss','In copyright','review'),
('P04','Tour diary 1925','1925','Kestrel Opera Company','CC0','tour'),
('P05','Bilingual programme Leipzig','1925-03-12','Neues Theater','CC0','programme; German'),
('P06','Georgia cast (md)','1926-02-01','Clara Webb','CC0','theatre'),
('P07','Georgia cast (docx)','1926-02-01','Clara Webb','CC0','theatre'),
('P08','Season 1927','1927','Kestrel Opera Company','CC0','season'),
('C01','Particulars of claim, Keller v. Varga','1926-02-04','Leeds County Court','Crown','civil'),
('C02','Transcript, Keller v. Varga','1926-06-15','Leeds County Court','Crown','transcript'),
('C03','Judgment, Keller v. Varga','1926-06-30','Leeds County Court','Crown','judgment'),
('C04','Appeal, Varga v. Keller','1927-01-11','Court of Appeal','Crown','appeal'),
('C05','In re A.B.','1927-04-02','Harrogate Magistrates','Restricted','minor'),
('C06','R v. Grey indictment','1927-10-05','Leeds Assizes','Crown','criminal'),
('C07','R v. Grey sentence','1927-10-09','Leeds Assizes','Crown','criminal'),
('C08','In re A.B. transcript','1927-04-02','Harrogate Magistrates','Restricted','transcript'),
('IMG1','Photo of Wallace Hall','1923','unknown','CC0','photo')]
with open('catalogue.csv','w',newline='') as f: csv.writer(f).writerows(rows)
# performances CSV
with open('performances.csv','w',newline='') as f:
    csv.writer(f).writerows([('work','opus','venue','city','start','end','performer','role'),
     ('Ludmila','Op. 47','Wallace Hall','Leeds','1923-05-03','1923-05-17','Maria Keller','Ludmila'),
     ('Ludmila','Op. 47','Neues Theater','Leipzig','1925-03-12','1925-03-12','Maria Keller','Ludmila'),
     ('Cello Suite No. 1','BWV 1007','Lincoln Rooms','Harrogate','1924-01-12','1924-01-12','Tomas Hollis','soloist'),
     ('Georgia','','Wallace Hall','Leeds','1926-02-01','1926-02-20','Ada Pryce','Madison')])
# images
im = Image.new('RGB',(200,100),(120,30,30))
exif = im.getexif(); exif[0x010e] = 'Maria Keller as Ludmila, Wallace Hall, 3 May 1923'; exif[0x013b]='Studio Lumb'
im.save('img/keller_ludmila.jpg', exif=exif)
meta = PngImagePlugin.PngInfo(); meta.add_text('Description','Wallace Hall, Leeds, exterior 1923')
meta.add_text('XML:com.adobe.xmp','<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>Wallace Hall &lt;script&gt;alert(1)&lt;/script&gt;</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>')
Image.new('RGB',(50,50)).save('img/wallace_hall.png', pnginfo=meta)
Image.new('L',(12000,12000),200).save('img/huge_poster.png')
open('img/corrupt.jpg','wb').write(b'\xff\xd8\xff\xe0' + os.urandom(500))
