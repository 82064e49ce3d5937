"""Exhibit 3: the Piltdown forgery as a two-column exhibition handout typeset with XeLaTeX + memoir (British
hyphenation via polyglossia). Writes build/piltdown_man.tex from the strings in content.py, runs xelatex twice."""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C
from common import OUT, HERE, pdftotext

NAME = "piltdown_man"
EX = C.PILTDOWN
HEAD_L = "Weald Museum of Natural History"
HEAD_R = "Gallery of Human Origins · Case 9"
FOOTNOTE = ("The meeting was held at Burlington House, Piccadilly, and was reported in The Times the next morning.")
TABLE = [("1908", "Dawson says he was given the first skull fragment"),
         ("1912", "Dig at Piltdown; announcement in London"),
         ("1913", "Canine tooth found"),
         ("1915", "Second site, Piltdown II, reported"),
         ("1953", "Fraud announced by Oakley, Weiner and Le Gros Clark")]

PRE = r"""\documentclass[11pt,twocolumn,oneside]{memoir}
\setstocksize{240mm}{170mm}
\settrimmedsize{\stockheight}{\stockwidth}{*}
\usepackage{fontspec}
\setmainfont{TeX Gyre Schola}
\newfontfamily\hcn{TeX Gyre Heros Cn}
\usepackage{polyglossia}
\setdefaultlanguage[variant=british]{english}
\usepackage{xcolor}
\definecolor{ox}{rgb}{0.45,0.15,0.1}
\setlrmarginsandblock{15mm}{15mm}{*}
\setulmarginsandblock{20mm}{18mm}{*}
\setheadfoot{14pt}{12mm}
\checkandfixthelayout
\setlength\columnsep{6mm}
\setlength\parindent{1.2em}
\setsecnumdepth{section}
\renewcommand\thesection{\arabic{section}}
\setsecheadstyle{\hcn\Large\bfseries\color{ox}\raggedright}
\setsecnumformat{\csname the#1\endcsname\hspace{0.6em}}
\setbeforesecskip{-2.2ex plus -0.6ex}
\setaftersecskip{1ex}
\makepagestyle{exhibit}
\makeoddhead{exhibit}{\hcn\small HEADL}{}{\hcn\small HEADR}
\makeoddfoot{exhibit}{}{\hcn\small\thepage}{}
\makeheadrule{exhibit}{\textwidth}{0.4pt}
\makepagestyle{first}
\makeoddfoot{first}{}{\hcn\small\thepage}{}
\pagestyle{exhibit}
\raggedbottom
\newcommand\greybox[2]{\textcolor[gray]{0.72}{\rule{#1}{#2}}}
\newcommand\credit[1]{{\scriptsize\itshape #1}}
\usepackage[hidelinks]{hyperref}
\hypersetup{pdftitle={The Missing Link That Wasn’t},pdfauthor={Weald Museum of Natural History}}
\begin{document}
\thispagestyle{first}
"""


def tex(s):
    return C.clean(s).replace("&", r"\&").replace("%", r"\%")


def caption_text(cap):
    return (r"{\hcn\small\textbf{%s:} %s\par}\vspace{1pt}\credit{%s}\par" % (cap["position"], tex(cap["text"]), tex(cap["credit"])))


def main():
    t1, t2 = EX["title"].split(": ")
    L = [PRE.replace("HEADL", HEAD_L).replace("HEADR", HEAD_R)]
    L.append(r"""\twocolumn[{\centering
{\hcn\small\addfontfeature{LetterSpace=12}\MakeUppercase{Special display in Case 9}\par}\vspace{8pt}
{\fontsize{21}{25}\selectfont\bfseries %s:\\ %s\par}\vspace{10pt}
\begin{minipage}{0.9\textwidth}\itshape %s\end{minipage}\par\vspace{6pt}
\rule{\textwidth}{0.6pt}\par\vspace{14pt}}]
""" % (tex(t1), tex(t2), tex(EX["intro"][0])))
    S = EX["sections"]
    for i, s in enumerate(S):
        L.append(r"\section{%s}" % tex(s["title"]))
        for j, p in enumerate(s["paras"]):
            body = tex(p)
            if i == 1 and j == 0:
                body = body.replace("to look like.", r"to look like.\footnote{%s}" % tex(FOOTNOTE))
            L.append(body + "\n")
            if i == 0 and j == 0:
                cap = s["captions"][0]
                L.append(r"""\begin{figure*}[t]
\greybox{\textwidth}{48mm}\par\vspace{4pt}
\begin{minipage}{0.7\textwidth}%s\end{minipage}
\vspace{4pt}\rule{\textwidth}{0.4pt}
\end{figure*}
""" % caption_text(cap))
            if i == 2 and j == 0:
                cap = s["captions"][0]
                L.append(r"""\par\vspace{6pt}\noindent
\begin{minipage}[b]{0.46\columnwidth}\raggedright %s\end{minipage}\hfill
\greybox{0.5\columnwidth}{30mm}\par\vspace{8pt}
""" % caption_text(cap))
    rows = "\n".join(r"%s & %s\\" % (a, tex(b)) for a, b in TABLE)
    L.append(r"""\vspace{8pt}\noindent\begin{minipage}{\columnwidth}{\hcn\bfseries\color{ox} Piltdown in Five Dates}\par\vspace{3pt}
\noindent{\hcn\small\begin{tabular}{@{}l p{0.78\columnwidth}@{}}
\hline
%s
\hline
\end{tabular}}\end{minipage}
\end{document}
""" % rows)
    texfile = os.path.join(HERE, NAME + ".tex")
    open(texfile, "w", encoding="utf-8").write("\n".join(L))
    tmp = os.path.join(HERE, "tex_tmp")
    os.makedirs(tmp, exist_ok=True)
    for _ in range(2):
        r = subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, texfile],
                           capture_output=True, text=True)
        if r.returncode:
            print(r.stdout[-3000:])
            raise SystemExit(1)
    shutil.copy(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT, NAME + ".pdf"))
    shutil.rmtree(tmp)
    pdftotext(NAME)
    npages = int([l for l in subprocess.run(["pdfinfo", os.path.join(OUT, NAME + ".pdf")], capture_output=True,
                                            text=True).stdout.splitlines() if l.startswith("Pages:")][0].split()[1])
    running = ["1"]
    for n in range(2, npages + 1):
        running += ([HEAD_L, HEAD_R] if n == 2 else []) + [str(n)]
    C.write_gold(os.path.join(OUT, NAME + ".json"), C.gold(EX, running, label_fmt=lambda i, s: str(i)))


if __name__ == "__main__":
    main()
