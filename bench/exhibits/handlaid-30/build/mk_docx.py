# -*- coding: utf-8 -*-
"""lynmouth_flood_1952.docx written with rdocx 0.16.3 (PyPI; Rust DOCX library)."""
import rdocx
from rdocx import Pt, RGBColor
from content import LYNMOUTH as D, gold_text
from gold import make_gold, write_gold

def build(out_docx, out_json):
    doc = rdocx.Document()
    doc.add_style("Intro", based_on="Normal", italic=True, font_size=Pt(12.5), space_after=Pt(14))
    doc.add_style("Panel Label", based_on="Normal", bold=True, font_size=Pt(9), color="7A5C2E",
                  space_before=Pt(16), space_after=Pt(0), keep_with_next=True)
    doc.add_style("Panel Text", based_on="Normal", font_size=Pt(11), space_after=Pt(8))
    doc.add_style("Box Heading", based_on="Normal", bold=True, font_size=Pt(12), shading="E3ECEF",
                  keep_with_next=True,
                  borders={"top": ("single", 8, "4D7A87"), "left": ("single", 8, "4D7A87"),
                           "right": ("single", 8, "4D7A87")})
    doc.add_style("Box Text", based_on="Normal", font_size=Pt(10), shading="E3ECEF",
                  borders={"bottom": ("single", 8, "4D7A87"), "left": ("single", 8, "4D7A87"),
                           "right": ("single", 8, "4D7A87")})
    doc.set_header(D["header"])
    doc.set_footer(D["footer"])
    doc.set_text_watermark(D["watermark"])
    k = doc.add_paragraph("")
    r = k.add_run(D["kicker"]); r.bold = True; r.font.size = Pt(10); r.font.color.rgb = RGBColor(0x2E, 0x6B, 0x3A)
    t = doc.add_paragraph("", style="Title")
    t.add_run(D["title_lines"][0]); t.runs[-1].add_break("line"); t.add_run(D["title_lines"][1])
    doc.add_paragraph(D["intro"], style="Intro")
    for si, s in enumerate(D["sections"]):
        doc.add_paragraph(s["label"], style="Panel Label")
        doc.add_heading(s["title"], 1)
        for pi, p in enumerate(s["paras"]):
            if s.get("link") and pi == len(s["paras"]) - 1:
                lt, url = s["link"]
                before, after = p.split(lt)
                para = doc.add_paragraph("", style="Panel Text")
                para.add_run(before); para.add_hyperlink(lt, url); para.add_run(after)
            elif s.get("footnote") and pi == 0:
                cut = p.index("that August") + len("that August")
                para = doc.add_paragraph("", style="Panel Text")
                r1 = para.add_run(p[:cut])
                doc.add_footnote(r1, s["footnote"])
                para.add_run(p[cut:])
            else:
                para = doc.add_paragraph(p, style="Panel Text")
            if si == 0 and pi == 0:
                idx = doc.find_content_index(para)
                pos = rdocx.RunPosition(body_index=idx, run_index=0)
                doc.add_comment(rdocx.RunRange(start=pos, end=pos), author=D["comment"][0], text=D["comment"][1],
                                initials="CY", date="2026-03-04T09:12:00Z")
            if s.get("caption") and pi == 0:
                c = s["caption"]
                tb = doc.add_table(1, 2)
                tb.set_column_width(0, Pt(190)); tb.set_column_width(1, Pt(260))
                T = lambda: doc.tables[len(doc.tables) - 1]
                T().cell(0, 0).shading = "BFBFBF"
                for _ in range(6): T().cell(0, 0).add_paragraph("")
                cp = T().cell(0, 1).paragraphs[0]
                b = cp.add_run(c["position"] + ": "); b.bold = True
                cr = cp.add_run(c["text"]); cr.font.size = Pt(9.5)
                cr.add_break("line")
                ir = cp.add_run(c["credit"]); ir.italic = True; ir.font.size = Pt(8.5)
        if si == 1:
            # the sidebar: two boxed, shaded paragraphs between the second and third panels
            sb = D["sidebar"]
            doc.add_paragraph(sb["title"], style="Box Heading")
            for p in sb["paras"]:
                doc.add_paragraph(p, style="Box Text")
        if si == 2:
            q = doc.add_paragraph("")
            q.alignment = rdocx.enum.text.WD_ALIGN_PARAGRAPH.CENTER if hasattr(rdocx, "enum") else None
            qr = q.add_run("“We heard the boulders before we saw the water”"); qr.italic = True; qr.font.size = Pt(16)
            qr.font.color.rgb = RGBColor(0x7A, 0x5C, 0x2E)
    h = doc.add_paragraph("")
    hr = h.add_run(D["table_title"]); hr.bold = True
    tb = doc.add_table(len(D["table"]), 2)
    tb.set_borders("single", size=4, color="808080")
    T = lambda: doc.tables[len(doc.tables) - 1]
    for i, (lab, val) in enumerate(D["table"]):
        T().cell(i, 0).text = lab; T().cell(i, 0).shading = "D9D9D9"
        T().cell(i, 1).text = val
    doc.core_properties.title = " ".join(D["title_lines"]) if hasattr(doc, "core_properties") else None
    doc.save(out_docx)
    g = make_gold(D, [D["header"], D["footer"]], extra_sidebar=D["sidebar"])
    write_gold(out_json, g)

if __name__ == "__main__":
    build("../lynmouth_flood_1952.docx", "../lynmouth_flood_1952.json")
