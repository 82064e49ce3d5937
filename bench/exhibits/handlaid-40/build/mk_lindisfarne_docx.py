"""Convert the Syncfusion source PDF into the DOCX exhibit with pdf2docx (default settings)."""
import sys
from pdf2docx import Converter
src, out = sys.argv[1], sys.argv[2]
cv = Converter(src)
cv.convert(out)
cv.close()
