# Tay Bridge: rinohtype 0.5.6 (reStructuredText -> own layout engine), A5 trail booklet, two columns,
# engine-numbered section headings, figure captions numbered per section with the credit as the figure legend,
# a boxed sidebar ("Wind on the Girders") flowing in the column, header + "Stop 4 · page N" footer.
import os, subprocess, shutil, tempfile
from PIL import Image
from content import TAY as EX, write_gold, OUT

NAME = "tay_bridge"
HERE = os.path.dirname(os.path.abspath(__file__))
RINOH = os.path.join(os.path.dirname(os.path.dirname(HERE)), "venv", "bin", "rinoh")


def underline(t, ch, over=False):
    line = ch * (len(t) + 2)
    return (line + "\n" if over else "") + t + "\n" + line + "\n\n"


def build():
    secs = EX["sections"]
    t1, t2 = EX["title"].split(": ", 1)
    R = []
    R.append(underline(t1 + ":", "=", True))
    R.append(underline(t2, "-", True))
    for b in secs[0][2]:
        R.append(b[1] + "\n\n")
    for label, title, blocks in secs[1:-1]:
        R.append(underline(title, "="))
        for b in blocks:
            if b[0] == "p":
                R.append(b[1] + "\n\n")
            else:
                # the engine prints "Figure N.M. " itself; the gold keeps it as printed
                num, cap = b[1].split(". ", 1)
                assert num.startswith("Figure ")
                R.append(".. figure:: grey.png\n   :width: 100%%\n\n   %s\n\n   %s\n\n" % (cap, b[3]))
    label, title, blocks = secs[-1]
    R.append(".. sidebar:: %s\n\n" % title)
    for b in blocks:
        R.append("   " + b[1] + "\n\n")
    rst = "".join(R)
    run = EX["running"]
    rtt = """[TEMPLATE_CONFIGURATION]
name = Firth of Tay trail booklet
template = article
stylesheet = trail.rts

[VARIABLES]
paper_size = A5

[contents_page]
columns = 2
column_spacing = 5mm
left_margin = 12mm
right_margin = 12mm
header_text = '%s'
title_page_header_text = '%s'
footer_text = '\\t%s'
title_page_footer_text = '\\t%s'
""" % (run[0], run[0], "Stop 4 · page {PAGE_NUMBER}", "Stop 4 · page {PAGE_NUMBER}")
    rts = """[STYLESHEET]
name=Trail booklet
base=sphinx_article

[table of contents section]
hide=true

[title page title]
font_size=19pt
text_align=left

[title page subtitle]
font_size=13pt
text_align=left

[caption : Caption]
text_align=LEFT
font_slant=italic

[figure legend]
margin_left=0pt

[figure legend paragraph]
font_size=7pt
text_align=LEFT

[body]
text_align=JUSTIFY
"""
    d = tempfile.mkdtemp()
    for fn, txt in ((NAME + ".rst", rst), ("trail.rtt", rtt), ("trail.rts", rts)):
        with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
            f.write(txt)
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            f.write(txt)
    Image.new("RGB", (600, 380), (190, 190, 190)).save(os.path.join(d, "grey.png"))
    subprocess.run([RINOH, "-t", "trail.rtt", NAME + ".rst"], cwd=d, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(d, NAME + ".pdf"), os.path.join(OUT, NAME + ".pdf"))
    subprocess.run(["pdftotext", "-raw", NAME + ".pdf", NAME + ".txt"], cwd=OUT, check=True)
    write_gold(NAME, EX)


if __name__ == "__main__":
    build()
