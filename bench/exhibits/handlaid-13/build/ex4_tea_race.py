"""Exhibit 4: tea_race -- a typed label-copy sheet: plain text wrapped by this script (pyphen hyphenation),
set by GNU enscript (2 columns, landscape, Courier) to PostScript, then ps2pdf (Ghostscript)."""
import os, subprocess, re
import pyphen
from content import TEA as D, write_gold

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
W = 60
HY = pyphen.Pyphen(lang="en_US")

def wrap(text, width=W, indent=""):
    lines, cur = [], indent
    words = text.split()
    while words:
        w = words.pop(0)
        cand = (cur + " " + w) if cur.strip() else cur + w
        if len(cand) <= width:
            cur = cand
            continue
        room = width - len(cur) - (1 if cur.strip() else 0)
        done = False
        if w.isalpha() and len(w) > 5:
            for pre, post in HY.iterate(w):
                if len(pre) + 1 <= room and len(pre) >= 2 and len(post) >= 3:
                    cur = (cur + " " if cur.strip() else cur) + pre + "-"
                    words.insert(0, post); done = True
                    break
        lines.append(cur)
        cur = indent if done else indent + w
    if cur.strip():
        lines.append(cur)
    return lines

out = []
for t in D["title_lines"]:
    out.append(t.center(W).rstrip())
out.append("=" * W)
out.append("")
out += wrap(D["intro"])
out.append("")
for sec in D["sections"]:
    out.append("-" * W)
    out.append(sec["label"])
    out.append(sec["title"])
    out.append("~" * len(sec["title"]))
    out.append("")
    paras = [b for b in sec["blocks"] if b["kind"] == "paragraph"]
    for i, b in enumerate(paras):
        out += wrap(("     " if i else "") + b["text"]) if False else wrap(b["text"], indent="")
        out.append("")
    for b in sec["blocks"]:
        if b["kind"] == "caption":
            out.append("    [PICTURE]")
            out += wrap(b["position"] + ": " + b["text"], indent="    ")
            out += wrap(b["credit"], indent="    ")
            out.append("")
out.append("-" * W)
out.append("END OF LABEL COPY".center(W).rstrip())
src = "\n".join(out) + "\n"
open(os.path.join(HERE, "tea_race.txt"), "w", encoding="ascii").write(src)

hl, hc, hr = D["header"]
header = "%s|%s|%s" % (hl, hc, hr.format(page="$%", topage="$="))
subprocess.run(["enscript", "-q", "-M", "A4", "-r", "-2", "-f", "Courier10", "-F", "Courier-Bold10",
                "--margins=40:40:30:30", "--header=" + header, "-j",
                "-o", "tea_race.ps", "tea_race.txt"], cwd=HERE, check=True)
subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", "tea_race.ps", os.path.join(OUT, "tea_race.pdf")], cwd=HERE, check=True)
subprocess.run(["pdftotext", "-raw", "tea_race.pdf", "tea_race.txt"], cwd=OUT, check=True)
npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", os.path.join(OUT, "tea_race.pdf")], capture_output=True, text=True).stdout).group(1))
running = [hl, hc] + [hr.format(page=i, topage=npages) for i in range(1, npages + 1)]
title = " ".join(D["title_lines"])
# enscript's latin1 encoding draws ASCII ' (0x27) with the quoteright glyph, so the PDF shows a curly apostrophe:
# the gold follows the printed glyph.
import copy
secs = copy.deepcopy(D["sections"])
for s in secs:
    for b in s["blocks"]:
        for k in ("text", "credit"):
            if b.get(k):
                b[k] = b[k].replace("'", "\u2019")
sections = [{"label": None, "title": title, "blocks": [{"kind": "paragraph", "text": D["intro"]}]}] + secs
write_gold(os.path.join(OUT, "tea_race.json"), title, running, sections)
print("pages", npages, "lines", len(out))
