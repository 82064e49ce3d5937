# -*- coding: utf-8 -*-
"""DOCX of set 59: a ProseMirror JSON document serialised by prosemirror-docx (build/docx/make.mjs)."""
import json, os, subprocess
from PIL import Image
from content import EX

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME = "landsteiner_blood_groups_1901"


def t(s, *marks, c=None):
    m = [{"type": k} for k in marks]
    if c:
        m.append({"type": "colour", "attrs": {"c": c}})
    d = {"type": "text", "text": s}
    if m:
        d["marks"] = m
    return d


def p(content, style=None):
    if isinstance(content, str):
        content = [t(content)]
    return {"type": "paragraph", "attrs": {"style": style}, "content": content}


def h(level, content):
    return {"type": "heading", "attrs": {"level": level}, "content": content}


def cell(blocks, shade=None, header=False):
    return {"type": "table_header" if header else "table_cell", "attrs": {"shade": shade}, "content": blocks}


def row(cells):
    return {"type": "table_row", "content": cells}


def main():
    Image.new("RGB", (800, 450), (200, 200, 200)).save(os.path.join(HERE, "docx", "grey.png"))
    e = EX[NAME]
    s1, s2, s3 = e["sections"]
    body = []
    body.append(p("Gallery of Healing · Case 6", "Kicker"))
    body.append(h(1, [t(e["title_lines"][0]), {"type": "hard_break"}, t(e["title_lines"][1], "em")]))
    body.append(p(e["intro"], "Intro"))
    for sec in e["sections"]:
        body.append(h(2, [t(sec["label"], c="A3242B"), t("\u2002" + sec["title"])]))
        for k, para in enumerate(sec["paras"]):
            if sec is s1 and k == 0:
                a, b = para.split("Jean-Baptiste Denis", 1)
                body.append(p([t(a + "Jean-Baptiste Denis"),
                               {"type": "footnote", "content": [t("Denis was one of the physicians of Louis XIV; his first patient, a boy of fifteen, recovered.")]},
                               t(b)]))
            else:
                body.append(p(para))
            if sec is s2 and k == 0:
                body.append({"type": "blockquote", "content": [p("“A drop of serum on a glass slide was enough to tell two people apart.”")]})
        if sec is s2:
            c = sec["caption"]
            body.append({"type": "table", "content": [
                row([cell([{"type": "image", "attrs": {"src": "grey.png", "width": 90}}])]),
                row([cell([p([t(c["position"] + ":", "strong"), t(" " + c["text"])], "CaptionRow")], shade="F2F2F2")]),
                row([cell([p(c["credit"], "CreditRow")], shade="F2F2F2")]),
            ]})
            rows = [("Group", "On the red cells", "In the serum"), ("A", "antigen A", "anti-B"), ("B", "antigen B", "anti-A"),
                    ("AB", "antigens A and B", "neither"), ("O", "neither", "anti-A and anti-B")]
            trs = []
            for i, r in enumerate(rows):
                trs.append(row([cell([p([t(r[0], "strong")], "TableText")], shade="E8D5D5", header=(i == 0)),
                                cell([p([t(r[1], "strong")] if i == 0 else r[1], "TableText")], shade="E8D5D5" if i == 0 else None, header=(i == 0)),
                                cell([p([t(r[2], "strong")] if i == 0 else r[2], "TableText")], shade="E8D5D5" if i == 0 else None, header=(i == 0))]))
            body.append(p([t("The four groups at a glance", "strong")]))
            body.append({"type": "table", "content": trs})
    body.append({"type": "horizontal_rule"})
    st, sp = e["sidebar"]
    body.append(h(3, [t(st)]))
    for para in sp:
        body.append(p(para, "SidebarText"))
    spec = {"title": " ".join(e["title_lines"]), "header": e["running"][0], "doc": {"type": "doc", "content": body}}
    sp_path = os.path.join(HERE, "docx", NAME + ".pm.json")
    with open(sp_path, "w", encoding="utf-8") as f:
        json.dump(spec, f, ensure_ascii=False, indent=1)
    subprocess.run(["node", os.path.join(HERE, "docx", "make.mjs"), sp_path, os.path.join(OUT, NAME + ".docx")], check=True)


if __name__ == "__main__":
    main()
