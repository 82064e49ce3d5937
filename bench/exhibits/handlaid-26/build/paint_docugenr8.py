"""Paints an ops.json with docugenr8-pdf 0.0.6 (PyPI): every op becomes a DTO in the given order."""
import json, sys
from docugenr8_shared.dto import Dto, DtoFont, DtoPage, DtoTextArea, DtoFragment, DtoRectangle
from docugenr8_pdf import Pdf
from layout_fonts import FDIR, FONT_FILES


def rgb(c):
    if len(c) == 1:
        c = c * 3
    return tuple(int(round(v * 255)) for v in c)


def paint(ops_path, out_path):
    data = json.load(open(ops_path))
    dto = Dto()
    used = sorted({op["font"] for pg in data["pages"] for op in pg["ops"] if op["t"] == "text"})
    for name in used:
        dto.fonts.append(DtoFont(name, open(FDIR + FONT_FILES[name], "rb").read()))
    for pg in data["pages"]:
        page = DtoPage(pg["w"], pg["h"])
        dto.pages.append(page)
        area = None
        for op in pg["ops"]:
            if op["t"] == "text":
                if area is None:
                    area = DtoTextArea(0, 0, pg["w"], pg["h"])
                    page.contents.append(area)
                fr = DtoFragment(op["x"], op["y"], None)
                fr.chars = op["s"]
                fr.font_name = op["font"]
                fr.font_size = op["size"]
                fr.baseline = op["y"]
                fr.font_color = rgb(op["color"])
                area.fragments.append(fr)
            elif op["t"] == "rect":
                area = None
                r = DtoRectangle(op["x"], op["y"], op["w"], op["h"], 0, 0, 0, 0, rgb(op["fill"]), None, 0,
                                 (0, 0, 0, 0, 0))
                page.contents.append(r)
    Pdf(dto).output_to_file(out_path)


if __name__ == "__main__":
    paint(sys.argv[1], sys.argv[2])
