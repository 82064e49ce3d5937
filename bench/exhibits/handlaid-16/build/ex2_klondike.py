"""Exhibit 2: the Klondike gold rush - XeLaTeX (article + multicol + fancyhdr + polyglossia), 180 x 250 mm."""
import os, subprocess, shutil
from content import KLONDIKE as EX, OUT, write_gold
from common import to_txt

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "klondike_gold_rush"
HEAD_L, HEAD_R = "Yukon River Heritage Museum", "Gold on the Klondike"


def box(h):
    return r"{\color{black!28}\rule{\linewidth}{%s}}" % h


s1, s2, s3, s4 = EX["sections"]
L = []
A = L.append
A(r"""\documentclass[10pt]{article}
\usepackage[paperwidth=180mm,paperheight=250mm,top=22mm,bottom=20mm,left=15mm,right=15mm,headsep=5mm]{geometry}
\usepackage{fontspec}
\setmainfont{TeX Gyre Pagella}
\setsansfont{TeX Gyre Heros}
\usepackage{polyglossia}
\setdefaultlanguage[variant=british]{english}
\usepackage{xcolor}
\usepackage{multicol}
\setlength{\columnsep}{7mm}
\setlength{\columnseprule}{0.3pt}
\usepackage{fancyhdr}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small\sffamily %s}
\fancyhead[R]{\small\sffamily\itshape %s}
\fancyfoot[C]{\small\sffamily \thepage}
\renewcommand{\headrulewidth}{0.4pt}
\fancypagestyle{plain}{}
\definecolor{gold}{HTML}{8C6A12}
\newcommand{\stage}[2]{\par\bigskip{\sffamily\footnotesize\bfseries\color{gold}#1}\par\nopagebreak[4]{\sffamily\large\bfseries #2}\par\nopagebreak[4]\smallskip}
\newcommand{\credit}[1]{\par{\sffamily\scriptsize\color{black!65} #1}}
\setlength{\parindent}{1.2em}
\begin{document}
""" % (HEAD_L, HEAD_R))
A(r"{\sffamily\footnotesize\color{gold}\textls{%s}}\par\medskip" % EX["kicker"].upper() if False else
  r"{\sffamily\footnotesize\color{gold}%s}\par\medskip" % EX["kicker"])
A(r"{\sffamily\fontsize{28}{31}\selectfont\bfseries %s\\ %s\par}\medskip" % tuple(EX["title_lines"]))
A(r"{\large\itshape %s\par}\medskip\hrule\bigskip" % EX["intro"])
A(r"\begin{multicols}{2}")
# Stage 1: the picture and its caption interrupt paragraph 1-2
A(r"\stage{%s}{%s}" % (s1["label"], s1["title"]))
A(r"\noindent %s" % s1["paras"][0])
p = s1["paras"][1]
cut = p.index(" Creek had been taken")
c = s1["captions"][0]
A("\n" + p[:cut] + "\n\n" + r"\medskip\noindent" + box("38mm") + r"\par\smallskip\noindent{\sffamily\footnotesize\textbf{%s:} %s}\credit{%s}\medskip" % (c["position"], c["text"], c["credit"]))
A("\n" + r"\noindent " + p[cut + 1:])
# Stage 2 with a footnote
A(r"\stage{%s}{%s}" % (s2["label"], s2["title"]))
A(r"\noindent " + s2["paras"][0].replace("“ton of gold”.", r"“ton of gold”.\footnote{Seattle Post-Intelligencer, 17 July 1897. The \textit{Portland} in fact carried well over a ton.}"))
A("\n" + s2["paras"][1])
# Stage 3: caption left, picture right, between 3-1 and 3-2
A(r"\stage{%s}{%s}" % (s3["label"], s3["title"]))
A(r"\noindent " + s3["paras"][0])
c = s3["captions"][0]
A("\n" + r"\medskip\noindent\begin{minipage}[b]{0.42\linewidth}\raggedleft\sffamily\footnotesize\textbf{%s:} %s\credit{%s}\end{minipage}\hfill\begin{minipage}[b]{0.54\linewidth}%s\end{minipage}\medskip" % (c["position"], c["text"], c["credit"], box("44mm")))
for q in s3["paras"][1:]:
    A("\n" + q)
A(r"\stage{%s}{%s}" % (s4["label"], s4["title"]))
A(r"\noindent " + s4["paras"][0])
A("\n" + s4["paras"][1])
t, ps = EX["sidebar"]
A("\n" + r"\bigskip\noindent\colorbox{gold!15}{\parbox{\dimexpr\linewidth-2\fboxsep}{\sffamily\small{\bfseries %s}\par\smallskip %s}}" % (t, "\\par ".join(ps).replace("The Call of the Wild", r"\textit{The Call of the Wild}")))
A(r"\end{multicols}")
A(r"\end{document}")
tex = os.path.join(HERE, NAME + ".tex")
open(tex, "w", encoding="utf-8").write("\n".join(L) + "\n")
tmp = os.path.join(HERE, "tex_tmp")
os.makedirs(tmp, exist_ok=True)
for _ in range(2):
    subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, tex], check=True, stdout=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT, NAME + ".pdf"))
to_txt(NAME)
write_gold(NAME, EX, [HEAD_L, HEAD_R, "1", "2"])
