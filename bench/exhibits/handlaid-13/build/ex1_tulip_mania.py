"""Exhibit 1: tulip_mania -- LuaLaTeX + KOMA-Script scrartcl, multicol (3 columns), fontspec (TeX Gyre)."""
import subprocess, shutil, os
from content import TULIP as D, write_gold

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def tex(s):
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")]:
        s = s.replace(a, b)
    return s

secs = D["sections"]
A, B, C = secs
def paras(sec):
    return [b["text"] for b in sec["blocks"] if b["kind"] == "paragraph"]
def cap(sec):
    return [b for b in sec["blocks"] if b["kind"] == "caption"][0]

def heading(sec):
    return (r"\par\addvspace{9pt}\noindent{\sffamily\bfseries\colorbox{tulip}{\color{white}\makebox[1.1em]{%s}}"
            r"\hspace{0.5em}\color{tulip}\large %s}\par\nopagebreak\vspace{3pt}" % (tex(sec["label"]), tex(sec["title"])))

def capbody(c):
    return r"{\sffamily\footnotesize\textbf{%s:} %s\par\textit{%s}\par}" % (tex(c["position"]), tex(c["text"]), tex(c["credit"]))

# drop cap for the first paragraph of section A
pa = paras(A)
first = pa[0]
dropcap = (r"\noindent\setbox0=\hbox{\fontsize{31}{31}\selectfont\color{tulip}%s}"
           r"\hangindent=\dimexpr\wd0+2pt\relax\hangafter=-2"
           r"\leavevmode\llap{\smash{\raisebox{-\dimexpr\dp0+1.2\baselineskip-\ht0+8pt\relax}{}}}"
           r"\hbox to 0pt{\hss}\kern-\dimexpr\wd0+2pt\relax\lower\dimexpr\baselineskip+\dp0-\dp0\relax\hbox{\lower 3pt\box0}\kern2pt %s") % (first[0], tex(first[1:]))

# caption B interrupts the first paragraph of section B (\vadjust puts the figure after the line)
pb = paras(B)
cb = cap(B)
split_word = "colleges"
i = pb[0].index(split_word)
b_first = (tex(pb[0][:i]) + r"\vadjust{\vskip6pt\noindent\includegraphics[width=\linewidth,height=30mm]{img/grey_a.png}\par\vskip2pt"
           + r"\noindent\parbox{\linewidth}{" + capbody(cb) + r"}\vskip6pt}" + tex(pb[0][i:]))

ca = cap(A)
cc = cap(C)

src = r"""\documentclass[paper=a4,fontsize=12.5pt,parskip=false]{scrartcl}
\usepackage[english]{babel}
\usepackage{fontspec}
\setmainfont{TeX Gyre Pagella}
\setsansfont{TeX Gyre Heros}
\usepackage{xcolor}
\definecolor{tulip}{RGB}{150,30,60}
\usepackage{graphicx}
\usepackage{multicol}
\setlength{\columnsep}{6mm}
\setlength{\columnseprule}{0.3pt}
\usepackage[top=22mm,bottom=22mm,left=17mm,right=17mm,headsep=6mm]{geometry}
\usepackage[automark]{scrlayer-scrpage}
\clearpairofpagestyles
\ihead{\sffamily\footnotesize %(header)s}
\ohead{}
\cfoot{\sffamily\footnotesize\pagemark}
\setkomafont{pageheadfoot}{\normalfont}
\pagestyle{scrheadings}
\setlength{\parindent}{1em}
\hyphenpenalty=40
\linespread{1.06}
\begin{document}
\thispagestyle{scrheadings}
\noindent{\sffamily\small\bfseries\color{tulip}\MakeUppercase{%(kicker)s}}\par\vspace{4pt}
\noindent{\fontsize{30}{33}\selectfont\bfseries %(t1)s\\ %(t2)s\\ %(t3)s\par}
\vspace{6pt}\noindent\rule{\textwidth}{0.8pt}\par\vspace{5pt}
\noindent\begin{minipage}{0.72\textwidth}\large\itshape %(intro)s\end{minipage}\par\vspace{10pt}
\begin{multicols}{3}
%(headA)s
%(dropcap)s\par
\begin{figure*}[t]
\noindent\begin{minipage}[b]{0.42\textwidth}\includegraphics[width=\linewidth,height=48mm]{img/grey_b.png}\end{minipage}\hfill
\begin{minipage}[b]{0.54\textwidth}%(capA)s\end{minipage}
\par\vspace{4pt}\noindent\rule{\textwidth}{0.3pt}
\end{figure*}
%(a2)s\par
%(headB)s
\noindent %(bfirst)s\par
\vspace{6pt}\noindent\rule{\linewidth}{1.2pt}\par\vspace{2pt}
{\centering\Large\itshape\color{tulip} %(pq)s\par}
\vspace{2pt}\noindent\rule{\linewidth}{1.2pt}\par\vspace{6pt}
%(b2)s\par
%(headC)s
\noindent %(c1)s\par
%(c2)s\par
\vspace{8pt}\noindent\includegraphics[width=0.62\linewidth,height=26mm]{img/grey_c.png}\par\vspace{3pt}
\noindent\hspace*{0.25\linewidth}\parbox{0.75\linewidth}{%(capC)s}\par
\end{multicols}
\end{document}
""" % dict(header=tex(D["header"]), kicker=tex(D["kicker"]), t1=tex(D["title_lines"][0]), t2=tex(D["title_lines"][1]),
           t3=tex(D["title_lines"][2]), intro=tex(D["intro"]), capA=capbody(ca), headA=heading(A), dropcap=dropcap,
           a2=tex(pa[1]), headB=heading(B), bfirst=b_first, pq=tex(D["pullquote"]), b2=tex(pb[1]), headC=heading(C),
           c1=tex(paras(C)[0]), c2=tex(paras(C)[1]), capC=capbody(cc))

with open(os.path.join(HERE, "tulip_mania.tex"), "w", encoding="utf-8") as f:
    f.write(src)
for _ in range(2):
    subprocess.run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", "tulip_mania.tex"], cwd=HERE, check=True,
                   stdout=subprocess.DEVNULL)
shutil.copy(os.path.join(HERE, "tulip_mania.pdf"), os.path.join(OUT, "tulip_mania.pdf"))
subprocess.run(["pdftotext", "-raw", "tulip_mania.pdf", "tulip_mania.txt"], cwd=OUT, check=True)

title = " ".join(D["title_lines"])
import re
npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", os.path.join(OUT, "tulip_mania.pdf")], capture_output=True, text=True).stdout).group(1))
running = [D["header"]] + [str(i) for i in range(1, npages + 1)]
sections = [{"label": None, "title": title, "blocks": [{"kind": "paragraph", "text": D["intro"]}]}] + secs
write_gold(os.path.join(OUT, "tulip_mania.json"), title, running, sections)
print("pages", npages)
