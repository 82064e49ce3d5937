"""burgess_shale_1909.html: a Scribble document (Racket's `scribble --html`), source written here."""
import os
import shutil
import subprocess

from content import EX
from greypng import grey_png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "scribble_src")
TMP = os.path.join(HERE, "scribble_out")
NAME = "burgess_shale_1909"

CSS = """
.kicker { text-transform: uppercase; letter-spacing: 0.12em; color: #7a4b12; font-size: 80%; }
.intro { font-size: 120%; font-style: italic; }
.langs { font-size: 80%; }
.figure { float: right; width: 40%; margin: 0 0 1em 1.5em; background: #f4f1ea; padding: 0.5em; }
.figure img { width: 100%; }
.credit { display: block; font-size: 80%; color: #555; }
.pullquote { font-size: 150%; font-family: serif; color: #7a4b12; border-left: 4px solid #7a4b12;
  padding-left: 0.8em; margin: 1.5em 0; }
.timeline { font-size: 90%; border-top: 1px solid #ccc; }
.lookup td { padding: 0.2em 0.6em; }
.lookup td:first-child { background: #7a4b12; color: white; font-weight: bold; }
"""


def sq(s):
    """Escape text for Scribble's at-expression text mode."""
    return s.replace("@", "@\"@\"").replace("{", "@\"{\"").replace("}", "@\"}\"")


def build_scrbl():
    e = EX[NAME]
    L = []
    L.append("#lang scribble/base")
    L.append("@(require scribble/core scribble/html-properties)")
    L.append('@(define page-style (style #f (list (css-addition "burgess.css"))))')
    L.append('@(define (cls c) (style c null))')
    L.append("@title[#:style page-style]{%s@linebreak[]%s}" % (sq(e["title_lines"][0]), sq(e["title_lines"][1])))
    L.append("")
    L.append('@para[#:style (cls "kicker")]{%s}' % sq(e["kicker"]))
    L.append("")
    L.append('@para[#:style (cls "langs")]{Read in: English · '
             '@hyperlink["burgess_shale_1909.fr.html"]{Français} · '
             '@hyperlink["burgess_shale_1909.de.html"]{Deutsch}}')
    L.append("")
    L.append('@para[#:style (cls "intro")]{%s}' % sq(e["intro"]))
    L.append("")
    for label, title, paras, cap in e["sections"]:
        L.append("@section[#:tag \"s%s\"]{%s}" % (label, sq(title)))
        L.append("")
        for pi, p in enumerate(paras):
            L.append(sq(p))
            L.append("")
            if label == "1" and pi == 0:
                L.append("@margin-note{%s}" % sq(e["note"]))
                L.append("")
            if label == "2" and pi == 0:
                pos, ctext, credit = cap
                L.append('@nested[#:style (cls "figure")]{')
                L.append('@image["img/opabinia_model.png"]{Grey placeholder for the Opabinia model}')
                L.append("")
                L.append('@bold{%s:} %s @elem[#:style (cls "credit")]{%s}' % (pos, sq(ctext), sq(credit)))
                L.append("}")
                L.append("")
        if label == "2":
            L.append('@nested[#:style (cls "pullquote")]{%s}' % sq(e["pull_quote"]))
            L.append("")
            L.append('@tabular[#:style (cls "lookup") '
                     '(list (list "Opabinia" "first drawn as a crustacean")'
                     ' (list "Anomalocaris" "first known as a shrimp and a jellyfish")'
                     ' (list "Hallucigenia" "first drawn upside down"))]')
            L.append("")
        if label == "3":
            L.append('@nested[#:style (cls "timeline")]{@bold{Key dates}')
            L.append("")
            L.append("@itemlist[#:style 'ordered " + " ".join("@item{%s}" % sq(t) for t in e["timeline"]) + "]}")
            L.append("")
    st, sp = e["sidebar"]
    L.append("@section[#:style 'unnumbered #:tag \"sidebar\"]{%s}" % sq(st))
    L.append("")
    for p in sp:
        L.append(sq(p))
        L.append("")
    return "\n".join(L)


def main():
    os.makedirs(os.path.join(SRC, "img"), exist_ok=True)
    with open(os.path.join(SRC, NAME + ".scrbl"), "w", encoding="utf-8") as f:
        f.write(build_scrbl())
    with open(os.path.join(SRC, "burgess.css"), "w", encoding="utf-8") as f:
        f.write(CSS.lstrip())
    with open(os.path.join(SRC, "img", "opabinia_model.png"), "wb") as f:
        f.write(grey_png(480, 300))
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    subprocess.run(["scribble", "--html", "--dest", TMP, NAME + ".scrbl"], cwd=SRC, check=True)
    # deploy step: the page at the top, Scribble's style/script files in css/, the picture in img/
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "css"), exist_ok=True)
    page = open(os.path.join(TMP, NAME + ".html"), encoding="utf-8").read()
    for fn in sorted(os.listdir(TMP)):
        p = os.path.join(TMP, fn)
        if fn == NAME + ".html" or not os.path.isfile(p):
            continue
        sub = "img" if fn.endswith(".png") else "css"
        shutil.copy(p, os.path.join(OUT, sub, fn))
        for attr in ("href", "src"):
            page = page.replace('%s="%s"' % (attr, fn), '%s="%s/%s"' % (attr, sub, fn))
    with open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    shutil.rmtree(TMP)
    print("made", os.path.join(OUT, NAME + ".html"))


if __name__ == "__main__":
    main()
