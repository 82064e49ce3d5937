# Molasses flood: groff (ms macros, gropdf) A5 gallery guide, three narrow hyphenated justified columns
import os, subprocess
from content import MOLASSES as EX, write_gold, OUT

NAME = "molasses_flood"


def esc(s):
    s = s.replace("\\", "\\e").replace("’", "\\[cq]").replace("‘", "\\[oq]").replace("–", "\\[en]")
    s = s.replace("—", "\\[em]").replace("“", "\\[lq]").replace("”", "\\[rq]").replace("·", "\\[pc]")
    return s


def line(s):
    s = esc(s)
    if s[:1] in ".'":
        s = "\\&" + s
    return s


def build():
    R = EX["running"]
    L = [
        ".nr PO 1.3c", ".nr LL 12.2c", ".nr HM 1.7c", ".nr FM 1.9c", ".nr PS 10", ".nr VS 12p",
        ".nr PD 0.35v", ".nr PI 1em", ".nr PSINCR 0", ".nr GROWPS 0",
        ".defcolor grey rgb 0.78 0.78 0.78", ".defcolor rust rgb 0.55 0.25 0.10",
        ".ds LH \\s-1%s\\s0" % esc(R[0]), ".ds CH", ".ds RH",
        ".ds LF", ".ds RF", ".ds CF \\s-1\\fI%s\\fP\\s0" % esc("Gallery Guide, page ") + "\\\\n%",
        ".hy 4", ".hla us",
    ]
    t_main, t_sub = EX["title"].split(": ", 1)
    L += [".LP", ".ad l", ".ps 20", ".vs 23", "\\m[rust]\\f[HB]%s:\\fP\\m[]" % esc(t_main), ".br",
          ".ps 13", ".vs 16", "\\f[HB]%s\\fP" % esc(t_sub), ".sp 0.4v", ".ps 10", ".vs 12.5p"]
    for b in EX["sections"][0][2]:
        L += ["\\f[BI]%s\\fP" % esc(b[1])]
    L += [".sp 0.3v", "\\D'l 12.2c 0'", ".sp 0.6v", ".ad b", ".MC 3.8c 0.4c"]
    first = True
    for label, title, blocks in EX["sections"][1:]:
        L += [".SH", "\\f[HB]%s\\fP" % esc(title)]
        pp = ".LP"
        for b in blocks:
            if b[0] == "p":
                L += [pp, line(b[1])]
                pp = ".PP"
            else:
                L += [".KS", ".sp 0.5v", ".ne 6c", "\\v'-0.7v'\\M[grey]\\D'P 0 4.6c 3.8c 0 0 -4.6c'\\M[]\\v'0.7v'", ".br", ".sp 4.3c",
                      ".LP", ".ps 7.5", ".vs 9p", ".ad l",
                      "\\f[HB]%s:\\fP \\f[HI]%s\\fP" % (esc(b[2]), esc(b[1])), ".br",
                      "\\f[H]%s\\fP" % esc(b[3]), ".ps 10", ".vs 12p", ".ad b", ".KE"]
    src = "\n".join(L) + "\n"
    with open(os.path.join(os.path.dirname(__file__), NAME + ".ms"), "w") as f:
        f.write(src)
    pdf = subprocess.run(["groff", "-ms", "-Tpdf", "-dpaper=a5", "-P-pa5", "-Kutf8"],
                         input=src.encode(), stdout=subprocess.PIPE, check=True).stdout
    with open(os.path.join(OUT, NAME + ".pdf"), "wb") as f:
        f.write(pdf)
    subprocess.run(["pdftotext", "-raw", NAME + ".pdf", NAME + ".txt"], cwd=OUT, check=True)
    write_gold(NAME, EX)


if __name__ == "__main__":
    build()
