"""Checks the set: schema, order, word counts, and that the words of every gold string occur in the document."""
import json, os, re, subprocess, unicodedata, zipfile, quopri, html, sys
from content import ALL

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
report, errors = [], 0

def err(msg):
    global errors
    errors += 1
    report.append("ERROR " + msg)

def norm(s):
    return unicodedata.normalize("NFKC", s).lower().replace("’", "'")

def toks(s):
    return re.findall(r"[^\W\d_]+|\d+", norm(s))

def squash(s):
    return re.sub(r"[^0-9a-z\u00c0-\u024f]", "", norm(s))

def visible_html(s):
    s = re.sub(r"(?is)<(head|style|script|template)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)

def doc_text(name):
    if os.path.exists(os.path.join(OUT, name + ".pdf")):
        pdf, txt = os.path.join(OUT, name + ".pdf"), os.path.join(OUT, name + ".txt")
        fresh = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout
        if fresh != open(txt, encoding="utf-8").read():
            err(f"{name}: .txt differs from a fresh pdftotext -raw")
        return re.sub(r"(\w)-\n(?=[a-z])", r"\1", fresh)
    if os.path.exists(os.path.join(OUT, name + ".docx")):
        z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
        parts = []
        for n in z.namelist():
            data = z.read(n)
            if n.endswith(".xml"):
                parts.append(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", data.decode("utf-8"))))
            elif n.endswith(".mht"):
                body = data.split(b"\n\n", 1)[1] if b"\n\n" in data else data
                htmlpart = body.split(b"------=mhtDocumentPart")[1]
                htmlpart = htmlpart.split(b"\n\n", 1)[1]
                parts.append(visible_html(quopri.decodestring(htmlpart).decode("utf-8")))
        return "\n".join(parts)
    return visible_html(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())

for C in ALL:
    name = C["name"]
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if list(g) != ["title", "running", "sections"]:
        err(f"{name}: top-level keys {list(g)}")
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
        err(f"{name}: title section")
    if len(secs[0]["blocks"]) != 1:
        err(f"{name}: title section must hold one intro paragraph")
    words = 0
    text = doc_text(name)
    tokset = set(toks(text))
    sq = squash(text)
    not_verbatim = []
    for s in secs:
        if list(s) != ["label", "title", "blocks"]:
            err(f"{name}: section keys {list(s)}")
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") < len(kinds) - kinds.count("caption"):
            err(f"{name}: caption not last in {s['title']}")
        strings = [s["title"]] + ([s["label"]] if s["label"] else [])
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                if list(b) != ["kind", "text"]:
                    err(f"{name}: paragraph keys")
                words += len(b["text"].split())
                strings.append(b["text"])
                if squash(b["text"]) not in sq:
                    not_verbatim.append(b["text"][:50])
            else:
                if list(b) != ["kind", "text", "position", "credit"]:
                    err(f"{name}: caption keys")
                if b["position"] and b["position"].endswith(":"):
                    err(f"{name}: position with colon")
                strings += [b["text"], b["credit"]]
                for part in (b["text"], b["credit"]):
                    if squash(part) not in sq:
                        err(f"{name}: caption/credit not verbatim: {part[:50]}")
                if b["position"] and squash(b["position"] + b["text"][:20]) not in sq:
                    err(f"{name}: position + caption start not found: {b['position']}")
        if "^" in json.dumps(s):
            err(f"{name}: note marker left in gold")
        for st in strings:
            missing = [t for t in toks(st) if t not in tokset]
            if missing:
                err(f"{name}: words missing from the document text: {missing} in “{st[:60]}”")
    for r in g["running"]:
        if squash(r) not in sq:
            err(f"{name}: running string not found: {r}")
    report.append(f"{name}: {len(secs)} sections, {words} gold paragraph words"
                  + (f"; not verbatim (planned interruptions): {not_verbatim}" if not_verbatim else ""))
    if not 500 <= words <= 900:
        err(f"{name}: {words} gold paragraph words, outside 500-900")

report.append(f"{errors} errors")
open(os.path.join(HERE, "validation_report.txt"), "w").write("\n".join(report) + "\n")
print("\n".join(report))
sys.exit(1 if errors else 0)
