"""Terminal escape sequences removed whole (ECMA-48), never the text after them."""

from __future__ import annotations

import pytest

from vitrina.limits import ESCAPE_LIMITS
from vitrina.terminal import readable, without_escapes

AFTER = " sailed from Lisbon in 1822. Ana Ruiz stayed behind."


@pytest.mark.parametrize(("sequence", "kind"), [
    ("\x1b]0;a title\x07", "OSC"),          # window title ended by BEL
    ("\x1b]8;;https://example.org\x1b\\", "OSC"),  # hyperlink ended by ST (ESC \)
    ("\x1bPqdata\x1b\\", "DCS"),
    ("\x1b_private\x07", "APC"),
    ("\x1b[1;31m", "CSI"),
    ("\x1b(B", "ESC"),                       # character set designation (intermediate + final)
    ("\x1bc", "ESC"),                        # reset
    ("\x9b2J", "CSI"),                       # 8-bit CSI
    ("\x9d2;t\x9c", "OSC"),                  # 8-bit OSC ended by 8-bit ST
])
def test_each_kind_of_sequence_is_removed_whole_and_the_text_after_it_kept(sequence: str, kind: str) -> None:
    text, removed = without_escapes("Pedro Alves" + sequence + AFTER)
    assert text == "Pedro Alves" + AFTER
    assert removed == [kind]


def test_an_unterminated_control_string_loses_only_its_introducer() -> None:
    text, removed = without_escapes("Pedro Alves\x1b]0;no end here\n" + AFTER)
    assert text == "Pedro Alves0;no end here\n" + AFTER
    assert removed == ["ESC"]


def test_a_control_string_longer_than_the_bound_is_not_swallowed() -> None:
    body = "x" * (ESCAPE_LIMITS["string_chars"] + 1)
    text, _ = without_escapes("Pedro\x1b]" + body + "\x07" + AFTER)
    assert text.endswith(body + "\x07" + AFTER)


def test_a_lone_escape_at_the_end_is_removed() -> None:
    assert without_escapes("Pedro Alves\x1b") == ("Pedro Alves", ["ESC"])


def test_readable_keeps_the_text_after_a_title_sequence() -> None:
    assert readable("Pedro\x1b]2;t\x07 Alves") == "Pedro Alves"
