"""Check every gold string against its document; write validation_report.txt. Run with the r8 venv python."""
import json, re, unicodedata, zipfile, os
from lxml import etree, html as lhtml
from common import OUT, BUILD

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def sq(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return re.sub(r"[\s\-\u2010\u00ad]+", "", s)


# known apparatus that is neither running nor gold content (cut and reported)
DECOR = {
    "bayeux_tapestry": ["Technique: see also cat. 24", "Scenes 1–25", "Scene 32; compare cat. 31", "Inventory of 1476",
                        "Paris, 1804"],
    "mary_rose": ["Name: Class: Date:"],
    "terracotta_army": ["Year Event"],
    "atlantic_cable": [],
}


def check_pdf(name, rep):
    g = json.load(open(f"{OUT}/{name}.json"))
    runs = sorted((sq(r) for r in g["running"]), key=len, reverse=True)
    keep = []
    for line in open(f"{OUT}/{name}.txt").read().split("\n"):
        L = sq(line)
        for r in runs:
            L = L.replace(r, "")
        if L or not line.strip():
            keep.append(line)
        else:
            rep.append(f"  running line dropped: {line!r}")
    T = sq("\n".join(keep))
    for d in DECOR.get(name, []):
        n = T.count(sq(d)); rep.append(f"  decoration {d!r}: {n}x"); T = T.replace(sq(d), "", 1)
    items = []
    for s in g["sections"]:
        for b in s["blocks"]:
            if b["kind"] == "caption":
                items += [("credit", b["credit"]), ("caption", b["text"])] + ([("position", b["position"] + ":")] if b["position"] else [])
    rest = []
    for s in g["sections"]:
        rest += [("paragraph", b["text"]) for b in s["blocks"] if b["kind"] == "paragraph"]
    rest += [("section title", s["title"]) for s in g["sections"][1:]]
    rest += [("title", g["title"])]
    items += sorted(rest, key=lambda x: -len(x[1])) + [("label", s["label"]) for s in g["sections"] if s["label"]]
    ok = True
    for kind, t in items:
        k = sq(t)
        if k in T:
            T = T.replace(k, "", 1)
        else:
            ok = False; rep.append(f"  MISSING {kind}: {t[:80]!r}")
    rep.append(f"  LEFTOVER: {T!r}")
    return ok and not T


def docx_text(p):
    out = []
    for el in p.iter():
        if el.tag == W + "r":
            rpr = el.find(W + "rPr")
            if rpr is not None and rpr.find(W + "vanish") is not None:
                continue
            for c in el:
                if c.tag == W + "t": out.append(c.text or "")
                elif c.tag == W + "noBreakHyphen": out.append("-")
                elif c.tag == W + "br": out.append("\n")
    return "".join(out)


def check_docx(name, rep):
    g = json.load(open(f"{OUT}/{name}.json"))
    z = zipfile.ZipFile(f"{OUT}/{name}.docx")
    body = etree.fromstring(z.read("word/document.xml")).find(W + "body")
    got, cur, tab = [], None, None
    for p in body.iter(W + "p"):
        st = p.find(f"{W}pPr/{W}pStyle")
        st = st.get(W + "val") if st is not None else "Normal"
        txt = docx_text(p)
        in_tbl = any(a.tag == W + "tbl" for a in p.iterancestors())
        if in_tbl:
            continue
        if st == "Title":
            got.append({"label": None, "title": txt, "blocks": []})
        elif st == "CaseNumber":
            cur = txt
        elif st == "Heading2":
            got.append({"label": cur, "title": txt, "blocks": []}); cur = None
        elif st == "Caption":
            c, cr = txt.split("\n")
            got[-1]["blocks"].append({"kind": "caption", "text": c, "position": None, "credit": cr})
        elif txt.strip():
            got[-1]["blocks"].append({"kind": "paragraph", "text": txt})
    for tbl in body.iter(W + "tbl"):
        for row in list(tbl.iter(W + "tr"))[1:]:
            cells = [docx_text(tc) for tc in row.iter(W + "tc")]
            got[-1]["blocks"].append({"kind": "paragraph", "text": " ".join(cells)})
    hdrs = [docx_text(etree.fromstring(z.read(n))) for n in sorted(z.namelist()) if re.match(r"word/header\d", n)]
    rep.append(f"  headers: {hdrs}")
    rep.append(f"  comments part: {'word/comments.xml' in z.namelist()}; sdt: {len(list(body.iter(W + 'sdt')))}")
    ok = got == g["sections"] and sorted(hdrs) == sorted(g["running"]) and g["title"] == got[0]["title"]
    if got != g["sections"]:
        rep.append(f"  MISMATCH sections:\n{json.dumps(got, ensure_ascii=False, indent=1)[:3000]}")
    return ok


def check_html(name, rep):
    g = json.load(open(f"{OUT}/{name}.json"))
    doc = lhtml.parse(f"{OUT}/{name}.html").getroot()
    art = doc.find(".//article")
    norm = lambda s: re.sub(r"\s+", " ", s.replace("\u00ad", "").replace("\u00a0", " ")).strip()
    got = [{"label": None, "title": norm(art.find(".//h1").text_content()),
            "blocks": [{"kind": "paragraph", "text": norm(art.find_class("hero__standfirst")[0].text_content())}]}]
    for d in art.iter("details"):
        s = {"label": norm(d.find_class("chapter-num")[0].text_content()), "title": norm(d.find(".//h2").text_content()),
             "blocks": []}
        for el in d:
            if el.tag == "p":
                s["blocks"].append({"kind": "paragraph", "text": norm(el.text_content())})
            elif el.tag == "figure":
                cap = el.find_class("caption")[0]; b = cap.find("b")
                pos = norm(b.text_content()).rstrip(":") if b is not None else None
                t = norm(cap.text_content())
                if pos: t = norm(t[len(pos) + 1:])
                s["blocks"].append({"kind": "caption", "text": t, "position": pos,
                                    "credit": norm(el.find_class("credit")[0].text_content())})
        got.append(s)
    tl = art.find_class("timeline")[0]
    got.append({"label": None, "title": norm(tl.find("h2").text_content()),
                "blocks": [{"kind": "paragraph", "text": norm(dt.text_content() + " " + dd.text_content())}
                           for dt, dd in zip(tl.iter("dt"), tl.iter("dd"))]})
    ok = got == g["sections"] and got[0]["title"] == g["title"]
    if not ok:
        rep.append(json.dumps(got, ensure_ascii=False, indent=1)[:3000])
    rep.append("  skipped: cookie dialog, site header/nav/search, visually hidden h2, hero tag + byline, hidden French "
               "intro, noscript, template, story footer, site footer")
    return ok


rep = []
res = {}
for n in ["atlantic_cable", "bayeux_tapestry", "mary_rose", "terracotta_army"]:
    rep.append(n + " (PDF vs .txt)"); res[n] = check_pdf(n, rep)
rep.append("montgolfier_balloons (DOCX XML)"); res["montgolfier_balloons"] = check_docx("montgolfier_balloons", rep)
rep.append("crystal_palace (HTML article)"); res["crystal_palace"] = check_html("crystal_palace", rep)
rep.append("RESULT: " + ("ALL OK" if all(res.values()) else "FAIL " + str(res)))
open(f"{BUILD}/validation_report.txt", "w").write("\n".join(rep) + "\n")
print("\n".join(rep))
