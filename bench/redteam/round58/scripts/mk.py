import docx, os
from fpdf import FPDF
from PIL import Image
d = docx.Document()
d.add_heading("A Visitor's Letter from the Exhibition", 0)
d.add_paragraph("Riga, 16 August 1912")
d.add_heading("Riga Day", 1)
d.add_paragraph("Dear Clara, yesterday was Riga Day and I was one of the 87,350 visitors. I paid 50 kopecks at the gate.")
d.add_paragraph("In Machinery Hall I saw the great turbine of Hartmann & Söhne, and Mr. Otto Hartmann himself showed it to us.")
d.add_heading("The Swedish Pavilion", 1)
d.add_paragraph("The Swedish Pavilion is the prettiest building; it is all of wood, by the architect Carl Westman.")
d.add_paragraph("Your loving cousin, Marta Berzina")
d.save("fair/12_visitor_letter.docx")

pdf = FPDF()
pdf.add_page()
font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
if os.path.exists(font):
    pdf.add_font("DV", "", font); pdf.set_font("DV", size=12)
else:
    pdf.set_font("Helvetica", size=12)
txt = ("Official List of Awards, Baltic International Exhibition, Riga 1912\n\n"
"Published by the Executive Committee on 1 September 1912.\n\n"
"Grand prix: Fried. Krupp AG, Essen, Class 41.\n"
"Gold medal, Class 27: Hartmann & Söhne, Riga.\n"
"Gold medal, Class 27: Siemens & Halske, Berlin.\n"
"Gold medal, Class 12: Helmi Vuorelainen, Helsinki.\n"
"Silver medal, Class 27: ASEA, Västerås.\n"
"Bronze medal, Class 27: Janis Ozols, Mitau.\n\n"
"In all the juries gave 312 gold medals, 540 silver medals and 811 bronze medals.")
if not os.path.exists(font):
    txt = txt.replace("ö","o").replace("ä","a")
pdf.multi_cell(0, 8, txt)
pdf.add_page()
pdf.multi_cell(0, 8, "The jury of Class 27 sat in the Palace of Electricity. Its president was Professor Wilhelm Ostwald of Leipzig.")
pdf.output("fair/13_awards_list.pdf")

# images for polar
im = Image.new("RGB", (400, 300), (200, 210, 230))
exif = Image.Exif(); exif[0x010E] = "Camp Markwell at 8,900 feet, 15 December 1909"; exif[0x0132] = "1909:12:15 12:00:00"; exif[0x013B]="George Fenwick"
im.save("polar/plate3_camp_markwell.jpg", exif=exif)
im.save("polar/plate1_hut.png")
im.save("polar/plate4_fenwick_peak.tiff")
Image.new("L", (12000, 12000), 128).save("polar/huge_panorama.png")
open("polar/corrupt_plate5.jpg","wb").write(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(300))
