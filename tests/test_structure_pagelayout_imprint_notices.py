"""A visitor panel may hold short notices of a line each closing a sentence among its
address and hours, and a picture's labelled caption read among its lines is no part of it
(pagelayout.without_imprints, ``LIMITS["imprint_notices"]``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure.layout import Fragment, Heading
from vitrina.structure.lines import split_lines
from vitrina.structure.pagelayout import LIMITS, without_imprints

RUNNING = ["weir mill trust leaflet 4", "weir mill trust leaflet 4"]
PANEL = ["Weir Mill Trust", "Mill Lane, Upper Ford", "Open Sundays 10.00-16.00",
         "The tea room is on the upper floor.", "Dogs on leads are welcome.",
         "The Mill on the Weir", "The miller ground oats for the whole parish."]


def _entries(texts: list[str], kinds: str) -> list:
    lines = split_lines("\n".join(texts)).lines
    out: list = []
    for kind, line in zip(kinds, lines, strict=True):
        if kind == "H":
            out.append(Heading(None, [line], 0))
        elif kind == "C":
            out.append(Fragment("caption", [line], position="Above"))
        else:
            out.append(Fragment("paragraph", [line]))
    return out


def _titles(entries: list) -> list[str]:
    return [e.lines[0].text for e in entries if isinstance(e, Heading)]


def test_notices_among_address_and_hours_keep_the_panel_an_imprint() -> None:
    out = without_imprints(_entries(PANEL, "HPPPPHP"), RUNNING)
    assert _titles(out) == ["The Mill on the Weir"] and len(out) == 2


def test_with_the_switch_off_the_panel_stays_a_section(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "imprint_notices", 0)
    assert _titles(without_imprints(_entries(PANEL, "HPPPPHP"), RUNNING))[0] == "Weir Mill Trust"


def test_prose_under_the_name_stays_a_section() -> None:
    texts = ["Weir Mill Trust", "Mill Lane, Upper Ford", "The trust bought the mill in 1970.",
             "It opened it to visitors.", "The Mill on the Weir", "The miller ground oats for the whole parish."]
    assert _titles(without_imprints(_entries(texts, "HPPPHP"), RUNNING))[0] == "Weir Mill Trust"


def test_a_labelled_caption_among_the_panel_stays_and_is_no_part_of_it() -> None:
    texts = ["Weir Mill Trust", "Mill Lane, Upper Ford", "Open Sundays 10.00-16.00",
             "The wheel in the flood of 1968, seen from the bridge above the sluice gate.",
             "The Mill on the Weir", "The miller ground oats for the whole parish."]
    out = without_imprints(_entries(texts, "HPPCHP"), RUNNING)
    assert _titles(out) == ["The Mill on the Weir"]
    assert [e.kind for e in out if isinstance(e, Fragment)] == ["caption", "paragraph"]
