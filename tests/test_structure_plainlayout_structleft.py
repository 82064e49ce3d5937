"""Round 45 structleft raw-text methods, each on invented text: a periodical's nameplate (a
name in capitals over its issue line and a kicker) before the headline is left out; a jump
line coming back that names the page and the story stays for pairing though it echoes the
title, and the arrow extracted alone under it is dropped. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import lines as lines_module
from vitrina.structure import plainlayout, rebuild

BODY = [
    "The ferry crossed the estuary four times a day and carried carts and cattle over the",
    "water whenever the tide allowed, its deck loaded from a ramp of oak planks at low water.",
    "The ferryman kept a lamp at the landing and a horn to call the boat in from the fog.",
]
MASTHEAD = ["THE FERRY POST", "Newsletter of the Estuary Society · Members' edition · Winter", "FROM THE ARCHIVE",
            "Boats on the Estuary"]


def _sections(text: str) -> list[tuple[str | None, str]]:
    doc = rebuild(text, "post", "post.txt", "text")
    return [(s.label, s.title) for s in doc.sections]


def test_a_nameplate_over_its_issue_line_and_a_kicker_is_left_out() -> None:
    text = "\n".join([*MASTHEAD, *BODY, "The Landing", *BODY]) + "\n"
    doc = rebuild(text, "post", "post.txt", "text")
    assert "FERRY POST" not in doc.text and "Members' edition" not in doc.text
    assert [s.title for s in doc.sections] == ["Boats on the Estuary", "The Landing"]


def test_with_the_rule_off_the_nameplate_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "raw_nameplates", 0)
    text = "\n".join([*MASTHEAD, *BODY, "The Landing", *BODY]) + "\n"
    assert "FERRY POST" in rebuild(text, "post", "post.txt", "text").text


def test_a_capitals_title_over_a_sentence_stays() -> None:
    text = "\n".join(["THE FERRY POST", "The ferry ran for two hundred years.", "Boats on the Estuary", *BODY]) + "\n"
    assert "FERRY POST" in rebuild(text, "post", "post.txt", "text").text


def _jumped() -> str:
    first = ["Boats on the Estuary", *BODY, "The ferryman was paid by the parish, and his wages came",
             "Continued on page 3 \u25b8", "Ferry Post · Winter 1"]
    second = ["The Landing", "Carts waited on the shingle in a long line when the wind held the boat on the far",
              "side, and the drovers sold milk and eggs to the travellers to pass the time.",
              "A stone jetty replaced the planks in the year of the great flood.", "Ferry Post · Winter 2"]
    third = ["Continued from page 1: Boats on the Estuary", "\u25c2",
             "twice a year with a sack of flour.", "Timber for the Ramp",
             "Oak for the ramp came from the woods above the village and was cut in the winter,",
             "when the sap was down, then left to season for two summers under the church wall.",
             "Ferry Post · Winter 3"]
    return "\n\f".join("\n".join(page) for page in (first, second, third)) + "\n"


def test_a_jump_line_naming_its_story_pairs_and_its_arrow_goes() -> None:
    doc = rebuild(_jumped(), "post", "post.txt", "text")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any(p.endswith("his wages came twice a year with a sack of flour.") for p in paragraphs)
    assert "\u25c2" not in doc.text and "Continued" not in doc.text


def test_with_jumps_kept_off_the_echoing_jump_line_is_running(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(lines_module.ECHO_SWITCHES, "jumps_kept", 0)
    doc = rebuild(_jumped(), "post", "post.txt", "text")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert not any(p.endswith("his wages came twice a year with a sack of flour.") for p in paragraphs)


def test_a_page_jump_line_is_told_by_its_lead() -> None:
    assert lines_module._page_jump_line("\u25c2 Continued from page 1: Boats on the Estuary")
    assert lines_module._page_jump_line("Continued on page 12 \u25b8")
    assert not lines_module._page_jump_line("Ferry Post, page 4")
    assert not lines_module._page_jump_line("Boats on the Estuary")


CODE = ["A \u00b7 \u2014", "E \u00b7", "I \u00b7 \u00b7", "N \u2014 \u00b7", "T \u2014"]
SIGNALS = ["Flag Signals", *BODY, *CODE, "The code was printed on a card that every ferryman carried in his coat.",
           "He learned it by heart in his first winter on the boat."]


def test_rows_of_a_label_and_signs_are_no_text() -> None:
    doc = rebuild("\n".join(SIGNALS) + "\n", "flags", "flags.txt", "text")
    assert "\u00b7" not in doc.text and "\u2014" not in doc.text
    assert "printed on a card" in doc.text


def test_two_such_rows_stay() -> None:
    lines = [line for line in SIGNALS if line not in CODE[2:]]
    assert "\u00b7" in rebuild("\n".join(lines) + "\n", "flags", "flags.txt", "text").text


def test_with_symbol_rows_off_the_code_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "symbol_rows", 0)
    assert "\u00b7" in rebuild("\n".join(SIGNALS) + "\n", "flags", "flags.txt", "text").text
