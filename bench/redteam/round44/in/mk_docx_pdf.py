from docx import Document
from fpdf import FPDF
d = Document()
d.add_heading("A Journey from Riga to Cherson, 1788, by Johann Christoph Hartmann", 0)
d.add_heading("From Riga to Moscow", 1)
d.add_paragraph("We left Riga on 10 July 1788 with two carriages. My cousin Georg Hartmann rode with us as far as Dorpat. The road to Pskow was good; beyond it the bridges were broken by the spring floods.")
d.add_paragraph("We reached Moscow on 29 July 1788 and stayed eleven days at the house of the apothecary Christian Kessler, a native of Halle, who showed us his garden of Siberian plants.")
d.add_heading("From Moscow to Cherson", 1)
d.add_paragraph("Beyond Tula the steppe begins. Near Krementschug my sister Friederike drew the feather-grass, Stipa pennata, in flower.")
d.add_paragraph("We arrived at Cherson on 14 September 1788, nine weeks after leaving Riga. Major Andrei Sokolov gave us six horses and a Cossack guide.")
d.add_heading("Specimens", 2)
d.add_paragraph("By the end of September we had dried 312 specimens of 180 species. The most remarkable is a dwarf almond, Amygdalus nana, found on the banks of the Dnieper.")
d.add_picture if False else None
d.save("travel_account_1788.docx")

b = Document()
b.add_heading("Johann Christoph Hartmann (1751–1809)", 0)
b.add_paragraph("Johann Christoph Hartmann was born at Halle on 6 March 1751, the son of a bookseller. He studied medicine and botany at the University of Halle.")
b.add_paragraph("In 1788 and 1789 he led a journey into the Crimea for the Fenland Botanical Society of Boston, Lincolnshire, with his sister Friederike Hartmann as illustrator. He received the Society's silver medal in 1790.")
b.add_paragraph("He is not to be confused with Johann Hartmann of Halle in Tyrol, a painter. He died at Halle on 19 November 1809.")
b.save("biography_johann.docx")

p = FPDF(); p.add_page(); p.set_font("Helvetica", size=16)
p.multi_cell(0, 10, "Friederike Hartmann (1760-1831): a short biography")
p.set_x(p.l_margin); p.set_font("Helvetica", size=11)
for para in [
 "Friederike Hartmann was born at Halle on 2 August 1760, the younger sister of the botanist Johann Christoph Hartmann.",
 "She accompanied her brother on his journey to the Crimea in 1788 and 1789 and made about 140 watercolours of plants, of which forty were sent to Boston, Lincolnshire. The rest are lost.",
 "After her brother's death she moved to Riga, to the house of her cousin Georg Hartmann, and taught drawing there. She died at Riga on 11 February 1831.",
 "Her friend and correspondent Anne Ashby translated her diary into English in 1795."]:
    p.set_x(p.l_margin); p.multi_cell(0, 7, para); p.ln(3)
p.output("biography_friederike.pdf")
