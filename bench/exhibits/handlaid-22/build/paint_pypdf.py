# Paints an ops list with pypdf (PdfWriter, generic objects), base-14 fonts.
import json, sys
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, TextStringObject
from pdfops import pages, BASE14, FRES
ops = json.load(open(sys.argv[1]))
w = PdfWriter()
fonts = DictionaryObject()
for k, n in FRES.items():
    fonts[NameObject("/" + n)] = w._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/" + BASE14[k]), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))
for W, H, stream in pages(ops):
    page = w.add_blank_page(width=W, height=H)
    st = DecodedStreamObject()
    st.set_data(stream.encode("latin-1"))
    page[NameObject("/Contents")] = w._add_object(st)
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
w.add_metadata({"/Title": sys.argv[3]})
with open(sys.argv[2], "wb") as f:
    w.write(f)
