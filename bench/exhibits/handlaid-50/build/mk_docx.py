"""Write the Markdown source and options for the DOCX and convert it with @mohtasham/md-to-docx (CLI)."""
import json, os, subprocess
from content import EX
from grey_png import png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "docx_src")
NAME = "smallpox_eradication_1980"


def md():
    e = EX[NAME]
    L = ["**%s**" % e["kicker"], "", "# " + e["title_lines"][0], "", "*%s*" % e["intro"], ""]
    for s in e["sections"]:
        if s["label"] == "3":
            L += ["> " + e["pullquote"], ""]
        L += ["## %s. %s" % (s["label"], s["title"]), ""]
        for i, p in enumerate(s["paras"]):
            if s["label"] == "3" and i == 1:
                a, b = p.split(" and died.", 1)
                p = a + " and died.[^1]" + b
            L += [p, ""]
            if s["label"] == "2" and i == 1:
                L += ["\\pagebreak", ""]
        c = s.get("caption")
        if c:
            L += ["![Grey placeholder for the object photograph](grey.png#w=360&h=220)", "",
                  "**%s:** %s  " % (c["position"], c["text"]), "*%s*" % c["credit"], ""]
        if s["label"] == "3":
            L += ["**Key dates**", "", "| Year | What happened |", "| --- | --- |",
                  "| 1796 | Jenner’s first cowpox vaccination |", "| 1967 | Intensified programme begins |",
                  "| 1977 | Last natural case, Merca |", "| 1980 | Eradication declared |", ""]
    sb = e["sidebar"]
    L += ["> [!NOTE]", "> **%s**" % sb["title"], ">"]
    for i, p in enumerate(sb["paras"]):
        L += ["> " + p] + ([">"] if i < len(sb["paras"]) - 1 else [])
    L += ["", "[^1]: " + e["note"], ""]
    return "\n".join(L)


def main():
    os.makedirs(SRC, exist_ok=True)
    png(os.path.join(SRC, "grey.png"), 360, 220)
    with open(os.path.join(SRC, NAME + ".md"), "w", encoding="utf-8") as f:
        f.write(md())
    opts = {
        "documentType": "document",
        "style": {"fontFamily": "Georgia", "paragraphAlignment": "LEFT"},
        "template": {
            "headers": {"default": {"text": "Wrexley Museum of Public Health · Room 9", "alignment": "RIGHT"}},
            "footers": {"default": {"text": "Gallery text", "pageNumberDisplay": "current", "alignment": "CENTER"}},
        },
        "sections": [{"markdown": md()}],
    }
    with open(os.path.join(SRC, "options.json"), "w", encoding="utf-8") as f:
        json.dump(opts, f, ensure_ascii=False, indent=1)
    cli = os.path.join(HERE, "node", "node_modules", ".bin", "md-to-docx")
    subprocess.run([cli, os.path.join(SRC, NAME + ".md"), os.path.join(OUT, NAME + ".docx"),
                    "--options", os.path.join(SRC, "options.json"), "--base-dir", SRC], check=True)


if __name__ == "__main__":
    main()
