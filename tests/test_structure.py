"""Structure recovery on invented exhibit texts and ordinary plain text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vitrina.model import Document
from vitrina.structure import rebuild
from vitrina.structure.captions import credit_start, match_label
from vitrina.structure.cues import ends_sentence, is_title_like
from vitrina.structure.hyphens import HyphenJudge, Lexicon, english_lexicon

FIXTURES = Path(__file__).parent / "fixtures" / "structure"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


def _rebuild_file(name: str) -> Document:
    path = FIXTURES / f"{name}.txt"
    return rebuild(path.read_text(encoding="utf-8"), name, str(path), "text")


def _blocks(doc: Document) -> list[list[str | None]]:
    return [[b.kind, doc.text[b.start : b.end], b.position, b.credit] for b in doc.blocks]


@pytest.mark.parametrize("name", CASES)
def test_fixture_blocks(name: str) -> None:
    doc = _rebuild_file(name)
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    assert [[s.label, s.title] for s in doc.sections] == expected["sections"]
    assert _blocks(doc) == expected["blocks"]
    assert doc.title == expected["title"]
    assert len(doc.repairs) == expected["repairs"]


@pytest.mark.parametrize("name", CASES)
def test_pieces_map_onto_source(name: str) -> None:
    """Every segment's text is its source text, char for char, up to whitespace and repairs."""
    doc = _rebuild_file(name)
    source = doc.source_map.source_text
    assert source is not None
    for seg in doc.source_map.segments:
        rebuilt = doc.text[seg.start : seg.end].replace("“", "”")
        original = source[seg.ref.start : seg.ref.end].replace("“", "”")
        assert rebuilt == "".join(" " if c.isspace() else c for c in original)
        assert seg.ref.line == source.count("\n", 0, seg.ref.start) + 1


def test_locate_gives_line_and_column_of_each_block() -> None:
    doc = _rebuild_file("harbour_double")
    source = doc.source_map.source_text
    assert source is not None
    for block in doc.blocks:
        loc = doc.source_map.locate(block.start, block.end)
        assert loc is not None
        line = source.split("\n")[loc.line - 1]
        first_word = doc.text[block.start : block.end].split()[0].replace("“", "”")
        assert line[loc.column - 1 :].startswith(first_word)


def test_interrupting_caption_never_enters_paragraph() -> None:
    doc = _rebuild_file("harbour_double")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert not any("arbitration board in session" in p for p in paragraphs)
    assert any("if not on hours. The board" in p for p in paragraphs)


def test_repair_is_recorded_at_its_offset() -> None:
    doc = _rebuild_file("harbour_double")
    (repair,) = doc.repairs
    assert doc.text[repair.start : repair.end] == "“" == repair.replacement
    assert repair.original == "”"


def test_spaces_collapse_and_keep_exact_columns() -> None:
    text = "Plain  text   with gaps.   \n\nA second paragraph here.\n"
    doc = rebuild(text, "gaps", "gaps.txt", "text")
    assert doc.text == "Plain text with gaps.\n\nA second paragraph here."
    start = doc.text.index("with")
    loc = doc.source_map.locate(start, start + 4)
    assert loc is not None and (loc.line, loc.column) == (1, text.index("with") + 1)


def test_pages_are_carried_into_source_refs() -> None:
    page1 = "The museum opened in 1901 and grew quickly over the years that"
    page2 = "followed, until its rooms could hold no more."
    text = page1 + "\n" + page2
    doc = rebuild(text, "p", "p.pdf", "pdf", pages=[(0, len(page1)), (len(page1) + 1, len(text))])
    assert len(doc.blocks) == 1
    at = doc.text.index("followed")
    loc = doc.source_map.locate(at, at + 3)
    assert loc is not None and loc.page == 2
    assert doc.source_map.locate(0, 3).page == 1  # type: ignore[union-attr]


def test_double_spaced_text_without_trailing_spaces_uses_short_lines() -> None:
    lines = [
        "The old mill stood at the bend of the river where the",
        "water ran fastest, and for a century it ground the grain",
        "of every farm in the valley.",
        "In 1921 a flood carried away the wheel and most of the",
        "dam, and the miller never rebuilt them.",
    ]
    doc = rebuild("\n\n".join(lines) + "\n", "mill", "mill.txt", "text")
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]
    assert doc.text.endswith("never rebuilt them.")


# ---------------------------------------------------------------- parts


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Above, left: A crowd at the gate.", "Above, left"),
        ("Bottom, right: Two men.", "Bottom, right"),
        ("Top left: The harbour.", "Top left"),
        ("Inset: A medal.", "Inset"),
        ("Opposite page: A map.", "Opposite page"),
        ("Clockwise from top left: Four views.", "Clockwise from top left"),
        ("Left and right: Two letters.", "Left and right"),
    ],
)
def test_position_labels(line: str, label: str) -> None:
    found = match_label(line)
    assert found is not None and found[0] == label
    assert line[found[1] :][0].isupper()


@pytest.mark.parametrize(
    "line", ["Above all else, this mattered.", "Left behind: the cart.", "above, left: lower case"]
)
def test_not_position_labels(line: str) -> None:
    assert match_label(line) is None


@pytest.mark.parametrize(
    ("line", "closes", "credit"),
    [
        ("the strike ended in 1890. SLNSW", False, "SLNSW"),
        ("was taken in 1907. Railway Heritage Trust", False, "Railway Heritage Trust"),
        ("seen from the pier. Getty Images", False, "Getty Images"),
        ("seen from the pier. Courtesy of the Hale family", False, "Courtesy of the Hale family"),
        ("seen from the pier. Hale Family", True, "Hale Family"),
        ("seen from the pier. Hale Family", False, None),
        ("was taken in 1907. The Soviet", True, None),
        ("was taken in 1907. He then", True, None),
        ("no sentence end here Mitchell Library", True, None),
    ],
)
def test_credit_by_form(line: str, closes: bool, credit: str | None) -> None:
    words = line.split()
    start = credit_start(words, closes)
    assert (None if start is None else " ".join(words[start:])) == credit


def test_sentence_ends() -> None:
    assert ends_sentence("the war ended.")
    assert ends_sentence("“as equals.”")
    assert not ends_sentence("met Franklin D.")
    assert not ends_sentence("returned to the U.S.")
    assert ends_sentence("World War I.", lenient=True)
    assert not ends_sentence("a city called")


def test_title_like() -> None:
    assert is_title_like("Arbitration and the Settlement, 1890")
    assert is_title_like("the USSR, 1933")
    assert not is_title_like("the men went back to work.")
    assert not is_title_like("when the wharf labourers walked off")


@pytest.mark.parametrize(
    ("head", "tail", "keep"),
    [
        ("free", "market system", True),
        ("hands", "on approach", True),
        ("tired", "looking man", True),
        ("Anglo", "American forces", True),
        ("U.S.", "Russian relations", True),
        ("negoti", "ations both", False),
        ("gov", "ernment of", False),
        ("recog", "nized the", False),
    ],
)
def test_hyphen_judge(head: str, tail: str, keep: bool) -> None:
    if not english_lexicon().words:
        pytest.skip("spaCy English model not installed")
    assert HyphenJudge("").keep(head, tail) is keep


def test_hyphen_judge_reads_the_document() -> None:
    text = "They co-operate now. Later the co-\noperate clause; the re-\nform."
    judge = HyphenJudge(text, Lexicon())
    assert judge.keep("co", "operate")  # the hyphenated form is used elsewhere
    judge = HyphenJudge("A reform was passed. Then the re-\nform came.", Lexicon())
    assert not judge.keep("re", "form")  # the joined form is used elsewhere


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aB .,:-\n ”“AL0T", max_size=120))
def test_any_text_rebuilds_with_honest_segments(text: str) -> None:
    doc = rebuild(text, "x", "x.txt", "text")
    for seg in doc.source_map.segments:
        assert len(doc.text[seg.start : seg.end]) == seg.ref.end - seg.ref.start
    for block in doc.blocks:
        assert doc.text[block.start : block.end].strip() == doc.text[block.start : block.end]


# ---------------------------------------------------------------- round 2


def _lines(*rows: str) -> str:
    """Rows with the trailing space that soft-wrapped PDF lines keep; '|' marks a hard end."""
    return "\n".join(r[:-1] if r.endswith("|") else r + " " for r in rows) + "\n"


_BODY = [
    "The mill workers walked out on a cold morning in the",
    "first week of March, and within a day the strike had",
    "spread to every shed along the canal bank and to the",
    "dye works across the river, where the women were paid",
    "least of all and had waited longest for a rise.|",
]


def test_unlabelled_caption_in_its_own_column_interrupts_a_sentence() -> None:
    text = _lines(
        *_BODY,
        "The owners refused to meet the strike committee, and the",
        "Pickets outside the Bellfield sheds on the second morning of the",
        "strike, with the committee's banner held up by two weavers at the",
        "gate. Imperial War Museum|",
        "town council sent for the county police within the week.|",
    )
    doc = rebuild(text, "strike", "strike.txt", "text")
    kinds = [(b.kind, doc.text[b.start : b.end][:30]) for b in doc.blocks]
    assert kinds == [
        ("paragraph", "The mill workers walked out on"),
        ("paragraph", "The owners refused to meet the"),
        ("caption", "Pickets outside the Bellfield "),
        ("credit", "Imperial War Museum"),
    ]
    assert doc.text[doc.blocks[1].start : doc.blocks[1].end].endswith(
        "and the town council sent for the county police within the week."
    )


def test_body_paragraph_before_a_credit_is_not_caption() -> None:
    text = _lines(
        *_BODY,
        "The strike ended after nine weeks with a small rise and",
        "a promise of shorter hours for the youngest workers in",
        "the sheds, which the owners kept for two years at most.|",
        "Weavers at the gate, 1911. AP|",
        " ",
        "The committee met again in the autumn of that year.|",
    )
    doc = rebuild(text, "strike", "strike.txt", "text")
    assert [b.kind for b in doc.blocks] == [
        "paragraph",
        "paragraph",
        "caption",
        "credit",
        "paragraph",
    ]
    assert doc.blocks[2].credit == "AP"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (["The Long", "Walk Home|"], "The Long Walk Home"),
        (
            ["Weavers,", "Spinners, and", "the Strike of", "1911–12|"],
            "Weavers, Spinners, and the Strike of 1911–12",
        ),
        (["From Bellfield", "to the Sea,", "1911|"], "From Bellfield to the Sea, 1911"),
    ],
)
def test_panel_titles_run_until_the_body(title: list[str], expected: str) -> None:
    text = _lines(" B|", *title, *_BODY)
    doc = rebuild(text, "panel", "panel.txt", "text")
    assert [(s.label, s.title) for s in doc.sections] == [("B", expected)]
    assert doc.text[doc.blocks[1].start :].startswith("The mill workers")


def test_unnumbered_heading_between_paragraphs() -> None:
    text = _lines(*_BODY, "After the Strike|", *_BODY)
    doc = rebuild(text, "after", "after.txt", "text")
    assert [(s.label, s.title) for s in doc.sections] == [(None, "After the Strike")]
    assert [b.kind for b in doc.blocks] == ["paragraph", "heading", "paragraph"]


def test_blank_lines_between_unwrapped_paragraphs_end_a_title_without_a_period():
    # every line is followed by a blank line, but the lines are whole paragraphs, not a
    # double-spaced wrapped text: the title line is a block of its own, not the first words
    # of the paragraph after it
    body = ("Between 1610 and 1640 the weavers of Ostby sold their cloth in every market town along the "
            "river, and the guild that ruled them grew richer than the bishop who had founded the town. ")
    text = "\n\n".join(["The Weavers of Ostby: Cloth and Credit in the North", body * 2, body * 3, body * 2,
                        "In 1650 a fire burned the guild hall and most of its ledgers. " * 3]) + "\n"
    doc = rebuild(text, "w", "w.txt", "text")
    first = doc.blocks[0]
    assert doc.text[first.start : first.end] == "The Weavers of Ostby: Cloth and Credit in the North"


def test_a_double_spaced_wrapped_text_still_joins_its_lines():
    lines = ["The weavers of Ostby sold their cloth in every", "market town along the river, and the guild",
             "that ruled them grew richer than the bishop.", "In 1650 a fire burned the guild hall and",
             "most of its ledgers, and the town never", "recovered its old trade."]
    doc = rebuild("\n\n".join(lines) + "\n", "w", "w.txt", "text")
    assert len([b for b in doc.blocks if b.kind == "paragraph"]) <= 2
    assert "every market town" in doc.text
