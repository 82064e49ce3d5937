# -*- coding: utf-8 -*-
"""Checks: JSON == gold.py output; 500-900 gold paragraph words; .txt == fresh pdftotext -raw;
every word of every gold string occurs contiguously in the document text (ERROR if not even in order,
NOTE if only in order, e.g. interrupted by furniture)."""
import json, os, re, subprocess, sys, zipfile, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import gold
from content import EX
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def toks(s):
    s = s.lower().replace("’", "").replace("'", "").replace("‘", "")
    s = re.sub(r"(?<=\w)[-‐](?=\w)", "", s)
    return re.findall(r"\w+", s)

def doc_text(name):
    base = os.path.join(OUT, name)
    if os.path.exists(base + ".pdf"):
        t = open(base + ".txt", encoding="utf-8").read()
        return re.sub(r"-\n(?=\w)", "", t)
    if os.path.exists(base + ".docx"):
        z = zipfile.ZipFile(base + ".docx")
        parts = []
        for n in sorted(z.namelist()):
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                for p in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
                    parts.append("".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, re.S)))
        return "\n".join(parts)
    h = open(base + ".html", encoding="utf-8").read()
    h = re.sub(r"<(head|script|style|template|svg|noscript)\b.*?</\1>", " ", h, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", h))

def contiguous(g, d):
    n = len(g)
    return any(d[i:i + n] == g for i in range(len(d) - n + 1))

def in_order(g, d):
    i = 0
    for t in d:
        if i < len(g) and t == g[i]:
            i += 1
    return i == len(g)

errors, notes, report = 0, 0, []
for name in EX:
    g = gold(name)
    j = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if j != g:
        errors += 1; report.append("ERROR %s: JSON differs from gold.py" % name)
    words = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
    report.append("%s: %d gold paragraph words" % (name, words))
    if not 500 <= words <= 900:
        errors += 1; report.append("ERROR %s: word count" % name)
    if os.path.exists(os.path.join(OUT, name + ".pdf")):
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
        if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
            errors += 1; report.append("ERROR %s: .txt is stale" % name)
    d = toks(doc_text(name))
    d2 = []
    for t in d:
        m = re.match(r"^([a-z]+)(\d{1,2})$", t)
        d2 += [m.group(1), m.group(2)] if m else [t]
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in g["sections"]:
        if s["label"]:
            strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        for b in s["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]:
                    strings.append(("position", b["position"]))
                strings.append(("credit", b["credit"]))
    for kind, sv in strings:
        gt = toks(sv)
        if contiguous(gt, d):
            continue
        if in_order(gt, d):
            notes += 1; report.append("NOTE %s %s: in order but not contiguous: %s" % (name, kind, sv[:70]))
        elif in_order(gt, d2):
            notes += 1; report.append("NOTE %s %s: in order once a glued note digit is split off: %s" % (name, kind, sv[:70]))
        else:
            errors += 1; report.append("ERROR %s %s: words not found: %s" % (name, kind, sv[:70]))
report.append("%d errors, %d notes" % (errors, notes))
open(os.path.join(OUT, "build", "validation_report.txt"), "w", encoding="utf-8").write("\n".join(report) + "\n")
print("\n".join(report))
sys.exit(1 if errors else 0)
