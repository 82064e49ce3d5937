"""The lexicon folder: one loader, every entry with a reason."""

from vitrina import lexicon
from vitrina.lexicon import _parse


def test_group_reason_applies_until_next_group():
    parsed = _parse("# a list\n## first reason\nalpha\nbeta  # own reason\n## second\ngamma\n")
    assert [(e.value, e.reason) for e in parsed] == [
        ("alpha", "first reason"), ("beta", "own reason"), ("gamma", "second")]


def test_entry_without_reason_is_visible():
    assert _parse("lonely\n")[0].reason == ""


def test_every_shipped_entry_has_a_reason():
    for name in lexicon.names():
        missing = [e.line for e in lexicon.entries(name) if not e.reason]
        assert not missing, f"{name}.txt lines without a reason: {missing}"
