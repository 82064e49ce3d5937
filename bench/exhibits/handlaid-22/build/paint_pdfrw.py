# Paints an ops list with pdfrw (PdfWriter + PdfDict objects), base-14 fonts.
import json, sys
from pdfrw import PdfWriter, PdfDict, PdfName, PdfArray, PdfString
from pdfops import pages, BASE14, FRES
ops = json.load(open(sys.argv[1]))
fonts = PdfDict()
for k, n in FRES.items():
    fonts[PdfName(n)] = PdfDict(Type=PdfName.Font, Subtype=PdfName.Type1, BaseFont=PdfName(BASE14[k]),
                                Encoding=PdfName.WinAnsiEncoding)
w = PdfWriter(version="1.4")
for W, H, stream in pages(ops):
    content = PdfDict(stream=stream)
    page = PdfDict(Type=PdfName.Page, MediaBox=PdfArray([0, 0, W, H]), Contents=content,
                   Resources=PdfDict(Font=fonts))
    w.addpage(page)
w.trailer.Info = PdfDict(Title=PdfString.encode(sys.argv[3]), Producer=PdfString.encode("pdfrw 0.4"))
w.write(sys.argv[2])
