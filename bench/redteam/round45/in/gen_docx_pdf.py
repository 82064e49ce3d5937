import docx
from fpdf import FPDF
d = docx.Document()
d.add_heading("Interview BCS-004: Jan Kowalczyk", 0)
d.add_paragraph("Skirbeck Cannery Strike Oral History Project. Interviewer: Helen Osei. Recorded 9 July 2019 at the Polish Club, Boston, Lincolnshire.")
d.add_heading("Transcript", 1)
turns = [
 ("INTERVIEWER", "[00:00:07] Mr Kowalczyk, where were you born?"),
 ("JK", "In Lwów, 1925. Now it is Lviv, in Ukraine. Then it was Poland. I came to England in 1946 with the army, and to Boston in 1948, from the Polish Resettlement Corps camp at Ingham."),
 ("INTERVIEWER", "What was your work at the cannery?"),
 ("JK", "Mechanic. The seamers, the machines that close the tins. When they break, Jan comes. [laughs]"),
 ("INTERVIEWER", "[00:14:20] Why did you join the strike committee?"),
 ("JK", "Because in Boston we were Poles, and they pay Poles less — one shilling less. Nellie said to me, \u201cJan, same work, same money.\u201d So I said yes. My wife Halina said I am crazy."),
 ("INTERVIEWER", "Did you ever think of leaving?"),
 ("JK", "My cousin Tadeusz went to Boston in America — the other Boston, Massachusetts — in 1951. He wrote, come, come. I stayed. The flat land here is like home, the other home."),
]
for who, text in turns:
    p = d.add_paragraph()
    r = p.add_run(who + ": "); r.bold = True
    p.add_run(text)
d.save("oh/BCS-004_kowalczyk_jan.docx")

pdf = FPDF()
pdf.add_page()
pdf.set_font("Helvetica", "B", 16)
pdf.multi_cell(0, 10, "Interview BCS-006: Ivy Stannard", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 11)
lines = [
 "Skirbeck Cannery Strike Oral History Project. Interviewer: Helen Osei. Recorded 3 October 2019 at Boston, Lincolnshire. Closed until 1 January 2030.",
 "",
 "[00:00:04] INTERVIEWER: Ivy, what did you do at the cannery?",
 "IS: I ran the canteen. From 1951 to 1962. Tea, buns, pie on a Thursday.",
 "[00:03:12] INTERVIEWER: What happened to the canteen during the strike?",
 "IS: Mr Ashworth locked it. So we made the tea at the Ship Inn instead and carried it to the gate in a milk churn. Nellie said, \"Ivy, you're worth two of any man here.\"",
 "INTERVIEWER: Who helped you?",
 "IS: [redacted] helped, and Florence Pryor, and the Polish lad's wife, Halina. [crosstalk]",
 "IS: Sorry - what I mean is Halina did the buns. I never could.",
 "[00:11:40] INTERVIEWER: When did it end for you?",
 "IS: The Monday after they went back. Twenty-sixth of October, I opened the canteen again.",
]
for l in lines:
    pdf.multi_cell(0, 7, l, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.output("oh/BCS-006_stannard_ivy.pdf")
