"""Words a reader loses: vitrina's text against an independent extraction of each file.

    python bench/text_loss.py PATH [PATH …] [--samples N] [--json FILE]

PATH is a file or a folder (read recursively: .pdf .docx .html .htm .md .xml .txt; a
set folder's .json golds and images are passed over). For each file the words of
vitrina's documents (``read_path``, all documents of the file joined) are compared with
the words of a reference extraction that shares no code with the readers:

* PDF: ``pdftotext`` in its reading-order mode (poppler; ``-layout`` sets columns side by side and breaks the line-end hyphen joins), pypdfium2's page text when poppler is missing;
  and, apart, the text a page shows in its annotations (FreeText contents, filled form
  fields) read with pypdf.
* DOCX: every ``w:t`` of document.xml (deleted and hidden runs left out), of the
  footnotes, endnotes and comments parts, of SmartArt data parts, and of the headers and
  footers (the latter counted as furniture).
* HTML: lxml's text of the body without script/style; text inside nav, page-level
  header/footer, form controls and ``[hidden]`` is furniture.
* Markdown: the file through markdown-it-py (CommonMark + tables + footnotes when the
  plugin is there), then as HTML; TEI/XML: every text node of ``text`` (``teiHeader``
  left out); plain text: the file's own words.

Words are runs of letters (digits-only runs and one-letter words are left out: page
numbers, list labels), lower-cased, with a hyphen at a line end joined and an inner
hyphen both kept and split. The comparison ignores order and counts each word as often
as it occurs (multiset). A missing word is *furniture* when every occurrence of it in
the reference sits on a line the reference marks as furniture: a PDF line repeated on
two or more pages once digits are taken out (running heads, footers), a line that is
only a page label, a DOCX header/footer, an HTML nav/header/footer/form. Furniture
missing is expected; the rest is *lost*.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".md", ".xml", ".tei", ".txt"}
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# a hyphen between letters, also at a line end: "con-\nquest", "half-brother" -> one word
HYPHEN = re.compile(r"([^\W\d_])[-\u00ad\u2010\u2011]\s*(?:\n\s*)?([^\W\d_])")
PAGE_LABEL = re.compile(r"^\W*(?:page\s+)?[\divxlc]+(?:\s+of\s+\d+)?\W*$", re.I)


def normal(text: str) -> str:
    """NFKC, words broken by a hyphen joined (a line-end one joins the two lines)."""
    return HYPHEN.sub(r"\1\2", unicodedata.normalize("NFKC", text)).replace("\u00ad", "")


def word_list(text: str) -> list[str]:
    text = normal(text)
    return [w.lower().replace("’", "'") for w in WORD.findall(text) if len(w) > 1]


def trigrams(seq: list[str]) -> set[tuple[str, ...]]:
    return {tuple(seq[i:i + 3]) for i in range(len(seq) - 2)}


def uncovered(ref: list[str], out_grams: set[tuple[str, ...]], out_words: Counter) -> list[bool]:
    """For each reference word: True when no word trigram through it occurs in the output
    (a reference shorter than three words: when the word does not occur)."""
    if len(ref) < 3:
        return [w not in out_words for w in ref]
    covered = [False] * len(ref)
    for i in range(len(ref) - 2):
        if tuple(ref[i:i + 3]) in out_grams:
            covered[i] = covered[i + 1] = covered[i + 2] = True
    return [not c for c in covered]


# -- reference extractions: (body lines, furniture lines) --------------------------------

def pdf_reference(path: Path) -> tuple[list[str], list[str], list[str]]:
    body, furniture = paged_reference(_pdf_pages(path))
    return body, furniture, _pdf_annotations(path)


def paged_reference(pages: list[str]) -> tuple[list[str], list[str]]:
    """Lines of the pages; a line repeated on two pages or more (digits aside) or a page
    label alone is furniture."""
    seen: Counter = Counter()
    for page in pages:
        for key in {_line_key(line) for line in page.splitlines() if line.strip()}:
            seen[key] += 1
    body, furniture = [], []
    for page in pages:
        for line in page.splitlines():
            if not line.strip():
                continue
            key = _line_key(line)
            repeated = len(pages) > 1 and seen[key] >= 2 and len(key) < 80
            (furniture if repeated or PAGE_LABEL.match(line.strip()) else body).append(line)
    return body, furniture


def _line_key(line: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line)).strip().lower()


def _pdf_pages(path: Path) -> list[str]:
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                             capture_output=True, check=False).stdout.decode("utf-8", "replace")
        # reading-order mode (not -layout): a column's line-end hyphen stays at a line end
        return out.split("\f")
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    return [page.get_textpage().get_text_range() for page in pdf]


def _pdf_annotations(path: Path) -> list[str]:
    """Text a page shows in annotations: FreeText contents and filled form-field values."""
    from pypdf import PdfReader

    out = []
    try:
        reader = PdfReader(str(path))
        for page in reader.pages:
            for ref in page.get("/Annots") or []:
                annot = ref.get_object()
                kind = annot.get("/Subtype")
                if kind == "/FreeText" and annot.get("/Contents"):
                    out.append(str(annot["/Contents"]))
                elif kind == "/Widget":
                    value = annot.get("/V") or (annot.get("/Parent") or {}).get("/V")
                    if isinstance(value, str) and not value.startswith("/"):
                        out.append(value)
    except Exception as exc:  # noqa: BLE001 - a reference that cannot read annotations has none
        print(f"  (annotations of {path.name} not read: {exc})", file=sys.stderr)
    return out


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def docx_reference(path: Path) -> tuple[list[str], list[str], list[str]]:
    from lxml import etree

    body, furniture = [], []
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            part = name.rsplit("/", 1)[-1]
            if not name.endswith(".xml"):
                continue
            if name == "word/document.xml" or re.match(r"(footnotes|endnotes)\.xml$", part):
                target = body
            elif re.match(r"(header\d*|footer\d*|comments)\.xml$", part):
                target = furniture
            elif name.startswith("word/diagrams/data"):
                root = etree.fromstring(z.read(name))
                body.extend("".join(t.text or "" for t in p.iter(f"{A}t")) for p in root.iter(f"{A}p"))
                continue
            else:
                continue
            root = etree.fromstring(z.read(name))
            for p in root.iter(f"{W}p"):
                if any(a.tag == MC_FALLBACK for a in p.iterancestors()):
                    continue  # a text box given twice: its VML fallback repeats the drawing
                if p.get("{http://www.w3.org/XML/1998/namespace}space") == "x":
                    continue
                target.append(_docx_paragraph(p))
    return body, furniture, []


def _docx_paragraph(p) -> str:
    parts = []
    for t in p.iter(f"{W}t", MATH_T):
        run_ancestors = list(t.iterancestors())
        if any(a.tag in (f"{W}del", f"{W}moveFrom") for a in run_ancestors):
            continue
        if any(a.tag == f"{W}p" for a in run_ancestors[: run_ancestors.index(p)]):
            continue  # a text box's paragraph inside this one: read as its own paragraph
        run = t.getparent()
        if run.find(f"{W}rPr/{W}vanish") is not None:
            continue
        parts.append(t.text or "")
    return "".join(parts)


PARTING_HTML = {"br", "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd",
                "blockquote", "pre", "figcaption", "figure", "section", "article", "table", "summary"}
FURNITURE_HTML = ("nav", "form", "button", "select", "textarea", "input")


def html_reference(data: bytes) -> tuple[list[str], list[str], list[str]]:
    import lxml.html
    from lxml import etree

    root = lxml.html.document_fromstring(data)
    etree.strip_elements(root, "script", "style", etree.Comment, with_tail=False)
    body = root.find("body") if root.find("body") is not None else root
    furniture = []
    for el in list(body.iter()):
        if _html_furniture(el) and el.getparent() is not None and el.getroottree().getroot() is root:
            furniture.append(el.text_content())
            el.drop_tree()  # keeps the tail, which is the parent's text
    for el in body.iter():  # a break, a block or a cell parts the words on either side
        if isinstance(el.tag, str) and el.tag in PARTING_HTML:
            el.tail = "\n" + (el.tail or "")
    texts = [body.text_content()]
    return texts, furniture, []


def _html_furniture(el) -> bool:
    """Navigation, forms, page-level header/footer, hidden elements."""
    if not isinstance(el.tag, str):
        return False
    page_level = el.tag in ("header", "footer") and not any(
        a.tag in ("article", "main", "section") for a in el.iterancestors())
    hidden = el.get("hidden") is not None or re.search(r"display\s*:\s*none", el.get("style") or "")
    return bool(el.tag in FURNITURE_HTML or page_level or hidden
                or el.get("role") in ("navigation", "banner", "contentinfo"))


def markdown_reference(path: Path) -> tuple[list[str], list[str], list[str]]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    try:
        from mdit_py_plugins.footnote import footnote_plugin

        md = md.use(footnote_plugin)
    except ImportError:
        pass
    source = path.read_text(encoding="utf-8", errors="replace")
    front = re.match(r"---\n.*?\n---\n", source, re.S)  # front matter: the page's metadata
    html = md.render(source[front.end():] if front else source)
    page = f"<html><head><meta charset='utf-8'></head><body>{html}</body></html>"
    body, furniture, _ = html_reference(page.encode())
    return body, furniture + ([front.group()] if front else []), []


def tei_reference(path: Path) -> tuple[list[str], list[str], list[str]]:
    from lxml import etree

    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    header = [el for el in root.iter() if isinstance(el.tag, str) and el.tag.endswith("teiHeader")]
    for el in header:
        el.getparent().remove(el)
    return [" ".join(root.itertext())], [], []


def reference(path: Path) -> tuple[list[str], list[str], list[str]]:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return pdf_reference(path)
    if suffix == ".docx":
        return docx_reference(path)
    if suffix in (".html", ".htm"):
        return html_reference(path.read_bytes())
    if suffix == ".md":
        return markdown_reference(path)
    if suffix in (".xml", ".tei"):
        return tei_reference(path)
    body, furniture = paged_reference(path.read_text(encoding="utf-8", errors="replace").split("\f"))
    return body, furniture, []


# -- comparison --------------------------------------------------------------------------

def vitrina_text(path: Path) -> str:
    from vitrina.ingest import read_path

    return "\n".join(f"{doc.title}\n{doc.text}" for doc in read_path(path))


def compare(path: Path, samples: int = 12) -> dict:
    body, furniture, annotations = reference(path)
    try:
        text = vitrina_text(path)
        error = None
    except Exception as exc:  # noqa: BLE001 - a refusal is reported, the run goes on
        text, error = "", f"{type(exc).__name__}: {exc}"
    out_seq = word_list(text)
    out_grams, out_words = trigrams(out_seq), Counter(out_seq)
    raws = normal("\n".join(body)).splitlines()
    lines = [word_list(line) for line in raws]
    stream = [w for line in lines for w in line]
    gone = uncovered(stream, out_grams, out_words)
    lost = Counter(w for w, g in zip(stream, gone, strict=True) if g)
    lost_lines, at = [], 0
    for raw, line in zip(raws, lines, strict=True):
        flags = gone[at:at + len(line)]
        at += len(line)
        if len(line) >= 3 and sum(flags) > len(line) / 2:
            lost_lines.append(raw.strip())
    furn = [w for line in furniture for w in word_list(line)]
    notes = [w for line in annotations for w in word_list(line)]
    notes_gone = Counter(w for w in notes if w not in out_words)
    return {
        "file": str(path),
        "words": len(stream),
        "lost": sum(lost.values()),
        "lost_share": sum(lost.values()) / len(stream) if stream else 0.0,
        "lost_sample": [w for w, _ in lost.most_common(samples)],
        "lost_lines": lost_lines,
        "furniture": len(furn),
        "furniture_left_out": sum(1 for w in furn if w not in out_words),
        "annotations": len(notes),
        "annotations_lost": sum(notes_gone.values()),
        "annotations_sample": [w for w, _ in notes_gone.most_common(samples)],
        "error": error,
    }


def files_under(paths: list[Path]) -> list[Path]:
    out = []
    for path in paths:
        if path.is_dir():
            out.extend(p for p in sorted(path.rglob("*")) if p.suffix.lower() in SUFFIXES and p.is_file())
        else:
            out.append(path)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--samples", type=int, default=12)
    parser.add_argument("--json", type=Path, help="write the per-file results here")
    parser.add_argument("--lines", action="store_true", help="print the reference lines mostly lost")
    parser.add_argument("--min", type=float, default=0.0, help="print only files losing this share or more")
    args = parser.parse_args()
    results = []
    for path in files_under(args.paths):
        result = compare(path, args.samples)
        results.append(result)
        if result["lost_share"] >= args.min or result["error"] or result["annotations_lost"]:
            extra = f" ERROR {result['error']}" if result["error"] else ""
            notes = (f" annot-lost={result['annotations_lost']}/{result['annotations']}"
                     f" {result['annotations_sample']}" if result["annotations_lost"] else "")
            print(f"{result['lost_share']:6.1%} {result['lost']:5}/{result['words']:<6} "
                  f"furn-out={result['furniture_left_out']:<4} {path}{extra}{notes}")
            if result["lost"]:
                print("       lost: " + " ".join(result["lost_sample"]))
            if args.lines:
                for line in result["lost_lines"]:
                    print(f"       | {line[:150]}")
    by_format: dict[str, list[dict]] = {}
    for result in results:
        by_format.setdefault(Path(result["file"]).suffix.lower(), []).append(result)
    print("\nformat  files  ref-words  lost  lost%  furniture-left-out  annot-lost  errors")
    for suffix, rows in sorted(by_format.items()):
        total = sum(r["words"] for r in rows)
        lost = sum(r["lost"] for r in rows)
        print(f"{suffix:7} {len(rows):5} {total:10} {lost:5} {lost / max(total, 1):6.2%} "
              f"{sum(r['furniture_left_out'] for r in rows):19} "
              f"{sum(r['annotations_lost'] for r in rows):11} {sum(1 for r in rows if r['error']):7}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
