# Writes every gold JSON from content.gold() and checks gold words against the document text.
import json, os, re, zipfile, html, subprocess
from content import EX, gold
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
rep = []; errors = 0
def words(s): return re.findall(r"[\w’'\-–.,:;“”()¹*]+", s)
def norm(s): return re.sub(r"[^\w’\-–]+", " ", s).split()
for name, e in EX.items():
    g = gold(name)
    json.dump(g, open(os.path.join(OUT, name + ".json"), "w"), ensure_ascii=False, indent=2)
    if e["kind"] == "pdf":
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
        txt = open(os.path.join(OUT, name + ".txt")).read()
        if fresh != txt: rep.append(f"{name}: .txt differs from a fresh pdftotext -raw"); errors += 1
        txt = re.sub(r"-\n", "-", txt)
    elif e["kind"] == "docx":
        x = zipfile.ZipFile(os.path.join(OUT, name + ".docx")).read("word/document.xml").decode()
        txt = html.unescape(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)))
    else:
        x = open(os.path.join(OUT, name + ".html")).read()
        x = re.sub(r"(?s)<(head|script|style|template)\b.*?</\1>", " ", x)
        txt = html.unescape(re.sub(r"<[^>]+>", " ", x))
    have = set(norm(txt))
    nwords = 0
    for s in g["sections"]:
        items = [s["title"]] + ([s["label"]] if s["label"] else [])
        for b in s["blocks"]:
            items.append(b["text"])
            if b["kind"] == "paragraph": nwords += len(b["text"].split())
            else: items += [b["position"], b["credit"]]
        for it in items:
            miss = [w for w in norm(it) if w not in have]
            if miss: rep.append(f"{name}: missing {miss[:8]} from «{it[:50]}»"); errors += 1
    for r in g["running"]:
        if not all(w in have for w in norm(r)): rep.append(f"{name}: running «{r}» not found"); errors += 1
    if not 500 <= nwords <= 900: rep.append(f"{name}: {nwords} paragraph words (want 500–900)"); errors += 1
    assert g["sections"][0]["label"] is None and g["sections"][-1]["label"] is None
    rep.append(f"{name}: {nwords} gold paragraph words")
rep.append(f"errors: {errors}")
open(os.path.join(HERE, "validation_report.txt"), "w").write("\n".join(rep) + "\n")
print("\n".join(rep))
