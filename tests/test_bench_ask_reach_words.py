"""bench/ask_reach_words.py: how a question word the stating sentence lacks is tied to it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_reach_words  # noqa: E402

from vitrina.qa.lexical import wordnet  # noqa: E402


def test_a_name_one_edit_away_or_sharing_its_first_letters_is_a_variant() -> None:
    assert ask_reach_words._one_edit("marrow", "marow")
    assert ask_reach_words._one_edit("vorn", "vron")  # two letters swapped
    assert not ask_reach_words._one_edit("vorn", "vorn")
    assert not ask_reach_words._one_edit("albright", "albrite")
    assert ask_reach_words.tie("ilsemarr", True, "Ilsemar sailed home.", "", "") == "name variant"
    assert ask_reach_words.tie("ilsemarr", False, "Ilsemar sailed home.", "", "") == "nowhere near"


@pytest.mark.skipif(wordnet() is None, reason="WordNet not installed")
def test_a_lacking_word_is_tied_by_wordnet_or_found_around_the_sentence() -> None:
    tie = ask_reach_words.tie
    assert tie("bought", False, "The guild purchased the mill in 1880.", "", "") == "synonym"
    assert tie("signing", False, "The guild signed the charter.", "", "") == "lemma"  # a base form shared
    assert tie("founder", False, "Orla founded the guild.", "", "") == "derivation"
    assert tie("vessel", False, "The ship sank off the cape.", "", "") == "broader or narrower"
    assert tie("ferry", False, "It sank off the cape.", "The ferry left at noon.", "") == "in a neighbour sentence"
    assert tie("ferry", False, "It sank off the cape.", "", "The Ferry Disaster") == "in the title"
    assert tie("ferry", False, "It sank off the cape.", "", "") == "nowhere near"
