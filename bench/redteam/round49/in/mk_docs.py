import docx, sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table
from reportlab.lib.styles import getSampleStyleSheet
base = sys.argv[1]
d = docx.Document()
d.add_heading('Cargo Manifest of the "City of Boston", Boston, September 1853', 0)
d.add_paragraph('Shipped by Tudor & Co. at Boston on 8 September 1853, for Valparaíso, Captain Nathaniel Cobb master.')
t = d.add_table(rows=1, cols=3)
for i, h in enumerate(["Goods", "Quantity", "Unit"]): t.rows[0].cells[i].text = h
for row in [("Ice", "600", "tons"), ("Pine lumber", "85,000", "board feet"), ("Salt cod", "240", "quintals"), ("Rum", "30", "puncheons")]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
d.add_paragraph('Freight agreed at 12 dollars a ton. Signed, Nathaniel Cobb, Master.')
d.save(f"{base}/sea/CB-03_manifest.docx")
# hospital docx: case notes
d = docx.Document()
d.add_heading('Case Notes, Albion Seamen\'s Hospital, Liverpool, 1918', 0)
d.add_heading('Patient 14 (J.M.)', 1)
d.add_paragraph('J.M., seaman, aged 34, late of the steamer "City of Lincoln", admitted to Victoria Ward on 2 October 1918 with Spanish influenza. Temperature 103.4°F. Aspirin 20 grains every four hours. Seen by Dr. Margaret Ellison.')
d.add_paragraph('Discharged on 19 October 1918, after a stay of 17 days, fit for duty.')
d.add_heading('Patient 31 (E.K.)', 1)
d.add_paragraph('E.K., fireman, aged 41, admitted to Rathbone Ward on 5 December 1918 with acute appendicitis. Appendicectomy performed on 7 December 1918 by Mr. Henry Voss, F.R.C.S. Discharged on 28 December 1918.')
d.add_paragraph('Register No. 1066. Bed 12.')
d.save(f"{base}/hosp/AS-03_case_notes.docx")
# PDF: matron's report
ss = getSampleStyleSheet()
doc = SimpleDocTemplate(f"{base}/hosp/AS-06_matron_report.pdf", pagesize=A4)
story = [Paragraph("Matron's Report to the Board, November 1918", ss["Title"]),
 Paragraph("Albion Seamen's Hospital, Liverpool. Report of Matron Agnes Pryce, dated 30 November 1918.", ss["Normal"]),
 Paragraph("During November 1918 eleven nurses were themselves taken ill with Spanish influenza; Nurse Edith Hale died on 9 November 1918. Matron Pryce wrote: \"The nurses are falling as fast as the patients.\"", ss["Normal"]),
 Paragraph("Victoria Ward, the gift of Mrs. Victoria Banning in 1889, held 34 patients against its 28 beds.", ss["Normal"]),
 Table([["Ward", "Beds", "Patients 30 Nov"], ["Victoria Ward", "28", "34"], ["Rathbone Ward", "24", "22"], ["Nelson Ward", "20", "19"]])]
doc.build(story)
# sea PDF: voyage summary
doc = SimpleDocTemplate(f"{base}/sea/MV-01_voyage_summary.pdf", pagesize=A4)
story = [Paragraph("Mersey Voyage Archive: Summary of Voyages, 1852-1854", ss["Title"]),
 Paragraph("The barque Queen Charlotte, Captain William Harrow, sailed from Liverpool on 3 March 1852 and reached Port Jackson on 14 August 1852, calling at Cape Town (28 May 1852). One seaman died and two deserted.", ss["Normal"]),
 Paragraph("The ship City of Boston, Captain Nathaniel Cobb, sailed from Boston on 10 September 1853 and reached Valparaiso on 2 January 1854.", ss["Normal"]),
 Paragraph("The brig Sydney, Captain James Ferrier, sailed from Hobart Town on 4 April 1853 and reached Auckland on 15 April 1853.", ss["Normal"])]
doc.build(story)
