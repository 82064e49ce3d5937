"""Check every gold exhibit against its document. Writes build/validation_report.txt.

PDF (.txt from pdftotext -raw): lines made only of running strings are dropped; known apparatus (footnotes,
footnote reference digits, the pull quote) is cut once and reported; then the squashed text (NFKC, casefolded,
whitespace and - / U+2010 / U+00AD removed) must contain every gold string: caption credits, position labels and
caption texts are cut first, then paragraphs and titles (longest first), then labels. LEFTOVER must be empty.
DOCX: document.xml is read with all tracked changes accepted (w:del / w:delText dropped, w:ins kept, paragraphs
whose mark and text are deleted dropped), footnote references skipped, fldSimple results kept, the text box read
once (mc:Choice, not mc:Fallback); sections are rebuilt from the styles and the table and must equal the gold.
HTML: the article is parsed (hidden / display:none / visually-hidden / template / script removed) and must equal
the gold.
"""
import json, os, re, sys, zipfile
from lxml import etree, html as lhtml
from common import OUT, HERE, squash, body_words

report = []
ok_all = True


def log(s=""):
    report.append(s)
    print(s)


def gold_of(name):
    with open(os.path.join(OUT, name + ".json"), encoding="utf-8") as f:
        return json.load(f)


# ---------------------------------------------------------------------------------------------------
APPARATUS = {
    "antikythera_mechanism": [
        ("footnote", "1 The pottery and coins date the sinking to about 70–60 BC."),
        ("footnote", "2 Price published his results in 1974 under the title Gears from the Greeks."),
        ("footnote", "3 The same dial also names the games held at Nemea, Isthmia and Delphi."),
        ("pull quote", "“Nothing of similar complexity is known again until the astronomical clocks of medieval Europe.”"),
        ("footnote mark", ("glassware, pottery and coins.1", "glassware, pottery and coins.")),
        ("footnote mark", ("the teeth of the hidden wheels (Fig. 1).2", "the teeth of the hidden wheels (Fig. 1).")),
        ("footnote mark", ("cycle of the Olympic Games.3", "cycle of the Olympic Games.")),
    ],
}


def check_pdf(name):
    global ok_all
    gold = gold_of(name)
    lines = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read().split("\n")
    run_sq = sorted((squash(r) for r in gold["running"]), key=len, reverse=True)
    kept, dropped = [], 0
    for ln in lines:
        s = squash(ln)
        if not s:
            continue
        rest = s
        for r in run_sq:
            rest = rest.replace(r, "")
        if rest == "":
            dropped += 1
            continue
        kept.append(ln)
    doc = squash("\n".join(kept))
    problems = []
    for r in gold["running"]:
        if squash(r) not in squash("\n".join(lines)):
            problems.append(f"running string not in text: {r!r}")
    for kind, item in APPARATUS.get(name, []):
        if isinstance(item, tuple):
            a, b = squash(item[0]), squash(item[1])
            if a not in doc:
                problems.append(f"apparatus not found ({kind}): {item[0]!r}")
            doc = doc.replace(a, b, 1)
        else:
            a = squash(item)
            if a not in doc:
                problems.append(f"apparatus not found ({kind}): {item!r}")
            doc = doc.replace(a, "", 1)
    caps, texts, labels = [], [gold["title"]], []
    for sec in gold["sections"]:
        if sec["label"]:
            labels.append(sec["label"])
        if sec["title"] != gold["title"]:
            texts.append(sec["title"])
        for b in sec["blocks"]:
            if b["kind"] == "caption":
                if b.get("credit"):
                    caps.append(b["credit"])
                if b.get("position"):
                    caps.append(b["position"] + ":")
                caps.append(b["text"])
            else:
                texts.append(b["text"])
    for group in (caps, sorted(texts, key=len, reverse=True), sorted(labels, key=len, reverse=True)):
        for t in group:
            s = squash(t)
            if s in doc:
                doc = doc.replace(s, "", 1)
            else:
                problems.append(f"MISSING: {t!r}")
    if doc:
        problems.append(f"LEFTOVER: {doc!r}")
    n_blocks = sum(len(s["blocks"]) for s in gold["sections"])
    status = "OK" if not problems else "FAIL"
    ok_all &= not problems
    log(f"[{status}] {name}.pdf: {len(gold['sections'])} sections, {n_blocks} blocks, body words {body_words(gold)}, "
        f"{dropped} running lines dropped, apparatus cut {len(APPARATUS.get(name, []))}, LEFTOVER empty: {not doc}")
    for p in problems:
        log("    " + p)


# ---------------------------------------------------------------------------------------------------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
q = lambda t: "{%s}%s" % (W, t)


def accepted_text(el):
    """Text of a w:p (or any element) with tracked changes accepted."""
    out = []

    def walk(e):
        tag = e.tag
        if tag in (q("del"), q("footnoteReference"), q("instrText"), q("delText"), q("txbxContent")):
            return
        if tag == "{%s}Fallback" % MC or tag == "{%s}AlternateContent" % MC:
            return
        if tag == q("t"):
            out.append(e.text or "")
        elif tag == q("tab"):
            out.append("\t")
        elif tag == q("br"):
            out.append("\n")
        elif tag == q("noBreakHyphen"):
            out.append("-")
        for c in e:
            walk(c)
    walk(el)
    return "".join(out)


def pstyle(p):
    s = p.find(q("pPr") + "/" + q("pStyle"))
    return s.get(q("val")) if s is not None else "Normal"


def mark_deleted(p):
    return p.find(q("pPr") + "/" + q("rPr") + "/" + q("del")) is not None


def check_docx(name):
    global ok_all
    gold = gold_of(name)
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(q("body"))
    title, sections, box = None, [], None
    cur, pending_caps, last_cap = None, [], None

    def close():
        if cur is not None:
            cur["blocks"].extend(pending_caps)
            sections.append(cur)

    for el in body:
        if el.tag == q("p"):
            # text boxes (read once, from mc:Choice)
            for tb in el.iter(q("txbxContent")):
                if any(a.tag == "{%s}Fallback" % MC for a in tb.iterancestors()):
                    continue
                ps = tb.findall(q("p"))
                box = {"label": None, "title": accepted_text(ps[0]).strip(),
                       "blocks": [{"kind": "paragraph", "text": accepted_text(p)} for p in ps[1:]]}
            text = accepted_text(el)
            st = pstyle(el)
            if not text.strip():
                continue
            if mark_deleted(el) and not text.strip():
                continue
            if st == "Title":
                title = text
                cur = {"label": None, "title": text, "blocks": []}
            elif st == "Heading1":
                close(); pending_caps = []
                cur = {"label": None, "title": text, "blocks": []}
            elif st == "Caption":
                last_cap = {"kind": "caption", "text": text, "position": None, "credit": None}
                pending_caps.append(last_cap)
            elif st == "PictureCredit":
                last_cap["credit"] = text
            else:
                cur["blocks"].append({"kind": "paragraph", "text": text})
        elif el.tag == q("tbl"):
            for tr in el.findall(q("tr")):
                if tr.find(q("trPr") + "/" + q("tblHeader")) is not None:
                    continue
                if tr.find(q("trPr") + "/" + q("del")) is not None:
                    continue
                cells = [" ".join(accepted_text(p) for p in tc.findall(q("p"))) for tc in tr.findall(q("tc"))]
                cur["blocks"].append({"kind": "paragraph", "text": " ".join(cells)})
    close()
    if box:
        sections.append(box)
    rebuilt = {"title": title, "sections": sections}
    problems = []
    if rebuilt["title"] != gold["title"]:
        problems.append(f"title {rebuilt['title']!r}")
    if sections != gold["sections"]:
        for a, b in zip(sections, gold["sections"]):
            if a != b:
                problems.append(f"section differs: {json.dumps(a, ensure_ascii=False)[:300]}\n      gold: "
                                f"{json.dumps(b, ensure_ascii=False)[:300]}")
        if len(sections) != len(gold["sections"]):
            problems.append(f"{len(sections)} sections rebuilt, gold has {len(gold['sections'])}")
    from docx import Document
    d = Document(os.path.join(OUT, name + ".docx"))
    running = [d.sections[0].header.paragraphs[0].text, d.sections[0].footer.paragraphs[0].text,
               d.sections[1].header.paragraphs[0].text]
    if running != gold["running"]:
        problems.append(f"running {running!r}")
    # what a naive reader would get (reported, not an error)
    naive = [p.text for p in d.paragraphs]
    ins_lost = sum(1 for p in naive if "escaped, and so did" in p)
    del_kept = any("a poisonous mistbad air" in p for p in naive)
    notes = len(re.findall(r'<w:footnote w:id="\d+"', z.read("word/footnotes.xml").decode()))
    status = "OK" if not problems else "FAIL"
    ok_all &= not problems
    log(f"[{status}] {name}.docx: rebuilt {len(sections)} sections equal to the gold; running = headers/footer; "
        f"body words {body_words(gold)}; {notes} footnotes (not in gold); python-docx paragraph.text would "
        f"drop tracked insertions ({'yes' if ins_lost else 'no'}) and skip the box/table")
    for p in problems:
        log("    " + p)


# ---------------------------------------------------------------------------------------------------
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check_html(name):
    global ok_all
    gold = gold_of(name)
    tree = lhtml.parse(os.path.join(OUT, name + ".html"))
    root = tree.getroot()
    removed = 0
    for el in root.xpath('//script|//style|//template|//noscript|//*[@hidden]|//*[contains(@style,"display:none")]'
                         '|//*[contains(concat(" ",@class," ")," visually-hidden ")]'):
        el.getparent().remove(el) if el.getparent() is not None else None
        removed += 1
    for br in root.xpath("//br"):
        br.tail = " " + (br.tail or "")
    art = root.xpath("//article")[0]
    h1 = norm(art.xpath(".//h1")[0].text_content())
    sections = [{"label": None, "title": h1,
                 "blocks": [{"kind": "paragraph", "text": norm(art.xpath('.//p[@class="story__intro"]')[0].text_content())}]}]
    for sec in art.xpath('.//section[contains(@class,"story-section")]'):
        h2 = sec.xpath("./h2")[0]
        lab = norm(h2.xpath('./span[@class="chapter-no"]')[0].text_content())
        title = norm(h2.text_content())[len(lab):].strip()
        blocks, caps = [], []
        for el in sec:
            if el.tag == "p":
                blocks.append({"kind": "paragraph", "text": norm(el.text_content())})
            elif el.tag == "figure":
                caps.append({"kind": "caption", "text": norm(el.xpath('.//*[@class="media__caption"]')[0].text_content()),
                             "position": None,
                             "credit": norm(el.xpath('.//*[@class="media__credit"]')[0].text_content())})
        sections.append({"label": lab, "title": title, "blocks": blocks + caps})
    for box in art.xpath('.//aside[contains(@class,"factbox")]'):
        sections.append({"label": None, "title": norm(box.xpath(".//h2")[0].text_content()),
                         "blocks": [{"kind": "paragraph", "text": norm(li.text_content())} for li in box.xpath(".//li")]})
    problems = []
    if h1 != gold["title"]:
        problems.append(f"title {h1!r}")
    for a, b in zip(sections, gold["sections"]):
        if a != b:
            problems.append(f"section differs: {json.dumps(a, ensure_ascii=False)[:300]}\n      gold: "
                            f"{json.dumps(b, ensure_ascii=False)[:300]}")
    if len(sections) != len(gold["sections"]):
        problems.append("section count")
    if gold["running"] != []:
        problems.append("running should be []")
    for img in root.xpath("//img/@src"):
        if not os.path.exists(os.path.join(OUT, img)):
            problems.append(f"image not local: {img}")
    status = "OK" if not problems else "FAIL"
    ok_all &= not problems
    log(f"[{status}] {name}.html: rebuilt {len(sections)} sections equal to the gold ({removed} hidden/script "
        f"elements removed first); body words {body_words(gold)}; all images local")
    for p in problems:
        log("    " + p)


if __name__ == "__main__":
    for n in ("harrison_longitude", "tollund_man", "antikythera_mechanism", "lewis_chessmen"):
        check_pdf(n)
    check_docx("broad_street_pump")
    check_html("dead_sea_scrolls")
    log("RESULT: " + ("ALL OK" if ok_all else "FAILURES"))
    with open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(report) + "\n")
    sys.exit(0 if ok_all else 1)
