"""Checks the set: gold structure, fresh pdftotext, and that every word of every gold
paragraph (and every title, label, caption and credit) occurs in the document text."""
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
NAMES = {"matterhorn_first_ascent_1865": "pdf", "mold_gold_cape_1833": "pdf",
         "semmelweis_handwashing_1847": "pdf", "mechanical_turk_1770": "pdf",
         "lindow_man_1984": "docx", "ashes_urn_1882": "html"}


def squash(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def doc_text(name, kind):
    if kind == "pdf":
        txt = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
        return txt, fresh == txt, txt
    if kind == "docx":
        z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n)]
        out = []
        for n in parts:
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:(br|tab)/>", " ", x)
            x = re.sub(r"</w:p>", "\n", x)
            out.append(re.sub(r"<[^>]+>", "", x))
        t = "\n".join(out)
        return t, True, t
    src = open(os.path.join(OUT, name + ".html"), encoding="utf-8").read()
    body = re.sub(r"(?s)<head>.*?</head>", "", src)
    body = re.sub(r"(?s)<(style|script|template)[^>]*>.*?</\1>", "", body)
    t = re.sub(r"<[^>]+>", " ", body)
    import html as H
    return H.unescape(t), True, H.unescape(src)


def main():
    errors = []
    report = []
    for name, kind in NAMES.items():
        g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
        text, fresh_ok, raw = doc_text(name, kind)
        if not fresh_ok:
            errors.append(f"{name}: .txt differs from a fresh pdftotext -raw")
        joined = re.sub(r"-\n(?=[a-z])", "", text)          # undo line-end hyphens
        tokens = set(squash(w) for w in joined.split())
        full = squash(joined)
        fullraw = squash(raw)
        if list(g.keys()) != ["title", "running", "sections"]:
            errors.append(f"{name}: key order")
        secs = g["sections"]
        if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
            errors.append(f"{name}: title section")
        nwords = 0
        not_verbatim = []
        for s in secs:
            if list(s.keys()) != ["label", "title", "blocks"]:
                errors.append(f"{name}: section keys")
            for k, b in enumerate(s["blocks"]):
                if b["kind"] == "caption":
                    if k != len(s["blocks"]) - 1:
                        errors.append(f"{name}: caption not last in {s['title']}")
                    if b["position"] and b["position"].endswith(":"):
                        errors.append(f"{name}: position with colon")
                    if squash(b["text"]) not in full:
                        errors.append(f"{name}: caption text not found whole: {b['text'][:40]}")
                    if squash(b["credit"]) not in fullraw:
                        errors.append(f"{name}: credit not found: {b['credit']}")
                    if squash(b["position"] + b["text"][:20]) not in full:
                        errors.append(f"{name}: 'Position:' word not before caption")
                    continue
                t = b["text"]
                if "^" in t:
                    errors.append(f"{name}: note mark left")
                ws = t.split()
                nwords += len(ws)
                for w in ws:
                    q = squash(w)
                    if q and q not in tokens and q not in full:
                        errors.append(f"{name}: word missing: {w!r} in {s['title']}")
                if squash(t) not in full:
                    not_verbatim.append(f"{s['label'] or '-'} / {t[:50]}…")
            for field in ("title", "label"):
                v = s[field]
                if v and squash(v) not in full:
                    errors.append(f"{name}: {field} not found: {v}")
        for r in g["running"]:
            if squash(r) not in full:
                errors.append(f"{name}: running string not found: {r}")
        if nwords < 500:
            errors.append(f"{name}: only {nwords} gold paragraph words")
        report.append(f"{name} ({kind}): {len(secs)} sections, {nwords} gold paragraph words; "
                      f"paragraphs not verbatim in the text ({len(not_verbatim)}):")
        report += ["    " + x for x in not_verbatim]
    if kind == "html":
        pass
    for fn in re.findall(r'src="(img/[^"]+)"', open(os.path.join(OUT, "ashes_urn_1882.html")).read()):
        if not os.path.exists(os.path.join(OUT, fn)):
            errors.append(f"missing image {fn}")
    report.append(f"errors: {len(errors)}")
    report += errors
    out = "\n".join(report) + "\n"
    open(os.path.join(os.path.dirname(__file__), "validation_report.txt"), "w").write(out)
    print(out)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
