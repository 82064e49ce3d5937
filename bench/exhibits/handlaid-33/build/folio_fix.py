"""Direct ctypes calls for three folio_pdf 0.2.0 wrapper methods that are broken in that release
(Document.tagged calls a symbol the library does not export, Columns.widths passes a list to a C array,
ImageElement.alt_text calls the align setter)."""
import ctypes as ct
from folio_pdf.core import lib

lib.folio_document_set_tagged.argtypes = [ct.c_uint64, ct.c_int32]
lib.folio_image_element_set_alt_text.argtypes = [ct.c_uint64, ct.c_char_p]


def set_tagged(doc, on=True):
    return lib.folio_document_set_tagged(doc._handle, 1 if on else 0)


def set_widths(cols, widths):
    arr = (ct.c_double * len(widths))(*widths)
    return lib.folio_columns_set_widths(cols._handle, arr, len(widths))


def set_alt(img_el, text):
    return lib.folio_image_element_set_alt_text(img_el._handle, text.encode())

lib.folio_document_set_language.argtypes = [ct.c_uint64, ct.c_char_p]


def set_language(doc, tag):
    """Document.language calls a misspelt symbol (folio_document_set_lanugage) in 0.2.0."""
    return lib.folio_document_set_language(doc._handle, tag.encode())

lib.folio_div_new.restype = ct.c_uint64


def new_div():
    """Div() leaves its handle at 0 in 0.2.0; create the native div here."""
    from folio_pdf.elements import Div
    d = Div()
    d._Div__handle = lib.folio_div_new()
    return d
