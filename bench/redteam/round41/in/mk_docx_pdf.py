import docx
from fpdf import FPDF
d = docx.Document()
d.add_heading("Brief der Anna Maria Keller an ihre Schwester Katharina Voss", 0)
d.add_paragraph("Brest, den 28. Martii 1711")
d.add_paragraph("Herzliebste Schwester,")
d.add_paragraph("Gott hat mich und meine kleine Tochter wunderbarlich errettet. In der Nacht vom 21. Martii 1711 ist unser Schiff, die Vrouw Aletta, an den Klippen von Ouessant zerschellt. Wir waren über zweihundert Seelen an Bord.")
d.add_paragraph("Der Steuermann Bosch rief: „Rettet die Frauen zuerst!“ und ließ das große Boot hinab. Der Kapitän Roos ist mit dem Schiff untergegangen. Von uns allen sind nur sechzig gerettet worden.")
d.add_paragraph("Der englische Chirurgus, Herr Wakeley, war mit uns im zweiten Boot. Der gute Pfarrer der Insel hat uns in sein Haus genommen.")
d.add_paragraph("Grüße den Vetter Hendrik Bosch und sage ihm, dass wir Geld für die Heimreise brauchen.")
d.add_paragraph("Deine getreue Schwester Anna Maria Keller, geb. Voss")
d.save("keller_brief_1711.docx")

d = docx.Document()
d.add_heading("Recollections of Anna Maria Hartmann (1752), in English translation", 0)
d.add_heading("The shipwreck", 1)
d.add_paragraph("In the spring of 1711 I sailed with my first husband's goods for the Indies in the ship Vrouw Aletta. My husband, Martin Keller, had died at Batavia the year before, and I went to settle his affairs.")
d.add_paragraph("When the ship struck at Ushant in March 1711 it was the mate Bos who cried, \"Save the women first!\" I have heard that the English surgeon puts those words in the captain's mouth, but I was standing beside the mate and I know what I heard.")
d.add_heading("Afterwards", 1)
d.add_paragraph("My cousin Hendrik Bosch of Danzig sent money for my journey. In 1716 I married Johann Hartmann of Hamburg.")
t = d.add_table(rows=3, cols=2)
for i,(a,b) in enumerate([("Year","Event"),("1711","Shipwreck off Ushant"),("1716","Marriage to Johann Hartmann")]):
    t.cell(i,0).text=a; t.cell(i,1).text=b
d.save("hartmann_recollections_1752.docx")

p = FPDF(); p.add_page()
p.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
p.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
p.set_font("DV", "B", 16)
p.multi_cell(0, 9, "Report of the Amsterdam Chamber of the VOC on the loss of the Vrouw Aletta", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 11)
p.multi_cell(0, 6, "Amsterdam, 14 April 1711 (English translation)\n", new_x="LMARGIN", new_y="NEXT")
for para in [
 "The Chamber has received the deposition of the first mate, H. J. Bos, made at Brest on 23 March 1711 N.S., and letters from the Company's agent there.",
 "The ship Vrouw Aletta, Captain J. P. Roos, sailed from the Texel on 13 February 1711 N.S. with 212 persons aboard, bound for Batavia, and was lost on the rocks of Ouessant on the night of 21 March 1711 N.S.",
 "Of the 212 persons, 61 were saved and 151 perished, the captain among them.",
 "The cargo, being 3,400 bales of pepper and sundry bale goods, was wholly lost; the value is estimated at 412,000 guilders.",
]:
    p.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.add_page()
p.set_font("DV", "B", 13); p.multi_cell(0, 8, "Resolution", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 11)
p.multi_cell(0, 6, "Resolved that the widows of the drowned seamen be paid two months' wages, and that the mate H. J. Bos be thanked for his conduct. The survivors shall be carried home from Brest in May 1711.", new_x="LMARGIN", new_y="NEXT")
p.output("voc_report_1711.pdf")
