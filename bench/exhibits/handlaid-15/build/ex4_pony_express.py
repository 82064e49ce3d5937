"""Exhibit 4: the Pony Express as an exhibition guide written in AsciiDoc and converted by asciidoctor-pdf 2.3.4
(Prawn). Two-column page layout from the theme (page-columns), running header and footer with page numbers, a
caption beside its picture in a borderless table, a sidebar block, a quote block. Writes build/pony_express.adoc + build/pony-theme.yml."""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C
from common import OUT, HERE, pdftotext, grey_png

NAME = "pony_express"
EX = C.PONY
HEAD_L = "High Plains Museum of the Mails"
HEAD_R = "Hall of Western Transport"
FOOT_L = "Exhibition guide · Please return to the desk"

THEME = """extends: default
font:
  catalog:
    merge: true
    Charter:
      normal: /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf
      italic: /usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf
      bold: /usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf
      bold_italic: /usr/share/fonts/truetype/liberation/LiberationSerif-BoldItalic.ttf
    Narrow:
      normal: /usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf
      italic: /usr/share/fonts/truetype/liberation/LiberationSansNarrow-Italic.ttf
      bold: /usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf
      bold_italic: /usr/share/fonts/truetype/liberation/LiberationSansNarrow-BoldItalic.ttf
page:
  size: [170mm, 240mm]
  margin: [22mm, 15mm, 20mm, 15mm]
  columns: 2
  column_gap: 7mm
base:
  font_family: Charter
  font_size: 10.2
  font_color: 222222
  text_align: justify
  line_height: 1.22
heading:
  font_family: Narrow
  font_color: 7a3b12
  h1_font_size: 22
  h2_font_size: 15
  margin_top: 6
  margin_bottom: 4
heading_h1_text_align: left
role:
  lead:
    font_size: 11.5
    font_style: italic
  label:
    font_family: Narrow
    font_size: 9.5
    font_style: bold
    font_color: 9a9a9a
  caption:
    font_family: Narrow
    font_size: 8.6
    text_align: left
  credit:
    font_size: 7.4
    font_style: italic
    font_color: 6a6a6a
  kicker:
    font_family: Narrow
    font_size: 9
    font_color: 7a3b12
prose:
  margin_bottom: 6
sidebar:
  background_color: F1E9DA
  border_width: 0
  padding: [8, 10, 6, 10]
  title:
    font_family: Narrow
    font_size: 12
    font_color: 7a3b12
    text_align: left
quote:
  font_size: 13
  font_style: italic
  font_color: 7a3b12
  border_left_width: 0
  padding: [0, 6]
image:
  caption_font_size: 8
header:
  height: 14mm
  font_family: Narrow
  font_size: 8.5
  border_color: 7a3b12
  border_width: 0.5
  vertical_align: bottom
  padding: [0, 0, 3, 0]
  recto:
    left:
      content: 'HEADL'
    right:
      content: 'HEADR'
  verso:
    left:
      content: 'HEADL'
    right:
      content: 'HEADR'
footer:
  font_family: Narrow
  font_size: 8.5
  border_width: 0
  recto:
    left:
      content: 'FOOTL'
    right:
      content: '{page-number}'
  verso:
    left:
      content: 'FOOTL'
    right:
      content: '{page-number}'
"""


def a(s):
    """AsciiDoc-safe text (no markup characters occur in the content except the apostrophe)."""
    return C.clean(s)


def caption_block(cap):
    return "[.caption]\n*%s:* %s +\n[.credit]#%s#\n" % (cap["position"], a(cap["text"]), a(cap["credit"]))


def main():
    imgdir = os.path.join(HERE, "img")
    grey_png(os.path.join(imgdir, "pony_mochila.png"), 600, 330)
    grey_png(os.path.join(imgdir, "pony_station.png"), 360, 300)
    t1, t2 = EX["title"].split(": ")
    L = ["= %s: %s" % (t1, t2), ":doctype: article", ":figure-caption!:", ":imagesdir: img", ""]
    for p in EX["intro"]:
        L.append("[.lead]\n%s\n" % a(p))
    S = EX["sections"]
    for i, s in enumerate(S):
        L.append("[.label]\n%s\n" % s["label"])
        L.append("== %s\n" % a(s["title"]))
        for j, p in enumerate(s["paras"]):
            L.append(a(p) + "\n")
            if i == 0 and j == 0:
                L.append("image::pony_mochila.png[pdfwidth=100%]\n")
                L.append(caption_block(s["captions"][0]))
            if i == 2 and j == 0:
                # caption cell on the left, picture cell on the right (a borderless two-cell table)
                L.append('[cols="45a,55a",frame=none,grid=none]\n|===\n|%s\n|image::pony_station.png[pdfwidth=100%%]\n|===\n'
                         % caption_block(s["captions"][0]))
        if i == 1:
            L.append("[quote]\n____\nOnly one mail pouch is known to have been lost.\n____\n")
        if i == 2:
            sb = EX["sidebar"]
            L.append(".%s\n****\n%s\n****\n" % (a(sb["title"]), "\n\n".join(a(p) for p in sb["paras"])))
    adoc = os.path.join(HERE, NAME + ".adoc")
    open(adoc, "w", encoding="utf-8").write("\n".join(L))
    theme = os.path.join(HERE, "pony-theme.yml")
    open(theme, "w", encoding="utf-8").write(THEME.replace("HEADL", HEAD_L).replace("HEADR", HEAD_R)
                                             .replace("FOOTL", FOOT_L))
    subprocess.run(["asciidoctor-pdf", "-a", "pdf-theme=" + theme, "-o", os.path.join(OUT, NAME + ".pdf"), adoc],
                   check=True)
    pdftotext(NAME)
    npages = int([l for l in subprocess.run(["pdfinfo", os.path.join(OUT, NAME + ".pdf")], capture_output=True,
                                            text=True).stdout.splitlines() if l.startswith("Pages:")][0].split()[1])
    running = [HEAD_L, HEAD_R, FOOT_L] + [str(n) for n in range(1, npages + 1)]
    C.write_gold(os.path.join(OUT, NAME + ".json"), C.gold(EX, running))


if __name__ == "__main__":
    main()
