# Four PDFs: I write a WordprocessingML package per exhibit (ooxml.py); officework's own Rust engine
# opens it, gets header/footer paragraphs and page-anchored shapes through its API, and typesets it to PDF.
import os, subprocess, sys
from officework import doc as D
from ooxml import run, para, table, write_docx, SERIF, SANS
from content import EX
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE); TMP = os.path.join(HERE, "docx_src")
os.makedirs(TMP, exist_ok=True)
GREY = "BFBFBF"

def body_par(t, sz=10, **k): return para(run(t, sz=sz), after=k.pop("after", 100), **k)
def head(lab, t, col="9C1B1B", sz=13, lab_inline=True):
    if lab_inline:
        return para(run(lab + "  ", b=True, sz=sz, color=col, font=SANS) + run(t, b=True, sz=sz, font=SANS), before=160, after=80)
    return para(run(lab, b=True, sz=9, color=col, font=SANS), before=160, after=20) + \
           para(run(t, b=True, sz=sz, font=SANS), after=80)
def picture(lines=6): return table([[(''.join(para("", after=0) for _ in range(lines)), GREY)]], [3000])
def caption(c, sz=8.5):
    _, text, pos, credit = c
    return para(run(pos + ": ", b=True, sz=sz, font=SANS) + run(text, sz=sz, font=SANS), after=20) + \
           para(run(credit, i=True, sz=7.5, font=SANS), after=120)
def ps(items): return [i for i in items if not isinstance(i, tuple)]
def cp(items): return [i for i in items if isinstance(i, tuple)][0]
def halves(s):
    a, b = s.split("|"); return a.rstrip(), b

def finish(name, body, w, h, header=None, footer=None, shapes=(), margin=42):
    src = os.path.join(TMP, name + ".docx"); write_docx(src, body, w, h, margin)
    d = D.Doc.open(src, lang="en")
    s = d.sections[0]
    if header: s.header.add_paragraph(header)
    if footer: s.footer.add_paragraph(footer)
    for sh in shapes: d.add_shape(*sh[0], **sh[1])
    pdf = os.path.join(OUT, name + ".pdf"); d.save(pdf)
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)
    print(name, "unsupported:", d.unsupported)

# ---------------------------------------------------------------- insulin: A4, flows over two pages
def insulin():
    e = EX["insulin_toronto_1922"]; x = ""
    x += para(run(e["kicker"], sz=8.5, caps=True, color="2E5E8C", font=SANS), after=60)
    x += para(run(e["title_lines"][0], b=True, sz=24, font=SANS), after=0)
    x += para(run(e["title_lines"][1], i=True, sz=20, color="2E5E8C"), after=140)
    x += para(run(e["intro"], i=True, sz=12), after=160)
    for n, (lab, t, items) in enumerate(e["sections"]):
        x += head(lab, t, col="2E5E8C", lab_inline=False)
        cap = [i for i in items if isinstance(i, tuple)]
        for it in items:
            if isinstance(it, tuple): continue
            if "|" in it:
                a, b = halves(it)
                x += body_par(a, sz=13, after=60) + picture(7) + caption(cap[0]) + body_par(b, sz=13)
            elif it.startswith("On 11 January 1922"):
                a = it.split("towards normal.")[0] + "towards normal."
                x += para(run(a, sz=13) + run("¹", sz=13, sup=True))
            else:
                x += body_par(it, sz=13)
        if n == 0:
            x += para(run(e["pull"], i=True, sz=16, color="2E5E8C"), jc="center", before=120, after=160, ind=900)
    st, sp = e["sidebar"]
    side = para(run(st, b=True, sz=11, font=SANS), after=60) + ''.join(para(run(p, sz=9.5, font=SANS)) for p in sp)
    x += table([[(side, "E3ECF5")]], [9500])
    x += para(run(e["note"], sz=8), before=160)
    A4 = (595.3, 841.9)
    finish("insulin_toronto_1922", x, *A4, header=e["running"][0], footer=e["running"][1],
           shapes=[(("rect", 185, 285, 15, 6), dict(fill="FFFFFF", text="34", page=0)),
                   (("rect", 185, 285, 15, 6), dict(fill="FFFFFF", text="35", page=1))], margin=56)

# ---------------------------------------------------------------- pasteur: A3 wall panel, 3 columns as table cells
def pasteur():
    e = EX["pasteur_rabies_1885"]; BAND = "7A1F2B"
    x = para(run(e["kicker"], sz=12, caps=True, color="FFFFFF", font=SANS), shd=BAND, after=0)
    x += para(run(e["title_lines"][0], b=True, sz=34, color="FFFFFF", font=SANS), shd=BAND, after=0)
    x += para(run(e["title_lines"][1], b=True, sz=26, color="FFFFFF", font=SANS), shd=BAND, after=200)
    x += para(run(e["intro"], b=True, sz=17), after=240)
    S = e["sections"]; T = 14
    def h(i): lab, t, _ = S[i]; return head(lab, t, col=BAND, sz=20)
    P1, P2, P3 = ps(S[0][2]), ps(S[1][2]), ps(S[2][2])
    a, b = halves(P2[1])
    c1 = h(0) + ''.join(body_par(p, sz=T) for p in P1) + h(1) + body_par(P2[0], sz=T) + body_par(a, sz=T)
    c2 = body_par(b, sz=T) + ''.join(body_par(p, sz=T) for p in P2[2:]) + \
         para(run(e["pull"], i=True, sz=20, color=BAND), before=200, after=200) + \
         h(2) + body_par(P3[0], sz=T) + para(run(P3[1], sz=T) + run("*", sz=T, sup=True)) + ''.join(body_par(p, sz=T) for p in P3[2:])
    st, sp = e["sidebar"]
    c3 = table([[(''.join(para("", after=0) for _ in range(10)), GREY)]], [4200]) + caption(cp(S[2][2]), sz=11) + \
         table([[(para(run(st, b=True, sz=15, font=SANS), after=80) + ''.join(para(run(p, sz=12, font=SANS)) for p in sp), "F2E6D9")]], [4600])
    x += table([[(c1, None), (None, None), (c2, None), (None, None), (c3, None)]], [4700, 300, 4700, 300, 4700])
    x += para("", after=200)
    x += table([[(para(run(y, b=True, sz=12, color="FFFFFF", font=SANS)), BAND), (para(run(t, sz=12, font=SANS)), None)] for y, t in e["table"]],
               [1400, 6000], borders=True)
    x += para(run(e["note"], sz=9), before=200)
    finish("pasteur_rabies_1885", x, 841.9, 1190.6, footer=e["running"][0] + "        " + e["running"][1], margin=56)

# ---------------------------------------------------------------- bakelite: A4 landscape roll fold, outside then inside
def bakelite():
    e = EX["bakelite_1907"]; COL = "5A3A1E"; W3 = [4500, 400, 4500, 400, 4500]
    st, sp = e["sidebar"]; S = e["sections"]
    flap = para(run(st, b=True, sz=14, color=COL, font=SANS), after=100) + ''.join(body_par(p, sz=11) for p in sp) + \
           para(run(e["pull"], i=True, sz=18, color=COL), before=300, jc="center")
    back = para("", after=2400) + ''.join(para(run(l, sz=10, font=SANS), jc="center", after=20) for l in e["address"])
    cover = para(run(e["kicker"], sz=9, caps=True, color=COL, font=SANS), after=100) + \
            ''.join(para(run(l, b=True, sz=24, color=COL, font=SANS), after=0) for l in e["title_lines"]) + \
            para(run(e["intro"], sz=11.5), before=200) + table([[(''.join(para("", after=0) for _ in range(9)), GREY)]], [4500])
    x = table([[(flap, None), (None, None), (back, None), (None, None), (cover, None)]], W3)
    def h(i): lab, t, _ = S[i]; return head(lab, t, col=COL, sz=14)
    A, B = ps(S[0][2]), ps(S[1][2])
    a, b = halves(A[1])
    p2 = h(0) + body_par(A[0], sz=11) + body_par(a, sz=11)
    p3 = body_par(b, sz=11) + ''.join(body_par(p, sz=11) for p in A[2:]) + h(1) + body_par(B[0], sz=11) + \
         table([[(''.join(para("", after=0) for _ in range(6)), GREY), (caption(cp(S[1][2]), sz=8.5), None)]], [1800, 2700]) + ''.join(body_par(p, sz=11) for p in B[1:])
    p4 = h(2) + ''.join(body_par(p, sz=11) for p in ps(S[2][2]))
    x += para("", brk=True, after=0)
    x += table([[(p2, None), (None, None), (p3, None), (None, None), (p4, None)]], W3)
    finish("bakelite_1907", x, 841.9, 595.3, margin=36)

# ---------------------------------------------------------------- surtsey: A4 landscape panel, caption column between text columns
def surtsey():
    e = EX["surtsey_1963"]; BAND = "1D3B3A"; S = e["sections"]
    x = para(run(e["kicker"], sz=8, caps=True, color="FFFFFF", font=SANS) , shd=BAND, after=0)
    x += para(run(e["title_lines"][0] + " ", b=True, sz=22, color="FFFFFF", font=SANS) + run(e["title_lines"][1], sz=22, color="9FD3C7", font=SANS), shd=BAND, after=120)
    x += para(run(e["intro"], b=True, sz=11), after=140)
    def h(i): lab, t, _ = S[i]; return head(lab, t, col="1D6B5E", sz=12)
    II = ps(S[1][2])
    a, b = halves(II[0])
    c1 = h(0) + ''.join(body_par(p, sz=11) for p in S[0][2]) + h(1) + body_par(a, sz=11)
    c2 = table([[(''.join(para("", after=0) for _ in range(8)), GREY)]], [3000]) + caption(cp(S[1][2]), sz=8) + \
         para(run(e["pull"], i=True, sz=13, color="1D6B5E"), before=200)
    st, sp = e["sidebar"]
    c3 = body_par(b, sz=11) + ''.join(body_par(p, sz=11) for p in II[1:]) + h(2) + ''.join(body_par(p, sz=11) for p in S[2][2]) + \
         table([[(para(run(st, b=True, sz=10, font=SANS), after=40) + ''.join(para(run(p, sz=9, font=SANS)) for p in sp), "DDEEEA")]], [5600])
    x += table([[(c1, None), (None, None), (c2, None), (None, None), (c3, None)]], [5600, 250, 3000, 250, 5600])
    x += table([[(para(run(y, b=True, sz=9, color="FFFFFF", font=SANS), after=0), BAND) for y, _ in e["table"]],
                [(para(run(t, sz=9, font=SANS), after=0), None) for _, t in e["table"]]], [3000, 3000, 3000], borders=True)
    finish("surtsey_1963", x, 841.9, 595.3, header=e["running"][0],
           shapes=[(("rect", 280, 200, 10, 6), dict(fill="1D3B3A", text="12"))], margin=30)

if __name__ == "__main__":
    for f in (insulin, pasteur, bakelite, surtsey): f()
