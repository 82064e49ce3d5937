"""Checks for set 55. Writes validation_report.txt next to this file; exit status 1 on any error."""
import json, os, re, subprocess, sys, unicodedata, zipfile, tempfile
from content import ORDER, EX, gold

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
errors, notes = [], []


def toks(s):
    s = unicodedata.normalize("NFC", s).lower()
    for m in "¹²³†*":
        s = s.replace(m, " ")
    s = s.replace("\u00ad", "")
    out = []
    for w in s.split():
        w = "".join(ch for ch in w if ch.isalnum())
        if w:
            out.append(w)
    return out


def doc_text(name, kind, vocab=()):
    if kind == "pdf":
        t = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        lines = t.split("\n")
        # A word hyphenated at the foot of a page or column may be followed by a caption, a note, a footer...
        # When the next line does not go on in lower case, carry the first lower-case line start that
        # follows within 40 lines back to the broken word (reported as a note).
        for i, ln in enumerate(lines):
            if re.search(r"[a-z]-$", ln) and i + 1 < len(lines) and not re.match(r"[a-z]", lines[i + 1]):
                for j in range(i + 1, min(i + 41, len(lines))):
                    m = re.match(r"([a-z]+\S*)\s*(.*)", lines[j])
                    if m and toks(ln.split()[-1][:-1] + m.group(1))[0] in vocab:
                        lines[i] = ln[:-1] + m.group(1)
                        lines[j] = m.group(2)
                        notes.append(f"{name}: line-end hyphen '{ln.split()[-1]}' resumed {j - i} lines later "
                                     f"with '{m.group(1)}'")
                        break
        return re.sub(r"-\n", "", "\n".join(lines))  # other line-end hyphens joined (hyphens are ignored)
    if kind == "docx":
        x = zipfile.ZipFile(os.path.join(OUT, name + ".docx")).read("word/document.xml").decode("utf-8")
        x = re.sub(r"<w:br/>|<w:tab/>|</w:p>", " \n", x)
        x = re.sub(r"<w:noBreakHyphen/>", "-", x)
        parts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n)", x)
        return "".join(a or b for a, b in parts)
    h = open(os.path.join(OUT, name + ".html"), encoding="utf-8").read()
    h = re.sub(r"<!--.*?-->", "", h, flags=re.S)
    h = re.sub(r"<(head|script|style|template)\b.*?</\1>", " ", h, flags=re.S | re.I)
    h = re.sub(r"<[^>]+>", " ", h)
    import html as H
    return H.unescape(h)


def find(G, D, maxpieces=1):
    """Find G in D as at most maxpieces contiguous runs, in order. Returns list of (pos, len) or None."""
    pieces, gi, start = [], 0, 0
    while gi < len(G):
        best = None
        for p in range(len(D)):
            if D[p] != G[gi]:
                continue
            k = 0
            while gi + k < len(G) and p + k < len(D) and D[p + k] == G[gi + k]:
                k += 1
            after = p >= start
            key = (k, after)
            if best is None or key > best[0]:
                best = (key, p, k)
        if best is None:
            return None
        (_, p, k) = best
        if k < 2 and gi + k < len(G):
            return None
        pieces.append((p, k))
        gi += k
        start = p + k
        if len(pieces) > maxpieces:
            return None
    return pieces


def check(name):
    e = EX[name]
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if g != gold(name):
        errors.append(f"{name}: JSON differs from content.py")
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
        errors.append(f"{name}: title section not first")
    if secs[-1]["label"] is not None:
        errors.append(f"{name}: sidebar not last")
    for s in secs:
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
            errors.append(f"{name}: caption not last in {s['title']}")
    words = sum(len(b["text"].split()) for s in secs for b in s["blocks"] if b["kind"] == "paragraph")
    if not 500 <= words <= 900:
        errors.append(f"{name}: {words} paragraph words")
    if e["kind"] == "pdf":
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"],
                               capture_output=True, text=True).stdout
        if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
            errors.append(f"{name}: .txt is not a fresh pdftotext -raw")
    vocab = set(t for s in secs for b in s["blocks"] for t in toks(b["text"]))
    D = toks(doc_text(name, e["kind"], vocab))
    items = [("title", g["title"], 1)] + [("running", r, 1) for r in g["running"]]
    for s in secs:
        if s["label"]:
            items.append(("label", s["label"], 1))
        items.append(("section title", s["title"], 1))
        for k, b in enumerate(s["blocks"]):
            items.append((f"{b['kind']} {s['label'] or s['title'][:20]}-{k+1}", b["text"], 4))
            if b["kind"] == "caption":
                if b["position"]:
                    items.append(("position", b["position"], 1))
                items.append(("credit", b["credit"], 1))
    for what, text, mp in items:
        G = toks(text)
        r = find(G, D, mp)
        if r is None:
            errors.append(f"{name}: {what} not found: {text[:70]}")
        elif len(r) > 1:
            gaps = [r[i + 1][0] - (r[i][0] + r[i][1]) for i in range(len(r) - 1)]
            notes.append(f"{name}: {what} found in {len(r)} pieces (gaps {gaps} tokens): "
                         + " | ".join(" ".join(D[p:p + l][-3:]) for p, l in r[:-1]))
    notes.append(f"{name}: {words} paragraph words, {len(secs)} sections")


for n in ORDER:
    check(n)
rep = ["errors: %d" % len(errors)] + ["ERROR " + x for x in errors] + ["note  " + x for x in notes]
open(os.path.join(HERE, "validation_report.txt"), "w").write("\n".join(rep) + "\n")
print("\n".join(rep))
sys.exit(1 if errors else 0)
