from fpdf import FPDF
import docx, io
from PIL import Image
import PIL.TiffImagePlugin
# DOCX: club
d=docx.Document()
d.add_heading("Annual Report of the Committee, 1925–26 season",0)
d.add_heading("Results",1)
d.add_paragraph("Kelsall United won the County Cup again on 24 April 1926, beating Marlow Swifts 2–1 after extra time at Hadley Road.")
d.add_paragraph("The chairman, Mr. Henry Bolt, said: \"No club in the county has a better record.\"")
d.add_heading("Finance",1)
d.add_paragraph("Income rose by 12% to £1,204. Membership stood at 430.")
d.save("club/annual_1926.docx")
# DOCX: univ
d=docx.Document()
d.add_heading("Registrar's Report, Michaelmas Term 1921",0)
d.add_paragraph("Mr. Walter Dunmore reported 212 students in residence: 96 at Franklin Hall, 71 at Lincoln College and 45 at St Ebba's Hall.")
d.add_paragraph("Dr. Edith Carrow was appointed lecturer in Classics on 1 October 1921.")
d.save("univ/registrar_1921.docx")
# PDF: club
p=FPDF(); p.add_page(); p.set_font("Helvetica",size=12)
for line in ["Obituary: George Preston (1896-1958)","George Preston, captain of Kelsall United from 1921 to 1930, died at Chester on 2 March 1958.","He scored in the 1923 County Cup final against Preston Vale Wanderers.","He was never a player of Preston North End, despite the newspapers."]:
    p.multi_cell(180,8,line,new_x="LMARGIN",new_y="NEXT")
p.output("club/preston_obit.pdf")
p=FPDF(); p.add_page(); p.set_font("Helvetica",size=12)
for line in ["Ravensworth University College - Prospectus 1913-14","Fees for the session 1913-14 are 12 pounds 10 shillings.","Franklin Hall admits women students; Lincoln College admits men."]:
    p.multi_cell(180,8,line,new_x="LMARGIN",new_y="NEXT")
p.output("univ/prospectus_1913.pdf")
# images
im=Image.new("RGB",(200,150),(120,80,40))
ex=Image.Exif(); ex[0x010E]="Franklin Hall, Class of '38 group, 1938"; ex[0x0132]="1938:06:17 12:00:00"
im.save("univ/scan_franklin.jpg",exif=ex)
Image.new("RGB",(100,100)).save("univ/scan_lincoln.png")
Image.new("RGB",(100,100)).save("univ/scan_tiff.tif")
Image.new("L",(12000,12000)).save("univ/huge_scan.png")
open("univ/corrupt_scan.jpg","wb").write(b"\xff\xd8\xff\xe0garbage"*10)
