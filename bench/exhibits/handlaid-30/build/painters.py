# -*- coding: utf-8 -*-
"""Two painters. Each draws the display list IN THE GIVEN ORDER, so the content-stream
order (and so the pdftotext -raw order) is the order of the ops."""

OX_FONTS = {"serif": "TIMES_ROMAN", "serif-b": "TIMES_BOLD", "serif-i": "TIMES_ITALIC",
            "serif-bi": "TIMES_BOLD_ITALIC", "sans": "HELVETICA", "sans-b": "HELVETICA_BOLD",
            "sans-i": "HELVETICA_OBLIQUE", "sans-bi": "HELVETICA_BOLD_OBLIQUE"}
LO_FONTS = {"serif": "tiro", "serif-b": "tibo", "serif-i": "tiit", "serif-bi": "tibi",
            "sans": "helv", "sans-b": "hebo", "sans-i": "heit", "sans-bi": "hebi"}

def paint_oxidize(ops, pages, path, title, creator):
    """pages: list of (w,h). oxidize-pdf 0.23.0, base-14 fonts (WinAnsi)."""
    import oxidize_pdf as ox
    doc = ox.Document()
    doc.set_title(title); doc.set_creator(creator); doc.set_producer("oxidize-pdf 0.23.0")
    doc.set_creation_date("2026-03-02T10:00:00Z"); doc.set_modification_date("2026-03-02T10:00:00Z")
    objs = [ox.Page(w, h) for (w, h) in pages]
    for o in ops:
        p = objs[o["page"]]; H = pages[o["page"]][1]
        if o["op"] == "text":
            p.set_font(getattr(ox.Font, OX_FONTS[o["font"]]), o["size"])
            p.set_text_color(ox.Color.rgb(*o["color"]))
            p.text_at(o["x"], H - o["y"], o["s"])
        elif o["op"] == "rect":
            if o["fill"] is not None:
                p.set_fill_color(ox.Color.rgb(*o["fill"]))
            if o["stroke"] is not None:
                p.set_stroke_color(ox.Color.rgb(*o["stroke"])); p.set_line_width(o["lw"])
            p.draw_rect(o["x"], H - o["y"] - o["h"], o["w"], o["h"])
            if o["fill"] is not None and o["stroke"] is not None: p.fill_and_stroke()
            elif o["fill"] is not None: p.fill()
            else: p.stroke()
        elif o["op"] == "line":
            p.set_stroke_color(ox.Color.rgb(*o["color"])); p.set_line_width(o["lw"])
            p.move_to(o["x1"], H - o["y1"]); p.line_to(o["x2"], H - o["y2"]); p.stroke()
    for p in objs:
        doc.add_page(p)
    doc.save(path)

def paint_lopdf(ops, pages, path, title, creator):
    """pylopdf 0.15.0 (lopdf), base-14 aliases (not embedded, WinAnsi)."""
    import pylopdf
    doc = pylopdf.Document()
    for (w, h) in pages:
        doc.new_page(width=w, height=h)
    objs = [doc.load_page(i) for i in range(len(pages))]
    for o in ops:
        p = objs[o["page"]]
        if o["op"] == "text":
            p.insert_text((o["x"], o["y"]), o["s"], fontsize=o["size"], fontname=LO_FONTS[o["font"]],
                          color=tuple(o["color"]))
        elif o["op"] == "rect":
            p.draw_rect((o["x"], o["y"], o["x"] + o["w"], o["y"] + o["h"]),
                        color=tuple(o["stroke"]) if o["stroke"] else None,
                        fill=tuple(o["fill"]) if o["fill"] else None, width=o["lw"])
        elif o["op"] == "line":
            p.draw_line((o["x1"], o["y1"]), (o["x2"], o["y2"]), color=tuple(o["color"]), width=o["lw"])
    doc.set_metadata({"title": title, "creator": creator, "producer": "pylopdf 0.15.0",
                      "creationDate": "D:20260302100000Z", "modDate": "D:20260302100000Z"})
    doc.save(path)
