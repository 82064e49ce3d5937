"""fpdf_cols.pdf: fpdf2 (2.8, not a vitrina dependency) text columns, Letter, two
justified columns, "A. Title" headings, pictures in the columns with italic captions
and credits in smaller type on their own line, a centred footer "Name | p. 1".

    python bench/exhibits/engineered-1/build_fpdf.py
"""

import io
import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import layoutgen  # noqa: E402

OUT = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/"


def png(w: int, h: int, shade: int = 170) -> io.BytesIO:
    raw = b"".join(b"\x00" + bytes([shade] * 3) * w for _ in range(h))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    head = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return io.BytesIO(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(raw))
                      + chunk(b"IEND", b""))


class Doc(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Sans", "", 7.5)
        self.cell(0, 5, f"Tidewater Gallery | p. {self.page_no()}", align="C")


def fonts(pdf: FPDF) -> None:
    for family, style, name in (("Serif", "", "DejaVuSerif"), ("Serif", "B", "DejaVuSerif-Bold"),
                                ("Serif", "I", "DejaVuSerif-Italic"), ("Sans", "", "DejaVuSans"),
                                ("Sans", "B", "DejaVuSans-Bold"), ("Sans", "I", "DejaVuSans-Oblique")):
        pdf.add_font(family, style, f"{FONT}{name}.ttf")


def main() -> None:
    essays = layoutgen.load_essays()
    essay = [x for x in essays if len(x.paragraphs) >= 9][21]
    paras = essay.paragraphs[:9]
    titles = ["Harbour Trade and Its Rivals", "The Envoys at Court", "A Treaty Signed in Haste"]
    caps = [("The customs house from the water.", "Photo: Lio Park"),
            ("A wax seal of the envoy.", "Courtesy of the Marl Collection"), ("The treaty's last page.", None)]
    pdf = Doc(format="letter")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 18)
    fonts(pdf)
    pdf.add_page()
    pdf.set_font("Sans", "B", 22)
    pdf.multi_cell(0, 10, essay.title)
    pdf.ln(4)
    secs = []
    with pdf.text_columns(ncols=2, gutter=7, text_align="J", balance=False) as cols:
        for s in range(3):
            with cols.paragraph(text_align="L", top_margin=3, bottom_margin=1.5) as par:
                pdf.set_font("Sans", "B", 12.5)
                par.write(f"{'ABC'[s]}. {titles[s]}")
            blocks = []
            for k, p in enumerate(paras[3 * s : 3 * s + 3]):
                pdf.set_font("Serif", "", 9.5)
                with cols.paragraph(bottom_margin=2) as par:
                    par.write(p)
                blocks.append({"kind": "paragraph", "text": p})
                if k == 1:
                    cap, cred = caps[s]
                    cols.image(png(60, 40), height=30)
                    pdf.set_font("Sans", "I", 7.5)
                    with cols.paragraph(text_align="L", top_margin=1, bottom_margin=0) as par:
                        par.write(cap)
                    if cred:
                        pdf.set_font("Sans", "", 6.5)
                        with cols.paragraph(text_align="L", bottom_margin=2.5) as par:
                            par.write(cred)
                    blocks.append({"kind": "caption", "text": cap, "position": None, "credit": cred})
            secs.append({"label": "ABC"[s], "title": titles[s], "blocks": blocks})
    pdf.output(str(OUT / "fpdf_cols.pdf"))
    gold = {"title": essay.title, "running": ["Tidewater Gallery | p. 1"], "sections": secs}
    (OUT / "fpdf_cols.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False))
    txt = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(OUT / "fpdf_cols.pdf"), "-"],
                         capture_output=True, check=True).stdout.decode()
    (OUT / "fpdf_cols.txt").write_text(txt)


if __name__ == "__main__":
    main()
