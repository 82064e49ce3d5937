"""Exhibit 4: landscape gallery panel typeset with Typst (PyPI package `typst`, in /work/heldout/r9/venv).
A3 landscape, 1 page. Title band, three justified hyphenated columns, numbered sections with small-caps headings and
raised initials, a figure floated across columns 2-3 with Typst's own "Figure 1:" numbering, a table of dates inside
the text. Topic: the Terracotta Army (found 1974)."""
import typst
from common import *

NAME = "terracotta_army"
TITLE1 = "Soldiers of Clay:"
TITLE2 = "The Terracotta Army of the First Emperor"
TITLE = TITLE1 + " " + TITLE2
INTRO = ("In the spring of 1974 farmers digging a well in the fields east of Xi’an struck pieces of a life-sized clay "
         "figure. They had found the edge of an underground army made to guard the tomb of China’s first emperor.")
RUN = ["Meridian Museum of Asian Archaeology", "Panel 3 of 6", "Hall of Ancient China"]

SECS = [
    ("1", "The First Emperor", [
        "Ying Zheng became king of the state of Qin as a boy of thirteen. By 221 BC his armies had conquered all the "
        "rival kingdoms, and he took the title Qin Shi Huang, the First Emperor. He standardised writing, coins, "
        "weights and the width of cart axles across his new empire.",
        "Work on his tomb began soon after he came to the throne and continued for almost forty years. When he died "
        "in 210 BC, a vast complex of pits, halls and burial chambers surrounded the mound near Mount Li.",
    ]),
    ("2", "An Army in the Earth", [
        "The largest pit holds soldiers standing in battle order, with archers at the front and infantry and "
        "chariots behind them. Archaeologists estimate that the three main pits contain about eight thousand figures, "
        "only part of which has been excavated.",
        "The bodies were made from moulds, but the heads, hands and hair were finished by hand, so that no two faces "
        "are quite alike. The soldiers once carried real bronze weapons, and many are stamped with the names of the "
        "workshops that made them (Figure 1).",
    ]),
    ("3", "Colours That Fade", [
        "When the figures were new they were brightly painted. Today most of them look grey, because the lacquer "
        "beneath the paint curls and flakes within minutes of meeting dry air. For this reason excavation moves slowly, "
        "and some pits have been left closed until better methods are found.",
        "In the 1990s Chinese and German conservators developed ways of keeping the lacquer damp while it is "
        "strengthened, and some painted surfaces have been saved in this way.",
    ]),
    ("4", "Digging and Display", [
        "The emperor’s own burial mound has never been opened. A historian writing about a century after his death "
        "described rivers of mercury inside it, and tests of the soil have found unusually high levels of the metal.",
    ]),
]
TABLE_HEAD = ("Year", "Event")
TABLE = [
    ("1974", "Farmers find the first fragments while digging a well."),
    ("1976", "Two further pits are identified nearby."),
    ("1979", "A museum opens over the largest pit."),
    ("1987", "The tomb complex is added to the World Heritage List."),
]
AFTER_TABLE = ("More than a million visitors now come to the site every year, and new figures are still being "
               "restored in the open pits.")
FIG = ("Figure 1:", "A kneeling archer from the second pit, one of the best-preserved figures.",
       "Photo: Lin Baoshan / Meridian Museum of Asian Archaeology")
FIG2 = ("Figure 2:", "Visitors on the walkway above the largest pit, where restored soldiers stand in their trenches.",
        "Courtesy of the Lintong Visitor Archive")


def q(s):  # typst markup escaping for our strings
    return s.replace("\\", "\\\\").replace("#", "\\#").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[") \
        .replace("]", "\\]").replace("$", "\\$").replace("@", "\\@").replace("<", "\\<")


def initial(text):
    return f'#text(size: 26pt, weight: "bold", fill: rgb("#8c2f1b"))[{q(text[0])}]{q(text[1:])}'


def build():
    t = []
    t.append('''#set document(title: "%s")
#set page(paper: "a3", flipped: true, margin: (x: 22mm, top: 24mm, bottom: 22mm),
  fill: rgb("#f3ede2"),
  header: [#set text(font: "Liberation Sans", size: 9pt, fill: rgb("#6b5b4b")); %s #h(1fr) #text(weight: "bold")[%s]],
  footer: [#line(length: 100%%, stroke: 0.5pt + rgb("#8c2f1b")) #v(-1mm) #set text(font: "Liberation Sans", size: 9pt, fill: rgb("#6b5b4b")); %s])
#set text(font: "Libertinus Serif", size: 15pt, lang: "en", hyphenate: true)
#set par(justify: true, leading: 0.62em, spacing: 0.9em, first-line-indent: 0pt)
#show figure.caption: set text(font: "Liberation Sans", size: 10.5pt)
#show figure.caption: set align(left)
''' % (TITLE, q(RUN[2]), q(RUN[1]), q(RUN[0])))
    t.append(f'#text(size: 40pt, weight: "bold", fill: rgb("#8c2f1b"))[{q(TITLE1)} \\ {q(TITLE2)}]')
    t.append('#v(2mm)')
    t.append(f'#block(width: 75%)[#text(size: 17pt, style: "italic")[{q(INTRO)}]]')
    t.append('#v(4mm)')
    t.append('#columns(3, gutter: 11mm)[')
    figsrc = (f'''#place(top, float: true, clearance: 6mm)[#box(width: 100%)[
#figure(rect(width: 100%, height: 62mm, fill: rgb("#b5b5b5"), stroke: none), caption: [{q(FIG[1])}], gap: 2.5mm)
#v(-1.5mm) #align(left)[#text(font: "Liberation Sans", size: 9pt, style: "italic", fill: rgb("#6b6b6b"))[{q(FIG[2])}]]]]''')
    for lab, title, paras in SECS:
        t.append(f'#block(above: 6mm, below: 3mm, sticky: true)[#text(size: 30pt, weight: "bold", fill: rgb("#8c2f1b"))[{lab}] #h(3mm) '
                 f'#text(size: 17pt, weight: "bold")[#smallcaps(all: false)[{q(title)}]]]')
        for i, p in enumerate(paras):
            if lab == "3" and i == 0:
                t.append(figsrc)
            t.append((initial(p) if i == 0 else q(p)) + "\n")
        if lab == "4":
            rows = ", ".join(f'[*{y}*], [{q(e)}]' for y, e in TABLE)
            t.append(f'''#block(above: 4mm, below: 4mm)[#set par(justify: false)
#table(columns: (22mm, 1fr), stroke: none, inset: (x: 2mm, y: 1.6mm), fill: (x, y) => if y == 0 {{ rgb("#8c2f1b") }} else if calc.odd(y) {{ rgb("#e6dccb") }},
  table.header([#text(fill: white, font: "Liberation Sans", size: 11pt, weight: "bold")[{TABLE_HEAD[0]}]], [#text(fill: white, font: "Liberation Sans", size: 11pt, weight: "bold")[{TABLE_HEAD[1]}]]),
  {rows})]''')
            t.append(q(AFTER_TABLE) + "\n")
            t.append(f'''#place(bottom, float: true, clearance: 6mm)[#box(width: 100%)[
#figure(rect(width: 100%, height: 58mm, fill: rgb("#b5b5b5"), stroke: none), caption: [{q(FIG2[1])}], gap: 2.5mm)
#v(-1.5mm) #align(left)[#text(font: "Liberation Sans", size: 9pt, style: "italic", fill: rgb("#6b6b6b"))[{q(FIG2[2])}]]]]''')
    t.append(']')
    src = "\n".join(t)
    open(f"{BUILD}/{NAME}.typ", "w").write(src)
    typst.compile(f"{BUILD}/{NAME}.typ", output=f"{OUT}/{NAME}.pdf")


build()
pdftotext(NAME)
sections = [S(None, TITLE, [P(INTRO)])]
for lab, title, paras in SECS:
    b = [P(p) for p in paras]
    if lab == "2":
        b.append(C(FIG[0] + " " + FIG[1], FIG[2]))
    if lab == "4":
        b += [P(f"{y} {e}") for y, e in TABLE] + [P(AFTER_TABLE), C(FIG2[0] + " " + FIG2[1], FIG2[2])]
    sections.append(S(lab, title, b))
write_gold(NAME, TITLE, [RUN[2], RUN[1], RUN[0]], sections)  # order of first appearance (header first)
