"""Checks every gold string's words occur contiguously in the document text (case/punctuation ignored).
PDF: the .txt (line-end hyphens joined before a lower-case letter); DOCX: document.xml + footers; HTML: visible-ish text."""
import json, os, re, subprocess, sys, zipfile, html as H
from content import gold, para_words
from texts import DOCS

HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)


def norm(s):
    s = s.replace("’", "").replace("'", "").replace("‘", "")
    s = re.sub(r"(?<=\w)-(?=\w)", "", s)
    return " ".join(re.findall(r"\w+", s.lower()))


def doc_text(name, kind):
    if kind == "pdf":
        t = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
        assert fresh == t, name + ".txt is stale"
        return re.sub(r"-\n(?=[a-z])", "", t)
    if kind == "docx":
        z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
        parts = ["word/document.xml"] + [n for n in z.namelist() if n.startswith("word/footer")]
        out = []
        for p in parts:
            x = z.read(p).decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x)
            out.append(H.unescape(re.sub(r"<[^>]+>", "", x)))
        return "\n".join(out)
    x = open(os.path.join(OUT, name + ".html"), encoding="utf-8").read()
    x = re.sub(r"<(head|script|style|template|svg|sup)\b.*?</\1>", " ", x, flags=re.S)
    return H.unescape(re.sub(r"<[^>]+>", " ", x))


errors, notes, rep = 0, 0, []
for name, d in DOCS.items():
    j = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if j != gold(name, d):
        rep.append(f"ERROR {name}: json differs from content.py"); errors += 1
    w = para_words(j)
    if not 500 <= w <= 900:
        rep.append(f"ERROR {name}: {w} paragraph words"); errors += 1
    text = " " + norm(doc_text(name, d["kind"])) + " "
    strings = [j["title"]] + j["running"]
    for s in j["sections"]:
        strings += [s["label"] or "", s["title"]]
        for b in s["blocks"]:
            strings += [b["text"], b.get("position") or "", b.get("credit") or ""]
    for s in strings:
        n = norm(s)
        if not n:
            continue
        if " " + n + " " in text:
            continue
        words = n.split()
        if all(" " + x + " " in text for x in words):
            rep.append(f"NOTE  {name}: found only in pieces: {s[:70]}…"); notes += 1
        else:
            miss = [x for x in words if " " + x + " " not in text]
            rep.append(f"ERROR {name}: missing {miss[:5]} in: {s[:70]}…"); errors += 1
    rep.append(f"ok    {name}: {w} paragraph words")
rep.append(f"{errors} errors, {notes} notes")
open(os.path.join(HERE, "validation_report.txt"), "w").write("\n".join(rep) + "\n")
print("\n".join(rep))
sys.exit(1 if errors else 0)
