"""krakatoa_1883: ConTeXt (MkIV/LMTX as shipped in Debian `context`), A4, two columns, TeX hyphenation."""
import os, shutil, subprocess, tempfile
from content import EXHIBITS, gold, write_gold
from common import BUILD, OUT, pdftotext_raw

NAME = "krakatoa_1883"
EX = EXHIBITS[NAME]
HEAD_L = EX["museum"]
HEAD_R = "Hall of Volcanoes"


def tex_escape(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
            .replace("$", "\\$").replace("_", "\\_"))


def grey(width, height):
    return ("\\framed[width=%s,height=%s,frame=on,framecolor=darkgrey,rulethickness=.4pt,background=color,"
            "backgroundcolor=boxgrey]{}" % (width, height))


def caption_block(c, width="\\hsize"):
    return ("{\\switchtobodyfont[ss,7.5pt]\\setupinterlinespace[line=9.5pt]\\noindent{\\bf %s:} %s\\par"
            "{\\switchtobodyfont[ss,6.5pt]\\it %s\\par}}" % (c["position"], tex_escape(c["text"]), tex_escape(c["credit"])))


def doc():
    s = []
    s.append(r"""%% interface=en engine=luatex
\mainlanguage[en]
\language[en]
\setuppapersize[A4]
\setuplayout[backspace=20mm,width=170mm,topspace=10mm,header=10mm,headerdistance=4mm,
  footer=8mm,footerdistance=4mm,height=fit,bottomspace=12mm]
\setupbodyfont[pagella,11pt]
\setupinterlinespace[line=14pt]
\definecolor[lava][r=.62,g=.18,b=.08]
\definecolor[boxgrey][s=.72]
\definecolor[darkgrey][s=.5]
\definecolor[sand][r=.96,g=.93,b=.86]
\setupalign[hyphenated,tolerant]
\setupindenting[yes,medium,next]
\setupwhitespace[none]
\setupheader[style={\ss\tfx},color=lava]
\setupfooter[style={\ss\tfx}]
\setupheadertexts[]
\setupheadertexts[%(hl)s][%(hr)s]
\setupfootertexts[pagenumber]
\setuppagenumbering[location=,alternative=singlesided]
\setupbackgrounds[header][text][bottomframe=on,framecolor=lava,rulethickness=.4pt]
\setupcaptions[number=no,style={\ss\tfxx},headstyle={\ss\bf\tfxx}]
\setupfloats[spacebefore=small,spaceafter=medium]
\defineparagraphs[Dummy][n=1]
\setuphead[section][number=no,style={\ss\bfa},before={\blank[big]},after={\blank[small]},color=lava]
\setuphead[subsection][number=no,style={\ss\bf\tfa},before={\blank[medium]},after={\blank[small]}]
\starttext
\setuppagenumber[number=1]
""" % dict(hl=HEAD_L, hr=HEAD_R))
    # title block, full width
    s.append(r"""
\startalignment[flushleft]
\noindent{\ss\tfx\color[lava]{\WORD{%s}}}\par
\blank[small]
\noindent{\bfd\setupinterlinespace[line=34pt] %s\par}
\blank[small]
\noindent{\tfa\it %s\par}
\stopalignment
\blank[medium]
\hrule height .8pt
\blank[medium]
{\tfa\noindent %s\par}
\blank[medium]
""" % (tex_escape(EX["kicker"]), tex_escape(EX["title"]), tex_escape(EX["subtitle"]), tex_escape(EX["intro"])))
    s.append("\\startcolumns[n=2,distance=8mm,balance=yes]\n")
    for si, sec in enumerate(EX["sections"]):
        s.append("\\section{{\\tfx\\rm\\it %s}\\crlf %s}\n" % (sec["label"], tex_escape(sec["title"])))
        for pi, p in enumerate(sec["paras"]):
            text = tex_escape(p)
            caps_here = [c for c in sec["caps"] if c["after"] == pi]
            if si == 1 and pi == 0:
                # picture + caption put into the paragraph after a sentence; the paragraph goes on after it
                cut = text.index("The last of them")
                c = caps_here[0]
                s.append(text[:cut] + "\n\\placefigure[here,force,none]{}{\\vbox{\\hsize=\\columnwidth "
                         + grey("\\columnwidth", "28mm") + "\\par\\blank[small]" + caption_block(c) + "}}\n"
                         + text[cut:] + "\n\n")
                continue
            s.append(text + "\n\n")
            for c in caps_here:
                if si == 0:
                    # side caption: the picture on the left, the caption to its right ("Left:")
                    s.append("\\blank[medium]\\noindent\\hbox{\\vbox{\\hsize=.5\\columnwidth " +
                             grey(".5\\columnwidth", "30mm") + "}\\hskip 3mm\\vbox{\\hsize=\\dimexpr.5\\columnwidth-3mm\\relax "
                             + caption_block(c) + "}}\\blank[medium]\n\n")
        if si == 2:
            sb = EX["sidebar"]
            s.append("\\startframedtext[width=\\columnwidth,frame=off,background=color,backgroundcolor=sand,"
                     "offset=2mm,align={flushleft,hyphenated}]\n{\\ss\\bf\\tfx %s}\\par\\blank[small]\n{\\ss\\tfx %s}\n"
                     "\\stopframedtext\n\n" % (tex_escape(sb["title"]), " \\par ".join(tex_escape(p) for p in sb["paras"])))
    s.append("\\stopcolumns\n\\stoptext\n")
    return "".join(s)


def main():
    src = doc()
    keep = os.path.join(BUILD, NAME + ".tex")
    open(keep, "w", encoding="utf-8").write(src)
    tmp = tempfile.mkdtemp(prefix="r13ctx")
    shutil.copy(keep, tmp)
    r = subprocess.run(["context", "--nonstopmode", NAME + ".tex"], cwd=tmp, stdin=subprocess.DEVNULL,
                       capture_output=True, text=True)
    if not os.path.exists(os.path.join(tmp, NAME + ".pdf")):
        print(r.stdout[-3000:], r.stderr[-2000:])
        raise SystemExit(1)
    shutil.copy(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT, NAME + ".pdf"))
    shutil.rmtree(tmp)
    pdftotext_raw(NAME)
    txt = open(os.path.join(OUT, NAME + ".txt"), encoding="utf-8").read()
    npages = txt.count("\f")
    running = [HEAD_L, HEAD_R] + [str(i + 1) for i in range(npages)]
    g = gold(EX, running=running, sidebar_last=True)
    write_gold(os.path.join(OUT, NAME + ".json"), g)
    print(NAME, "pages", npages)


if __name__ == "__main__":
    main()
