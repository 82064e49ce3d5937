"""Exhibit PDFs with randomized layouts, and their gold structure.

    python bench/layoutgen.py OUT_DIR SEED [SEED...]

Each seed picks one Milestones essay (CC0 TEI, ../shared/corpus/milestones)
and sets it as an exhibit unit with reportlab: one or two columns, a page size,
running header/footer with the exhibit name and page number, a title over one
to three lines with or without a number, panels labelled A/B, "Panel 2", roman
numerals or unlabelled, figures (a real image) with captions carrying a position
label or none, set between paragraphs, mid-paragraph or beside the image box,
credits in several forms, hyphenation on or off, and paragraphs separated by a
blank line, an indent or space before. Writes ``OUT_DIR/<seed>.pdf`` and
``OUT_DIR/<seed>.json`` (the gold, format in docs/formats.md).

Seeds from ``EXTENDED_FROM`` (1000) on also draw the second round of layout
dimensions (earlier seeds are generated exactly as before): three columns,
landscape and square pages, the running header at the top right, page numbers
as "— 3 —" or "Page 2 of 4", paragraphs by indent alone with the first one under
a heading not indented, section labels "Case 1", "Room B", "§ 2", "Gallery 3"
or a roman numeral alone, captions to the left of their image box, and credits
"Image: Name / Institution" or "Photograph © Name".

Seeds from ``FAMILIES_FROM`` (2000) on draw layout *families* instead: parameters that
no hand-laid set fixes and no tool decides, each drawn on its own (round r8): one to four
columns, a full-width band on page 1 holding the title and the introduction over the
columns (or none), figures floated left or right of a paragraph that runs round them,
captions above or under their picture, and headings by size, by weight, in spaced
capitals or under a zero-padded number ("01") in display type. Their scores are reported
apart ("generator families"), not mixed with the earlier seeds'.

Nothing here is read by vitrina itself: the generator only makes test data.
"""

from __future__ import annotations

import glob
import io
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "milestones"
sys.path.insert(0, str(ROOT / "src"))

POSITIONS = ["Above", "Top", "Left", "Above, right", "Right", "Below, left", "Opposite"]
CREDIT_FORMS = ["after", "own_line", "courtesy", "photo", "none"]
LABEL_STYLES = ["letter", "panel", "roman", "none"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
INSTITUTION_KINDS = ["Library", "Archives", "Museum", "Collection", "Historical Society", "Gallery"]
EXTENDED_FROM = 1000  # seeds from here on draw the extended dimensions too
FAMILIES_FROM = 2000  # seeds from here on draw the layout families (columns, bands, floats, headings)
HEADING_STYLES = ["large", "bold", "caps-spaced", "zero-number"]
FLOAT_MIN_COLUMN = 220.0  # points: a narrower column sets its figures between paragraphs
FLOAT_MAX_WORDS = 110  # a longer paragraph is not run round a float (it could not split)
EXTENDED_CREDIT_FORMS = [*CREDIT_FORMS, "image_slash", "copyright"]
EXTENDED_LABEL_STYLES = [*LABEL_STYLES, "case", "room", "section_sign", "gallery", "roman_alone"]


@dataclass
class Essay:
    title: str
    paragraphs: list[str]
    captions: list[str]


@dataclass
class Layout:
    """The randomized choices for one exhibit, recorded in the gold."""

    page: str
    columns: int
    header: str  # "none" | "name" | "name+page"
    footer: str  # "none" | "page" | "name+page"
    title_lines: int
    numbered_title: bool
    label_style: str
    hyphenate: bool
    separation: str  # "blank" | "indent" | "space"
    justify: bool
    body_font: str
    caption_type: str  # "small-italic" | "small" | "italic" | "body" (body type: found by image or label)
    heading_type: str  # "large" | "bold" (body size, bold)
    page_number: str  # "plain" | "dashes" | "page-of" (+ "em-dashes" | "page-of-total")
    credit_forms: list[str] = field(default_factory=list)
    header_place: str = "left"  # "left" | "right"
    first_indent: bool = True  # with indented paragraphs: the first under a heading too
    family: bool = False  # a layout family seed (FAMILIES_FROM on)
    top_band: bool = False  # page 1 holds the title and introduction across the columns
    floats: float = 0.0  # share of figures floated beside a paragraph that runs round them
    caption_place: str = "below"  # "below" | "above" its picture
    heading_style: str = "large"  # one of HEADING_STYLES


# ------------------------------------------------------------ text source


def _clean(text: str) -> str:
    """Text the standard PDF fonts can show (WinAnsi), whitespace collapsed."""
    text = re.sub(r"\s+", " ", text).strip()
    out = []
    for ch in text:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            out.append(base)
    return "".join(out)


def load_essays() -> list[Essay]:
    from vitrina.ingest import tei

    essays = []
    for path in sorted(glob.glob(str(CORPUS / "*.xml"))):
        for doc in tei.read(Path(path).read_bytes(), path):
            paras = [_clean(doc.text[b.start : b.end]) for b in doc.blocks if b.kind == "paragraph"]
            caps = [_strip_source(_clean(doc.text[b.start : b.end]))
                    for b in doc.blocks if b.kind == "caption"]
            paras = [p for p in paras if len(p) > 80]
            if len(paras) >= 4:
                essays.append(Essay(_clean(doc.title), paras, caps))
    return essays


def _strip_source(caption: str) -> str:
    """The corpus caption without its own "(Library of …)" source: the generator sets credits."""
    return re.sub(r"\s*\([^()]*\)\.?$", "", caption).rstrip(" ,;")


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s]


def proper_words(essays: list[Essay], rng: random.Random, count: int) -> list[str]:
    """Capitalised words from inside sentences: material for invented names."""
    pool: set[str] = set()
    for essay in rng.sample(essays, min(12, len(essays))):
        for para in essay.paragraphs[:3]:
            words = para.split()
            for prev, word in zip(words, words[1:], strict=False):
                bare = word.strip(".,;:()“”\"'’")
                if bare.isalpha() and bare[0].isupper() and len(bare) > 3 and not prev.endswith("."):
                    pool.add(bare)
    ordered = sorted(pool)
    rng.shuffle(ordered)
    return ordered[:count]


def panel_title(paragraph: str) -> str:
    words = [w.strip(".,;:()“”\"'’") for w in paragraph.split()[:12]]
    words = [w for w in words if w and w.isalpha()]
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
    n = min(len(words), 3 + len(paragraph) % 4)
    picked = words[:n]
    while picked and picked[-1].lower() in small:
        picked.pop()
    titled = [w if (i and w.lower() in small) else w[:1].upper() + w[1:] for i, w in enumerate(picked)]
    return " ".join(titled) or "Overview"


# ------------------------------------------------------------ plan


def choose_layout(rng: random.Random, extended: bool = False, family: bool = False) -> Layout:
    layout = _base_layout(rng)
    if family:
        return _family_layout(rng, layout)
    if not extended:
        return layout
    layout.page = rng.choice(["letter", "A4", "narrow", "A4-landscape", "square"])
    layout.columns = rng.choice([1, 2, 3] if layout.page in ("A4-landscape", "letter", "A4") else [1, 2])
    layout.label_style = rng.choice(EXTENDED_LABEL_STYLES)
    layout.page_number = rng.choice(["plain", "dashes", "page-of", "em-dashes", "page-of-total"])
    layout.header_place = rng.choice(["left", "right"])
    layout.first_indent = rng.random() < 0.5
    return layout


def _family_layout(rng: random.Random, layout: Layout) -> Layout:
    """A layout family: each tool-independent parameter drawn on its own."""
    layout.family = True
    layout.page = rng.choice(["letter", "A4", "A4-landscape", "square"])
    wide = layout.page == "A4-landscape"
    layout.columns = rng.choice([1, 2, 3, 4] if wide else [1, 2, 2, 3])
    layout.top_band = layout.columns > 1 and rng.random() < 0.5
    layout.floats = rng.choice([0.0, 0.5, 1.0])
    layout.caption_place = rng.choice(["below", "above"])
    layout.heading_style = rng.choice(HEADING_STYLES)
    layout.heading_type = "bold" if layout.heading_style == "bold" else "large"
    layout.label_style = "zero" if layout.heading_style == "zero-number" else rng.choice(LABEL_STYLES)
    layout.page_number = rng.choice(["plain", "dashes", "page-of"])
    return layout


def _base_layout(rng: random.Random) -> Layout:
    return Layout(
        page=rng.choice(["letter", "A4", "narrow"]),
        columns=rng.choice([1, 2]),
        header=rng.choice(["none", "name", "name+page"]),
        footer=rng.choice(["none", "page", "name+page"]),
        title_lines=rng.choice([1, 2, 3]),
        numbered_title=rng.random() < 0.5,
        label_style=rng.choice(LABEL_STYLES),
        hyphenate=rng.random() < 0.5,
        separation=rng.choice(["blank", "indent", "space"]),
        justify=rng.random() < 0.6,
        body_font=rng.choice(["Times", "Helvetica"]),
        caption_type=rng.choice(["small-italic", "small-italic", "small", "italic", "body"]),
        heading_type=rng.choice(["large", "large", "bold"]),
        page_number=rng.choice(["plain", "dashes", "page-of"]),
    )


def make_credit(rng: random.Random, names: list[str], form: str) -> str | None:
    name = rng.choice(names) if names else "Harbour"
    kind = rng.choice(INSTITUTION_KINDS)
    if form == "none":
        return None
    if form == "courtesy":
        return f"Courtesy of the {name} {kind}"
    if form == "photo":
        other = rng.choice(names) if names else "Lowe"
        return f"Photo: {name} {other}"
    if form == "image_slash":
        other = rng.choice(names) if names else "Lowe"
        return f"Image: {name} {other} / {rng.choice(names)} {kind}"
    if form == "copyright":
        other = rng.choice(names) if names else "Lowe"
        return f"{rng.choice(['Photograph', 'Photo', 'Image'])} \u00a9 {name} {other}"
    if rng.random() < 0.3:
        letters = "".join(rng.choice("ABCDEFGHLMNPRSTUW") for _ in range(rng.choice([3, 4])))
        return letters
    return f"{name} {kind}"


def plan(seed: int, essays: list[Essay], long: int = 0) -> dict[str, Any]:
    """The gold document for ``seed``: title, sections with blocks, in reading order.

    ``long``: the paragraphs of that many essays instead of a few of one (for speed runs).
    """
    rng = random.Random(seed)
    family = seed >= FAMILIES_FROM
    extended = seed >= EXTENDED_FROM and not family
    layout = choose_layout(rng, extended, family)
    essay = essays[rng.randrange(len(essays))]
    others = [e for e in essays if e is not essay]
    names = proper_words(essays, rng, 40)
    exhibit = f"{rng.choice(names)} and the {rng.choice(names)}: An Exhibit"
    paras = essay.paragraphs[: rng.randint(6, 12)]
    if long:
        paras = [p for e in [essay, *rng.sample(others, long - 1)] for p in e.paragraphs]
    n_panels = min(rng.randint(2, 4) + 2 * long, max(1, (len(paras) - 1) // 2), 8)
    intro = rng.randint(1, 2)
    cuts = sorted(rng.sample(range(intro + 1, len(paras)), n_panels - 1)) if n_panels > 1 else []
    bounds = [intro, *cuts, len(paras)]
    sections: list[dict[str, Any]] = []
    title_label = str(rng.randint(1, 24)) if layout.numbered_title else None
    sections.append({"label": title_label, "title": essay.title, "blocks": []})
    sections[0]["blocks"] = [{"kind": "paragraph", "text": p} for p in paras[:intro]]
    for k in range(n_panels):
        body = paras[bounds[k] : bounds[k + 1]]
        label = {
            "letter": "ABCDEFGH"[k],
            "panel": str(k + 1),
            "roman": ROMAN[k],
            "none": None,
            "case": str(k + 1),
            "room": "ABCDEFGH"[k],
            "section_sign": str(k + 1),
            "gallery": str(k + 1),
            "roman_alone": ROMAN[k],
            "zero": f"{k + 1:02d}",
        }[layout.label_style]
        heading = panel_title(body[0])
        sections.append({
            "label": label,
            "title": heading.upper() if layout.heading_style == "caps-spaced" else heading,
            "blocks": [{"kind": "paragraph", "text": p} for p in body],
        })
    caption_pool = [c for e in others for c in e.captions if len(c) > 12]
    for section in sections:
        n_figs = rng.choice([0, 1, 1, 2]) if section is not sections[0] else rng.choice([0, 1])
        for _ in range(n_figs):
            text = rng.choice(caption_pool)
            if not text.endswith((".", "!", "?")):
                text += "."
            if rng.random() < 0.6:
                extra = sentences(rng.choice(rng.choice(others).paragraphs))[:2]
                text += " " + " ".join(extra)
            form = rng.choice(EXTENDED_CREDIT_FORMS if extended else CREDIT_FORMS)
            layout.credit_forms.append(form)
            placement = rng.choice(["between", "mid", "beside", "beside_left"] if extended
                                   else ["between", "mid", "beside"])
            if layout.family:
                placement = rng.choice(["float_left", "float_right"]) if rng.random() < layout.floats else (
                    rng.choice(["between", "mid"]))
            paras_here = [i for i, b in enumerate(section["blocks"]) if b["kind"] == "paragraph"]
            at = rng.choice(paras_here) if paras_here else 0
            section["blocks"].insert(at + 1, {
                "kind": "caption",
                "text": text,
                "position": rng.choice([*POSITIONS, None, None]),
                "credit": make_credit(rng, names, form),
                "credit_form": form,
                "placement": placement,
                "caption_place": layout.caption_place,
            })
    return {
        "seed": seed,
        "title": essay.title,
        "exhibit": exhibit,
        "layout": layout.__dict__,
        "sections": sections,
    }


# ------------------------------------------------------------ rendering


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _image(rng: random.Random, width: float, height: float) -> Any:
    from PIL import Image as PILImage
    from reportlab.platypus import Image

    pixels = PILImage.new("RGB", (48, 36), tuple(rng.randrange(60, 200) for _ in range(3)))
    for x in range(0, 48, 6):
        for y in range(0, 36, 6):
            pixels.putpixel((x, y), (20, 20, 20))
    buf = io.BytesIO()
    pixels.save(buf, format="PNG")
    buf.seek(0)
    return Image(buf, width=width, height=height)


def render(gold: dict[str, Any], out: Path) -> None:
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    rng = random.Random(gold["seed"] * 7919 + 1)
    lay = gold["layout"]
    size = {"letter": letter, "A4": A4, "narrow": (468.0, 684.0), "A4-landscape": (A4[1], A4[0]),
            "square": (600.0, 600.0)}[lay["page"]]
    width, height = size
    margin = rng.choice([48.0, 60.0, 72.0])
    gutter = 20.0
    font = lay["body_font"]
    regular, italic, bold = {
        "Times": ("Times-Roman", "Times-Italic", "Times-Bold"),
        "Helvetica": ("Helvetica", "Helvetica-Oblique", "Helvetica-Bold"),
    }[font]
    body_size = rng.choice([9.5, 10.0, 10.5, 11.0])
    leading = body_size * 1.25
    hyph = "en_US" if lay["hyphenate"] else None
    sep = lay["separation"]
    body = ParagraphStyle(
        "body",
        fontName=regular,
        fontSize=body_size,
        leading=leading,
        alignment=TA_JUSTIFY if lay["justify"] else TA_LEFT,
        firstLineIndent=body_size * 1.5 if sep == "indent" else 0,
        spaceBefore={"blank": leading, "indent": 0, "space": body_size * 0.6}[sep],
        hyphenationLang=hyph,
        uriWasteReduce=0.3 if hyph else 0,
    )
    cap_type = lay["caption_type"]
    cap_size = body_size if cap_type in ("italic", "body") else body_size - 1.5
    caption = ParagraphStyle(
        "caption",
        fontName=italic if "italic" in cap_type else regular,
        fontSize=cap_size,
        leading=cap_size * 1.2,
        spaceBefore=4,
        spaceAfter=2,
        hyphenationLang=hyph,
    )
    credit_style = ParagraphStyle(
        "credit", fontName=regular, fontSize=cap_size - 1, leading=(cap_size - 1) * 1.2,
        spaceAfter=6,
    )
    title_size = rng.choice([18.0, 20.0, 24.0])
    title = ParagraphStyle("title", fontName=bold, fontSize=title_size, leading=title_size * 1.2,
                           spaceAfter=title_size * 0.8)
    panel_size = body_size + rng.choice([2.0, 3.0, 4.0]) if lay["heading_type"] == "large" else body_size
    panel = ParagraphStyle("panel", fontName=bold, fontSize=panel_size, leading=panel_size * 1.2,
                           spaceBefore=panel_size, spaceAfter=panel_size * 0.5, keepWithNext=1)
    if lay.get("heading_style") == "caps-spaced":  # capitals set letter-spaced
        panel = panel.clone("panel-caps", fontSize=body_size + 1, leading=(body_size + 1) * 1.3)
    numeral = ParagraphStyle("numeral", fontName=bold, fontSize=title_size * 1.4, leading=title_size * 1.5,
                             spaceBefore=panel_size, keepWithNext=1)

    columns = lay["columns"]
    col_w = (width - 2 * margin - gutter * (columns - 1)) / columns

    def column_frames(top: float, tag: str) -> list[Any]:
        return [
            Frame(margin + c * (col_w + gutter), margin, col_w, top - margin, id=f"{tag}{c}",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            for c in range(columns)
        ]

    frames = column_frames(height - margin, "c")
    band = 0.0
    if lay.get("top_band"):  # page 1: title and introduction across the columns
        band = height * rng.choice([0.3, 0.36])
        first_frames = [Frame(margin, height - margin - band, width - 2 * margin, band, id="band",
                              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
                        *column_frames(height - margin - band - gutter, "f")]
    running: list[str] = []

    total = [0]  # pages of the document, known after a first build ("Page 2 of 4")

    def decorate(canvas: Any, doc: Any) -> None:
        number = canvas.getPageNumber()
        canvas.saveState()
        canvas.setFont(regular, body_size - 1.5)
        if lay["header"] != "none":
            text = gold["exhibit"] + (f"  {number}" if lay["header"] == "name+page" else "")
            if lay.get("header_place") == "right":
                canvas.drawRightString(width - margin, height - margin * 0.6, text)
            else:
                canvas.drawString(margin, height - margin * 0.6, text)
            running.append(text)
        if lay["footer"] != "none":
            shown = {"plain": str(number), "dashes": f"- {number} -",
                     "page-of": f"Page {number}", "em-dashes": f"\u2014 {number} \u2014",
                     "page-of-total": f"Page {number} of {total[0]}"}[lay["page_number"]]
            text = shown if lay["footer"] == "page" else f"{gold['exhibit']} | {shown}"
            canvas.drawCentredString(width / 2, margin * 0.45, text)
            running.append(text)
        canvas.restoreState()

    pdf_title = _pdf_title(gold, rng)
    state = rng.getstate()

    def build(target: Any) -> int:
        rng.setstate(state)  # the same story (images, cuts) on every build
        doc = BaseDocTemplate(target, pagesize=size, leftMargin=margin, rightMargin=margin,
                              topMargin=margin, bottomMargin=margin, title=pdf_title,
                              author="vitrina layoutgen")
        templates = [PageTemplate(id="page", frames=frames, onPage=decorate)]
        if band:
            templates.insert(0, PageTemplate(id="first", frames=first_frames, onPage=decorate,
                                             autoNextPageTemplate="page"))
        doc.addPageTemplates(templates)
        doc.build(story_for())
        return int(doc.page)

    def story_for() -> list[Any]:
        return _story(gold, lay, title, panel, body, caption, credit_style, col_w, rng, numeral, bool(band))

    if lay["footer"] != "none" and lay["page_number"] == "page-of-total":
        total[0] = build(io.BytesIO())
        running.clear()
    build(str(out))
    gold["running"] = sorted(set(running))


def _story(gold: dict[str, Any], lay: dict[str, Any], title: Any, panel: Any, body: Any,
           caption: Any, credit_style: Any, col_w: float, rng: random.Random, numeral: Any = None,
           band: bool = False) -> list[Any]:
    from reportlab.platypus import FrameBreak, Paragraph

    first_body = body.clone("body-first", firstLineIndent=0) if not lay.get("first_indent", True) else body
    story: list[Any] = []
    first = gold["sections"][0]
    title_text = _esc(first["title"])
    title_words = title_text.split()
    n_lines = min(lay["title_lines"], len(title_words))
    per = -(-len(title_words) // n_lines)
    lines = [" ".join(title_words[i : i + per]) for i in range(0, len(title_words), per)]
    prefix = f"{first['label']}. " if first["label"] else ""
    story.append(Paragraph(prefix + "<br/>".join(lines), title))
    for n, section in enumerate(gold["sections"]):
        if n == 1 and band:
            story.append(FrameBreak())  # the columns start under the band
        if n and lay.get("heading_style") == "zero-number":
            story.append(Paragraph(_esc(section["label"]), numeral))
            story.append(Paragraph(_esc(section["title"]), panel))
        elif n and lay.get("heading_style") == "caps-spaced":
            label = f"{_esc(section['label'])}. " if section["label"] else ""
            story.append(_spaced_heading(label + section["title"], panel, col_w))
        elif n:
            story.append(Paragraph(_panel_heading(section, lay["label_style"]), panel))
        for k, block in enumerate(section["blocks"]):
            if block["kind"] == "paragraph":
                story.append(Paragraph(_esc(block["text"]), first_body if k == 0 else body))
                continue
            _figure(story, block, body, caption, credit_style, col_w, rng, _image)
    return story


def _spaced_heading(text: str, style: Any, width: float) -> Any:
    """A heading set letter-spaced (the canvas's character spacing, as a poster tool sets
    capitals), wrapped at words to the column."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    space = 2.2

    def measure(words: list[str]) -> float:
        line = " ".join(words)
        return stringWidth(line, style.fontName, style.fontSize) + space * len(line)

    lines: list[list[str]] = [[]]
    for word in text.split():
        if lines[-1] and measure([*lines[-1], word]) > width:
            lines.append([])
        lines[-1].append(word)

    class Spaced(Flowable):  # type: ignore[misc]
        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return width, style.leading * len(lines) + style.spaceBefore + style.spaceAfter

        def draw(self) -> None:
            y = style.leading * len(lines) + style.spaceAfter - style.fontSize
            for words in lines:
                text_object = self.canv.beginText(0, y)
                text_object.setFont(style.fontName, style.fontSize)
                text_object.setCharSpace(space)
                text_object.textOut(" ".join(words))
                self.canv.drawText(text_object)
                y -= style.leading

    heading = Spaced()
    heading.keepWithNext = 1
    return heading


def _pdf_title(gold: dict[str, Any], rng: random.Random) -> str | None:
    return gold["title"] if rng.random() < 0.5 else None


def _panel_heading(section: dict[str, Any], style: str) -> str:
    label = section["label"]
    title = _esc(section["title"])
    if label is None:
        return title
    if style == "panel":
        return f"Panel {label}<br/>{title}"
    words = {"case": "Case", "room": "Room", "gallery": "Gallery", "section_sign": "\u00a7"}
    if style in words:
        return f"{words[style]} {label}<br/>{title}"
    if style == "roman_alone":
        return f"{label}<br/>{title}"
    return f"{label}<br/>{title}" if len(label) == 1 and label.isalpha() else f"{label}. {title}"


def _caption_text(block: dict[str, Any]) -> tuple[str, str | None]:
    """The caption paragraph's markup and the credit set on a line of its own."""
    text = _esc(block["text"])
    if block["position"]:
        text = f"{block['position']}: {text}"
    credit = block["credit"]
    if credit is None:
        return text, None
    if block["credit_form"] == "own_line":
        return text, credit
    return f"{text} {_esc(credit)}", None


def _figure(story: list[Any], block: dict[str, Any], body: Any, caption: Any, credit_style: Any,
            col_w: float, rng: random.Random, image: Any) -> None:
    from reportlab.platypus import Paragraph, Table, TableStyle

    text, own_credit = _caption_text(block)
    placement = block["placement"]
    previous = story[-1] if story else None
    cap_paras = [Paragraph(text, caption)]
    if own_credit:
        cap_paras.append(Paragraph(_esc(own_credit), credit_style))
    above = block.get("caption_place") == "above"
    # (a float needs a column wide enough to run text round it, and a paragraph short
    # enough to stay in one frame; else the figure is set after the paragraph, same gold)
    if placement in ("float_left", "float_right") and isinstance(previous, Paragraph) and (
            previous.style.name.startswith("body")) and col_w >= FLOAT_MIN_COLUMN and len(
            previous.text.split()) <= FLOAT_MAX_WORDS:
        # the picture (its caption over or under it) floated beside the paragraph before it
        from reportlab.platypus import ImageAndFlowables

        img_w = col_w * 0.45
        picture = image(rng, img_w, img_w * 0.7)
        cells = [[p] for p in cap_paras]
        cells = [*cells, [picture]] if above else [[picture], *cells]
        figure = Table(cells, colWidths=[img_w])
        figure.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        figure._restrictSize = figure.wrap  # ImageAndFlowables sizes its "image" by these
        figure._unRestrictSize = lambda: None
        side = "left" if placement == "float_left" else "right"
        story[-1] = ImageAndFlowables(figure, [previous], imageSide=side, imageLeftPadding=8, imageRightPadding=8)
        return
    if placement in ("beside", "beside_left"):
        img_w = col_w * 0.4
        picture = image(rng, img_w, img_w * 0.75)
        if placement == "beside":
            table = Table([[picture, cap_paras]], colWidths=[img_w + 8, col_w - img_w - 8])
        else:  # the caption on the left, its picture on the right
            table = Table([[cap_paras, picture]], colWidths=[col_w - img_w - 8, img_w + 8])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        items: list[Any] = [table]
    else:
        img_w = col_w * rng.choice([0.6, 0.8, 1.0])
        picture = image(rng, img_w, img_w * 0.6)
        items = [*cap_paras, picture] if above else [picture, *cap_paras]
    if placement == "mid" and isinstance(previous, Paragraph) and previous.style.name == "body":
        # Cut the paragraph before it at a word in its middle, set the figure there.
        words = previous.text.split(" ")
        if len(words) > 30:
            cut = len(words) // 2 + rng.randint(-5, 5)
            while cut < len(words) - 1 and words[cut - 1].endswith((".", "!", "?")):
                cut += 1
            head = Paragraph(" ".join(words[:cut]), previous.style)
            tail_style = previous.style.clone("body-cont", firstLineIndent=0, spaceBefore=2)
            tail = Paragraph(" ".join(words[cut:]), tail_style)
            story[-1] = head
            story.extend([*items, tail])
            return
    story.extend(items)


def generate(seed: int, out_dir: Path, essays: list[Essay] | None = None, long: int = 0
             ) -> tuple[Path, Path]:
    essays = essays or load_essays()
    gold = plan(seed, essays, long)
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf = out_dir / f"{seed}.pdf"
    render(gold, pdf)
    for section in gold["sections"]:
        for block in section["blocks"]:
            block.pop("credit_form", None)
            block.pop("placement", None)
            block.pop("caption_place", None)
    gold_path = out_dir / f"{seed}.json"
    gold_path.write_text(json.dumps(gold, indent=1, ensure_ascii=False), encoding="utf-8")
    return pdf, gold_path


def main(argv: list[str]) -> None:
    out = Path(argv[0])
    essays = load_essays()
    for seed in argv[1:]:
        pdf, _ = generate(int(seed), out, essays)
        print(pdf)


if __name__ == "__main__":
    main(sys.argv[1:])
