"""Write ferry_at_carran_point.docx: an invented exhibit unit set in Word styles.

    python bench/exhibits/structured-1/build_docx.py

The text is invented for this set. The gold (ferry_at_carran_point.json) was
written by hand from the same text, not from vitrina's output. Images are
plain grey PNGs made with Pillow.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.shared import Inches
from PIL import Image

HERE = Path(__file__).resolve().parent


def _png(shade: int) -> io.BytesIO:
    buf = io.BytesIO()
    Image.new("RGB", (120, 80), (shade, shade, shade)).save(buf, format="PNG")
    buf.seek(0)
    return buf


def _picture(document: docx.Document, shade: int, alt: str | None = None) -> None:
    document.add_picture(_png(shade), width=Inches(3))
    if alt:
        document.paragraphs[-1]._p.xpath(".//wp:docPr")[0].set("descr", alt)


def _italic(document: docx.Document, text: str) -> None:
    document.add_paragraph().add_run(text).italic = True


def build() -> bytes:
    d = docx.Document()
    d.add_paragraph("The Ferry at Carran Point", style="Title")
    d.add_paragraph(
        "For ninety years a flat-bottomed ferry carried carts, cattle and mail across the "
        "narrows at Carran Point. This panel follows the boat, its ferrymen and the village "
        "that grew up around the landing.")
    _picture(d, 150, alt="A wooden ferry loaded with a hay cart")
    _italic(d, "The ferry with a hay cart aboard, photographed from the north slip about 1905. "
               "\u2014 Courtesy of the Carran Parish Archive.")
    d.add_paragraph("Panel 1")
    d.add_heading("A Crossing on a Chain", level=1)
    d.add_paragraph(
        "The first ferry was pulled across on a chain laid along the bottom of the narrows. "
        "Two men turned a winch on the deck, and the boat crept from one slip to the other in "
        "about a quarter of an hour.")
    d.add_paragraph(
        "In winter the chain froze to the slips, and the ferrymen broke it free with iron bars "
        "before the first crossing of the day. Passengers who missed the last boat slept in the "
        "waiting room beside the winch house.")
    d.add_paragraph("Above: The winch house on the south slip, with its bell for calling the boat.",
                    style="Caption")
    d.add_paragraph("Photo: Mairead Kinsella")
    _picture(d, 120)
    d.add_heading("B. The Ferrymen", level=1)
    d.add_paragraph(
        "Three families held the ferry lease between 1840 and 1931. The lease passed from father "
        "to son, and the village knew each ferryman by the name of the family rather than his own.")
    _picture(d, 100)
    _italic(d, "A ferryman's ledger listing fares for cattle, carts and foot passengers. "
               "Harbour Heritage Trust")
    _italic(d,
            "\u201cWe never refused a crossing to a doctor or a priest, whatever the weather,\u201d one "
            "ferryman told a visiting writer, \u201cbut we made the cattle dealers wait for the tide, "
            "and they paid twice for the privilege of hurrying us.\u201d The writer set the words down "
            "in his notebook that evening, and they were printed the next spring.")
    d.add_heading("C. The Bridge", level=1)
    d.add_paragraph(
        "A road bridge opened upstream in 1931, and the ferry made its last crossing that autumn. "
        "The winch house is now a shelter for walkers, and the chain lies where it was left.")
    _picture(d, 90)
    d.add_paragraph("The last crossing, with the whole village on the north slip.", style="Caption")
    d.add_paragraph("Lent by the Kinsella family")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


if __name__ == "__main__":
    (HERE / "ferry_at_carran_point.docx").write_bytes(build())
