"""Write DocBook 5 XML + a dblatex LaTeX style for each PDF exhibit, run dblatex, then pdftotext -raw.

Body text, sections, footnotes and the sidebar are DocBook elements; layout pieces (title blocks, pictures,
captions, quotes, tables, column and page geometry) are dblatex <?latex ...?> processing instructions and macros
defined in the per-exhibit style file build/dblatex/NAME.sty.
"""
import os, subprocess, sys
from xml.sax.saxutils import escape
from content import EX

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DB = os.path.join(HERE, "dblatex")
os.makedirs(DB, exist_ok=True)

TEXMAP = {"’": "'", "‘": "`", "“": "``", "”": "''", "—": "---", "–": "--", "·": "\\textperiodcentered{}",
          "§": "\\S{}", "&": "\\&", "£": "\\pounds{}", "Ç": "\\c{C}", "ı": "\\i{}", "ş": "\\c{s}", "%": "\\%"}


def tex(s):
    """Text for use inside a latex PI (not processed by dblatex's own mapping)."""
    return "".join(TEXMAP.get(ch, ch) for ch in s)


def pi(code):
    assert "?>" not in code
    return "<?latex " + code + "?>"


def para(text, pre="", post="", inner=None):
    """A DocBook para. inner: list of (text, pi) pieces to splice PIs into the middle."""
    if inner is None:
        body = escape(text)
    else:
        body = "".join(escape(t) + (pi(p) if p else "") for t, p in inner)
    return "<para>" + (pi(pre) if pre else "") + body + (pi(post) if post else "") + "</para>\n"


def split_at(text, marker):
    i = text.index(marker) + len(marker)
    return text[:i], text[i:]


def doc(title, body):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="en-GB">\n'
            f"<info><title>{escape(title)}</title></info>\n" + body + "</article>\n")


def section(label, title, inner):
    return (f'<section><title>{pi(chr(92) + "exlab{" + tex(label) + "}")}{escape(title)}</title>\n'
            + inner + "</section>\n")


COMMON = r"""
\NeedsTeXFormat{LaTeX2e}
\ProvidesPackage{%(name)s}[2025/01/01 exhibit style, set 53]
\DeclareOption*{}
\ProcessOptions\relax
\usepackage{dbk_core}
\usepackage{graphicx,xcolor,multicol,fancyhdr,colortbl,array,calc}
\newenvironment{DBKlegalnotice}{}{}
\newenvironment{DBKadmonition}[2]{}{}
\def\DBKinditem#1#2{}
\newenvironment{DBKindtable}{}{}
\newenvironment{DBKrevtable}{}{}
\renewcommand\maketitle{}
\def\frontmatter{}\def\mainmatter{}
\setlength\parindent{0pt}
\newcommand\grey[2]{{\color[gray]{0.72}\rule{#1}{#2}}}
\def\exlab#1{\gdef\theexlab{#1}}\def\theexlab{}
\makeatletter
\renewcommand\section{\@ifstar\ex@sec\ex@sec}
\renewcommand\subsection{\@ifstar\ex@sec\ex@sec}
\newcommand\ex@sec[2][]{\gdef\theexlab{}\setbox0\hbox{#2}\exheading{\theexlab}{#2}}
\makeatother
\def\hyperlabel#1{}
\AtBeginDocument{\hypersetup{pdfborder={0 0 0},pdfcreator={DBLaTeX-0.3.12}}}
"""


def sty(name, extra):
    with open(os.path.join(DB, name + ".sty"), "w", encoding="utf-8") as f:
        f.write(COMMON % {"name": name} + extra)


# ------------------------------------------------------------------ uluburun
def uluburun():
    name = "uluburun_shipwreck_1982"
    e = EX[name]
    r = e["running"]
    sty(name, r"""
\usepackage{charter}\renewcommand\sfdefault{phv}
\usepackage[a4paper,top=24mm,bottom=26mm,left=20mm,right=20mm,headsep=8mm,footskip=12mm]{geometry}
\setlength\parskip{0pt}\setlength\parindent{1.2em}
\definecolor{sea}{rgb}{0.05,0.32,0.45}\definecolor{sand}{rgb}{0.96,0.93,0.85}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\sffamily %(h)s}\renewcommand\headrulewidth{0.4pt}
\fancyfoot[L]{\footnotesize\sffamily %(f)s}\fancyfoot[R]{\small\sffamily\bfseries\thepage}
\setcounter{page}{112}
\newcommand\exheading[2]{\par\vspace{8pt plus 2pt}{\noindent\sffamily\bfseries\large{\color{sea}#1}\enspace #2\par}\nobreak\vspace{3pt}\noindent\ignorespaces}
\newenvironment{sidebar}[1][]{\par\vspace{8pt}\noindent\begin{lrbox}{0}\begin{minipage}{\linewidth-12pt}\small\setlength\parindent{0pt}\setlength\parskip{4pt}\def\textbf##1{{\sffamily\bfseries\color{sea}##1}}}{\end{minipage}\end{lrbox}\colorbox{sand}{\usebox{0}}\par}
\renewcommand\footnoterule{\noindent\rule{0.3\textwidth}{0.4pt}\vspace{2pt}}
""" % {"h": tex(r[0]), "f": tex(r[1])})
    s = e["sections"]
    b = []
    b.append(para("", pre=r"\noindent{\sffamily\small\color{sea}\MakeUppercase{" + tex(e["kicker"]) + r"}}\par\vspace{4pt}"
                  r"{\noindent\fontsize{26}{30}\selectfont\bfseries " + tex(e["title_lines"][0]) + r"\par}"
                  r"{\noindent\fontsize{17}{22}\selectfont\itshape\color{sea}" + tex(e["title_lines"][1]) + r"\par}\vspace{8pt}"
                  r"\noindent\sffamily\large "))
    b[-1] = b[-1].replace("</para>", escape(e["intro"]) + pi(r"\par\vspace{6pt}\noindent\grey{\textwidth}{45mm}\par\vspace{8pt}") + "</para>")
    b.append(para("", pre=r"\begin{multicols}{2}\setlength\columnsep{7mm}"))
    # 7.1
    inner = "".join(para(p) for p in s[0]["paras"])
    inner += para("", pre=r"\vspace{6pt}\noindent{\color{sea}\rule{\linewidth}{1.2pt}}\par{\noindent\raggedright\large\itshape\color{sea} "
                  + tex(e["quote"]) + r"\par}\noindent{\color{sea}\rule{\linewidth}{1.2pt}}\par\vspace{4pt}")
    b.append(section(s[0]["label"], s[0]["title"], inner))
    # 7.2 with footnote
    p0a, p0b = split_at(s[1]["paras"][0], "twenty-two thousand dives.")
    inner = ("<para>" + escape(p0a) + "<footnote><para>" + escape(e["note"]) + "</para></footnote>" + escape(p0b) + "</para>\n"
             + para(s[1]["paras"][1]))
    t = e["table"]
    rows = "".join(r"\cellcolor{sea}\textcolor{white}{\bfseries " + tex(a) + "} & " + tex(v) + r" \\ \hline " for a, v in t[1])
    inner += para("", pre=r"\par\vspace{6pt}\noindent{\sffamily\small\bfseries " + tex(t[0]) + r"}\par\vspace{2pt}\noindent{\sffamily\small"
                  r"\begin{tabular}{|p{18mm}|p{\linewidth-30mm}|}\hline " + rows + r"\end{tabular}}\par\vspace{4pt}")
    b.append(section(s[1]["label"], s[1]["title"], inner))
    # 7.3 with the picture+caption set mid-paragraph (vadjust after the line holding the marker)
    c = s[2]["caption"]
    fig = (r"\vadjust{\vspace{5pt}\noindent\grey{32mm}{30mm}\hfill\parbox[b]{\linewidth-35mm}{\raggedright\small\sffamily"
           r"\textbf{" + tex(c["position"]) + r":} " + tex(c["text"]) + r"\\ {\itshape " + tex(c["credit"]) + r"}}\par\vspace{5pt}}")
    a, z = split_at(s[2]["paras"][1], "logs of African blackwood,")
    inner = para(s[2]["paras"][0]) + para("", inner=[(a, fig), (z, None)]) + para(s[2]["paras"][2])
    b.append(section(s[2]["label"], s[2]["title"], inner))
    sb = e["sidebar"]
    b.append("<sidebar><title>" + escape(sb["title"]) + "</title>" + "".join(para(p) for p in sb["paras"]) + "</sidebar>\n")
    b.append(para("", pre=r"\end{multicols}"))
    return name, doc(" ".join(e["title_lines"]), "".join(b))


# ------------------------------------------------------------------ iguanodon
def iguanodon():
    name = "iguanodon_1825"
    e = EX[name]
    r = e["running"]
    sty(name, r"""
\usepackage{newcent}\renewcommand\sfdefault{phv}
\usepackage[paperwidth=297mm,paperheight=420mm,top=0mm,bottom=30mm,left=22mm,right=22mm,footskip=14mm,headheight=0mm,headsep=0mm]{geometry}
\definecolor{fern}{rgb}{0.13,0.35,0.22}\definecolor{pale}{rgb}{0.80,0.90,0.78}\definecolor{hl}{rgb}{1.0,0.90,0.45}
\pagestyle{fancy}\fancyhf{}\renewcommand\headrulewidth{0pt}
\fancyfoot[L]{\sffamily\small %(f)s}\fancyfoot[R]{\sffamily\bfseries\large %(p)s}
\setlength\parskip{5pt}
\newcommand\exheading[2]{\par\vspace{8pt}{\noindent\raggedright\fontsize{40}{40}\selectfont\sffamily\bfseries\color{fern}#1\par}\vspace{2pt}{\noindent\raggedright\sffamily\bfseries\fontsize{19}{23}\selectfont #2\par}\nobreak\vspace{2pt}\noindent\ignorespaces}
\newenvironment{sidebar}[1][]{\par\vspace{10pt}\noindent\begin{lrbox}{0}\begin{minipage}{\linewidth-16pt}\fontsize{12}{16}\selectfont\setlength\parskip{5pt}\def\textbf##1{{\sffamily\bfseries\fontsize{15}{18}\selectfont\color{fern}##1}}}{\end{minipage}\end{lrbox}\fcolorbox{fern}{pale}{\usebox{0}}\par}
""" % {"f": tex(r[0]), "p": tex(r[1])})
    s = e["sections"]
    b = []
    band = (r"\noindent\hspace*{-22mm}\colorbox{fern}{\begin{minipage}[t][72mm][c]{297mm-2\fboxsep}\hspace*{22mm}\begin{minipage}{240mm}"
            r"\color{white}\sffamily{\large\MakeUppercase{" + tex(e["kicker"]) + r"}}\par\vspace{8pt}"
            r"{\fontsize{64}{70}\selectfont\bfseries " + tex(e["title_lines"][0]) + r"\par}\vspace{4pt}"
            r"{\fontsize{34}{40}\selectfont\color{pale}\itshape " + tex(e["title_lines"][1]) + r"\par}\end{minipage}\end{minipage}}\par\vspace{14pt}"
            r"\noindent\begin{minipage}{220mm}\fontsize{17}{22}\selectfont ")
    b.append(para(e["intro"], pre=band, post=r"\end{minipage}\par\vspace{6pt}\fontsize{12}{14.6}\selectfont\begin{multicols}{2}\setlength\columnsep{14mm}"))
    b.append(section(s[0]["label"], s[0]["title"], "".join(para(p) for p in s[0]["paras"])))
    # B: highlighted box quote breaking paragraph 2 mid-sentence
    q = (r"\vadjust{\vspace{9pt}\noindent\colorbox{hl}{\parbox{\linewidth-2\fboxsep}{\centering\vspace{6pt}\fontsize{21}{27}\selectfont\itshape "
         + tex(e["quote"]) + r"\par\vspace{6pt}}}\par\vspace{9pt}}")
    a, z = split_at(s[1]["paras"][1], "Its teeth were tiny,")
    b.append(section(s[1]["label"], s[1]["title"], para(s[1]["paras"][0]) + para("", inner=[(a, q), (z, None)])))
    c = s[2]["caption"]
    fig = (r"\par\vspace{6pt}\noindent\grey{\linewidth}{48mm}\par\vspace{3pt}{\noindent\raggedright\sffamily\fontsize{11}{14}\selectfont\textbf{"
           + tex(c["position"]) + r":} " + tex(c["text"]) + r"\par\noindent{\itshape " + tex(c["credit"]) + r"}\par}\vspace{4pt}")
    inner = para(s[2]["paras"][0], post=fig) + para(s[2]["paras"][1]) + para(s[2]["paras"][2])
    b.append(section(s[2]["label"], s[2]["title"], inner))
    sb = e["sidebar"]
    b.append("<sidebar><title>" + escape(sb["title"]) + "</title>" + "".join(para(p) for p in sb["paras"]) + "</sidebar>\n")
    cells = "&".join(r"\parbox[t]{37mm}{\centering{\fontsize{26}{28}\selectfont\bfseries\color{fern}" + n + r"}\\[3pt]{\bfseries "
                     + y + r"}\\ {\small " + tex(t) + "}}" for n, y, t in e["timeline"])
    b.append(para("", pre=r"\end{multicols}\vfill\noindent{\sffamily\bfseries\color{fern}\rule{\textwidth}{2pt}}\par\vspace{6pt}"
                  r"\noindent{\sffamily\renewcommand\arraystretch{1.2}\begin{tabular}{@{}" + "c" * 6 + "@{}}" + cells + r"\end{tabular}}\par"))
    return name, doc(" ".join(e["title_lines"]), "".join(b))


# ------------------------------------------------------------------ ozone (table-tent card)
def ozone():
    name = "ozone_hole_1985"
    e = EX[name]
    r = e["running"]
    sty(name, r"""
\usepackage{mathpazo}\renewcommand\sfdefault{phv}
\usepackage[a4paper,margin=0mm]{geometry}
\usepackage{eso-pic}
\pagestyle{empty}
\definecolor{ice}{rgb}{0.10,0.30,0.55}\definecolor{frost}{rgb}{0.88,0.93,0.98}
\newsavebox\faceA\newsavebox\faceB
\setlength\parskip{4pt}
\newcommand\exheading[2]{\par\vspace{5pt}{\noindent\sffamily\bfseries\color{ice}#1.\enspace #2\par}\nobreak\vspace{1pt}\noindent\ignorespaces}
\newenvironment{sidebar}[1][]{\par\vspace{6pt}\noindent\begin{lrbox}{0}\begin{minipage}{\linewidth-10pt}\small\setlength\parskip{3pt}\def\textbf##1{{\sffamily\bfseries\color{ice}##1}}}{\end{minipage}\end{lrbox}\colorbox{frost}{\usebox{0}}\par}
\newcommand\facefoot{\par\vfill\noindent{\sffamily\scriptsize\color{ice}%(f)s}}
""" % {"f": tex(r[0])})
    s = e["sections"]
    b = []
    faceA_open = (r"\begin{lrbox}{\faceA}\begin{minipage}[c][124mm][t]{186mm}\fontsize{9.2}{11.2}\selectfont"
                  r"{\noindent\sffamily\footnotesize\color{ice}\MakeUppercase{" + tex(e["kicker"]) + r"}}\par"
                  r"{\noindent\fontsize{22}{25}\selectfont\bfseries\sffamily " + tex(e["title_lines"][0]) + r"\par}"
                  r"{\noindent\fontsize{13}{16}\selectfont\itshape\color{ice}" + tex(e["title_lines"][1]) + r"\par}\vspace{3pt}"
                  r"\begin{multicols}{2}\setlength\columnsep{6mm}\noindent\bfseries ")
    b.append(para(e["intro"], pre=faceA_open, post=r"\par\mdseries"))
    c = s[0]["caption"]
    fig = (r"\par\vspace{3pt}\noindent\parbox[c]{\linewidth-30mm}{\raggedright\footnotesize\sffamily\textbf{" + tex(c["position"])
           + r":} " + tex(c["text"]) + r"\\ {\itshape " + tex(c["credit"]) + r"}}\hfill\grey{26mm}{24mm}\par\vspace{3pt}")
    b.append(section(s[0]["label"], s[0]["title"], para(s[0]["paras"][0], post=fig) + para(s[0]["paras"][1])))
    # II: second paragraph breaks at the fold: face A ends mid-sentence, face B (upside down) carries on
    p2a, p2b = split_at(s[1]["paras"][1], "release chlorine there,")
    inner = para(s[1]["paras"][0]) + para(p2a, pre="", post=r"\par\end{multicols}\facefoot\end{minipage}\end{lrbox}")
    b.append(section(s[1]["label"], s[1]["title"], inner))
    faceB_open = (r"\begin{lrbox}{\faceB}\begin{minipage}[c][124mm][t]{186mm}\fontsize{9.2}{11.2}\selectfont"
                  r"\begin{multicols}{2}\setlength\columnsep{6mm}\noindent ")
    t = e["table"]
    rows = "".join(r"\cellcolor{ice}\textcolor{white}{\bfseries " + tex(a) + "} & " + tex(v) + r" \\ " for a, v in t[1])
    tab = (r"\par\vspace{4pt}\noindent{\sffamily\footnotesize\bfseries " + tex(t[0]) + r"}\par\noindent{\sffamily\footnotesize"
           r"\begin{tabular}{p{14mm}p{\linewidth-26mm}}" + rows + r"\end{tabular}}\par")
    quote = (r"\par\vspace{4pt}{\noindent\centering\large\itshape\color{ice}" + tex(e["quote"]) + r"\par}\vspace{2pt}")
    b.append(para(p2b, pre=faceB_open, post=quote))
    b.append(section(s[2]["label"], s[2]["title"], "".join(para(p) for p in s[2]["paras"])))
    sb = e["sidebar"]
    b.append("<sidebar><title>" + escape(sb["title"]) + "</title>" + "".join(para(p) for p in sb["paras"]) + "</sidebar>\n")
    b.append(para("", pre=tab + r"\end{multicols}\facefoot\end{minipage}\end{lrbox}"
                  r"\typeout{FACEA \the\ht\faceA+\the\dp\faceA}\typeout{FACEB \the\ht\faceB+\the\dp\faceB}"
                  r"\AddToShipoutPictureFG*{"
                  r"\put(12mm,80mm){\usebox\faceA}"
                  r"\put(12mm,217mm){\rotatebox{180}{\usebox\faceB}}"
                  r"\multiput(0,148.5mm)(6mm,0){35}{\line(1,0){3mm}}"
                  r"\multiput(0,14mm)(6mm,0){35}{\line(1,0){3mm}}"
                  r"\put(12mm,6mm){\sffamily\scriptsize " + tex(e["flap"]) + r"}"
                  r"}\mbox{}"))
    return name, doc(" ".join(e["title_lines"]), "".join(b))


# ------------------------------------------------------------------ mohenjo-daro
def mohenjo():
    name = "mohenjo_daro_1922"
    e = EX[name]
    r = e["running"]
    sty(name, r"""
\usepackage{mathpazo}\renewcommand\sfdefault{phv}
\usepackage[a4paper,top=26mm,bottom=28mm,left=24mm,right=24mm,headsep=8mm,footskip=13mm]{geometry}
\definecolor{clay}{rgb}{0.55,0.25,0.12}\definecolor{buff}{rgb}{0.95,0.90,0.82}
\pagestyle{fancy}\fancyhf{}\renewcommand\headrulewidth{0pt}
\fancyhead[C]{\footnotesize\scshape\color{clay}%(h)s}
\fancyfoot[L]{\footnotesize\itshape %(f)s}\fancyfoot[R]{\footnotesize\thepage}
\setcounter{page}{64}
\setlength\parskip{0pt}\setlength\parindent{1em}
\newcommand\exheading[2]{\par\vspace{9pt}{\noindent\bfseries\color{clay}#1\quad\color{black}\scshape #2\par}\nobreak\vspace{2pt}\noindent\ignorespaces}
\newenvironment{sidebar}[1][]{\par\vspace{8pt}\noindent\begin{lrbox}{0}\begin{minipage}{\linewidth-12pt}\small\setlength\parindent{0pt}\setlength\parskip{3pt}\def\textbf##1{{\bfseries\scshape\color{clay}##1}}}{\end{minipage}\end{lrbox}\colorbox{buff}{\usebox{0}}\par}
\renewcommand\footnoterule{\noindent\rule{40mm}{0.4pt}\vspace{2pt}}
\setcounter{topnumber}{1}\setcounter{bottomnumber}{1}\renewcommand\bottomfraction{0.6}\renewcommand\textfraction{0.2}
""" % {"h": tex(r[0]), "f": tex(r[1])})
    s = e["sections"]
    b = []
    plate = "".join(r"\begin{minipage}[b]{0.31\textwidth}\grey{\linewidth}{%s}\\[2pt]{\sffamily\bfseries\color{clay}(%s)}\end{minipage}\hfill"
                    % (h, k) for (k, _, _), h in zip(e["captions_keyed"], ["52mm", "30mm", "62mm"]))
    top = (r"\begin{figure}[b]\noindent " + plate.rstrip(r"\hfill") + r"\end{figure}"
           r"{\noindent\sffamily\small\color{clay}" + tex(e["kicker"]) + r"\par}\vspace{4pt}"
           r"{\noindent\fontsize{28}{32}\selectfont " + tex(e["title_lines"][0]) + r"\par}"
           r"{\noindent\fontsize{15}{20}\selectfont\itshape " + tex(e["title_lines"][1]) + r"\par}\vspace{10pt}"
           r"\noindent\begin{minipage}{0.8\textwidth}\itshape\large ")
    b.append(para(e["intro"], pre=top, post=r"\end{minipage}\par\vspace{10pt}\begin{multicols}{2}\setlength\columnsep{8mm}"))
    p1a, p1b = split_at(s[0]["paras"][1], "In September 1924")
    inner = para(s[0]["paras"][0]) + ("<para>" + escape(p1a) + "<footnote><para>" + escape(e["note"]) + "</para></footnote>"
                                      + escape(p1b) + "</para>\n")
    b.append(section(s[0]["label"], s[0]["title"], inner))
    b.append(section(s[1]["label"], s[1]["title"], "".join(para(p) for p in s[1]["paras"])
                     + para("", pre=r"\par\vspace{6pt}{\noindent\centering\Large\itshape\color{clay}" + tex(e["quote"]) + r"\par}\vspace{4pt}")))
    b.append(section(s[2]["label"], s[2]["title"], "".join(para(p) for p in s[2]["paras"])))
    sb = e["sidebar"]
    b.append("<sidebar><title>" + escape(sb["title"]) + "</title>" + "".join(para(p) for p in sb["paras"]) + "</sidebar>\n")
    keyed = "".join(r"\noindent\textbf{(" + k + r")}\enspace " + tex(c["text"]) + r" {\itshape " + tex(c["credit"]) + r"}\par"
                    for k, _, c in e["captions_keyed"])
    b.append(para("", pre=r"\end{multicols}\vfill\noindent\rule{\textwidth}{0.4pt}\par\vspace{3pt}{\noindent\sffamily\footnotesize"
                  r"\textbf{Opposite}\par\setlength\parskip{2pt}" + keyed + "}"))
    return name, doc(" ".join(e["title_lines"]), "".join(b))


def build(fn):
    name, xml = fn()
    src = os.path.join(DB, name + ".xml")
    with open(src, "w", encoding="utf-8") as f:
        f.write(xml)
    pdf = os.path.join(OUT, name + ".pdf")
    cmd = ["dblatex", "-q", "-b", "pdftex", "--texstyle=" + os.path.join(DB, name + ".sty"),
           "-P", "doc.toc.show=0", "-P", "doc.lot.show=", "-P", "latex.output.revhistory=0",
           "-P", "doc.collab.show=0", "-P", "latex.hyperparam=",
           "-o", pdf, src]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        print(res.stdout[-3000:], res.stderr[-3000:])
        sys.exit(f"dblatex failed for {name}")
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)
    print("built", name)


if __name__ == "__main__":
    todo = sys.argv[1:] or ["uluburun", "iguanodon", "ozone", "mohenjo"]
    for t in todo:
        build(globals()[t])
