# Writes the gold JSONs and checks every gold word against the document text.
import json, os, re, sys, zipfile, html
from content import DOCS, gold, words
OUT = os.path.dirname(os.path.abspath(__file__)) + "/.."
err = 0
def norm(t):
    return re.findall(r"[A-Za-zÀ-ÿ0-9’'\-]+", t)
for n in DOCS:
    g = gold(n)
    json.dump(g, open(f"{OUT}/{n}.json", "w"), ensure_ascii=False, indent=2)
    if os.path.exists(f"{OUT}/{n}.txt"):
        t = open(f"{OUT}/{n}.txt").read()
        t = re.sub(r"(\w)-\n(\w)", r"\1\2", t) + "\n" + t  # joined and kept
        t = t.replace("mill*", "mill").replace("1964.¹", "1964.")
    elif n == "ice_trade_1806":
        x = zipfile.ZipFile(f"{OUT}/{n}.docx").read("word/document.xml").decode()
        t = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"</w:t>\s*<", "</w:t><", x)))
        t = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x))
        t = html.unescape(t)
    else:
        x = open(f"{OUT}/{n}.html").read()
        x = re.sub(r"(?s)<(head|script|style|template)\b.*?</\1>", " ", x)
        t = html.unescape(re.sub(r"<[^>]+>", " ", x))
    vocab = set(norm(t))
    miss = []
    for s in g["sections"]:
        parts = [s["title"]] + ([s["label"]] if s["label"] else [])
        for b in s["blocks"]:
            parts.append(b["text"])
            if b["kind"] == "caption":
                parts += [b["position"], b["credit"]]
        for p in parts:
            for w in norm(p):
                if w not in vocab:
                    miss.append(w)
    assert g["sections"][0]["label"] is None and g["sections"][-1]["label"] is None
    wc = words(n)
    ok = not miss and 500 <= wc <= 900
    err += 0 if ok else 1
    print(f"{n}: {wc} words, missing {miss[:10]} {'OK' if ok else 'ERROR'}")
print("errors:", err)
sys.exit(1 if err else 0)
