# Checks the gold of every exhibit against its document text; writes validation_report.txt.
import html.parser, json, os, re, subprocess, sys, unicodedata, zipfile
B = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(B, ".."))
PDFS = ["grace_darling_1838", "difference_engine_1822", "skara_brae_1850", "mildenhall_treasure_1942"]
DOCX, HTML = "match_girls_strike_1888", "tolpuddle_martyrs_1834"
HY = "\\-\u2010\u00ad"
rep, errors = [], 0


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s" + HY + "]+", "", s)


def find(gold, text_sq):
    g = squash(gold)
    if g in text_sq:
        return "verbatim", 0
    ws = [squash(w) for w in gold.split()]
    ws = [w for w in ws if w]
    best = None
    anchor = "".join(ws[:3])
    starts = [m.start() for m in re.finditer(re.escape(anchor), text_sq)] or [0]
    for st in starts:
        pos, gaps, split, ok = st, 0, 0, True
        for w in ws:
            i = text_sq.find(w, pos)
            if i < 0 or i - pos > 400:
                # a word may be split by an interruption (hyphen at a caption, a note mark)
                found = False
                for k in range(1, len(w)):
                    a, b = w[:k], w[k:]
                    if text_sq.startswith(a, pos) or text_sq.find(a, pos) == pos:
                        j = text_sq.find(b, pos + k)
                        if j >= 0 and j - pos < 400:
                            gaps = max(gaps, j - pos - k)
                            pos = j + len(b)
                            split += 1
                            found = True
                            break
                if not found:
                    if i < 0:
                        ok = False
                        break
                    gaps = max(gaps, i - pos)
                    pos = i + len(w)
                continue
            gaps = max(gaps, i - pos)
            pos = i + len(w)
        if ok and (best is None or gaps < best[0]):
            best = (gaps, split)
    if best is None:
        return "MISSING (words not found in order)", -1
    return "words in order (largest gap %d chars, %d split words)" % best, best[0]


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for part in ["word/header1.xml", "word/document.xml", "word/footer1.xml"]:
        x = z.read(part).decode()
        x = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", x, flags=re.S)
        boxes = re.findall(r"<w:txbxContent>(.*?)</w:txbxContent>", x, flags=re.S)
        x = re.sub(r"<w:txbxContent>.*?</w:txbxContent>", "", x, flags=re.S)
        x = x + "".join(boxes)
        for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
            p = p.replace("<w:br/>", "<w:t> </w:t>")
            out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    return "\n".join(out)


class Vis(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip, self.buf = 0, []

    def handle_starttag(self, t, a):
        if t in ("head", "style", "script"):
            self.skip += 1
        if t == "br":
            self.buf.append(" ")

    def handle_endtag(self, t):
        if t in ("head", "style", "script"):
            self.skip -= 1
        self.buf.append("\n" if t in ("p", "li", "dd", "dt", "h1", "h2", "summary", "figcaption") else "")

    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)


def check(name, text):
    global errors
    g = json.load(open(os.path.join(OUT, name + ".json")))
    rep.append(f"== {name}")
    # structure
    if list(g) != ["title", "running", "sections"]:
        errors += 1; rep.append("  ERROR top-level keys")
    if g["sections"][0]["title"] != g["title"]:
        errors += 1; rep.append("  ERROR first section is not the title section")
    words = 0
    for s in g["sections"]:
        if list(s) != ["label", "title", "blocks"]:
            errors += 1; rep.append("  ERROR section keys")
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") < kinds.count("paragraph"):
            errors += 1; rep.append("  ERROR caption not last in " + s["title"])
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                words += len(b["text"].split())
                if list(b) != ["kind", "text"]:
                    errors += 1; rep.append("  ERROR paragraph keys")
            else:
                if list(b) != ["kind", "text", "position", "credit"]:
                    errors += 1; rep.append("  ERROR caption keys")
                if b["position"] and b["position"].endswith(":"):
                    errors += 1; rep.append("  ERROR colon in position")
            if re.search(r"[|^]", b["text"]):
                errors += 1; rep.append("  ERROR mark left in gold")
    rep.append(f"  body words (gold paragraphs): {words}")
    tsq = squash(text)
    items = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in g["sections"]:
        if s["label"]:
            items.append(("label", s["label"]))
        items.append(("section title", s["title"]))
        for b in s["blocks"]:
            items.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]:
                    items.append(("position", b["position"] + ":"))
                items.append(("credit", b["credit"]))
    for kind, s in items:
        how, gap = find(s, tsq)
        if gap < 0:
            errors += 1
            rep.append(f"  ERROR {kind}: {how}: {s[:70]}")
        elif how != "verbatim":
            rep.append(f"  note {kind}: {how}: {s[:60]}…")
    rep.append(f"  {len(items)} strings checked")


for n in PDFS:
    fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, n + ".pdf"), "-"], capture_output=True, text=True).stdout
    old = open(os.path.join(OUT, n + ".txt")).read()
    if fresh != old:
        errors += 1; rep.append(f"ERROR {n}.txt differs from a fresh pdftotext -raw")
    check(n, old)
check(DOCX, docx_text(os.path.join(OUT, DOCX + ".docx")))
v = Vis(); v.feed(open(os.path.join(OUT, HTML + ".html")).read())
check(HTML, "".join(v.buf))
for img in re.findall(r'src="(img/[^"]+)"', open(os.path.join(OUT, HTML + ".html")).read()):
    if not os.path.exists(os.path.join(OUT, img)):
        errors += 1; rep.append("ERROR missing " + img)
rep.append(f"\nRESULT: {errors} errors")
open(os.path.join(B, "validation_report.txt"), "w").write("\n".join(rep) + "\n")
print("\n".join(rep))
sys.exit(1 if errors else 0)
