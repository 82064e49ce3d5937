"""Checks every exhibit of set 54: gold JSON == content.py, structure rules, word counts, .txt == fresh
pdftotext -raw, and that every word of every gold string occurs in order in the document text."""
import html, json, os, re, subprocess, sys, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import EX, ORDER, OUT, gold, words

errors, notes = [], []


def norm(t):
    t = t.replace("\u00ad", "").replace("¹", "")
    return re.sub(r"[^0-9a-zà-ÿ]", "", t.lower())


def toks(text):
    return [w for w in (norm(x) for x in text.split()) if w]


def doc_text(name):
    for ext in ("pdf", "docx", "html"):
        p = os.path.join(OUT, name + "." + ext)
        if os.path.exists(p):
            break
    if ext == "pdf":
        txt = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        fresh = subprocess.run(["pdftotext", "-raw", p, "-"], capture_output=True, text=True).stdout
        if fresh != txt:
            errors.append(f"{name}: .txt differs from a fresh pdftotext -raw")
        # undo line-end hyphens (tokens are compared without hyphens, so real compounds survive too)
        return re.sub(r"(\w)-\n(\w)", r"\1\2", txt), ext
    if ext == "docx":
        xml = zipfile.ZipFile(p).read("word/document.xml").decode()
        parts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(p|br|tab)\b", xml)
        return html.unescape(" ".join(a if a else " " for a, b in parts)), ext
    src = open(p, encoding="utf-8").read()
    src = re.sub(r"(?s)<(head|script|style|template)\b.*?</\1>", " ", src)
    src = re.sub(r"(?s)<!--.*?-->", "", src)
    src = re.sub(r"<[^>]+>", " ", src)
    return html.unescape(src), ext


def find(doc, ws):
    """Smallest-span in-order match of ws in doc; returns (start, end) or None."""
    best = None
    for i, t in enumerate(doc):
        if t != ws[0]:
            continue
        j, k = i, 0
        while j < len(doc) and k < len(ws):
            if doc[j] == ws[k]:
                k += 1
            j += 1
            if j - i > len(ws) + 400:
                break
        if k == len(ws) and (best is None or j - i < best[1] - best[0]):
            best = (i, j)
            if j - i == len(ws):
                break
    return best


def main():
    for n in ORDER:
        g = gold(n)
        with open(os.path.join(OUT, n + ".json"), encoding="utf-8") as f:
            if json.load(f) != g:
                errors.append(f"{n}: JSON differs from content.py")
        secs = g["sections"]
        if secs[0]["label"] is not None or secs[0]["title"] != g["title"] or len(secs[0]["blocks"]) != 1:
            errors.append(f"{n}: title section")
        if secs[-1]["label"] is not None:
            errors.append(f"{n}: sidebar not last")
        for s in secs:
            kinds = [b["kind"] for b in s["blocks"]]
            if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
                errors.append(f"{n}: caption not last in {s['title']}")
        wc = words(n)
        if not 500 <= wc <= 900:
            errors.append(f"{n}: {wc} paragraph words")
        text, ext = doc_text(n)
        doc = toks(text)
        strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
        for s in secs:
            if s["label"]:
                strings.append(("label", s["label"]))
            strings.append(("section title", s["title"]))
            for b in s["blocks"]:
                strings.append((b["kind"], b["text"]))
                if b["kind"] == "caption":
                    if b["position"]:
                        strings.append(("position", b["position"]))
                    strings.append(("credit", b["credit"]))
        for kind, s in strings:
            ws = toks(s)
            m = find(doc, ws)
            if m is None and len(ws) > 8:
                # a paragraph printed in two pieces whose content-stream order is reversed (folded card)
                for k in range(4, len(ws) - 3):
                    a, b = find(doc, ws[:k]), find(doc, ws[k:])
                    if a and b and a[1] - a[0] == k and b[1] - b[0] == len(ws) - k:
                        notes.append(f"{n}: {kind} found in two pieces split after word {k} "
                                     f"({'second piece first' if b[0] < a[0] else 'in order'}): {s[:50]}…")
                        m = "split"
                        break
            if m is None:
                errors.append(f"{n}: {kind} not found in order: {s[:70]}")
            elif m == "split":
                pass
            elif m[1] - m[0] > len(ws):
                notes.append(f"{n}: {kind} interrupted ({m[1] - m[0] - len(ws)} extra tokens): {s[:60]}…")
        print(f"{n}: {ext}, {wc} paragraph words, {len(strings)} gold strings checked")
    for x in notes:
        print("note:", x)
    for x in errors:
        print("ERROR:", x)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
