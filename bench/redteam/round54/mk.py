from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from PIL import Image
import piexif, io, os
d=Document(); d.add_heading('Police Gazette — Persons Wanted, April 1884',0)
d.add_heading('Liverpool',1)
d.add_paragraph("WANTED for larceny: John Doyle alias Doyle alias O'Doyle, Reg. No. 4417, age 34, height 5 ft. 7½ in., born Wexford. Last seen at the Rose Hill station on 20th April 1884.")
d.add_paragraph("Information to Inspector Thomas Peel, Peel division, or to P.C. 212 Smith.")
d.save('police/police_gazette_1884.docx')
d=Document(); d.add_heading('Lincoln Emigrant Home — Register of Lodgers 1883',0)
d.add_paragraph("23 May 1883: Johann Friedrich Müller, wife Auguste and son Karl, from Königsberg, East Prussia, lodged three nights. Paid $4.50.")
d.add_paragraph("23 May 1883: Ole Haraldsen of Christiania, one night.")
d.add_paragraph("The Home was kept by Mrs. Eliza Lincoln, no relation to the late President.")
d.save('emig/lincoln_home_register.docx')
c=canvas.Canvas('emig/passenger_list_bombay.pdf',pagesize=A4)
y=800
for line in ["Passenger List - S.S. Poona, Bombay to Liverpool, sailed 4 January 1882",
  "Ramchandra Desai, 28, clerk, last residence Poona, Bombay Presidency.",
  "Lakshmi Desai, 22, wife.",
  "Arrived Liverpool 9 February 1882. Lodged at the Victoria Sailors' Home."]:
    c.drawString(50,y,line); y-=20
c.showPage(); c.save()
# images
os.makedirs('police/mugshots',exist_ok=True)
im=Image.new('RGB',(200,300),(120,120,120))
ex={"0th":{piexif.ImageIFD.ImageDescription:b"John Doyle alias O'Doyle, Reg. No. 4417, photographed at Walton Gaol",piexif.ImageIFD.DateTime:b"1884:03:06 10:00:00"},"Exif":{},"GPS":{},"1st":{}}
im.save('police/mugshots/doyle_4417.jpg',exif=piexif.dump(ex))
im.save('police/mugshots/kelly_4418.png')
im.save('police/mugshots/nelson_4452.tif')
Image.new('RGB',(12000,12000),(1,2,3)).save('police/mugshots/huge.png')
open('police/mugshots/corrupt.jpg','wb').write(b'\xff\xd8\xff\xe0'+os.urandom(500))
