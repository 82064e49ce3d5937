"""Check that every gold string's words occur in order in the document text; write validation_report.txt."""
import json, os, re, sys, zipfile, subprocess, html as H
from content import EX, OUT, gold
def norm_words(t):
    t = t.replace("\u00ad", "").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.findall(r"[\w']+", t.lower().replace("-", "").replace("\u2010", ""))
def doc_text(n):
    p = os.path.join(OUT, n)
    if os.path.exists(p + ".pdf"):
        fresh = subprocess.run(["pdftotext", "-raw", p + ".pdf", "-"], capture_output=True, text=True).stdout
        txt = open(p + ".txt", encoding="utf-8").read()
        assert fresh == txt, n + ": .txt differs from a fresh pdftotext -raw"
        # join TeX line-end hyphens (word-\nword); keep real compounds by trying both later
        return txt, True
    if os.path.exists(p + ".docx"):
        x = zipfile.ZipFile(p + ".docx").read("word/document.xml").decode()
        return " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)), False
    s = open(p + ".html", encoding="utf-8").read()
    s = re.sub(r"(?s)<(head|script|style|template)\b.*?</\1>", " ", s)
    return H.unescape(re.sub(r"<[^>]+>", " ", s)), False
def check(n, rep):
    txt, ispdf = doc_text(n)
    if ispdf:
        txt = re.sub(r"(\w)-\n(\w)", r"\1\2", txt)  # undo line-end hyphens
    words = norm_words(txt); errs = 0
    g = gold(n); assert json.load(open(os.path.join(OUT, n + ".json"), encoding="utf-8")) == g
    items = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in g["sections"]:
        if s["label"]: items.append(("label", s["label"]))
        items.append(("section title", s["title"]))
        for b in s["blocks"]:
            items.append((b["kind"], b["text"]))
            if b["kind"] == "caption": items += [("position", b["position"]), ("credit", b["credit"])]
    for kind, t in items:
        ws = norm_words(t); i = 0; gaps = 0; pos = 0; ok = True
        # find words in order (allow gaps); compounds split by a line-end hyphen are tried joined
        for w in ws:
            try:
                pos = words.index(w, pos) + 1
            except ValueError:
                j = "".join(w.split("-"))
                ok = False; break
        if not ok:
            errs += 1; rep.append(f"{n}: MISSING {kind}: word {w!r} of {t[:70]!r}")
        else:
            # contiguity check
            for k in range(len(words)):
                if words[k:k+len(ws)] == ws: break
            else:
                rep.append(f"{n}: interrupted {kind}: {t[:60]!r}")
    pw = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
    if not 500 <= pw <= 900: errs += 1; rep.append(f"{n}: {pw} paragraph words")
    if g["sections"][0]["label"] is not None: errs += 1
    for s in g["sections"]:
        ks = [b["kind"] for b in s["blocks"]]
        if "caption" in ks and ks.index("caption") != len(ks) - 1: errs += 1; rep.append(f"{n}: caption not last")
    rep.append(f"{n}: {pw} paragraph words, {errs} errors"); return errs
if __name__ == "__main__":
    rep = []; e = sum(check(n, rep) for n in EX if any(os.path.exists(os.path.join(OUT, n + x)) for x in (".pdf", ".docx", ".html")))
    rep.append(f"TOTAL ERRORS: {e}")
    open(os.path.join(os.path.dirname(__file__), "validation_report.txt"), "w").write("\n".join(rep) + "\n")
    print("\n".join(rep))
