# Checks every gold string against the document text.
import json, re, sys, os, html
D = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
def norm(s): return re.sub(r"\s+", " ", s).strip()
def doc_text(name):
    if os.path.exists(os.path.join(D, name + ".txt")):
        t = open(os.path.join(D, name + ".txt")).read()
        return t, True
    if os.path.exists(os.path.join(D, name + ".docx")):
        import docx
        d = docx.Document(os.path.join(D, name + ".docx"))
        t = "\n".join(p.text for p in d.paragraphs)
        t += "\n" + "\n".join(p.text for p in d.sections[0].header.paragraphs)
        return t, False
    t = open(os.path.join(D, name + ".html")).read()
    t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t, False
report = []
allok = True
for f in sorted(os.listdir(D)):
    if not f.endswith(".json"): continue
    name = f[:-5]
    g = json.load(open(os.path.join(D, f)))
    raw, is_pdf = doc_text(name)
    lines = raw.split("\n")
    # strip running lines (PDF): a line equal to a running string, or running string + page number
    run = set(g["running"])
    body = []
    for l in lines:
        s = l.strip()
        if s in run: continue
        m = re.match(r"^(.*?) (\d+)$", s)
        if m and m.group(1) in run and m.group(2) in run: continue
        body.append(l)
    txt = "\n".join(body)
    # join hyphen breaks between letters, keep real hyphen + newline as hyphen
    joined = re.sub(r"([a-z])-\n([a-z])", r"\1\2", txt)
    flat = norm(joined)
    flat_keep = norm(re.sub(r"-\n", "-", txt))
    def has(s):
        if norm(s) in flat or norm(s) in flat_keep or norm(s) in norm(raw): return True
        # regex: a line-end hyphen may appear between two letters; a real hyphen may be followed by a newline
        pat = ""
        t = norm(s)
        for i, ch in enumerate(t):
            if ch == " ": pat += r"\s+"; continue
            pat += re.escape(ch)
            if ch == "-": pat += r"\n?"
            elif ch.isalpha() and i + 1 < len(t) and t[i + 1].isalpha(): pat += r"(?:-\n)?"
        return re.search(pat, txt) is not None
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for sec in g["sections"]:
        if sec["label"]: strings.append(("label", sec["label"]))
        strings.append(("section title", sec["title"]))
        for b in sec["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b.get("credit"): strings.append(("credit", b["credit"]))
            if b.get("position"): strings.append(("position", b["position"] + ":"))
    missing = []
    for kind, s in strings:
        if kind == "title" and is_pdf:
            ok = norm(s) in norm(raw)
        elif kind == "running":
            ok = s in raw
        else:
            ok = has(s)
            if not ok and kind == "paragraph":
                # a paragraph may be interrupted by a running line; try every split
                ok = all(w in flat.split() or w in flat_keep.split() for w in norm(s).split())
                ok = ok and "SPLIT"
        if not ok or ok == "SPLIT":
            missing.append((kind, s[:70], ok))
    words = [w for sec in g["sections"] for b in sec["blocks"] if b["kind"] == "paragraph" for w in b["text"].split()]
    lost = [w for w in words if w not in flat.split() and w not in flat_keep.split()]
    bad = [m for m in missing if m[2] is False]
    report.append("%s: %d strings checked, %d missing, %d paragraph words missing" % (name, len(strings), len(bad), len(lost)))
    for m in missing: report.append("   %s %s | %s" % ("SPLIT (interrupted, words all present)" if m[2] else "MISSING", m[0], m[1]))
    for w in lost: report.append("   word missing: " + w)
    allok &= not bad and not lost
report.append("ALL OK" if allok else "PROBLEMS")
print("\n".join(report))
open(os.path.join(D, "build", "validation_report.txt"), "w").write("\n".join(report) + "\n")
