import docx, piexif, os
from fpdf import FPDF
from PIL import Image
d = docx.Document()
d.add_heading("Survey of the Carrington Estate, 1840", 0)
d.add_heading("Field book", 1)
d.add_paragraph("Surveyed by William Fairbank of Sheffield, land surveyor, at Michaelmas 1840 for Sir Richard Carrington.")
d.add_paragraph("Lot 7, Hyde Park Farm: 43a. 2r. 14p. Lot 8 and Lot 9, Lincoln Farm: 61a. 0r. 20p. Lot 14, Washington Farm: 27a. 1r. 0p.")
d.add_paragraph("The boundary between Hyde Park Farm and the lands of John Carr runs 12 chains 40 links along the old hedge.")
d.add_heading("Remarks", 1)
d.add_paragraph("Little Chelsea now belongs to John Carr and is no part of the estate.")
d.save("land/L07_survey_1840.docx")
d = docx.Document()
d.add_heading("Diary: Salisbury, Rhodesia, 1899", 0)
d.add_heading("The journey up", 1)
d.add_paragraph("10 September 1899. Left Beira by the narrow-gauge railway for Salisbury, Rhodesia. Dreadful heat, 101 degrees at Umtali.")
d.add_paragraph("14 September 1899. Arrived at Salisbury. Arthur Whitby met us at the station with his wife Mabel, whom he married last year at Bulawayo; she was Miss Mabel Frost.")
d.add_heading("At Bakewell farm", 1)
d.add_paragraph("Arthur's farm, which he calls Bakewell, lies twelve miles from the town. It is not our Bakewell in Derbyshire.")
d.add_paragraph("the 3rd inst. News of war at the Cape. James wishes to go home at once.")
d.save("diaries/D04_diary_1899_rhodesia.docx")
p = FPDF(); p.add_page(); p.set_font("Helvetica", size=16); p.cell(0, 10, "Diary of Eleanor Whitby, 1901", new_x="LMARGIN", new_y="NEXT")
p.set_font("Helvetica", size=11)
for t in ["22 January 1901. The Queen is dead. Bells at Bakewell all afternoon. Frost, 25 degrees.",
          "February. Aunt B. (Miss Beatrice Pryce) died at Matlock, aged 79. Buried at Matlock on the 9th.",
          "Easter Monday 1901. J. W. bought the boat Matlock, a launch, for the river at Windermere.",
          "Undated: the Colonel writes from Port Elizabeth that Mrs Marsh is unwell."]:
    p.multi_cell(0, 7, t); p.ln(2)
p.output("diaries/D06_diary_1901.pdf")
os.makedirs("images", exist_ok=True)
im = Image.new("RGB", (400, 300), (120, 160, 90))
exif = piexif.dump({"0th": {piexif.ImageIFD.ImageDescription: b"Plan of Lot 7, Hyde Park Farm, 1840", piexif.ImageIFD.Artist: b"William Fairbank"}, "Exif": {piexif.ExifIFD.DateTimeOriginal: b"1840:09:29 00:00:00"}})
im.save("images/plan_lot7.jpg", exif=exif)
im.save("images/carrington_house.png")
im.save("images/survey_sheet.tiff")
Image.new("L", (12000, 12000), 200).save("images/huge_plan.png")
open("images/corrupt_photo.jpg", "wb").write(b"\xff\xd8\xff\xe0" + os.urandom(500))
