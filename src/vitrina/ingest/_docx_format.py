"""A DOCX paragraph's effective type, resolved as Word resolves it, and its distance from the body's.

A run's look is set on the run, else by its character style, else by its paragraph's style (each
style following its bases), else by the document's defaults (``w:docDefaults``), else Word's own
(10 pt, upright, roman); the nearest layer stating a property decides it (Word's rule that a toggle --
bold, italics, capitals -- set in both a character and a paragraph style cancels out is not followed,
and a typeface named only by the theme counts as no typeface). A paragraph's face is the face of
most of its characters; the body's face is the face of most of the document's characters. A heading
set by direct formatting stands apart from the body by its size, weight, capitals, font, alignment
and the space before it: ``prominence`` sums those differences with the weights of
``FORMAT_WEIGHTS`` (one unit: enough alone to make a short line a heading), as the PDF reader ranks
its lines by type against the body's.
"""

from __future__ import annotations

import math
import weakref
from collections import Counter
from dataclasses import dataclass
from typing import Any

from vitrina.ingest._docx_styles import style_chain, style_of
from vitrina.lexicon import words

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WORD_DEFAULT_SIZE = 10.0  # points: Word's size when no style or default states one

# How far a paragraph's type stands from the body's, in units where 1 makes a short line ending
# no sentence a heading on its own (``prominence``). Size, weight and capitals can do so alone;
# typeface, italics, centring and space above only add to them (together 0.9: a centred italic
# line in another face, an epigraph's attribution, is no heading by them alone).
FORMAT_WEIGHTS = {
    "size_step": 1.2,  # type this many times the body's counts one unit (each further step one more)
    "bold": 1.0,  # bold where the body is not
    "caps": 1.0,  # in capitals or small capitals (at least the body's size) where the body is not
    "font": 0.3,  # another typeface than the body's
    "italic": 0.2,  # italic where the body is upright (alone: a caption or a quotation, no heading)
    "centred": 0.2,  # centred where the body is not
    "space_before": 0.2,  # at least ``space_lines`` lines of space above it
    "space_lines": 1.0,
    "smaller_caps": 0.97,  # capitals count only in type at least this share of the body's size
}


@dataclass(frozen=True)
class Face:
    """The look of a run of type: size in points, weight, slant, capitals, typeface."""

    size: float
    bold: bool = False
    italic: bool = False
    caps: bool = False
    font: str = ""


@dataclass(frozen=True)
class ParagraphLook:
    """A paragraph's face (that of most of its characters), alignment and space above it."""

    face: Face | None
    centred: bool = False
    space_before: float = 0.0  # points


def paragraph_look(paragraph: Any) -> ParagraphLook:
    """The effective look of a python-docx paragraph (``face`` None when it holds no text)."""
    counts: Counter[Face] = Counter()
    for run in paragraph._p.iterchildren(f"{_W}r"):
        chars = len("".join(t.text or "" for t in run.iterchildren(f"{_W}t")).strip())
        if chars:
            counts[_face(run, paragraph)] += chars
    face = counts.most_common(1)[0][0] if counts else None
    return ParagraphLook(face, _centred(paragraph), _space_before(paragraph))


def run_face(run: Any, paragraph: Any) -> Face:
    """A python-docx run's face: run → character style → paragraph style → document defaults → Word's."""
    return _face(run._r, paragraph)


def _face(run: Any, paragraph: Any) -> Face:
    props = {**_inherited(run, paragraph), **_run_properties(run.find(f"{_W}rPr"))}
    named = props.get("name", "").lower().split("+")[-1]  # "QZJTYP+Liberation Sans Bold": a face in its name
    return Face(
        size=props.get("size", _WORD_DEFAULT_SIZE),
        bold=props.get("bold", False) or any(part in named for part in words("font_bold_names")),
        italic=props.get("italic", False) or any(part in named for part in words("font_italic_names")),
        caps=props.get("all_caps", False) or props.get("small_caps", False),
        font=props.get("name", ""),
    )


_TOGGLES = (("b", "bold"), ("i", "italic"), ("caps", "all_caps"), ("smallCaps", "small_caps"))


def _run_properties(props: Any) -> dict[str, Any]:
    """The run properties a ``w:rPr`` states (size in points, toggles, the ASCII font)."""
    if props is None:
        return {}
    found: dict[str, Any] = {}
    size = props.find(f"{_W}sz")
    points = _half_points(size.get(f"{_W}val") if size is not None else None)
    if points:
        found["size"] = points
    for tag, attribute in _TOGGLES:
        toggle = props.find(f"{_W}{tag}")
        if toggle is not None:
            found[attribute] = toggle.get(f"{_W}val") not in ("0", "false", "off")
    fonts = props.find(f"{_W}rFonts")
    if fonts is not None and fonts.get(f"{_W}ascii"):
        found["name"] = fonts.get(f"{_W}ascii")
    align = props.find(f"{_W}vertAlign")
    if align is not None:
        found["superscript"] = align.get(f"{_W}val") == "superscript"
    return found


def _half_points(value: str | None) -> float | None:
    """A size in half-points as points, read tolerantly: a whole number, or a decimal as some
    editors write it ("18.00000000000"), where python-docx refuses the document."""
    try:
        half = float(value or "")
    except ValueError:
        return None
    return half / 2 if math.isfinite(half) and half > 0 else None


def stated_run_property(run: Any, paragraph: Any, name: str) -> Any:
    """A python-docx run's ``name`` (``size`` in points, ``bold``, ``italic``…) as the run states
    it, else its character style, else its paragraph style, each following its bases; None when
    none does. Read from the XML itself (``_run_properties``), never through python-docx's strict
    parsing, so one odd value costs that value, not the document."""
    value = _run_properties(run._r.find(f"{_W}rPr")).get(name)
    for style in (style_of(run), style_of(paragraph)):
        for base in style_chain(style):
            if value is not None:
                break
            value = _run_properties(base.element.find(f"{_W}rPr")).get(name)
    return value


_inherited_cache: weakref.WeakKeyDictionary[Any, dict[tuple, dict[str, Any]]] = weakref.WeakKeyDictionary()


def _inherited(run: Any, paragraph: Any) -> dict[str, Any]:
    """What a run's styles and the document's defaults give it (the nearest stating each property
    wins), worked out once per character style and paragraph style of a document."""
    style_ids = run.find(f"{_W}rPr/{_W}rStyle")
    key = (style_ids.get(f"{_W}val") if style_ids is not None else None, paragraph._p.style)
    try:
        cache = _inherited_cache.setdefault(paragraph.part, {})
    except (AttributeError, TypeError):
        cache = {}
    if key not in cache:
        cache[key] = _resolved(run, paragraph)
    return cache[key]


def _resolved(run: Any, paragraph: Any) -> dict[str, Any]:
    from docx.text.run import Run

    layers: list[dict[str, Any]] = []
    for style in (style_of(Run(run, paragraph)), style_of(paragraph)):
        layers.extend(_run_properties(base.element.find(f"{_W}rPr")) for base in style_chain(style))
    layers.append(_document_defaults(paragraph))
    found: dict[str, Any] = {}
    for layer in reversed(layers):  # the nearest layer last, so that it wins
        found.update(layer)
    return found


_defaults: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()


def _document_defaults(paragraph: Any) -> dict[str, Any]:
    """The run properties of ``w:docDefaults``."""
    try:
        part = paragraph.part
        cached = _defaults.get(part)
    except (AttributeError, TypeError):
        return {}
    if cached is None:
        try:
            styles = part.styles.element
        except (AttributeError, KeyError, ValueError):
            return {}
        cached = _run_properties(styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr"))
        _defaults[part] = cached
    return cached


def paragraph_formats(paragraph: Any) -> list:
    """The paragraph's own format, then its style's and that style's bases' (Word's order)."""
    return [paragraph.paragraph_format] + [style.paragraph_format for style in style_chain(style_of(paragraph))]


def style_superscript(style: Any) -> bool:
    """A character style sets its text as superscript, itself or by a style it is based on (read
    from the XML, ``_run_properties``, as every run property is)."""
    for base in style_chain(style):
        value = _run_properties(base.element.find(f"{_W}rPr")).get("superscript")
        if value is not None:
            return bool(value)
    return False


def format_value(formats: list, attribute: str) -> Any:
    """The first of ``formats`` (``paragraph_formats``) stating ``attribute``, skipping a value
    written in a form python-docx refuses (an indent "720.5"): that cue is lost, not the document."""
    from docx.exceptions import InvalidXmlError

    for fmt in formats:
        try:
            value = getattr(fmt, attribute)
        except (ValueError, InvalidXmlError):
            continue
        if value is not None:
            return value
    return None


def _centred(paragraph: Any) -> bool:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    alignment = format_value(paragraph_formats(paragraph), "alignment")
    return alignment == WD_ALIGN_PARAGRAPH.CENTER


def _space_before(paragraph: Any) -> float:
    space = format_value(paragraph_formats(paragraph), "space_before")
    return space.pt if space is not None else 0.0


def body_look(looks: list[tuple[ParagraphLook, int]]) -> ParagraphLook | None:
    """The body's look: the face and alignment of most characters, among (look, characters) pairs."""
    faces: Counter[Face] = Counter()
    centred: Counter[bool] = Counter()
    for look, chars in looks:
        if look.face is not None:
            faces[look.face] += chars
            centred[look.centred] += chars
    if not faces:
        return None
    return ParagraphLook(faces.most_common(1)[0][0], centred.most_common(1)[0][0])


def prominence(look: ParagraphLook, body: ParagraphLook, capitals: bool = False) -> float:
    """How far a paragraph's look stands from the body's (``FORMAT_WEIGHTS``); 0 for the body's own.
    ``capitals``: its text is typed in capitals (it reads as set in capitals)."""
    face, base = look.face, body.face
    if face is None or base is None:
        return 0.0
    weights = FORMAT_WEIGHTS
    ratio = face.size / base.size if base.size else 1.0
    score = math.log(ratio) / math.log(weights["size_step"]) if ratio > 0 else 0.0
    if face.bold and not base.bold:
        score += weights["bold"]
    if (face.caps or capitals) and not base.caps and ratio >= weights["smaller_caps"]:
        score += weights["caps"]
    if face.font and base.font and face.font != base.font:
        score += weights["font"]
    if face.italic and not base.italic:
        score += weights["italic"]
    if look.centred and not body.centred:
        score += weights["centred"]
    if look.space_before >= weights["space_lines"] * base.size:
        score += weights["space_before"]
    return score
