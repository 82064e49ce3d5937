#!/usr/bin/env python3
"""Check every gold JSON of this set:
1. schema (same shape as handlaid-11: title, running, sections[label,title,blocks[{kind,text[,position,credit]}]]);
2. every gold string (title, running, labels, section titles, paragraphs, caption texts, positions, credits)
   occurs in the document text: pdftotext -raw for PDFs, word/document.xml + headers/footers for DOCX, the
   visible text for HTML.
Matching: NFKC (undoes ligatures), whitespace runs match any whitespace, and a line-end hyphen inside a word
(- or U+2010 or soft hyphen followed by a line break) is ignored; a gold hyphen also matches a hyphen followed by
a line break (real compounds broken at their hyphen). Known apparatus (footnote lines and reference digits, lines
that are only a running string) is removed first and reported.
Writes build/validation_report.txt."""
import json, os, re, subprocess, sys, unicodedata, zipfile, html

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

APPARATUS = {  # regexes removed from the document text before matching (reported)
    "thames_tunnel": [("lit", "1The shipworm, Teredo navalis, is in fact a mollusc and not a worm; see cat. 4.9."),
                      ("lit", "2Brunel described his escape in his private journal, now in the Rotherhithe archive (MS 212)."),
                      ("lit", "3Figures reported in the press two days after the opening."),
                      ("rx", r"(?<=\.)[123](?=\n)")],  # footnote reference digits after a full stop
}


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return s.replace("\u00a0", " ")


def pdf_text(name):
    p = os.path.join(ROOT, name + ".pdf")
    t = subprocess.run(["pdftotext", "-raw", p, "-"], stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    with open(os.path.join(ROOT, name + ".txt"), encoding="utf-8") as f:
        if f.read() != t:
            raise SystemExit("%s.txt is not the current pdftotext -raw output" % name)
    return t


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(ROOT, name + ".docx"))
    out = []
    parts = [n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml$", n)] + ["word/document.xml"]
    for n in parts:
        x = z.read(n).decode("utf-8")
        for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
            out.append("".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    return "\n".join(out)


def html_text(name):
    x = open(os.path.join(ROOT, name + ".html"), encoding="utf-8").read()
    for src in re.findall(r'<img[^>]*src="([^"]+)"', x):
        if not os.path.exists(os.path.join(ROOT, src)):
            raise SystemExit("missing image " + src)
    x = re.sub(r"(?is)<(script|style|head|template|noscript)\b.*?</\1>", " ", x)
    x = re.sub(r'(?is)<span class="sr-only">.*?</span>', "", x)
    x = re.sub(r"(?i)<br\s*/?>|</(p|h\d|li|figcaption|div|span|small|a)>", lambda m: "\n" if m.group(0).lower() != "</span>" and m.group(0).lower() != "</a>" else "", x)
    x = re.sub(r"<[^>]+>", " ", x)
    return html.unescape(x)


def pattern(gold):
    g = norm(gold).strip()
    parts = []
    for i, ch in enumerate(g):
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
            continue
        if ch == "-":
            parts.append(r"-\s*")
            continue
        parts.append(re.escape(ch))
        if ch.isalpha() and i + 1 < len(g) and g[i + 1].isalpha():
            parts.append("(?:[-\u2010\u00ad]\n)?")
    return "".join(parts)


def check_schema(d, errs):
    if not isinstance(d, dict) or list(d.keys()) != ["title", "running", "sections"]:
        errs.append("top-level keys must be title, running, sections")
        return
    if not isinstance(d["title"], str) or not d["title"]:
        errs.append("title must be a non-empty string")
    if not isinstance(d["running"], list) or not all(isinstance(r, str) for r in d["running"]):
        errs.append("running must be a list of strings")
    if len(set(d["running"])) != len(d["running"]):
        errs.append("running strings must be distinct")
    secs = d["sections"]
    if not isinstance(secs, list) or not secs:
        errs.append("sections must be a non-empty list")
        return
    if secs[0].get("label") is not None or secs[0].get("title") != d["title"]:
        errs.append("first section must be the title section (label null, title = exhibit title)")
    for i, s in enumerate(secs):
        if list(s.keys()) != ["label", "title", "blocks"]:
            errs.append("section %d keys %s" % (i, list(s.keys())))
            continue
        if s["label"] is not None and not isinstance(s["label"], str):
            errs.append("section %d label" % i)
        if not isinstance(s["title"], str) or not s["title"]:
            errs.append("section %d title" % i)
        if not s["blocks"]:
            errs.append("section %d has no blocks" % i)
        seen_caption = False
        for j, b in enumerate(s["blocks"]):
            if b.get("kind") == "paragraph":
                if list(b.keys()) != ["kind", "text"] or not isinstance(b["text"], str) or not b["text"]:
                    errs.append("section %d block %d: bad paragraph" % (i, j))
                if seen_caption:
                    errs.append("section %d block %d: paragraph after a caption" % (i, j))
            elif b.get("kind") == "caption":
                seen_caption = True
                if list(b.keys()) != ["kind", "text", "position", "credit"] or not isinstance(b["text"], str):
                    errs.append("section %d block %d: bad caption" % (i, j))
                for k in ("position", "credit"):
                    if b.get(k) is not None and not isinstance(b[k], str):
                        errs.append("section %d block %d: %s must be string or null" % (i, j, k))
            else:
                errs.append("section %d block %d: unknown kind %r" % (i, j, b.get("kind")))


def strings(d):
    out = [("title", d["title"])] + [("running", r) for r in d["running"]]
    for s in d["sections"]:
        if s["label"]:
            out.append(("label", s["label"]))
        out.append(("section title", s["title"]))
        for b in s["blocks"]:
            out.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                for k in ("position", "credit"):
                    if b[k]:
                        out.append((k, b[k]))
    return out


def main():
    report, bad = [], 0
    names = sorted(f[:-5] for f in os.listdir(ROOT) if f.endswith(".json"))
    for name in names:
        d = json.load(open(os.path.join(ROOT, name + ".json"), encoding="utf-8"))
        errs = []
        check_schema(d, errs)
        if os.path.exists(os.path.join(ROOT, name + ".pdf")):
            kind, text = "pdf", pdf_text(name)
        elif os.path.exists(os.path.join(ROOT, name + ".docx")):
            kind, text = "docx", docx_text(name)
        else:
            kind, text = "html", html_text(name)
        text = norm(text)
        removed = []
        running = set(d["running"])
        run_missing = [("running", r) for r in d["running"] if not re.search(pattern(r), text)]
        if kind == "pdf":
            lines = text.split("\n")
            keep = [ln for ln in lines if ln.strip() not in running]
            removed += ["running line %r" % ln for ln in lines if ln.strip() in running]
            text = "\n".join(keep)
        for how, rx in APPARATUS.get(name, []):
            if how == "lit":
                rx = pattern(rx)
            for m in re.finditer(rx, text):
                removed.append("apparatus %r" % m.group(0))
            text = re.sub(rx, "", text)
        ss = strings(d)
        missing = run_missing + [(k, s) for k, s in ss if k != "running" and not re.search(pattern(s), text)]
        words = sum(len(b["text"].split()) for s in d["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        caps = sum(1 for s in d["sections"] for b in s["blocks"] if b["kind"] == "caption")
        status = "OK" if not errs and not missing else "FAIL"
        bad += status != "OK"
        report.append("%-16s %-4s %s  strings=%d body_words=%d captions=%d removed=%d" % (name, kind, status, len(ss), words, caps, len(removed)))
        for r in removed:
            if not r.startswith("running line"):
                report.append("    removed " + r)
        for e in errs:
            report.append("    SCHEMA " + e)
        for k, s in missing:
            report.append("    MISSING %s: %r" % (k, s))
    report.append("ALL OK" if not bad else "%d exhibit(s) FAILED" % bad)
    txt = "\n".join(report) + "\n"
    open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8").write(txt)
    print(txt, end="")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
