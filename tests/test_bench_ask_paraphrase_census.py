"""bench/ask_paraphrase_census.py: the word-by-word census of what ties an unmatched question word to the sentence
that states the answer (invented questions and sentences)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_paraphrase_census as census  # noqa: E402

from vitrina.qa.question import analyse  # noqa: E402


def test_the_heads_of_a_verbs_glosses() -> None:
    assert {"wear", "display"} <= census.gloss_heads("sport")  # "wear or display in an ostentatious or proud manner"
    assert "approve" in census.gloss_heads("ratified")  # inflected: the glosses of "ratify"
    assert "hold" in census.gloss_heads("withhold")  # "hold back; refuse to hand over": each clause has a head
    assert "sport" not in census.gloss_heads("sport") and not census.gloss_heads("qwzx")
    assert "change" not in census.gloss_heads("alter")  # a head with hundreds of kinds says nothing


def test_a_gloss_ties_two_words_either_way() -> None:
    assert census.glossed("sport", "wearing") and census.glossed("wearing", "sport")
    assert census.glossed("approve", "ratified")
    assert not census.glossed("sport", "sold") and not census.glossed("approve", "rejected")


def _classes(question: str, citation: str) -> dict[str, str]:
    q = analyse(question)
    tokens = census.sentence_words(citation)
    own = list(q.content)
    out = {}
    for word in census.unmatched_words(q, citation):
        i = own.index(word)
        out[word] = census.word_class(word, q.pos.get(word), own[max(0, i - 1):i] + own[i + 1:i + 2], q, tokens, 3)
    return out


def test_unmatched_words_are_classed() -> None:
    found = _classes("What hat did Mayor Holm sport at the harvest fair?",
                     "At the harvest fair Mayor Holm was seen wearing a tall green hat.")
    assert found == {"sport": "gloss head (glossed)"}  # hat, Holm, harvest, fair are in the sentence
    found = _classes("When did the weavers sign the nuetrality pact?",
                     "The weavers signed the neutrality pact in 1764.")
    assert found == {"nuetrality": "misspelling"}
    assert _classes("When did the weavers sign the pact?", "The weavers signed the pact in 1764.") == {}
