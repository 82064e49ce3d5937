"""Score vitrina's structure of an exhibit file against a gold JSON.

    python bench/layoutscore.py FILE GOLD.json [--as text|pdf|docx|html|markdown]

FILE may be any input vitrina reads (PDF, text, DOCX, HTML, Markdown…); its
format comes from its content and suffix as in a build, or from ``--as``.

The gold format is the one bench/layoutgen.py writes (docs/formats.md,
"Layout gold"): a title, sections with label, title and blocks (paragraphs,
captions with position label and credit) in reading order, and the running
header/footer strings. Five scores, each 0-1, and their mean:

* sections   -- F1 of (label, title) pairs, a label compared by its identifier
                 (``label_key``: "Panel 2" = "2", "Part Two" = "two");
* captions   -- F1 of (caption text, position label) pairs;
* credits    -- F1 of (caption text, credit) pairs over captions with a credit
                 (1.0 when the gold has none and none were found);
* paragraphs -- F1 of paragraph texts (a paragraph split or merged is a miss);
* sentences  -- share of the gold's body sentences found whole in one
                 predicted paragraph (rejoined across lines, pages, columns,
                 figures and hyphenation).

Texts are compared after whitespace is collapsed and quotes/dashes unified.
Also reported, as counts: body blocks holding running header/footer text, and
soft-hyphen marks (U+00AD, U+FFFE, U+0002) left in the document text; and
``figures_linked``, the share of gold captions found and linked to an image
(inputs with images: the gold's captions each belong to one image).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FORMATS = ["text", "pdf", "docx", "html", "markdown"]
SCORES = ("sections", "captions", "credits", "paragraphs", "sentences")
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”’\"')]))\s+(?=[A-Z“\"‘(])")
_TRANSLATE = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def norm(text: str | None) -> str:
    if text is None:
        return ""
    return " ".join(text.translate(_TRANSLATE).split()).strip()


def label_key(label: str | None) -> str:
    """A section label compared by its identifier: lower case, without a leading unit
    word from the lexicon ("Panel 2" and "2" agree; "2" and "3", "A" and "B" do not)
    and without closing punctuation ("IV." is "iv")."""
    from vitrina.lexicon import words

    parts = norm(label).lower().rstrip(".):").split()
    if len(parts) > 1 and parts[0] in words("panel_words"):
        parts = parts[1:]
    return " ".join(parts)


def f1(gold: list[Any], found: list[Any]) -> float:
    if not gold and not found:
        return 1.0
    common = sum((Counter(gold) & Counter(found)).values())
    if not common:
        return 0.0
    precision = common / len(found)
    recall = common / len(gold)
    return 2 * precision * recall / (precision + recall)


def gold_parts(gold: dict[str, Any]) -> dict[str, list[Any]]:
    sections, paragraphs, captions, credits = [], [], [], []
    for section in gold["sections"]:
        sections.append((label_key(section.get("label")), norm(section.get("title"))))
        for block in section.get("blocks", []):
            kind = block.get("kind")
            if kind == "paragraph":
                paragraphs.append(norm(block["text"]))
            elif kind == "caption":
                captions.append((norm(block["text"]), norm(block.get("position"))))
                if block.get("credit"):
                    credits.append((norm(block["text"]), norm(block["credit"])))
    return {"sections": sections, "paragraphs": paragraphs, "captions": captions, "credits": credits}


def found_parts(doc: Any, gold: dict[str, Any] | None = None) -> dict[str, list[Any]]:
    notes = _notes_section(doc)
    sections = [(label_key(s.label), norm(s.title)) for s in doc.sections if s.id != notes]
    if gold is not None and _bare_title_section(doc, gold):
        sections = sections[1:]
    paragraphs, captions, credits = [], [], []
    for block in doc.blocks:
        if notes is not None and block.section == notes:
            continue
        text = norm(doc.text[block.start : block.end])
        if block.kind == "paragraph":
            paragraphs.append(text)
        elif block.kind == "caption":
            captions.append((text, norm(block.position)))
            if block.credit:
                credits.append((text, norm(block.credit)))
    return {"sections": sections, "paragraphs": paragraphs, "captions": captions, "credits": credits}


def _notes_section(doc: Any) -> str | None:
    """The id of the closing section in which every reader sets the document's notes
    (``assemble.NOTES_TITLE``, unlabelled, last), or None. The golds leave notes out by
    their convention ("footnotes … are not in the gold"), so the notes and their section
    are counted neither as found nor as missed, as a bare title is not."""
    from vitrina.structure.assemble import NOTES_TITLE

    if not doc.sections:
        return None
    last = doc.sections[-1]
    return last.id if last.label is None and last.title == NOTES_TITLE else None


def _bare_title_section(doc: Any, gold: dict[str, Any]) -> bool:
    """The found first section is the unit title alone (no label, nothing but its
    heading) and the gold, by its own convention, has no section for a title that
    holds no blocks: the title is not counted as a missing or extra section."""
    if not doc.sections or not gold.get("sections"):
        return False
    first = doc.sections[0]
    title = norm(gold.get("title"))
    if first.label or norm(first.title) != title or norm(gold["sections"][0].get("title")) == title:
        return False
    return all(b.kind == "heading" for b in doc.blocks if b.section == first.id)


def sentence_score(gold_paragraphs: list[str], found_paragraphs: list[str]) -> float:
    sentences = [s for p in gold_paragraphs for s in _SENTENCE.split(p) if len(s) > 20]
    if not sentences:
        return 1.0
    haystack = "\n".join(found_paragraphs)
    return sum(1 for s in sentences if s in haystack) / len(sentences)


def score_document(doc: Any, gold: dict[str, Any]) -> dict[str, Any]:
    g = gold_parts(gold)
    f = found_parts(doc, gold)
    result: dict[str, Any] = {
        "sections": f1(g["sections"], f["sections"]),
        "captions": f1(g["captions"], f["captions"]),
        "credits": f1(g["credits"], f["credits"]),
        "paragraphs": f1(g["paragraphs"], f["paragraphs"]),
        "sentences": sentence_score(g["paragraphs"], f["paragraphs"]),
    }
    result["mean"] = sum(result[k] for k in SCORES) / len(SCORES)
    running = [norm(r) for r in gold.get("running", []) if len(norm(r)) > 3]
    notes = _notes_section(doc)
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind != "heading" and b.section != notes]
    result["running_in_body"] = sum(1 for t in body for r in running if r in norm(t))
    result["soft_hyphens_left"] = sum(doc.text.count(ch) for ch in "\u00ad\ufffe\u0002")
    result["figures_linked"] = figure_score(doc, g["captions"])
    return result


def figure_score(doc: Any, gold_captions: list[Any]) -> float | None:
    """Share of the gold captions found and linked to an image (None without images)."""
    if not getattr(doc, "figures", ()):
        return None
    by_id = {b.id: norm(doc.text[b.start : b.end]) for b in doc.blocks if b.kind == "caption"}
    linked = Counter(by_id[f.caption] for f in doc.figures if f.caption in by_id)
    wanted = Counter(text for text, _ in gold_captions)
    return sum((linked & wanted).values()) / len(gold_captions) if gold_captions else 1.0


def read_document(path: Path, as_format: str | None = None) -> Any:
    from vitrina.ingest import read_path, reader_for

    if as_format is None:
        return read_path(path)[0]
    return reader_for(as_format)(path.read_bytes(), str(path))[0]


def diff(doc: Any, gold: dict[str, Any]) -> list[str]:
    """What the gold has that was not found, and what was found that the gold lacks."""
    g = gold_parts(gold)
    f = found_parts(doc, gold)
    out = []
    for key in ("sections", "captions", "credits", "paragraphs"):
        missing = Counter(g[key]) - Counter(f[key])
        extra = Counter(f[key]) - Counter(g[key])
        for item in missing:
            out.append(f"- {key}: {str(item)[:160]}")
        for item in extra:
            out.append(f"+ {key}: {str(item)[:160]}")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--as", dest="as_format", choices=FORMATS, default=None,
                        help="read FILE as this format (default: from its content and suffix)")
    parser.add_argument("--diff", action="store_true", help="list the differences")
    args = parser.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    doc = read_document(args.file, args.as_format)
    result = score_document(doc, gold)
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in result.items()}))
    if args.diff:
        print("\n".join(diff(doc, gold)))


if __name__ == "__main__":
    main()
