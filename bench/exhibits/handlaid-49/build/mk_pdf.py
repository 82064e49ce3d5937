"""Writes one reStructuredText file and one rst2pdf stylesheet per PDF exhibit (build/rst/),
then runs rst2pdf (ReportLab underneath does the line breaking and pyphen the hyphenation)."""
import os, subprocess, sys
from content import EX, CUT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
RST = os.path.join(HERE, "rst")
GREY = os.path.join(RST, "grey.png")
VENV = os.path.join(HERE, "venv", "bin")

BASE_STYLE = """embeddedFonts:
  - [LiberationSerif-Regular.ttf, LiberationSerif-Bold.ttf, LiberationSerif-Italic.ttf, LiberationSerif-BoldItalic.ttf]
  - [LiberationSans-Regular.ttf, LiberationSans-Bold.ttf, LiberationSans-Italic.ttf, LiberationSans-BoldItalic.ttf]
fontsAlias:
  stdFont: LiberationSerif-Regular
  stdBold: LiberationSerif-Bold
  stdItalic: LiberationSerif-Italic
  stdBoldItalic: LiberationSerif-BoldItalic
  stdSans: LiberationSans-Regular
  stdSansBold: LiberationSans-Bold
  stdSansItalic: LiberationSans-Italic
  stdSansBoldItalic: LiberationSans-BoldItalic
"""

def esc(t):
    return t.replace("\\", "\\\\").replace("*", "\\*").replace("|", "\\|").replace("`", "\\`").replace("_", "\\_")

def para(t, cls="body"):
    return f".. class:: {cls}\n\n{esc(t.strip())}\n\n"

def raw(*cmds):
    return ".. raw:: pdf\n\n" + "".join(f"   {c}\n" for c in cmds) + "\n"

def figure(width, height, caption_rst, credit, cls="caption"):
    return (f".. image:: {GREY}\n   :width: {width}\n   :height: {height}\n\n"
            f".. class:: {cls}\n\n{caption_rst}\n\n.. class:: credit\n\n{esc(credit)}\n\n")

def cap_rst(c):
    return f"**{c['position']}:** {esc(c['text'])}"

def split(p):
    return [x.strip() for x in p.split(CUT)]

def styles(page, templates, body_size, lead, extra=""):
    return BASE_STYLE + page + templates + f"""styles:
  base:
    fontName: stdFont
  normal:
    fontName: stdFont
  bodytext:
    fontName: stdFont
  body:
    parent: normal
    fontName: stdFont
    fontSize: {body_size}
    leading: {lead}
    alignment: TA_LEFT
    spaceAfter: {lead*0.45:.1f}
    hyphenationLang: en_GB
    embeddedHyphenation: 1
    uriWasteReduce: 0.3
  bodycont:
    parent: body
  intro:
    parent: body
    fontName: stdSansBold
    fontSize: {body_size*1.15:.1f}
    leading: {lead*1.15:.1f}
    spaceAfter: {lead:.1f}
  kicker:
    parent: normal
    fontName: stdSansBold
    fontSize: {body_size*0.85:.1f}
    textColor: "#b5441a"
    spaceAfter: 4
  title1:
    parent: normal
    fontName: stdSansBold
    fontSize: {body_size*2.6:.1f}
    leading: {body_size*2.9:.1f}
    spaceAfter: 0
  title2:
    parent: title1
    fontName: stdSerif
  head:
    parent: normal
    fontName: stdSansBold
    fontSize: {body_size*1.35:.1f}
    leading: {body_size*1.6:.1f}
    spaceBefore: {lead*0.6:.1f}
    spaceAfter: {lead*0.35:.1f}
    keepWithNext: true
  label:
    parent: normal
    fontName: stdSansBold
    fontSize: {body_size*0.9:.1f}
    textColor: "#b5441a"
    spaceBefore: {lead*0.6:.1f}
    spaceAfter: 0
    keepWithNext: true
  caption:
    parent: normal
    fontName: stdSans
    fontSize: {body_size*0.82:.1f}
    leading: {body_size*1.05:.1f}
    spaceBefore: 3
    hyphenationLang: en_GB
    embeddedHyphenation: 1
  credit:
    parent: caption
    fontName: stdSansItalic
    textColor: "#555555"
    spaceAfter: {lead*0.8:.1f}
  pull:
    parent: normal
    fontName: stdSerifItalic
    fontSize: {body_size*1.5:.1f}
    leading: {body_size*1.85:.1f}
    textColor: "#1d4f6e"
    spaceBefore: {lead:.1f}
    spaceAfter: {lead:.1f}
    leftIndent: 8
  sidehead:
    parent: head
    backColor: "#e8e1cf"
    borderPadding: 4
  sidebody:
    parent: body
    backColor: "#e8e1cf"
    borderPadding: 4
  note:
    parent: normal
    fontName: stdSans
    fontSize: {body_size*0.78:.1f}
    leading: {body_size*1.0:.1f}
  small:
    parent: normal
    fontName: stdSans
    fontSize: {body_size*0.8:.1f}
    leading: {body_size*1.0:.1f}
  tablecell:
    parent: normal
    fontName: stdSans
    fontSize: {body_size*0.82:.1f}
    leading: {body_size*1.05:.1f}
  table-heading:
    parent: tablecell
    fontName: stdSansBold
  header:
    parent: normal
    fontName: stdSans
    fontSize: 8
    textColor: "#666666"
  footer:
    parent: normal
    fontName: stdSans
    fontSize: 8
    textColor: "#666666"
{extra}"""

FONT_ALIAS_EXTRA = """  stdSerif: LiberationSerif-Regular
  stdSerifItalic: LiberationSerif-Italic
"""

# ---------------------------------------------------------------- keeling
def keeling():
    e = EX["keeling_curve_1958"]
    page = """pageSetup:
  size: A4
  margin-top: 20mm
  margin-bottom: 20mm
  margin-left: 20mm
  margin-right: 20mm
  spacing-header: 6mm
  spacing-footer: 6mm
  firstTemplate: twocol
"""
    tpl = """pageTemplates:
  opener:
    frames: [[0%, 55%, 100%, 45%], [0%, 0%, 48%, 55%], [52%, 0%, 48%, 55%]]
    showHeader: true
    showFooter: true
  twocol:
    frames: [[0%, 0%, 48%, 100%], [52%, 0%, 48%, 100%]]
    showHeader: true
    showFooter: true
"""
    extra = """  sectionhead:
    parent: head
    textColor: "#1d4f6e"
"""
    r = ".. header::\n\n   .. class:: header\n\n   " + esc(e["running"][0]) + "\n\n"
    r += ".. footer::\n\n   .. class:: footer\n\n   " + esc(e["running"][1]) + " — ###Page###\n\n"
    r += raw("SetPageCounter 112")
    r += para(e["kicker"], "kicker")
    r += para(e["title_lines"][0], "title1") + para(e["title_lines"][1], "title2")
    r += para(e["intro"], "intro")
    r += f".. image:: {GREY}\n   :width: 8cm\n   :height: 4.2cm\n\n"
    for s in e["sections"]:
        r += para(f"{s['label']}  {s['title']}", "sectionhead")
        for i, p in enumerate(s["paras"]):
            if s["label"] == "7.2" and i == 1:
                p = p.replace("313 parts per million.", "313 parts per million.\\ [#]_")
                r += f".. class:: body\n\n{p}\n\n"
                continue
            if CUT in p:
                a, b = split(p)
                r += para(a)
                r += figure("7.6cm", "4.6cm", cap_rst(s["caption"]), s["caption"]["credit"])
                r += para(b, "bodycont")
            else:
                r += para(p)
        if s["label"] == "7.2":
            r += para(e["pullquote"], "pull")
        if s["label"] == "7.3":
            r += (".. class:: small\n\n**Table 7.1** Yearly mean at Mauna Loa, parts per million\n\n"
                  ".. list-table::\n   :widths: 30 70\n\n"
                  "   * - 1960\n     - 316.9\n   * - 1980\n     - 338.8\n   * - 2000\n     - 369.7\n   * - 2020\n     - 414.2\n\n")
    sb = e["sidebar"]
    r += ".. sidebar:: " + esc(sb["title"]) + "\n\n" + "".join(f"   {esc(p)}\n\n" for p in sb["paras"])
    r += ".. [#] " + esc(e["note"]) + "\n"
    return r, styles(page, tpl, 10.5, 14.5, extra)

# ---------------------------------------------------------------- fraunhofer
def fraunhofer():
    e = EX["fraunhofer_lines_1814"]
    page = """pageSetup:
  size: null
  width: 42cm
  height: 29.7cm
  margin-top: 18mm
  margin-bottom: 18mm
  margin-left: 20mm
  margin-right: 20mm
  spacing-header: 5mm
  spacing-footer: 6mm
  firstTemplate: panel
"""
    tpl = """pageTemplates:
  panel:
    frames: [[0%, 78%, 100%, 22%], [0%, 0%, 31%, 78%], [34.5%, 0%, 31%, 78%], [69%, 0%, 31%, 78%]]
    showHeader: true
    showFooter: true
"""
    extra = """  titleband:
    parent: title1
    fontSize: 36
    leading: 42
    textColor: white
    backColor: "#1d2b4f"
    borderPadding: [6, 10, 6, 10]
  titleband2:
    parent: titleband
    fontName: stdSerifItalic
    fontSize: 28
    leading: 34
    textColor: "#f3c74f"
    spaceAfter: 12
  bandkicker:
    parent: kicker
    fontSize: 12
    spaceAfter: 8
  letter:
    parent: label
    fontSize: 20
    leading: 22
    textColor: "#1d2b4f"
"""
    r = ".. header::\n\n   .. class:: header\n\n   " + esc(e["running"][0]) + "\n\n"
    r += ".. footer::\n\n   .. class:: footer\n\n   " + esc(e["running"][1]) + "\n\n"
    r += para(e["kicker"], "bandkicker")
    r += para(e["title_lines"][0], "titleband") + para(e["title_lines"][1], "titleband2")
    r += para(e["intro"], "intro")
    for s in e["sections"]:
        r += para(s["label"], "letter")
        r += para(s["title"], "head")
        for p in s["paras"]:
            if CUT in p:
                a, b = split(p)
                r += para(a)
                c = s["caption"]
                r += (".. list-table::\n   :widths: 45 55\n\n"
                      f"   * - .. image:: {GREY}\n          :width: 5.6cm\n          :height: 4.4cm\n\n"
                      f"     - .. class:: caption\n\n          {cap_rst(c)}\n\n"
                      f"       .. class:: credit\n\n          {esc(c['credit'])}\n\n")
                r += para(b, "bodycont")
            else:
                r += para(p)
    r += para(e["pullquote"], "pull")
    r += (".. class:: small\n\n**Some lines and their sources**\n\n"
          ".. list-table::\n   :widths: 14 30 56\n   :header-rows: 1\n\n"
          "   * - Line\n     - Colour\n     - Cause\n"
          "   * - A\n     - deep red\n     - oxygen in the Earth’s air\n"
          "   * - D\n     - yellow\n     - sodium\n"
          "   * - F\n     - blue-green\n     - hydrogen\n"
          "   * - H, K\n     - violet\n     - calcium\n\n")
    sb = e["sidebar"]
    r += ".. sidebar:: " + esc(sb["title"]) + "\n\n" + "".join(f"   {esc(p)}\n\n" for p in sb["paras"])
    return r, styles(page, tpl, 11.5, 15, extra)

# ---------------------------------------------------------------- mercator
def mercator():
    e = EX["mercator_projection_1569"]
    page = """pageSetup:
  size: null
  width: 29.7cm
  height: 21cm
  margin-top: 12mm
  margin-bottom: 12mm
  margin-left: 10mm
  margin-right: 10mm
  firstTemplate: outside
"""
    tpl = """pageTemplates:
  outside:
    frames: [[0%, 0%, 30%, 100%], [35%, 0%, 30%, 100%], [70%, 0%, 30%, 100%]]
    showHeader: false
    showFooter: false
  inside:
    frames: [[0%, 0%, 30%, 100%], [35%, 0%, 30%, 100%], [70%, 0%, 30%, 100%]]
    showHeader: false
    showFooter: false
"""
    extra = """  num:
    parent: head
    textColor: "#a0282d"
  jump:
    parent: small
    fontName: stdSansItalic
    textColor: "#a0282d"
    spaceBefore: 4
    spaceAfter: 6
  address:
    parent: small
    spaceAfter: 2
  covertitle:
    parent: title1
    fontSize: 26
    leading: 29
    textColor: "#a0282d"
"""
    secs = e["sections"]
    s3 = secs[2]
    a, b = split(s3["paras"][1])
    r = ".. role:: num\n\n"
    # outside: inner flap | back | cover
    sb = e["sidebar"]
    r += para(sb["title"], "sidehead") + "".join(para(p, "sidebody") for p in sb["paras"])
    r += para(e["pullquote"], "pull")
    r += raw("FrameBreak")
    r += para("Continued from the inside", "jump")
    r += para(b, "bodycont") + para(s3["paras"][2])
    r += para("Derrow Map Library", "address") + para("14 Quayside, Derrow", "address")
    r += para("Open Tuesday to Sunday, 10–5", "address") + para("Admission free", "address")
    r += raw("FrameBreak")
    r += para(e["kicker"], "kicker")
    for t in e["title_lines"]:
        r += para(t, "covertitle")
    r += raw("Spacer 0 10")
    r += para(e["intro"], "intro")
    r += f".. image:: {GREY}\n   :width: 8cm\n   :height: 7cm\n\n"
    r += raw("PageBreak inside")
    for s in secs:
        r += f".. class:: head\n\n:num:`{s['label']}`  {esc(s['title'])}\n\n"
        if s is s3:
            r += para(s["paras"][0]) + para(a)
            r += para("Continued on the back panel", "jump")
            continue
        for p in s["paras"]:
            r += para(p)
        if s.get("caption"):
            r += figure("8.2cm", "5cm", cap_rst(s["caption"]), s["caption"]["credit"])
        r += raw("FrameBreak")
    return r, styles(page, tpl, 10, 13.6, extra)

# ---------------------------------------------------------------- muybridge
def muybridge():
    e = EX["muybridge_horse_1878"]
    page = """pageSetup:
  size: null
  width: 29.7cm
  height: 42cm
  margin-top: 20mm
  margin-bottom: 16mm
  margin-left: 22mm
  margin-right: 22mm
  spacing-footer: 6mm
  firstTemplate: panel
"""
    tpl = """pageTemplates:
  panel:
    frames: [[0%, 76%, 100%, 24%], [0%, 0%, 47%, 76%], [53%, 0%, 47%, 76%]]
    showHeader: false
    showFooter: true
"""
    extra = """  bandtitle:
    parent: title1
    fontSize: 44
    leading: 52
    textColor: white
    backColor: "#6b2d5c"
    borderPadding: [8, 12, 4, 12]
  bandtitle2:
    parent: bandtitle
    fontName: stdSansBoldItalic
    fontSize: 34
    leading: 44
    textColor: "#ffd9ef"
    borderPadding: [2, 12, 10, 12]
    spaceAfter: 18
  bignum:
    parent: label
    fontSize: 30
    leading: 32
    textColor: "#6b2d5c"
  boxquote:
    parent: pull
    fontName: stdSansBold
    fontSize: 20
    leading: 25
    textColor: "#6b2d5c"
    backColor: "#f4e3ee"
    borderPadding: 10
    leftIndent: 10
    rightIndent: 10
    spaceBefore: 18
    spaceAfter: 18
  strip:
    parent: tablecell
    alignment: TA_CENTER
"""
    r = ".. footer::\n\n   .. class:: footer\n\n   " + esc(e["running"][0]) + " · " + esc(e["running"][1]) + "\n\n"
    r += para(e["kicker"], "kicker")
    r += para(e["title_lines"][0], "bandtitle") + para(e["title_lines"][1], "bandtitle2")
    r += para(e["intro"], "intro")
    r += raw("FrameBreak")
    for s in e["sections"]:
        r += para(s["label"], "bignum") + para(s["title"], "head")
        for i, p in enumerate(s["paras"]):
            if s["label"] == "01" and i == 0:
                p = p.replace("at Palo Alto.", "at Palo Alto.*")
            if CUT in p:
                a, b = split(p)
                r += para(a) + para(e["pullquote"], "boxquote") + para(b, "bodycont")
            else:
                r += para(p)
        if s.get("caption"):
            c = s["caption"]
            r += (".. list-table::\n   :widths: 16 16 16 16 16 16\n\n   * "
                  + "\n     ".join(f"- .. image:: {GREY}\n          :width: 1.6cm\n          :height: 1.6cm\n" for _ in range(6))
                  + "\n   * " + "\n     ".join(f"- .. class:: strip\n\n          {k}\n" for k in range(1, 7)) + "\n\n")
            r += f".. class:: caption\n\n{cap_rst(c)}\n\n.. class:: credit\n\n{esc(c['credit'])}\n\n"
    sb = e["sidebar"]
    r += ".. sidebar:: " + esc(sb["title"]) + "\n\n" + "".join(f"   {esc(p)}\n\n" for p in sb["paras"])
    r += para(e["note"], "note")
    return r, styles(page, tpl, 13, 17, extra)


def build():
    from PIL import Image
    os.makedirs(RST, exist_ok=True)
    Image.new("RGB", (300, 200), (168, 168, 168)).save(GREY)
    for name, fn in [("keeling_curve_1958", keeling), ("fraunhofer_lines_1814", fraunhofer),
                     ("mercator_projection_1569", mercator), ("muybridge_horse_1878", muybridge)]:
        r, st = fn()
        st = st.replace("fontsAlias:\n", "fontsAlias:\n" + FONT_ALIAS_EXTRA, 1)
        rp = os.path.join(RST, name + ".rst"); sp = os.path.join(RST, name + ".yaml")
        open(rp, "w", encoding="utf-8").write(r)
        open(sp, "w", encoding="utf-8").write(st)
        pdf = os.path.join(OUT, name + ".pdf")
        subprocess.run([os.path.join(VENV, "rst2pdf"), "-s", sp, "-l", "en_GB", "--font-path",
                        "/usr/share/fonts/truetype/liberation", rp, "-o", pdf], check=True)
        subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)
        print("made", name)

if __name__ == "__main__":
    build()
