import docx, fpdf, csv, piexif, zipfile, os
from PIL import Image, PngImagePlugin
d = docx.Document()
d.add_heading("Harrison-Boston Ltd — Minutes of the Board, 2 June 1934", 0)
d.add_paragraph("Present: Edith Harrison (chairman), George Abbott, Ezra Pike, Harold Venn (secretary).")
d.add_heading("Resignation of the chairman", 1)
d.add_paragraph("Miss Harrison resigned the chair after twenty-three years. Mr Abbott said: \"No firm in Coventry owes more to one person.\"")
d.add_paragraph("George Abbott was elected chairman from 1 July 1934 by three votes to none.")
d.add_heading("Photographs", 1)
d.add_paragraph("The board approved a fee of £40 to the Paris Studio for photographs of the frame shop.")
d.save("minutes_1934.docx")
p = fpdf.FPDF(); p.add_page(); p.set_font("Helvetica", size=16)
p.cell(0, 10, "Meridian Cycles plc: the renaming of 1958", new_x="LMARGIN", new_y="NEXT")
p.set_font("Helvetica", size=11)
for para in ["On 4 October 1958 Harrison-Boston Ltd was renamed Meridian Cycles plc at an extraordinary general meeting in Coventry.",
             "The chairman, Margaret Oduya, said: \"A new name for an old firm.\"",
             "Revenue in 1957 was 1,980,000 pounds. The company employed 1,450 people at Coventry and Leicester.",
             "The Boston Rubber Works name was retired. The tyre factory at Leicester kept making tyres until 1966."]:
    p.multi_cell(0, 7, para); p.ln(2)
p.output("report_1958.pdf")
with open("catalogue.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["identifier", "title", "creator", "date", "rights", "subjects"])
    w.writerow(["minutes_1921", "Board minutes 14 March 1921", "Harold Venn", "1921-03-14", "Company archive", "mergers; Boston Rubber Works"])
    w.writerow(["minutes_1934", "Board minutes 2 June 1934", "Harold Venn", "1934-06-02", "Company archive", "chairmen"])
    w.writerow(["negative_register", "Negative register", "Works photographic collection", "1902/1958", "CC BY 4.0", "photographs"])
    w.writerow(["reels", "Film reels", "Company film collection", "1927/1958", "CC BY 4.0", "film"])
    w.writerow(["annual_report_1936", "Annual report 1936", "Harrison-Boston Ltd", "1937-03-20", "Company archive", "finance"])
    w.writerow(["captions", "Exhibit captions <script>alert(1)</script>", "Ruth Okafor", "1979", "CC BY 4.0", "photographs"])
os.makedirs("images", exist_ok=True)
im = Image.new("RGB", (64, 48), (120, 80, 40))
exif = piexif.dump({"0th": {piexif.ImageIFD.ImageDescription: b"N-1934-117 frame shop, Coventry", piexif.ImageIFD.Artist: b"Ada Quill, Paris Studio"},
                    "Exif": {piexif.ExifIFD.DateTimeOriginal: b"1938:07:15 10:00:00"}})
im.save("images/N-1934-117.jpg", exif=exif)
meta = PngImagePlugin.PngInfo(); meta.add_text("Description", "N-1921-004 Edith Harrison at Kingstown"); meta.add_text("Creation Time", "circa 1920s")
im.save("images/N-1921-004.png", pnginfo=meta)
im.save("images/N-1902-033.tif")
Image.new("L", (12000, 12000)).save("images/huge_N-1958-210.png")
with open("images/N-1936-050.jpg", "wb") as f: f.write(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(200))
