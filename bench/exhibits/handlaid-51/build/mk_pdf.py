"""Write LaTeX sources for the four PDFs, typeset with pdflatex, impose with pdfjam, extract with pdftotext -raw."""
import os, re, subprocess, shutil
from content import EX, OUT
B = os.path.dirname(os.path.abspath(__file__)); T = os.path.join(B, "tex"); os.makedirs(T, exist_ok=True)

def esc(s):
    s = s.replace("\\", r"\textbackslash{}")
    for a, b in [("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")]:
        s = s.replace(a, b)
    return s
def parts(t): return [esc(x.strip()) for x in t.split("|")]
def secs(n): return EX[n]["sections"]
def blocks(n, lab): return [s for s in secs(n) if s[0] == lab][0][2]
def paras(n, lab): return [b["text"] for b in blocks(n, lab) if b["kind"] == "paragraph"]
def cap(n, lab): return [b for b in blocks(n, lab) if b["kind"] == "caption"][0]
COMMON = r"""\usepackage[T1]{fontenc}\usepackage{mathptmx}\usepackage[scaled=.9]{helvet}\usepackage{xcolor}\usepackage{array,colortbl}
\definecolor{grey}{gray}{0.74}\definecolor{tint}{rgb}{0.93,0.90,0.84}
"""
def grey(w, h): return r"{\color{grey}\rule{%s}{%s}}" % (w, h)

# ---------------- Harvey: artikel3, 170x240 mm, two columns, two pages -> pdfjam 2x1 spread on A3
def harvey():
    n = "harvey_circulation_1628"; e = EX[n]
    def sec(lab, tit): return r"\medskip{\sffamily\bfseries\large\textcolor{red!60!black}{%s}\enspace %s\par}\nopagebreak\smallskip" % (lab, esc(tit)) + "\n"
    body = []
    for lab, tit, bl in secs(n):
        if lab is None: continue
        body.append(sec(lab, tit))
        for i, p in enumerate(paras(n, lab)):
            ps = parts(p)
            if lab == "2" and i == 1:
                c = cap(n, "2")
                body.append(ps[0] + r"\par" + "\n" + r"\medskip\noindent" + grey(r"\columnwidth", "38mm") + r"\par\smallskip\noindent{\footnotesize\sffamily\textbf{%s:} %s\par\noindent\textit{%s}\par}\medskip" % (c["position"], esc(c["text"]), esc(c["credit"])) + "\n" + r"\noindent " + ps[1] + "\n\n")
            else:
                body.append(" ".join(ps) + "\n\n")
        if lab == "3":
            body.append(r"""\medskip\begin{center}\setlength{\arrayrulewidth}{.4pt}\small\sffamily
\begin{tabular}{>{\columncolor{tint}\bfseries}l l}\multicolumn{2}{l}{\textbf{Harvey’s sum}}\\\hline
Blood per beat & about 2 ounces\\ Beats per minute & 72\\ Sent out per hour & about 540 pounds\\\hline\end{tabular}\end{center}
\begin{center}\rule{.8\columnwidth}{.4pt}\\[4pt]{\itshape\large “I began to think whether there might not be a motion, as it were, in a circle.”}\\[3pt]{\small --- William Harvey, 1628}\\\rule{.8\columnwidth}{.4pt}\end{center}
""")
    sb = [s for s in secs(n) if s[0] is None][0]
    body.append(r"""\medskip\noindent\colorbox{tint}{\parbox{\dimexpr\columnwidth-2\fboxsep}{\sffamily\small\textbf{%s}\par\smallskip %s}}""" % (esc(sb[1]), esc(sb[2][0]["text"])) + "\n")
    tex = r"""\documentclass[10pt,twoside]{artikel3}
""" + COMMON + r"""\usepackage{multicol,fancyhdr}
\usepackage[paperwidth=170mm,paperheight=240mm,inner=16mm,outer=14mm,top=20mm,bottom=26mm,headsep=6mm,footskip=10mm]{geometry}
\setlength{\columnsep}{6mm}\setlength{\parindent}{1em}\setlength{\parskip}{0pt}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyhead[LE]{\footnotesize\sffamily %s}\fancyhead[RO]{\footnotesize\sffamily\itshape %s}
\fancyfoot[LE,RO]{\small\sffamily\thepage}
\renewcommand{\thefootnote}{\arabic{footnote}}
\begin{document}\setcounter{page}{34}
{\sffamily\small\textcolor{red!60!black}{%s}\par}\vspace{3mm}
{\fontsize{21}{25}\selectfont\bfseries %s\\ \mdseries\itshape %s\par}\vspace{4mm}
{\large\itshape %s\footnote{The full Latin title is \textit{Exercitatio anatomica de motu cordis et sanguinis in animalibus}.}\par}\vspace{4mm}
\begin{multicols}{2}
%s\end{multicols}
\end{document}
""" % (esc(e["running"][0]), esc(e["running"][1]), esc(e["kicker"]), esc(e["title_lines"][0]), esc(e["title_lines"][1]), esc(e["intro"]), "".join(body))
    return n, tex, ["--nup", "2x1", "--paper", "a3paper", "--landscape", "--delta", "0mm 0mm"]

# ---------------- Morse: extarticle A5, four pages -> pdfjam --booklet (sheet 1: pages 4|1, sheet 2: 2|3)
def morse():
    n = "morse_telegraph_1844"; e = EX[n]
    def sec(lab, tit): return r"\bigskip\noindent{\sffamily\bfseries\colorbox{red!55!black}{\textcolor{white}{\,%s\,}}\enspace\large %s\par}\nopagebreak\medskip" % (lab, esc(tit)) + "\n"
    p2, p3 = [], []
    cur = p2
    for lab, tit, bl in secs(n):
        if lab is None: continue
        cur.append(sec(lab, tit))
        for p in paras(n, lab):
            ps = parts(p)
            if len(ps) == 2:
                cur.append(ps[0] + "\n" + r"\newpage" + "\n"); cur = p3
                cur.append(r"\noindent " + ps[1] + "\n\n")
            else:
                cur.append(" ".join(ps) + "\n\n")
        if lab == "2":
            cur.append(r"\begin{center}\itshape\textcolor{red!55!black}{“Forty miles of copper wire, seven hundred poles and a single sentence.”}\end{center}" + "\n")
    c = cap(n, "3")
    p3.append(r"\vfill\noindent\begin{minipage}[b]{.5\textwidth}" + grey(r"\linewidth", "34mm") + r"\end{minipage}\hfill\begin{minipage}[b]{.46\textwidth}\footnotesize\sffamily\textbf{%s:} %s\par\smallskip\textit{%s}\end{minipage}" % (c["position"], esc(c["text"]), esc(c["credit"])) + "\n")
    sb = [s for s in secs(n) if s[0] is None][0]
    codes = [("A", "· —"), ("E", "·"), ("I", "· ·"), ("N", "— ·"), ("O", "— — —"), ("S", "· · ·"), ("T", "—")]
    rows = "\\\\\n".join(r"\cellcolor{red!55!black}\textcolor{white}{\textbf{%s}} & %s" % (a, b) for a, b in codes)
    tex = r"""\documentclass[10pt]{extarticle}
""" + COMMON + r"""\usepackage{fancyhdr}
\usepackage[a5paper,margin=14mm,bottom=18mm,footskip=9mm]{geometry}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}\renewcommand{\familydefault}{\sfdefault}
\fancypagestyle{inside}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}\fancyfoot[L]{\scriptsize %s}\fancyfoot[R]{\scriptsize\thepage}}
\begin{document}\thispagestyle{empty}
{\small\MakeUppercase{%s}\par}\vspace{6mm}
{\fontsize{26}{30}\selectfont\bfseries\textcolor{red!55!black}{%s}\\ %s\\ %s\par}\vspace{8mm}
{\large %s\par}\vfill
\noindent%s
\newpage\pagestyle{inside}
%s
%s
\newpage\thispagestyle{empty}
{\Large\bfseries %s\par}\medskip
%s\par\medskip
\begin{center}\renewcommand{\arraystretch}{1.3}\begin{tabular}{c l}%s\end{tabular}\end{center}
\vfill
\noindent\rule{\textwidth}{.4pt}\\
{\footnotesize\textbf{Mill Lane Telegraph Museum}\\ 4 Mill Lane, Harwick\\ Open Tuesday to Sunday, 10.00--17.00\\ Free admission to the galleries\par}
\end{document}
""" % (esc(e["running"][0]), esc(e["kicker"]), esc(e["title_lines"][0]), esc(e["title_lines"][1]), esc(e["title_lines"][2]), esc(e["intro"]), grey(r"\textwidth", "42mm"), "".join(p2), "".join(p3), esc(sb[1]), esc(sb[2][0]["text"]), rows)
    return n, tex, ["--nup", "2x1", "--paper", "a4paper", "--landscape", "PAGES=4,1,2,3"]

# ---------------- Pelée: artikel2, A3 landscape wall panel, three unequal columns -> pdfjam pass-through onto A3
def pelee():
    n = "mount_pelee_1902"; e = EX[n]
    def sec(lab, tit): return r"\par\vspace{7mm}\noindent{\colorbox{orange!85!black}{\makebox[9mm]{\textcolor{white}{\bfseries\Large %s}}}\enspace\bfseries\LARGE %s\par}\vspace{2mm}" % (lab, esc(tit)) + "\n"
    def P_(t): return " ".join(parts(t)) + r"\par" + "\n"
    A, Bs, Cs, Ds = [secs(n)[i] for i in range(4)]
    col1 = sec("A", A[1]) + "".join(P_(p) for p in paras(n, "A"))
    c = cap(n, "A")
    col1 += r"\vspace{4mm}\noindent\begin{minipage}[t]{.55\linewidth}\vspace{0pt}" + grey(r"\linewidth", "55mm") + r"\end{minipage}\hfill\begin{minipage}[t]{.41\linewidth}\vspace{0pt}\small\textbf{%s:} %s\par\medskip\textit{%s}\end{minipage}\par" % (c["position"], esc(c["text"]), esc(c["credit"])) + "\n"
    col1 += sec("B", Bs[1]) + "".join(P_(p) for p in paras(n, "B"))
    cp = paras(n, "C"); p1 = parts(cp[0])
    col2 = sec("C", Cs[1]) + p1[0] + r"\par" + "\n" + r"\vspace{4mm}\noindent\colorbox{orange!20}{\parbox{\dimexpr\linewidth-2\fboxsep}{\centering\vspace{3mm}\bfseries\LARGE\color{orange!60!black} A whole town silenced in the time it takes to read this panel.\vspace{3mm}}}\par\vspace{4mm}" + "\n" + r"\noindent " + p1[1] + r"\par" + "\n" + "".join(P_(p) for p in cp[1:])
    col2 += sec("D", Ds[1]) + "".join(P_(p) for p in paras(n, "D"))
    sb = [s for s in secs(n) if s[0] is None][0]
    col3 = r"""\vspace{7mm}{\bfseries\Large Timeline\par}\vspace{2mm}
{\renewcommand{\arraystretch}{1.5}\begin{tabular}{>{\columncolor{orange!85!black}\color{white}\bfseries}p{27mm} p{\dimexpr\linewidth-27mm-4\tabcolsep}}
1851 & A minor eruption scatters ash\\ 23 April 1902 & Ash falls on Saint-Pierre\\ 5 May 1902 & Mudflow buries the Guérin sugar works\\ 8 May 1902 & Glowing cloud destroys the town\\ 1902--1903 & The spine rises from the crater\\
\end{tabular}}\par\vspace{12mm}
\noindent\colorbox{black!8}{\parbox{\dimexpr\linewidth-2\fboxsep}{\vspace{3mm}{\bfseries\Large %s\par}\medskip %s\vspace{3mm}}}\par""" % (esc(sb[1]), esc(sb[2][0]["text"]))
    tex = r"""\documentclass{artikel2}
""" + COMMON + r"""\usepackage[paperwidth=594mm,paperheight=420mm,margin=22mm,bottom=24mm,footskip=12mm]{geometry}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\large\sffamily %s}\fancyfoot[R]{\large\sffamily\bfseries %s}
\setlength{\parindent}{0pt}\setlength{\parskip}{3mm}\renewcommand{\familydefault}{\sfdefault}
\begin{document}\fontsize{13}{17}\selectfont
\noindent\colorbox{black!85}{\parbox{\dimexpr\textwidth-2\fboxsep}{\vspace{5mm}\hspace{4mm}{\color{orange}\Large\MakeUppercase{%s}}\\[3mm]
\hspace*{4mm}{\color{white}\fontsize{44}{50}\selectfont\bfseries %s\\[1mm] \hspace*{4mm}\mdseries %s}\vspace{6mm}}}\par\vspace{6mm}
{\fontsize{18}{24}\selectfont\bfseries %s\par}
\noindent\begin{minipage}[t]{.38\textwidth}%s\end{minipage}\hfill
\begin{minipage}[t]{.36\textwidth}%s\end{minipage}\hfill
\begin{minipage}[t]{.21\textwidth}%s\end{minipage}
\end{document}
""" % (esc(e["running"][0]), esc(e["running"][1]), esc(e["kicker"]), esc(e["title_lines"][0]), esc(e["title_lines"][1]), esc(e["intro"]), col1, col2, col3)
    return n, tex, ["--paper", "a3paper", "--landscape"]

# ---------------- Leeuwenhoek: artikel1, A6 cards -> pdfjam 2x2 column-major with cut frames on A4
def leeuw():
    n = "leeuwenhoek_1676"; e = EX[n]
    cards = []
    tomb = {"1": ("Delft, about 1680 (replica made 1930)", "Silver plate, brass screws, glass lens"),
            "2": ("Delft, 9 October 1676 (facsimile)", "Ink on paper, seventeen folio pages, in Dutch"),
            "3": ("Drawn 1683, engraved 1684", "Engraving on paper")}
    for lab, tit, bl in secs(n):
        c = cap(n, lab); ps = paras(n, lab)
        txt = ""
        for p in ps:
            t = esc(p)
            if lab == "2" and t.endswith("the doubts fell away."): t += r"\textsuperscript{*}"
            txt += t + r"\par" + "\n"
        note = r"\vfill{\scriptsize\textsuperscript{*}\,Hooke showed the creatures to the Society at its meeting of 15 November 1677.\par}" if lab == "2" else r"\vfill"
        cards.append(r"""\newpage\setcounter{page}{%d}
{\fontsize{26}{26}\selectfont\bfseries\color{teal!70!black} %s\par}\vspace{1mm}
{\large\bfseries %s\par}\vspace{.5mm}
{\footnotesize %s\par\itshape %s\par}\vspace{2mm}
\noindent%s\par\vspace{1mm}
{\scriptsize\sffamily\textbf{%s:} %s\par\textit{%s}\par}\vspace{2mm}
%s%s
""" % (int(lab) + 1, lab, esc(tit), esc(tomb[lab][0]), esc(tomb[lab][1]), grey(r"\textwidth", "22mm"), c["position"], esc(c["text"]), esc(c["credit"]), txt, note))
    tex = r"""\documentclass{artikel1}
""" + COMMON + r"""\usepackage[a6paper,margin=8mm,bottom=12mm,footskip=6mm]{geometry}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\tiny\sffamily %s}\fancyfoot[R]{\tiny\sffamily 3.\thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{2pt}
\begin{document}\fontsize{8.6}{10.3}\selectfont
{\scriptsize\sffamily\MakeUppercase{%s}\par}\vspace{4mm}
{\fontsize{20}{23}\selectfont\bfseries %s\\ \mdseries\fontsize{12}{15}\selectfont %s\par}\vspace{4mm}
{\normalsize %s\par}\vfill
{\centering\color{teal!70!black}\rule{.5\textwidth}{1pt}\par}
%s
\end{document}
""" % (esc(e["running"][0]), esc(e["kicker"]), esc(e["title_lines"][0]), esc(e["title_lines"][1]), esc(e["intro"]), "".join(cards))
    return n, tex, ["--nup", "2x2", "--column", "true", "--frame", "true", "--paper", "a4paper", "--noautoscale", "true"]

def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, errors="replace")
    if r.returncode: print("FAILED", cmd[:3], r.stdout[-1500:], r.stderr[-800:]); raise SystemExit(1)

if __name__ == "__main__":
    for f in (harvey, morse, pelee, leeuw):
        n, tex, jam = f()
        open(os.path.join(T, n + ".tex"), "w", encoding="utf-8").write(tex)
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", n + ".tex"], T)
        pages = [a[6:] for a in jam if a.startswith("PAGES=")]; jam = [a for a in jam if not a.startswith("PAGES=")]
        run(["pdfjam", "--quiet", "--outfile", os.path.join(OUT, n + ".pdf")] + jam + [n + ".pdf"] + pages, T)
        run(["pdftotext", "-raw", n + ".pdf", n + ".txt"], OUT)
        print("made", n)
