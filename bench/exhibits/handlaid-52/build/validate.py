"""Check every gold string against its document text (in order), plus structural checks."""
import html as htmlmod
import json
import os
import re
import subprocess
import sys
import zipfile

import content

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def toks(t):
    t = t.lower().replace("’", "'").replace("‘", "'")
    t = re.sub(r"[-\u2010\u2011\u00ad]", "", t)
    return re.findall(r"[0-9a-zà-ÿłœ']+", t)


def doc_text(name):
    if os.path.exists(os.path.join(OUT, name + ".pdf")):
        t = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        return re.sub(r"(?<=\w)-\n(?=\w)", "", t)   # line-end hyphens (and compounds split at their hyphen)
    if os.path.exists(os.path.join(OUT, name + ".docx")):
        x = zipfile.ZipFile(os.path.join(OUT, name + ".docx")).read("word/document.xml").decode("utf-8")
        x = re.sub(r"</w:p>", "\n", x)
        return htmlmod.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|\n", x)) if False else
                                "".join(m.group(1) or "\n" for m in re.finditer(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|\n", x)))
    h = open(os.path.join(OUT, name + ".html"), encoding="utf-8").read()
    h = re.sub(r"<head.*?</head>|<script.*?</script>|<style.*?</style>|<template.*?</template>", " ", h, flags=re.S)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


def check_in_order(dtoks, pos, s):
    """Find the words of s in order; try every start where the first word occurs and keep the match
    with the fewest gaps. Return (end, missing word or None, gaps)."""
    g = toks(s)
    best = None
    starts = [i for i, w in enumerate(dtoks) if g and w == g[0]] or [pos]
    for st in starts:
        r = _greedy(dtoks, st, g)
        if r[1] is None and (best is None or r[2] < best[2]):
            best = r
    return best or _greedy(dtoks, pos, g)


def _greedy(dtoks, pos, g):
    gaps = 0
    last = None
    for w in g:
        try:
            i = dtoks.index(w, pos)
        except ValueError:
            return pos, w, gaps
        if last is not None and i != last + 1:
            gaps += 1
        last = i
        pos = i + 1
    return pos, None, gaps


def main():
    errors = 0
    lines = []
    for name in content.EXHIBITS:
        g = content.gold(name)
        disk = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
        if disk != g:
            lines.append(f"ERROR {name}: JSON differs from content.py"); errors += 1
        secs = g["sections"]
        if secs[0]["label"] is not None or secs[-1]["label"] is not None:
            lines.append(f"ERROR {name}: title/sidebar section order"); errors += 1
        for s in secs:
            kinds = [b["kind"] for b in s["blocks"]]
            if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
                lines.append(f"ERROR {name}: caption not last in {s['title']}"); errors += 1
        words = content.para_words(g)
        if not 500 <= words <= 900:
            lines.append(f"ERROR {name}: {words} paragraph words"); errors += 1
        pdf = os.path.join(OUT, name + ".pdf")
        if os.path.exists(pdf):
            fresh = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout
            if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
                lines.append(f"ERROR {name}: .txt is not a fresh pdftotext -raw"); errors += 1
        dt = toks(doc_text(name))
        # every string must occur; paragraphs are checked in order inside the whole document text
        checks = [("title", g["title"])] + [("running", r) for r in g["running"]]
        for s in secs:
            if s["label"]:
                checks.append(("label", s["label"]))
            checks.append(("section title", s["title"]))
            for b in s["blocks"]:
                checks.append((b["kind"], b["text"]))
                if b["kind"] == "caption":
                    checks.append(("position", b["position"]))
                    checks.append(("credit", b["credit"]))
        interrupted = 0
        for kind, s in checks:
            _, missing, gaps = check_in_order(dt, 0, s)
            if missing:
                lines.append(f"ERROR {name}: {kind} word {missing!r} not found in order: {s[:70]}"); errors += 1
            elif gaps:
                interrupted += 1
                lines.append(f"  note {name}: {kind} interrupted ({gaps} gap(s)): {s[:60]}…")
        lines.append(f"{name}: {len(checks)} strings checked, {words} paragraph words, {interrupted} interrupted")
    lines.append(f"{errors} errors")
    report = "\n".join(lines)
    print(report)
    open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8").write(report + "\n")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
