"""DOCX reader: a document converted from PDF, its printed lines kept as paragraphs or runs
(invented documents in the shapes converters write: exact line heights, every line a run of
one paragraph or a paragraph of its own, empty spacer paragraphs, one section per page, the
running head, footer and folio in the body) is read as the PDF path reads its pages."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import parse_xml

from vitrina.ingest import _docx_lines
from vitrina.ingest import docx as docx_reader
from vitrina.ingest._docx_placed import page_ends
from vitrina.structure.hyphens import HyphenJudge

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_SERIF, _SANS = "Liberation Serif", "ABCDEF+Liberation Sans Bold"


def _run(text: str, size: int = 23, font: str = _SERIF) -> str:
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/><w:sz w:val="{size}"/></w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r>')


def _para(runs: list[str], exact: bool = True, size: int = 23, font: str = _SERIF, section: str | None = None) -> str:
    spacing = '<w:spacing w:line="316" w:lineRule="exact" w:before="0" w:after="0"/>' if exact else ""
    sect = ""
    if section is not None:
        kind = f'<w:type w:val="{section}"/>' if section != "nextPage" else ""
        sect = f'<w:sectPr>{kind}<w:pgSz w:w="11900" w:h="16840"/></w:sectPr>'
    return f'<w:p {_W}><w:pPr>{spacing}{sect}</w:pPr>{"".join(_run(r, size, font) for r in runs)}</w:p>'


_HEAD, _FOOT = "Lighthouses of the North", "Harbour Museum"


def _pages(exact: bool = True) -> list[str]:
    """Two pages as a converter writes them: the running head, a heading, paragraphs whose
    printed lines are runs (one broken word, one compound broken at its hyphen), a paragraph
    running over the page turn, spacer paragraphs, the footer with its folio, a section per page."""
    one = [
        _para([_HEAD], exact, 17), _para([], exact),
        _para(["The Keepers"], exact, 30, _SANS),
        _para(["The first keeper of the rock light came in 1810 with his wife and their ",
               "three children, and the family kept the lamp burning for twenty-",
               "six years through every storm the coast could throw at the small tow-",
               "er on its ledge of black stone."], exact),
        _para(["His son wrote the weather down each evening in a book that is still ",
               "kept in the museum today, and its pages show how often the boats "], exact),
        _para([f"{_FOOT} 1"], exact, 17),
        _para([], exact, section="nextPage"),
    ]
    two = [
        _para([_HEAD], exact, 17), _para([], exact),
        _para(["could not land for weeks at a time in the winter months."], exact),
        _para(["The Lens"], exact, 30, _SANS),
        _para(["A new lens came from Paris in 1871 and it still turns in the lantern ",
               "room above the keepers' cottages, lit now by a lamp that needs no one."], exact),
        _para([_FOOT], exact, 17), _para(["2"], exact, 17),
    ]
    return one + two


def _document(paragraphs: list[str]) -> bytes:
    doc = Document()
    sect = doc.element.body[-1]
    for xml in paragraphs:
        sect.addprevious(parse_xml(xml))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _read(data: bytes):
    [doc] = docx_reader.read(data, "keepers.docx")
    return doc


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_converted_document_is_read_as_its_pages() -> None:
    doc = _read(_document(_pages()))
    assert _paragraphs(doc) == [
        "The first keeper of the rock light came in 1810 with his wife and their three children, and the family "
        "kept the lamp burning for twenty-six years through every storm the coast could throw at the small tower "
        "on its ledge of black stone.",
        "His son wrote the weather down each evening in a book that is still kept in the museum today, and its "
        "pages show how often the boats could not land for weeks at a time in the winter months.",
        "A new lens came from Paris in 1871 and it still turns in the lantern room above the keepers' cottages, "
        "lit now by a lamp that needs no one.",
    ]
    assert [s.title for s in doc.sections if s.title] == ["The Keepers", "The Lens"]
    assert not any(_HEAD in doc.text[b.start : b.end] or _FOOT in doc.text[b.start : b.end] for b in doc.blocks)


def test_the_switch_turns_the_reading_off(monkeypatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "converted_lines", 0)
    paragraphs = _paragraphs(_read(_document(_pages())))
    assert any(_FOOT in p for p in paragraphs)
    assert any("tow-er" in p for p in paragraphs)


def test_a_word_document_is_not_read_as_converted() -> None:
    """Word's own paragraphs (line height of their type, each ending its sentences) with a page
    break and a short line opening each page keep every line."""
    body = []
    for page in range(2):
        body.append(_para([_HEAD], exact=False))
        body += [_para([f"The keepers of the light wrote down the weather on day {n + 1} of the storm."], exact=False)
                 for n in range(5)]
        if page == 0:
            body.append(f'<w:p {_W}><w:r><w:br w:type="page"/></w:r></w:p>')
    data = _document(body)
    assert not _docx_lines.converted_from_pdf([p._p for p in Document(io.BytesIO(data)).paragraphs])
    assert sum(_HEAD in p for p in _paragraphs(_read(data))) == 2


def test_lines_cut_from_their_paragraphs_without_exact_heights_are_a_converted_document() -> None:
    lines = ["The first keeper of the rock light came in 1810 with his wife",
             "and their three children, and the family kept the lamp burning",
             "for many years through every storm the coast could throw at",
             "the small tower on its ledge of black stone. His son wrote",
             "the weather down each evening in a book that is still kept in",
             "the museum today, and its pages show how often the boats could",
             "not land for weeks at a time in the winter months of the year.",
             "A new lens came from Paris in 1871 and it still turns in the",
             "lantern room above the cottages of the keepers, lit now by a",
             "lamp that needs no keeper at all, and the boats that pass the",
             "rock at night still look for its beam as their grandfathers did",
             "when the first keeper rowed out to the ledge with his family."]
    paragraphs = [parse_xml(_para([line], exact=False)) for line in lines]
    assert _docx_lines.converted_from_pdf(paragraphs)
    assert not _docx_lines.converted_from_pdf(paragraphs[:8])  # too few lines to tell


def test_running_lines_are_found_page_by_page() -> None:
    lines = [(0, _HEAD), (0, "The Keepers"), (0, "The first keeper came in 1810."), (0, f"{_FOOT} 1"),
             (1, _HEAD), (1, "The Lens"), (1, "A new lens came from Paris in 1871."), (1, _FOOT), (1, "2")]
    assert _docx_lines.running_lines(lines) == {0, 3, 4, 7, 8}
    assert _docx_lines.running_lines(lines[:4]) == set()  # one short page: nothing to compare


def test_a_single_page_closing_on_its_footer_and_folio_loses_them() -> None:
    lines = [(0, "The Keepers"), *((0, f"The keeper wrote the weather down on day {n} of the storm.") for n in range(10)),
             (0, f"{_FOOT} 1")]
    assert _docx_lines.running_lines(lines) == {11}


def test_broken_words_are_mended_and_compounds_kept() -> None:
    text = "kept the lamp for twenty-six years at the small tow-er"
    breaks = [text.index("twenty-") + 7, text.index("tow-") + 4]  # just past each line's closing hyphen
    judge = HyphenJudge(_docx_lines.with_line_ends(text, tuple(breaks)))
    assert _docx_lines.mended(text, breaks, judge) == [breaks[1] - 1]


def test_run_breaks_are_hyphens_closing_a_run_before_a_word() -> None:
    p = parse_xml(_para(["the small tow-", "er on its ledge", " - and more-", "2"]))
    assert _docx_lines.run_breaks(p) == [14]


def test_a_section_starts_a_page_unless_it_is_continuous() -> None:
    doc = Document(io.BytesIO(_document([
        _para(["one"], section="nextPage"), _para(["two"], section="continuous"),
        _para(["three"], section="nextColumn"), _para(["four"])])))
    paragraphs = [p._p for p in doc.paragraphs]
    # the break after a section's last paragraph is the next section's: "one" closes the first,
    # the second (continuous) goes on on its page, the third starts a column, the last a page
    assert page_ends(paragraphs, doc.element.body) == {paragraphs[2]}


def test_a_face_named_bold_is_bold() -> None:
    from vitrina.ingest._docx_format import paragraph_look

    doc = Document(io.BytesIO(_document([_para(["What Happened Next?"], font=_SANS)])))
    face = paragraph_look(doc.paragraphs[0]).face
    assert face is not None and face.bold and not face.italic


def _line(text: str, indented: bool = False) -> str:
    ind = '<w:ind w:firstLine="360"/>' if indented else ""
    return f'<w:p {_W}><w:pPr>{ind}</w:pPr>{_run(text)}</w:p>'


_LINES = [  # (line, its first line indented): two paragraphs, a full line ending a sentence inside the first
    ("The first keeper of the rock light came out to the ledge in 1810", True),
    ("with his wife and their three children in an open rowing boat.", False),
    ("The family kept the lamp burning for many years through every", False),
    ("storm the coast could throw at the small tower on its black stone", False),
    ("ledge, and the lamp was never once seen to go out by the boats.", False),
    ("His son wrote the weather down each evening in a big book.", False),
    ("A new lens came from Paris in 1871 and it still turns in the lan-", True),
    ("tern room above the cottages, lit now by a lamp that needs no", False),
    ("keeper at all, and the boats that pass the rock at night look", False),
    ("for its beam as their grandfathers did when the first keeper", False),
    ("rowed out to the ledge with his wife and children in the spring", False),
    ("of the year the war with France ended and the price of oil fell", False),
    ("so low that the lamp could burn all night without a second", False),
    ("thought from the owners of the light.", False),
]


def test_a_document_of_lines_is_joined_into_its_paragraphs() -> None:
    doc = _read(_document([_line(text, indented) for text, indented in _LINES]))
    first = " ".join(text for text, _ in _LINES[:6])
    second = " ".join(text for text, _ in _LINES[6:]).replace("lan- tern", "lantern")
    assert _paragraphs(doc) == [first, second]
