"""Round 42 (structset46): in text extracted with its pages (form feeds), a header band written
before the panel's locator kicker ("Museum" / "GALLERY 2 · …" / the title) is running, as the
locator is; a title set under its kicker stays. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import lines
from vitrina.structure.lines import split_lines

PAGE = """Tides Estuary Museum of the Tideway
GALLERY 2 · THE TIDEWAY
The Last Ferry:
Tolls on the Estuary, 1850
The ferry crossed the estuary twice a day in summer, carrying carts, cattle and the post
to the market town on the far shore, and in winter once a day when the tide allowed it.
The ferryman kept a book of every crossing and of every toll he took, a penny a head.
\f"""


def _texts(text: str = PAGE) -> list[str]:
    return [line.text for line in split_lines(text).lines]


def test_the_band_over_the_locator_is_running() -> None:
    assert _texts()[0] == "The Last Ferry:"


def test_without_the_rule_the_band_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(lines.ECHO_SWITCHES, "heads_over_locators", 0)
    assert _texts()[0] == "Tides Estuary Museum of the Tideway"


def test_a_band_over_a_locator_over_body_text_stays() -> None:
    text = PAGE.replace("The Last Ferry:\nTolls on the Estuary, 1850\n", "")
    assert _texts(text)[0] == "Tides Estuary Museum of the Tideway"
