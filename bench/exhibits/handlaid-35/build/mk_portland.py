# Portland Vase: OpTeX (LuaTeX format by Petr Olsak) catalogue essay, pp. 21-22.
# Hanging section numbers, small-caps headings, hanging-indent captions "Fig. N", footnotes
# (\fnote), running head = the section in progress (TeX marks), a framed sidebar.
import json, os, subprocess, sys, re
from content import PORTLAND as EX, gold_for

def tex(s):
    s = s.replace("\\", "").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
    return s

notes = EX["notes"]
BOT = int(sys.argv[2]) if len(sys.argv) > 2 else 28
def body(s):
    return re.sub(r"\^(\d+)\^", lambda m: "\\fnote{" + tex(notes[int(m.group(1)) - 1]) + "}", tex(s))

L = []
L.append(r"""\fontfam[LMfonts]
\margins/1 a4 (24,24,22,%d)mm
\typosize[10.5/13.5]
\parindent=1.2em
\pageno=%d
\headline={\ifnum\pageno>%d {\typosize[8/10]\rm %s\hfil\it\topmark}\fi}
\font\SC={file:lmromancaps10-regular.otf} at 12pt
\font\SCk={file:lmromancaps10-regular.otf} at 9pt
\def\Sec#1#2{\removelastskip\bigskip\noindent\llap{\bf #1\quad}{\SC #2}\mark{#2}\par\nobreak\smallskip\noindent}
\def\Fig#1#2#3{\medskip\noindent{\LightGrey\vrule width\hsize height 5cm}\par\smallskip
  {\typosize[8.5/10.5]\hangindent=3.2em\hangafter=1\noindent\hbox to 3.2em{\bf #1\hss}#2\par
  \noindent\hskip3.2em\it #3\par}\medskip}
""" % (BOT, EX["first_page"], EX["first_page"], tex(EX["header_left"])))
L.append(r"\noindent{\SCk %s}\par\medskip" % tex(EX["kicker"]))
L.append(r"\noindent{\typosize[26/30]\bf %s\par}" % tex(EX["title_lines"][0]))
L.append(r"\noindent{\typosize[17/22]\it %s\par}\bigskip" % tex(EX["title_lines"][1]))
L.append(r"\noindent{\typosize[12/15.5]\it %s\par}\medskip\hrule\medskip" % tex(EX["intro"]))
for s in EX["sections"]:
    L.append(r"\Sec{%s}{%s}" % (s["label"], tex(s["title"])))
    for i, p in enumerate(s["paras"]):
        L.append(("" if i == 0 else "") + body(p) + "\n")
        if i == 0 and "fig" in s:
            f = s["fig"]
            L.append(r"\Fig{%s}{%s}{%s}" % (f["num"], tex(f["text"]), tex(f["credit"])))
sb = EX["sidebar"]
L.append(r"""\bigskip\noindent\vbox{\hrule\hbox{\vrule\kern8pt\vbox{\advance\hsize by-17pt\kern8pt
\noindent{\SC %s}\par\smallskip\typosize[9.5/12]\noindent %s\par\kern8pt}\kern8pt\vrule}\hrule}""" % (tex(sb["title"]), " ".join(tex(p) for p in sb["paras"])))
L.append(r"\bye")
out = sys.argv[1]
d, base = os.path.split(os.path.abspath(out))
open(out + ".tex", "w").write("\n".join(L))
subprocess.run(["optex", "-interaction=nonstopmode", base + ".tex"], cwd=d, check=True, stdout=subprocess.DEVNULL)
for ext in (".tex", ".log", ".ref"):
    if os.path.exists(out + ext) and ext != ".tex":
        os.remove(out + ext)
os.replace(out + ".tex", os.path.join(os.path.dirname(__file__), "portland_vase_1845.tex"))
g = gold_for(EX)
json.dump(g, open(out + ".json", "w"), ensure_ascii=False, indent=2)
# running: the header strings as printed on p. 22 (left constant + section in progress), then folios
txt = subprocess.run(["pdftotext", "-raw", out + ".pdf", "-"], capture_output=True, text=True).stdout
hl = EX["header_left"]
heads = [l[len(hl):].strip() for l in txt.splitlines() if l.startswith(hl + " ")]
g["running"] = [hl] + heads + [str(EX["first_page"]), str(EX["first_page"] + 1)]
json.dump(g, open(out + ".json", "w"), ensure_ascii=False, indent=2)
print("running:", g["running"])
