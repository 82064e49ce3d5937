"""Line-end hyphens, round 59 (struct80): a first part the text writes hyphenated before another word keeps its
hyphen at a line end when the closed form is no common English word (``document_prefixes``)."""

from __future__ import annotations

import pytest

from vitrina.structure import hyphens
from vitrina.structure.hyphens import HyphenJudge


def test_a_document_prefix_keeps_its_hyphen() -> None:
    judge = HyphenJudge("The sky held cirro-stratus in bands and a veil of cirro-\ncumulus later.")
    assert judge.keep("cirro", "cumulus")


def test_a_common_closed_word_is_still_joined() -> None:
    judge = HyphenJudge("He was re-elected in May, and the mill was re-\nbuilt in stone.")
    assert not judge.keep("re", "built")


def test_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(hyphens.HYPHEN_SWITCHES, "document_prefixes", 0)
    judge = HyphenJudge("The sky held cirro-stratus in bands and a veil of cirro-\ncumulus later.")
    assert not judge.keep("cirro", "cumulus")
