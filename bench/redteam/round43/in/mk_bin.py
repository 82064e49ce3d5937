from docx import Document
from fpdf import FPDF
d=Document(); d.add_heading("Statement by Julia Hartley MP on the Weston Point explosion", level=0)
d.add_paragraph("18 March 2023")
d.add_paragraph("Julia Hartley, Member of Parliament for Runcorn, said the explosion at around 2.30am on 14 March 2023 had shaken the whole town.")
d.add_paragraph("\"At least 50 people were injured, and three families have lost someone they love,\" she said.")
d.add_paragraph("She has asked the Secretary of State for a statutory public inquiry and has written to the Health and Safety Executive.")
d.save("13_mp_statement.docx")
d=Document(); d.add_heading("Mersey Gazette: correction", level=0)
d.add_paragraph("21 March 2023")
d.add_paragraph("An earlier version of this article said the fire at Weston Point was under control by 11:00 on 14 March 2023. Cheshire Fire and Rescue Service says the fire was under control at 09:30.")
d.add_paragraph("An earlier version also said 38 people were injured. The fire service has since said that 47 people were treated in hospital.")
d.save("15_gazette_correction.docx")
p=FPDF(); p.add_page(); p.set_font("Helvetica","B",16)
p.multi_cell(190,10,"Loss adjusters' assessment of damage around Weston Point")
p.set_font("Helvetica","",11)
for t in ["Prepared by Calloway & Finch, loss adjusters, 2 May 2023.",
 "Damage to property around the Hollins Chemicals works is estimated at between GBP 40m and GBP 60m.",
 "Between 40 and 60 homes in Weston had windows broken by the blast, and 140 homes reported some damage.",
 "The assessment was commissioned by Halton Borough Council and led by senior adjuster Philippa Grant.",
 "Philippa Grant said the damage was \"the worst we have seen from an industrial accident in Cheshire\"."]:
    p.set_x(10); p.multi_cell(190,7,t); p.ln(2)
p.output("14_loss_assessment.pdf")
