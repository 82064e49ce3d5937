"""typhoid_mary_1907.docx: written as an md-to-word manuscript + requirements file and exported by
md-to-word 3.0.0 (PyPI md-to-word-docx).  Nothing is post-processed."""
import os, struct, subprocess, zlib
from content import EX, EXTRA

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
D = os.path.join(HERE, "docx")
NAME = "typhoid_mary_1907"


def grey_png(path, w=480, h=300, g=190):
    raw = b"".join(b"\x00" + bytes([g]) * w for _ in range(h))
    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


FORMAT = """# requirements file for the Brackwater exhibition text (md-to-word)
Paper: A4
Margins: top 2.3cm bottom 2.3cm left 2.8cm right 2.8cm
Font: Georgia
Proofing Language: en-GB

Date: Arial 9pt bold not-italic left line-spacing 1.0 space-before 0pt space-after 4pt indent 0 color#8A2B0E char-spacing 0.6pt
Title: Georgia 26pt bold not-italic left line-spacing 1.0 space-before 0pt space-after 2pt indent 0 no-border
Subtitle: Georgia 16pt not-bold italic left line-spacing 1.0 space-before 0pt space-after 14pt indent 0 color#8A2B0E
Abstract: Georgia 13pt not-bold not-italic left line-spacing 1.3 space-before 0pt space-after 12pt indent 0
Heading 1: Arial 13pt bold not-italic left line-spacing 1.2 space-before 16pt space-after 6pt indent 0 keep-with-next color#8A2B0E
Heading 2: Arial 12pt bold not-italic left line-spacing 1.2 space-before 14pt space-after 6pt indent 0 keep-with-next

Body Text: Georgia 10.5pt not-bold not-italic justify line-spacing 1.35 space-before 0pt space-after 0pt indent 0.25in
First Paragraph: Georgia 10.5pt not-bold not-italic justify line-spacing 1.35 space-before 0pt space-after 0pt indent 0
Normal: Georgia 10.5pt not-bold not-italic justify line-spacing 1.35 space-before 0pt space-after 0pt indent 0
Block Text: Georgia 15pt not-bold italic left line-spacing 1.2 space-before 12pt space-after 12pt indent 0 left-indent 3chars color#8A2B0E
Footnote: Georgia 8.5pt not-bold not-italic left line-spacing 1.0 space-before 0pt space-after 0pt indent 0

Compact: Arial 9pt not-bold not-italic left line-spacing 1.0 space-before 2pt space-after 2pt indent 0
Table: left grid border-top 0.5pt border-bottom 0.5pt border-header 0.5pt border-inside 0.5pt valign center
Table Header: Arial 9pt bold not-italic left line-spacing 1.0 space-before 2pt space-after 2pt indent 0
Table Caption: Arial 9.5pt bold not-italic left line-spacing 1.0 space-before 12pt space-after 4pt indent 0 keep-with-next
Table Note: Courier New 8pt not-bold not-italic left line-spacing 1.0 space-before 2pt space-after 10pt indent 0
Figure: Georgia 10pt not-bold not-italic left line-spacing 1.0 space-before 2pt space-after 0pt indent 0
Image Caption: Arial 9pt not-bold italic left line-spacing 1.1 space-before 10pt space-after 4pt indent 0 keep-with-next

Header: Arial 8pt not-bold not-italic right line-spacing 1.0 space-before 0pt space-after 0pt indent 0 border-bottom-single border-width 0.5pt
Header Content: {running}
Page Number: decimal start 1
Footer: Arial 8pt not-bold not-italic center line-spacing 1.0 space-before 0pt space-after 0pt indent 0
Footer Content: Page {page} of {total-pages}
"""


def manuscript():
    e, x = EX[NAME], EXTRA[NAME]
    L = []
    L.append("%% Date " + x["kicker"].upper())
    L.append("%% Title " + e["title_lines"][0])
    L.append("%% Subtitle " + e["title_lines"][1])
    L.append("%% Abstract " + e["intro"])
    for k, s in enumerate(e["sections"]):
        L.append("# %s – %s" % (s["label"], s["title"]))
        for j, p in enumerate(s["paras"]):
            if k == 0 and j == 0:
                p = p.replace("George Soper", "George Soper[^soper]")
            L.append(p)
            if k == 1 and j == 0:
                c = s["caption"]
                # caption ABOVE the picture (it says "Below:"), credit in its own smaller paragraph
                L.append("%% Image Caption *" + c["position"] + ":* " + c["text"])
                L.append("![Culture tubes in a rack](img/culture_tubes.png){width=9cm}")
                L.append("%% Table Note " + c["credit"])
        if k == 0:
            L.append("> " + x["quote"])
        if k == 1:
            L.append("%% Table Caption Mary Mallon in brief")
            L.append("| | |\n|:--|:-----|\n" + "\n".join("| **%s** | %s |" % r for r in x["facts"]))
    L.append("{{< pagebreak >}}")
    sb = e["sidebar"]
    L.append("## " + sb["title"])
    for p in sb["paras"]:
        L.append(p)
    L.append("[^soper]: " + x["footnote"])
    return "\n\n".join(L) + "\n"


def main():
    os.makedirs(os.path.join(D, "img"), exist_ok=True)
    grey_png(os.path.join(D, "img", "culture_tubes.png"))
    with open(os.path.join(D, NAME + ".md"), "w", encoding="utf-8") as f:
        f.write(manuscript())
    with open(os.path.join(D, "format.txt"), "w", encoding="utf-8") as f:
        f.write(FORMAT.replace("{running}", EX[NAME]["running"][0]))
    exe = os.path.join(HERE, "venv", "bin", "md-to-word")
    r = subprocess.run([exe, NAME + ".md", "-r", "format.txt", "-o", os.path.join(OUT, NAME + ".docx")],
                       cwd=D, capture_output=True, text=True)
    print(r.stdout[-3000:], r.stderr[-3000:])
    r.check_returncode()


if __name__ == "__main__":
    main()
