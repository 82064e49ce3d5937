"""Checks the set: structure of every gold, .txt = fresh pdftotext -raw, and that every gold string occurs in the
document text (verbatim after NFKC + white-space collapsing, else all its words in order; every word of every gold
paragraph must occur)."""
import json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
PDFS = ["great_eastern_1858", "micrographia_1665", "cheapside_hoard_1912", "laki_eruption_1783"]
report, errors = [], []


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return [w for w in re.findall(r"[\w’'.\-–]+", norm(s).lower()) if re.search(r"\w", w)]


def clean_word(w):
    return w.strip(".’'-–")


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "head"): self.skip += 1
        if tag in ("p", "h1", "h2", "h3", "li", "figcaption", "br", "div", "span", "strong"): self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"): self.skip -= 1
        self.out.append(" ")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)


def doc_text(name, kind):
    if kind == "pdf":
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
        saved = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        if fresh != saved:
            errors.append(f"{name}: .txt differs from a fresh pdftotext -raw")
        joined = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", saved)
        return [joined, saved]
    if kind == "docx":
        z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
        parts = []
        for n in sorted(z.namelist()):
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:del\b.*?</w:del>", "", x, flags=re.S)
                for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                    p = re.sub(r"<w:br[^>]*/>|<w:tab/>", " ", p)
                    parts.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)).replace("&amp;", "&"))
        return ["\n".join(parts)]
    if kind == "html":
        v = Vis(); v.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
        html = open(os.path.join(OUT, name + ".html"), encoding="utf-8").read()
        for src in re.findall(r'src="([^"]+)"', html):
            if not os.path.exists(os.path.join(OUT, src)):
                errors.append(f"{name}: missing image {src}")
        return ["".join(v.out)]


def in_order(ws, hay_ws):
    i = 0
    for w in ws:
        try:
            i = hay_ws.index(w, i) + 1
        except ValueError:
            return False
    return True


def check(name, kind):
    gold = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if list(gold) != ["title", "running", "sections"]:
        errors.append(f"{name}: top-level keys {list(gold)}")
    secs = gold["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != gold["title"]:
        errors.append(f"{name}: title section")
    if secs[-1]["label"] is not None:
        errors.append(f"{name}: last section is not the label-null sidebar")
    nwords = 0
    for s in secs:
        if list(s) != ["label", "title", "blocks"]:
            errors.append(f"{name}: section keys {list(s)}")
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - kinds.count("caption"):
            errors.append(f"{name}: caption not last in {s['title']}")
        for b in s["blocks"]:
            want = ["kind", "text"] + (["position", "credit"] if b["kind"] == "caption" else [])
            if list(b) != want:
                errors.append(f"{name}: block keys {list(b)}")
            if b["kind"] == "caption" and b["position"] and ":" in b["position"]:
                errors.append(f"{name}: colon in position")
            if b["kind"] == "paragraph":
                nwords += len(b["text"].split())
            if re.search(r"[|^]", b["text"]):
                errors.append(f"{name}: mark left in gold")
    if nwords < 500:
        errors.append(f"{name}: only {nwords} body words")
    texts = doc_text(name, kind)
    hays = [norm(t) for t in texts]
    hay_ws = [[clean_word(w) for w in words(t)] for t in texts]
    # a note mark glued to a word ("jury1") also counts as the bare word
    hay_ws = [[re.sub(r"(?<=[a-z])\d+$", "", w) for w in hw] for hw in hay_ws]
    strings = [("title", gold["title"])] + [("running", r) for r in gold["running"]]
    for s in secs:
        if s["label"]:
            strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        for b in s["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]:
                    strings.append(("position", b["position"] + ":"))
                strings.append(("credit", b["credit"]))
    verbatim = 0
    for what, s in strings:
        if any(norm(s) in h for h in hays):
            verbatim += 1
            continue
        ws = [clean_word(w) for w in words(s)]
        if any(in_order(ws, hw) for hw in hay_ws):
            report.append(f"  {name}: {what} not verbatim, words in order: {s[:70]}…")
            continue
        missing = [w for w in ws if not any(w in hw for hw in hay_ws)]
        if missing or what == "paragraph":
            errors.append(f"{name}: {what} not found ({'missing ' + ', '.join(missing) if missing else 'order'}): {s[:60]}")
        else:
            report.append(f"  {name}: {what} words all present but not in order: {s[:70]}")
    report.insert(0, f"{name}: {nwords} body words, {verbatim}/{len(strings)} strings verbatim")


for n in PDFS:
    check(n, "pdf")
check("dale_dyke_flood_1864", "docx")
check("fa_cup_final_1872", "html")
out = "\n".join(sorted(report, key=lambda l: l.startswith("  ")) + [f"ERRORS: {len(errors)}"] + errors)
open(os.path.join(HERE, "validation_report.txt"), "w").write(out + "\n")
print(out)
sys.exit(1 if errors else 0)
