# -*- coding: utf-8 -*-
"""christmas_card_1843: a typed gallery-notes sheet, laid out as plain text by me and set by
cups-filters' texttopdf (two columns, prettyprint header). Courier: every glyph 600/1000 em."""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import CARD as D, write_gold
from breaker import break_lines

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
W = 37                       # characters per column line (a column holds 39 at cpi=12)
mono = lambda s: float(len(s))
L = []

def para(t, indent=3):
    t = t.replace("[1]", "(1)").replace("[2]", "(2)")
    lines = break_lines(t, W, mono, first_indent=indent)
    L.append(" " * indent + lines[0])
    L.extend(lines[1:])

def blank(n=1):
    L.extend([""] * n)

L.append(D["kicker"][:W])
blank()
for t in D["title"]:
    L.append(t)
L.append("=" * len(D["title"][1]))
blank()
para(D["intro"], indent=0)
blank()
for label, title, paras, cap in D["sections"]:
    L.append(f"{label}. {title}")
    L.append("-" * len(f"{label}. {title}"))
    for k, p in enumerate(paras):
        para(p)
        blank()
        if cap and k == 0:
            # picture: a typed frame where the photograph is pasted in
            L.append("+" + "-" * (W - 2) + "+")
            for _ in range(7):
                L.append("|" + " " * (W - 2) + "|")
            L.append("+" + "-" * (W - 2) + "+")
            for ln in break_lines(f"{cap[0]}: {cap[1]}", W, mono):
                L.append(ln)
            for ln in break_lines(cap[2], W - 2, mono, hyphenate=False):
                L.append("  " + ln)
            blank()
    if label == "2":
        # the figures table: label ........ value
        L.append("THE CARD IN FIGURES")
        for k, v in D["table"]:
            L.append(k + " " + "." * (W - len(k) - len(v) - 2) + " " + v)
        blank()
# sidebar: a box typed with asterisks
L.append("*" * W)
L.append("* " + D["sidebar"][0].ljust(W - 4) + " *")
L.append("*" + " " * (W - 2) + "*")
for ln in break_lines(D["sidebar"][1], W - 4, mono):
    L.append("* " + ln.ljust(W - 4) + " *")
L.append("*" * W)
blank()
L.append("NOTES")
for i, n in enumerate(D["notes"], 1):
    ls = break_lines(n, W - 4, mono)
    L.append(f"({i}) " + ls[0])
    L.extend("    " + x for x in ls[1:])
blank()
L.append("Kingsway Museum of Printing and Post")
L.append("Notes may be taken away. Please return")
L.append("the folder to the stand.")

src = os.path.join(os.path.dirname(__file__), "christmas_card_1843.txt.in")
with open(src, "w") as f:
    f.write("\n".join(L) + "\n")
pdf = os.path.join(OUT, D["name"] + ".pdf")
env = dict(os.environ, FAKETIME="2024-11-18 10:15:00")
with open(pdf, "wb") as f:
    subprocess.run(["faketime", "2024-11-18 10:15:00", "/usr/lib/cups/filter/texttopdf", "14", "kingsway",
                    "Gallery Notes 14", "1", "columns=2 prettyprint cpi=12 lpi=6", src], stdout=f, check=True,
                   stderr=subprocess.DEVNULL)
subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, D["name"] + ".txt")], check=True)
npages = int([l for l in subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.splitlines()
              if l.startswith("Pages:")][0].split()[1])
running = ["Gallery Notes 14", "Mon Nov 18 10:15:00 2024"] + [str(i) for i in range(1, npages + 1)]
def curly(o):
    # Courier in StandardEncoding: the typed ' (0x27) is the glyph quoteright, shown and extracted as U+2019
    if isinstance(o, str):
        return o.replace("'", "\u2019")
    if isinstance(o, (list, tuple)):
        return type(o)(curly(x) for x in o)
    if isinstance(o, dict):
        return {k: curly(v) for k, v in o.items()}
    return o
G = curly(D)
write_gold(G, running, OUT, title=" ".join(G["title"]))
print("lines", len(L), "pages", npages)
