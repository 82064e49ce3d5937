"""Check the set: gold JSON == content.py, structure rules, word counts, .txt freshness, and that every gold
word (title, running, labels, section titles, paragraphs, captions, positions, credits) occurs in order in the
document text. Writes build/validation_report.txt."""
import json, os, re, subprocess, sys, unicodedata, zipfile, html as H
from content import EX, gold, para_words

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
errors, notes = [], []


def toks(s):
    s = unicodedata.normalize("NFC", s)
    return re.findall(r"[0-9a-z\u00c0-\u024f§£]+", s.lower().replace("’", "'").replace("'", ""))


def doc_text(name, kind):
    if kind == "pdf":
        t = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        return re.sub(r"-\n", "", t)            # undo line-end hyphens (compounds split at their hyphen are handled below)
    if kind == "docx":
        x = zipfile.ZipFile(os.path.join(OUT, name + ".docx")).read("word/document.xml").decode("utf-8")
        x = x.replace("<w:noBreakHyphen/>", "-").replace("<w:softHyphen/>", "")
        x = re.sub(r"</w:p>", " \n", x)
        return H.unescape(re.sub(r"<[^>]+>", "", x))
    h = open(os.path.join(OUT, name + ".html"), encoding="utf-8").read()
    h = re.sub(r"(?s)<head>.*?</head>|<script.*?</script>|<style.*?</style>|<template.*?</template>", " ", h)
    return H.unescape(re.sub(r"<[^>]+>", " ", h))


def match(gt, dt, start):
    """Greedy in-order match of gold tokens gt in doc tokens dt from start. A doc token may equal two gold tokens
    joined (a real compound broken at its own hyphen at a line end). Returns (end, gaps) or (None, missing)."""
    i, pos, gaps, first = 0, start, 0, None
    while i < len(gt):
        j = pos
        while j < len(dt):
            if dt[j] == gt[i] or (dt[j][:len(gt[i])] == gt[i]
                                  and dt[j][len(gt[i]):].isdigit() and len(dt[j]) - len(gt[i]) == 1):
                step = 1; break   # second case: a note mark glued to the word before it
            if i + 1 < len(gt) and dt[j] == gt[i] + gt[i + 1]:
                step = 2; break
            j += 1
        else:
            return None, gt[i]
        if first is None:
            first = j
        elif j != pos:
            gaps += 1
        i += step; pos = j + 1
    return pos, gaps


def check(name):
    e = EX[name]
    kind = e["kind"]
    g = gold(name)
    saved = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if saved != g:
        errors.append(f"{name}: JSON differs from content.py")
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
        errors.append(f"{name}: title section not first")
    if secs[-1]["label"] is not None:
        errors.append(f"{name}: sidebar not last")
    for s in secs:
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") < len(kinds) - kinds.count("caption"):
            errors.append(f"{name}: caption not last in {s['title']}")
    w = para_words(name)
    if not 500 <= w <= 900:
        errors.append(f"{name}: {w} paragraph words")
    if kind == "pdf":
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True,
                               text=True).stdout
        if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
            errors.append(f"{name}: .txt is stale")
    dt = toks(doc_text(name, kind))
    items = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in secs:
        if s["label"]:
            items.append(("label", s["label"]))
        items.append(("section title", s["title"]))
        for b in s["blocks"]:
            items.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]:
                    items.append(("position", b["position"]))
                items.append(("credit", b["credit"]))
    for what, text in items:
        gt = toks(text)
        start = 0
        for j in range(len(dt) - 2):      # anchor the match where the block's first three words stand together
            if dt[j:j + 3] == gt[:3]:
                start = j; break
        end, info = match(gt, dt, start)
        if end is None and start:
            end, info = match(gt, dt, 0)
        if end is None:
            errors.append(f"{name}: {what} word '{info}' not found in order: {text[:60]}")
        elif what in ("paragraph", "caption") and info:
            notes.append(f"{name}: {what} interrupted ({info} gap(s)): {text[:50]}…")
    return w


if __name__ == "__main__":
    lines = []
    for name in EX:
        w = check(name)
        lines.append(f"{name}: {EX[name]['kind']}, {w} paragraph words")
    lines += ["", f"errors: {len(errors)}"] + errors + ["", "notes:"] + notes
    report = "\n".join(lines) + "\n"
    open(os.path.join(HERE, "validation_report.txt"), "w").write(report)
    print(report)
    sys.exit(1 if errors else 0)
