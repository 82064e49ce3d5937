"""A periodical's nameplate (its name over an issue line, then a larger headline) is no
section of the document (pagelayout.without_nameplate). Every text is invented."""

from __future__ import annotations

from vitrina.structure.layout import Fragment, Heading
from vitrina.structure.lines import split_lines
from vitrina.structure.pagelayout import without_nameplate

TEXTS = ["The Harbour Crier", "Spring edition · Free to visitors · Take one", "Lamps on the Breakwater",
         "The first lamp was lit in the winter of the great gale.", "The Keepers",
         "Keepers rowed out to it every evening with oil."]
KINDS = "HTHPHP"


def _entries(sizes: list[float]) -> tuple[list, dict[int, float]]:
    lines = split_lines("\n".join(TEXTS)).lines
    entries = [Heading(None, [line], 0) if k == "H" else Fragment("table" if k == "T" else "paragraph", [line])
               for k, line in zip(KINDS, lines, strict=True)]
    return entries, {id(line): size for line, size in zip(lines, sizes, strict=True)}


def _titles(entries: list) -> list[str]:
    return [e.lines[0].text for e in entries if isinstance(e, Heading)]


def test_a_name_over_its_issue_line_and_a_larger_headline_goes() -> None:
    entries, sizes = _entries([40, 8, 28, 10, 14, 10])
    assert _titles(without_nameplate(entries, sizes)) == ["Lamps on the Breakwater", "The Keepers"]


def test_a_title_over_a_section_heading_of_the_usual_size_stays() -> None:
    # the heading under the issue line is no larger than the heading after it: a section's
    entries, sizes = _entries([28, 8, 14, 10, 14, 10])
    assert _titles(without_nameplate(entries, sizes))[0] == "The Harbour Crier"


def test_a_title_over_text_stays() -> None:
    entries, sizes = _entries([40, 8, 28, 10, 14, 10])
    entries[1] = Fragment("paragraph", entries[1].lines)
    assert _titles(without_nameplate(entries, sizes))[0] == "The Harbour Crier"
