"""Exhibit PDFs in zoned layouts (round 7 dimensions), and their gold structure.

    python bench/layoutzones.py OUT_DIR SEED [SEED...]
    python bench/layoutzones.py --score OUT_DIR 100-129   (generate, score as PDF and raw text)

Layouts that `bench/layoutgen.py` never draws, each seed picking one kind and its
variations (written by the round-7 engineer to test the reading order on layouts
it was not tuned on; they differ from hand-laid sets 1-7 in tool, page, fonts,
proportions and text):

* ``newspaper``: 3-5 narrow columns under a full-width banner (mixed case or
  capitals) and a full-width italic deck; a photo across the first two or three
  columns with its caption (and credit) under it; crossheads in the columns; a
  pull quote repeating a sentence of the next paragraph (decoration: not in the
  gold); a tinted, ruled box across the last columns' feet holding a sidebar
  (its own section, the last of the gold).
* ``figcol``: a title and a standfirst across the page, then a text column and a
  figure column (left or right of the text): each section's figure stands level
  with the section's start, its caption above or below the picture and its credit
  on its own line; each section's heading has a kicker over it (a date, "Stop 3",
  "Room 2") that is its label.
* ``notes``: one column with note calls raised after words and footnotes in
  small type at each page's foot (apparatus: not in the gold); a standfirst in
  italics; figures with a caption under them and their credit set vertically
  beside the picture (rotated 90 degrees).

Every kind has a running header or footer. Writes ``OUT_DIR/<seed>.pdf`` and
``OUT_DIR/<seed>.json`` (gold format in docs/formats.md). Nothing here is read by
vitrina itself.
"""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from layoutgen import (  # noqa: E402
    Essay,
    _esc,
    load_essays,
    make_credit,
    panel_title,
    proper_words,
    sentences,
)

KINDS = ["newspaper", "figcol", "notes"]
MONTHS = ["January", "March", "April", "June", "August", "October", "November"]


def plan(seed: int, essays: list[Essay]) -> dict[str, Any]:
    rng = random.Random(seed * 31 + 7)
    kind = KINDS[seed % len(KINDS)]
    essay = essays[rng.randrange(len(essays))]
    others = [e for e in essays if e is not essay]
    names = proper_words(essays, rng, 40)
    n_paras = {"newspaper": rng.randint(5, 7), "figcol": rng.randint(6, 9), "notes": rng.randint(6, 9)}[kind]
    paras = [p for p in essay.paragraphs if len(p) < 1100][:n_paras]
    if len(paras) < 4:
        paras = essay.paragraphs[:n_paras]
    lede = " ".join(sentences(rng.choice(others).paragraphs[0])[:2])
    n_sections = min(rng.randint(2, 4), len(paras) - 1)
    cuts = sorted(rng.sample(range(2, len(paras)), n_sections - 1)) if n_sections > 1 else []
    bounds = [1, *cuts, len(paras)]
    kicker = rng.choice(["date", "stop", "room"])
    sections: list[dict[str, Any]] = [
        {"label": None, "title": essay.title,
         "blocks": [{"kind": "paragraph", "text": lede}, {"kind": "paragraph", "text": paras[0]}]}
    ]
    for k in range(n_sections):
        body = paras[bounds[k]: bounds[k + 1]]
        label = None
        if kind == "figcol":
            label = {"date": f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {1850 + 11 * k + rng.randint(0, 9)}",
                     "stop": f"Stop {k + 1}", "room": f"Room {k + 1}"}[kicker]
        elif kind == "notes":
            label = str(k + 1)
        sections.append({"label": label, "title": panel_title(body[0]),
                         "blocks": [{"kind": "paragraph", "text": p} for p in body]})
    pool = [c for e in others for c in e.captions if 20 < len(c) < 220]
    forms = ["courtesy", "photo", "image_slash", "copyright", "after"]
    for n, section in enumerate(sections):
        if kind == "newspaper" and n not in (0, len(sections) - 1) and rng.random() < 0.5:
            continue
        if kind != "newspaper" and n == 0:
            continue
        text = rng.choice(pool).rstrip(" .") + "."
        section["blocks"].append({"kind": "caption", "text": text, "position": None,
                                  "credit": make_credit(rng, names, rng.choice(forms))})
    if kind == "newspaper":  # the lead photo's caption belongs to the title section
        # (the title section's own figure is never drawn on a newspaper page: not in the gold)
        sections[0]["blocks"] = sections[0]["blocks"][:2]
        text = rng.choice(pool).rstrip(" .") + "."
        sections[0]["blocks"].insert(1, {"kind": "caption", "text": text, "position": None,
                                         "credit": make_credit(rng, names, "photo")})
        side = rng.choice(others).paragraphs
        sections.append({"label": None, "title": rng.choice(["Why It Mattered", "What Came After",
                                                               "A Closer Look", "Who Paid?"]),
                         "blocks": [{"kind": "paragraph", "text": " ".join(sentences(side[-1])[:4])}]})
    return {"seed": seed, "kind": kind, "title": essay.title,
            "exhibit": f"{rng.choice(names)} {rng.choice(['Museum', 'Gallery', 'Heritage Centre'])}",
            "sections": sections, "rng": rng.random()}


# ------------------------------------------------------------ rendering helpers


def _image(rng: random.Random, width: float, height: float) -> Any:
    from PIL import Image as PILImage
    from reportlab.lib.utils import ImageReader

    pixels = PILImage.new("RGB", (40, 30), tuple(rng.randrange(90, 210) for _ in range(3)))
    buf = io.BytesIO()
    pixels.save(buf, format="PNG")
    buf.seek(0)
    return ImageReader(buf), width, height


def _styles(rng: random.Random) -> dict[str, Any]:
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    serif = rng.random() < 0.6
    regular, italic, bold, bolditalic = (
        ("Times-Roman", "Times-Italic", "Times-Bold", "Times-BoldItalic") if serif
        else ("Helvetica", "Helvetica-Oblique", "Helvetica-Bold", "Helvetica-BoldOblique"))
    size = rng.choice([9.0, 9.5, 10.0, 10.5])
    lead = size * rng.choice([1.2, 1.25, 1.3])
    indent = rng.random() < 0.5
    hyph = "en_US" if rng.random() < 0.6 else None
    return {
        "size": size,
        "regular": regular,
        "body": ParagraphStyle("body", fontName=regular, fontSize=size, leading=lead,
                               alignment=TA_JUSTIFY if rng.random() < 0.7 else TA_LEFT,
                               firstLineIndent=size * 1.2 if indent else 0,
                               spaceBefore=0 if indent else size * 0.7, hyphenationLang=hyph,
                               uriWasteReduce=0.3 if hyph else 0),
        "deck": ParagraphStyle("deck", fontName=italic, fontSize=size * rng.choice([1.0, 1.15, 1.3]),
                               leading=size * 1.5, spaceAfter=size),
        "title": ParagraphStyle("title", fontName=bold, fontSize=rng.choice([22.0, 26.0, 30.0]),
                                leading=rng.choice([26.0, 30.0, 34.0]), spaceAfter=6),
        "head": ParagraphStyle("head", fontName=bold if serif else "Helvetica-Bold",
                               fontSize=size + rng.choice([1.0, 2.0, 3.0]), leading=size * 1.6,
                               spaceBefore=size * 0.8, spaceAfter=size * 0.3, keepWithNext=1),
        "kicker": ParagraphStyle("kicker", fontName="Helvetica-Bold", fontSize=size * 0.8,
                                 leading=size * 1.1, textColor="#a03020", spaceBefore=size, keepWithNext=1),
        "caption": ParagraphStyle("caption", fontName=rng.choice([italic, "Helvetica"]),
                                  fontSize=size * 0.82, leading=size * 1.0, spaceBefore=3, spaceAfter=1),
        "credit": ParagraphStyle("credit", fontName="Helvetica", fontSize=size * 0.66,
                                 leading=size * 0.8, alignment=rng.choice([TA_LEFT, TA_RIGHT]),
                                 textColor="#555555", spaceAfter=4),
        "pull": ParagraphStyle("pull", fontName=bolditalic, fontSize=size * 1.3, leading=size * 1.6,
                               spaceBefore=size, spaceAfter=size, textColor="#802020"),
        "note": ParagraphStyle("note", fontName="Helvetica", fontSize=size * 0.72, leading=size * 0.9),
        "side": ParagraphStyle("side", fontName="Helvetica", fontSize=size * 0.92, leading=size * 1.2),
        "sidehead": ParagraphStyle("sidehead", fontName="Helvetica-Bold", fontSize=size * 1.25,
                                   leading=size * 1.6, spaceAfter=3),
    }


def _flow(canvas: Any, story: list[Any], x: float, y_top: float, width: float, y_bottom: float) -> float:
    """Set as much of ``story`` as fits in the box (consumed from the list); the y left."""
    from reportlab.platypus import Frame

    if y_top - y_bottom < 12:
        return y_top
    frame = Frame(x, y_bottom, width, y_top - y_bottom, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, showBoundary=0)
    while story:
        if frame.add(story[0], canvas, trySplit=0):
            story.pop(0)
            continue
        parts = frame.split(story[0], canvas)
        if len(parts) < 2 or not frame.add(parts[0], canvas, trySplit=0):
            break
        story[0:1] = parts[1:]
        break
    return float(frame._y)


def _picture(canvas: Any, rng: random.Random, x: float, top: float, width: float, height: float) -> None:
    reader, w, h = _image(rng, width, height)
    canvas.drawImage(reader, x, top - h, w, h)


def _para(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(_esc(text), style)


def _caption_markup(block: dict[str, Any]) -> tuple[str, str | None]:
    credit = block["credit"]
    if credit and not credit.startswith(("Photo", "Image", "Courtesy", "Collection")) and "\u00a9" not in credit:
        return f"{block['text']} {credit}", None  # an institution's name inline
    return block["text"], credit


# ------------------------------------------------------------ the kinds


def render(gold: dict[str, Any], out: Path) -> None:
    from reportlab.lib.pagesizes import A3, A4, letter
    from reportlab.pdfgen.canvas import Canvas

    rng = random.Random(gold["seed"] * 7 + 3)
    kind = gold["kind"]
    size = rng.choice([A4, letter]) if kind != "newspaper" else rng.choice([A4, A3, (612.0, 936.0)])
    canvas = Canvas(str(out), pagesize=size)
    canvas.setTitle(gold["title"] if rng.random() < 0.5 else "")
    st = _styles(rng)
    gold["running"] = []
    {"newspaper": _newspaper, "figcol": _figcol, "notes": _notes}[kind](canvas, gold, st, rng, size)
    canvas.save()


def _running(canvas: Any, gold: dict[str, Any], st: dict[str, Any], size: tuple[float, float],
             number: int, top: bool) -> None:
    width, height = size
    canvas.saveState()
    canvas.setFont("Helvetica", st["size"] * 0.75)
    text = f"{gold['exhibit']} \u00b7 {number}" if top else f"{gold['exhibit']}"
    y = height - 30 if top else 24
    canvas.drawString(54, y, text)
    if not top:
        canvas.drawRightString(width - 54, y, str(number))
        shown = [text, str(number)]
    else:
        shown = [text]
    canvas.restoreState()
    for s in shown:
        if s not in gold["running"]:
            gold["running"].append(s)


def _newspaper(canvas: Any, gold: dict[str, Any], st: dict[str, Any], rng: random.Random,
               size: tuple[float, float]) -> None:
    from reportlab.lib.styles import ParagraphStyle

    width, height = size
    margin = 40.0
    n_cols = rng.choice([3, 4, 5])
    gutter = rng.choice([10.0, 12.0, 14.0])
    col_w = (width - 2 * margin - gutter * (n_cols - 1)) / n_cols
    caps = rng.random() < 0.5
    title = gold["title"].upper() if caps else gold["title"]
    gold["title"] = title
    gold["sections"][0]["title"] = title
    banner = ParagraphStyle("banner", parent=st["title"], fontSize=min(40.0, (width - 2 * margin) / max(10, len(title)) * 1.9))
    banner.leading = banner.fontSize * 1.15
    _running(canvas, gold, st, size, 1, top=True)
    canvas.line(margin, height - 38, width - margin, height - 38)
    y = _flow(canvas, [_para(title, banner)], margin, height - 44, width - 2 * margin, margin)
    sections = gold["sections"]
    deck, lead_cap = sections[0]["blocks"][0], sections[0]["blocks"][1]
    y = _flow(canvas, [_para(deck["text"], st["deck"])], margin, y, width - 2 * margin, margin)
    span = 2 if n_cols < 5 else 3
    photo_w = span * col_w + (span - 1) * gutter
    photo_h = photo_w * 0.5
    _picture(canvas, rng, margin, y, photo_w, photo_h)
    cap_text, cap_credit = _caption_markup(lead_cap)
    cap_story = [_para(cap_text, st["caption"])]
    if cap_credit:
        cap_story.append(_para(cap_credit, st["credit"]))
    below_photo = _flow(canvas, cap_story, margin, y - photo_h - 3, photo_w, margin)
    # the sidebar: a tinted, ruled box across the last two columns' feet
    side = sections[-1]
    side_cols = 2
    side_x = margin + (n_cols - side_cols) * (col_w + gutter)
    side_w = side_cols * col_w + gutter
    side_story = [_para(side["title"], st["sidehead"]), _para(side["blocks"][0]["text"], st["side"])]
    probe = [*side_story]
    needed = sum(f.wrap(side_w - 16, 1e6)[1] for f in probe) + 28
    side_top = margin + needed
    canvas.saveState()
    canvas.setFillColorRGB(0.93, 0.9, 0.84)
    canvas.setStrokeColorRGB(0.6, 0.2, 0.1)
    canvas.rect(side_x, margin, side_w, needed, fill=1, stroke=1)
    canvas.restoreState()
    _flow(canvas, side_story, side_x + 8, side_top - 10, side_w - 16, margin + 4)
    # the body, column by column
    story: list[Any] = [_para(sections[0]["blocks"][2]["text"], st["body"])]
    pulled = False
    for section in sections[1:-1]:
        story.append(_para(section["title"], st["head"]))
        for block in section["blocks"]:
            if block["kind"] == "paragraph":
                if not pulled and len(story) > 3 and rng.random() < 0.6:
                    quote = next((s for s in sentences(block["text"]) if 8 <= len(s.split()) <= 22), None)
                    if quote:
                        story.append(_para(f"\u201c{quote}\u201d", st["pull"]))
                        pulled = True
                story.append(_para(block["text"], st["body"]))
            else:
                story.append(("figure", block))
    page = 1
    col = 0
    column_top: dict[tuple[int, int], float] = {}  # where each column's text has reached
    while story:
        x = margin + col * (col_w + gutter)
        top = below_photo - 6 if (page == 1 and col < span) else (y - 10 if page == 1 else height - 50)
        top = column_top.get((page, col), top)
        bottom = side_top + 8 if (page == 1 and col >= n_cols - side_cols) else margin
        while story and isinstance(story[0], tuple):
            block = story.pop(0)[1]
            pic_h = col_w * 0.7
            if top - pic_h - 40 < bottom:
                story.insert(0, ("figure", block))
                break
            _picture(canvas, rng, x, top, col_w, pic_h)
            text, credit = _caption_markup(block)
            parts = [_para(text, st["caption"])] + ([_para(credit, st["credit"])] if credit else [])
            top = _flow(canvas, parts, x, top - pic_h - 3, col_w, bottom) - 6
        chunk: list[Any] = []
        while story and not isinstance(story[0], tuple):
            chunk.append(story.pop(0))
        rest = chunk
        top = _flow(canvas, rest, x, top, col_w, bottom)
        column_top[(page, col)] = top
        story = rest + story
        if rest or not story or isinstance(story[0], tuple) and top - col_w * 0.7 - 40 < bottom:
            col += 1
        if col == n_cols and story:
            canvas.showPage()
            page += 1
            _running(canvas, gold, st, size, page, top=True)
            col = 0
        if page > 4:
            break


def _figcol(canvas: Any, gold: dict[str, Any], st: dict[str, Any], rng: random.Random,
            size: tuple[float, float]) -> None:
    width, height = size
    margin = 50.0
    fig_w = (width - 2 * margin) * rng.choice([0.3, 0.34, 0.38])
    gap = 16.0
    text_w = width - 2 * margin - fig_w - gap
    fig_left = rng.random() < 0.4
    text_x = margin + fig_w + gap if fig_left else margin
    fig_x = margin if fig_left else margin + text_w + gap
    above = rng.random() < 0.5
    page = [1]

    def footer() -> None:
        _running(canvas, gold, st, size, page[0], top=False)

    def new_page() -> float:
        footer()
        canvas.showPage()
        page[0] += 1
        return height - margin

    sections = gold["sections"]
    y = _flow(canvas, [_para(gold["title"], st["title"])], margin, height - margin, width - 2 * margin, margin)
    y = _flow(canvas, [_para(sections[0]["blocks"][0]["text"], st["deck"])], margin, y, width - 2 * margin, margin)
    story = [_para(sections[0]["blocks"][1]["text"], st["body"])]
    y = _flow(canvas, story, text_x, y, text_w, margin + 20)
    for section in sections[1:]:
        paras = [b for b in section["blocks"] if b["kind"] == "paragraph"]
        caps = [b for b in section["blocks"] if b["kind"] == "caption"]
        if y < margin + 140:
            y = new_page()
        top = y
        story = [_para(section["label"], st["kicker"]), _para(section["title"], st["head"])]
        story += [_para(p["text"], st["body"]) for p in paras]
        if caps:  # the figure level with the section's start
            text, credit = _caption_markup(caps[0])
            pic_h = fig_w * 0.75
            fy = top - st["size"]
            cap = [_para(text, st["caption"])]
            if above:
                fy = _flow(canvas, cap, fig_x, fy, fig_w, margin) - 3
                _picture(canvas, rng, fig_x, fy, fig_w, pic_h)
                fy -= pic_h + 3
                if credit:
                    _flow(canvas, [_para(credit, st["credit"])], fig_x, fy, fig_w, margin)
            else:
                _picture(canvas, rng, fig_x, fy, fig_w, pic_h)
                parts = cap + ([_para(credit, st["credit"])] if credit else [])
                _flow(canvas, parts, fig_x, fy - pic_h - 3, fig_w, margin)
        while story:
            y = _flow(canvas, story, text_x, y, text_w, margin + 20)
            if story:
                y = new_page()
    footer()


def _notes(canvas: Any, gold: dict[str, Any], st: dict[str, Any], rng: random.Random,
           size: tuple[float, float]) -> None:
    from reportlab.platypus import Paragraph

    width, height = size
    margin = 60.0
    text_w = width - 2 * margin
    page = [1]
    notes_here: list[str] = []
    note_no = [0]
    note_texts = ["See the museum's catalogue of the collection for the full inventory.",
                  "The figure is disputed; other accounts give a lower number.",
                  "Quoted from a letter held in the same archive.",
                  "The date follows the older calendar used at the time."]
    note_band = 60.0

    def finish_page() -> None:
        y = margin + note_band - 8
        canvas.line(margin, margin + note_band, margin + 120, margin + note_band)
        for n in notes_here:
            y = _flow(canvas, [Paragraph(n, st["note"])], margin, y, text_w, margin)
        notes_here.clear()
        _running(canvas, gold, st, size, page[0], top=True)

    def new_page() -> float:
        finish_page()
        canvas.showPage()
        page[0] += 1
        return height - margin

    sections = gold["sections"]
    y = _flow(canvas, [_para(gold["title"], st["title"])], margin, height - margin, text_w, margin)
    y = _flow(canvas, [_para(sections[0]["blocks"][0]["text"], st["deck"])], margin, y, text_w, margin)
    blocks: list[Any] = [("para", sections[0]["blocks"][1]["text"])]
    for section in sections[1:]:
        blocks.append(("head", f"{section['label']}. {section['title']}"))
        blocks.extend(("para", b["text"]) if b["kind"] == "paragraph" else ("fig", b) for b in section["blocks"])
    for kind, item in blocks:
        bottom = margin + note_band + 6
        if kind == "head":
            if y - 80 < bottom:
                y = new_page()
            y = _flow(canvas, [_para(item, st["head"])], margin, y, text_w, bottom)
        elif kind == "para":
            markup = _esc(item)
            if note_no[0] < 4 and rng.random() < 0.6:
                cut = markup.find(". ", len(markup) // 3)
                if cut > 0:
                    note_no[0] += 1
                    markup = f"{markup[:cut + 1]}<super>{note_no[0]}</super>{markup[cut + 1:]}"
                    notes_here.append(f"<super>{note_no[0]}</super> {note_texts[note_no[0] - 1]}")
            story = [Paragraph(markup, st["body"])]
            while story:
                y = _flow(canvas, story, margin, y, text_w, bottom)
                if story:
                    y = new_page()
        else:
            pic_w = text_w * rng.choice([0.5, 0.6])
            pic_h = pic_w * 0.6
            if y - pic_h - 40 < bottom:
                y = new_page()
            top = y - 6
            _picture(canvas, rng, margin, top, pic_w, pic_h)
            text, credit = _caption_markup(item)
            if credit:  # set vertically beside the picture, reading upwards
                canvas.saveState()
                canvas.setFont("Helvetica", st["size"] * 0.6)
                canvas.translate(margin + pic_w + 8, top - pic_h)
                canvas.rotate(90)
                canvas.drawString(0, 0, credit)
                canvas.restoreState()
            y = _flow(canvas, [_para(text, st["caption"])], margin, top - pic_h - 3, pic_w, bottom) - 4
    finish_page()


def generate(seed: int, out_dir: Path, essays: list[Essay] | None = None) -> tuple[Path, Path]:
    essays = essays or load_essays()
    gold = plan(seed, essays)
    gold.pop("rng", None)
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf = out_dir / f"{seed}.pdf"
    render(gold, pdf)
    gold_path = out_dir / f"{seed}.json"
    gold_path.write_text(json.dumps(gold, indent=1, ensure_ascii=False), encoding="utf-8")
    return pdf, gold_path


def score(seeds: list[int], out: Path) -> None:
    """Generate and score each seed as PDF and as pdftotext -raw text; per seed and mean."""
    import layoutbench
    import layoutscore

    from vitrina.ingest import reader_for

    essays = load_essays()
    keys = [*layoutscore.SCORES, "mean"]
    results = []
    for seed in seeds:
        pdf, gold_path = generate(seed, out, essays)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = out / f"{seed}.txt"
        txt.write_text(layoutbench.raw_text(pdf), encoding="utf-8")
        found = {"seed": seed,
                 "pdf": layoutscore.score_document(reader_for("pdf")(pdf.read_bytes(), str(pdf))[0], gold),
                 "text": layoutscore.score_document(reader_for("text")(txt.read_bytes(), str(txt))[0], gold)}
        results.append(found)
        for fmt in ("pdf", "text"):
            print(f"{seed:5} {gold['kind']:10} {fmt:5} " + " ".join(f"{found[fmt][k]:.2f}" for k in keys)
                  + f" leak={found[fmt]['running_in_body']}")
    for kind in [None, *KINDS]:
        chosen = [r for r in results if kind is None or KINDS[r["seed"] % len(KINDS)] == kind]
        if not chosen:
            continue
        for fmt in ("pdf", "text"):
            mean = layoutbench.summary(chosen, fmt)
            print(f"MEAN {kind or 'all':10} {fmt:5} " + " ".join(f"{mean[k]:.3f}" for k in keys)
                  + f" ({len(chosen)}) leak={mean['running_in_body']}")


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--score":
        import layoutbench

        score(layoutbench.parse_seeds(argv[2]), Path(argv[1]))
        return
    out = Path(argv[0])
    essays = load_essays()
    for seed in argv[1:]:
        pdf, _ = generate(int(seed), out, essays)
        print(pdf)


if __name__ == "__main__":
    main(sys.argv[1:])
