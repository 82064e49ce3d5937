"""Checks every gold word (paragraphs, captions, credits, positions, labels, titles) against the document text."""
import json, os, re, zipfile, html
import content
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOK = re.compile(r"[\w’'.,;:?!“”\-–£†*]+")


def norm(w):
    return re.sub(r"^[^\w]+|[^\w]+$", "", w).lower()


def words_pdf(txt):
    lines = txt.split("\n")
    out = set()
    for i, l in enumerate(lines):
        ws = l.split()
        out.update(norm(w) for w in ws)
        if ws and ws[-1].endswith("-") and i + 1 < len(lines) and lines[i + 1].split():
            nxt = lines[i + 1].split()[0]
            out.add(norm(ws[-1][:-1] + nxt)); out.add(norm(ws[-1] + nxt))
    out |= {re.sub(r"\W*\d+$", "", w) for w in out if re.search(r"[a-z]\W*\d+$", w)}  # glued note marks "witnesses.1"
    return out


def words_docx(p):
    x = zipfile.ZipFile(p).read("word/document.xml").decode()
    x = re.sub(r"<w:softHyphen/>", "", x)
    paras = re.findall(r"(?s)<w:p[ >].*?</w:p>", x)
    t = " ".join("".join(html.unescape(m) for m in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", q)) for q in paras)
    return set(norm(w) for w in t.split())


def words_html(p):
    x = open(p, encoding="utf-8").read()
    x = re.sub(r"(?s)<(head|script|style|template)\b.*?</\1>", " ", x)
    x = re.sub(r"<[^>]+>", " ", x)
    return set(norm(w) for w in html.unescape(x).split())


report, errors = [], 0
for n in content.DOCS:
    g = json.load(open(os.path.join(OUT, n + ".json"), encoding="utf-8"))
    if os.path.exists(os.path.join(OUT, n + ".pdf")):
        have = words_pdf(open(os.path.join(OUT, n + ".txt"), encoding="utf-8").read()); kind = "txt"
    elif os.path.exists(os.path.join(OUT, n + ".docx")):
        have = words_docx(os.path.join(OUT, n + ".docx")); kind = "docx"
    else:
        have = words_html(os.path.join(OUT, n + ".html")); kind = "html"
    assert list(g) == ["title", "running", "sections"]
    assert g["sections"][0]["label"] is None and g["sections"][0]["title"] == g["title"]
    assert g["sections"][-1]["label"] is None
    strings = [g["title"]]
    nw = 0
    for s in g["sections"]:
        assert list(s) == ["label", "title", "blocks"]
        strings += [s["label"] or "", s["title"]]
        for i, b in enumerate(s["blocks"]):
            if b["kind"] == "caption":
                assert i == len(s["blocks"]) - 1 and list(b) == ["kind", "text", "position", "credit"]
                assert not b["position"].endswith(":")
                strings += [b["text"], b["position"], b["credit"]]
            else:
                assert list(b) == ["kind", "text"]
                strings.append(b["text"]); nw += len(b["text"].split())
    miss = [w for st in strings for w in st.split() if norm(w) and norm(w) not in have]
    rmiss = [w for st in g["running"] for w in st.split() if norm(w) and norm(w) not in have]
    errors += len(miss)
    report.append("%s (%s): %d gold paragraph words, missing %d %s; running words not found: %s"
                  % (n, kind, nw, len(miss), miss[:10], rmiss))
    assert 500 <= nw <= 900
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "validation_report.txt"), "w").write(
    "\n".join(report) + "\nerrors: %d\n" % errors)
print("\n".join(report)); print("errors:", errors)
