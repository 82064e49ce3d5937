# Thames Tunnel: pdfLaTeX catalogue pages 58-59 (twoside fancyhdr, footnotes, floats, hyphenated justified text)
import os, subprocess, shutil, tempfile
from content import THAMES as EX, write_gold, OUT

NAME = "thames_tunnel"

# footnotes are apparatus (not gold): attached after the given paragraph-ending text
FOOTNOTES = {
    "as it went.": "The shipworm, \\emph{Teredo navalis}, is in fact a mollusc and not a worm; see cat. 4.9.",
    "barely survived.": "Brunel described his escape in his private journal, now in the Rotherhithe archive (MS 212).",
    "on the first day.": "Figures reported in the press two days after the opening.",
}


def esc(s):
    for a, b in [("\\", "\\textbackslash{}"), ("&", "\\&"), ("%", "\\%"), ("$", "\\$"), ("#", "\\#"),
                 ("_", "\\_"), ("{", "\\{"), ("}", "\\}"), ("·", "\\textperiodcentered{}")]:
        s = s.replace(a, b)
    return s


def para(t):
    s = esc(t)
    for k, fn in FOOTNOTES.items():
        if k in s:
            s = s.replace(k, k + "\\footnote{" + fn + "}", 1)
    return s


def figure(cap, credit):
    num, rest = cap.split(" ", 2)[0:2], cap.split(" ", 2)[2]
    return ("\\begin{figure}[tbp]\n\\centering\\colorbox{black!22}{\\rule{0pt}{30mm}\\hspace*{0.9\\textwidth}}\\par\\vspace{2mm}\n"
            "{\\sffamily\\small\\raggedright\\textbf{%s} %s\\par\n\\vspace{0.6mm}{\\footnotesize\\itshape %s}\\par}\n\\end{figure}\n"
            % (esc(" ".join(num)), esc(rest), esc(credit)))


def build():
    secs = EX["sections"]
    title_main, title_sub = EX["title"].split(": ", 1)
    L = []
    L.append(r"""\documentclass[10pt,twoside]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[english]{babel}
\usepackage{xcolor}
\usepackage[paperwidth=170mm,paperheight=240mm,inner=20mm,outer=42mm,top=24mm,bottom=24mm]{geometry}
\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}
\fancyhead[LE]{\sffamily\footnotesize RUN1}
\fancyhead[RO]{\sffamily\footnotesize\itshape RUN3}
\fancyfoot[LE,RO]{\sffamily\footnotesize\thepage}
\renewcommand{\headrulewidth}{0.3pt}
\fancypagestyle{plain}{}
\setcounter{page}{58}
\renewcommand{\thesection}{4.\arabic{section}}
\makeatletter
\renewcommand\section{\@startsection{section}{1}{0pt}{3ex plus 1ex}{1.2ex}{\sffamily\bfseries\large\color{black!75}}}
\makeatother
\renewcommand{\thefootnote}{\arabic{footnote}}
\setlength{\parindent}{1.2em}
\begin{document}
""".replace("RUN1", esc(EX["running"][0])).replace("RUN3", esc(EX["running"][2])))
    L.append("{\\sffamily\\bfseries\\fontsize{22}{26}\\selectfont %s:\\par}\\vspace{1mm}\n" % esc(title_main))
    L.append("{\\sffamily\\fontsize{15}{19}\\selectfont %s\\par}\\vspace{4mm}\n" % esc(title_sub))
    for b in secs[0][2]:
        L.append("{\\itshape\\large %s\\par}\\vspace{2mm}\n" % para(b[1]))
    for label, title, blocks in secs[1:]:
        L.append("\\section{%s}\n" % esc(title))
        for b in blocks:
            if b[0] == "p":
                L.append(para(b[1]) + "\n\n")
            else:
                L.append(figure(b[1], b[3]))
    L.append("\\end{document}\n")
    tex = "".join(L)
    with open(os.path.join(os.path.dirname(__file__), NAME + ".tex"), "w") as f:
        f.write(tex)
    d = tempfile.mkdtemp()
    with open(os.path.join(d, NAME + ".tex"), "w") as f:
        f.write(tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", NAME + ".tex"], cwd=d, check=True,
                       stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(d, NAME + ".pdf"), os.path.join(OUT, NAME + ".pdf"))
    subprocess.run(["pdftotext", "-raw", NAME + ".pdf", NAME + ".txt"], cwd=OUT, check=True)
    write_gold(NAME, EX)


if __name__ == "__main__":
    build()
