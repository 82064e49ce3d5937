"""ask: a pronoun is never the answer span (round 37 red team D1): "I" in a letter names nobody by itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from vitrina.qa.candidates import bare_pronoun


@pytest.mark.parametrize("text", ["I", "we", "You", "them", " she.", "Themselves"])
def test_a_pronoun_alone_is_bare(text: str) -> None:
    assert bare_pronoun(text)


@pytest.mark.parametrize("text", ["which", "That", " whom,"])
def test_a_relative_pronoun_alone_is_bare(text: str) -> None:
    # round 49: "the charter which was sealed in June" — the parse's subject of "sealed" is "which", no answer
    assert bare_pronoun(text)


@pytest.mark.parametrize("text", ["Ida", "Iris Novak", "It Takes Two", "Herr Brandl", "the itinerant", "Which Way Home",
                                  "that winter"])
def test_a_name_holding_a_pronoun_is_not_bare(text: str) -> None:
    assert not bare_pronoun(text)


def test_a_first_person_subject_is_not_the_answer(tmp_path: Path) -> None:
    from vitrina.ask import ask
    from vitrina.pipeline import build
    from vitrina.store import reading

    source = tmp_path / "note.txt"
    source.write_text("Letter from Jana Vrba to Karel Vrba\n\nDear Karel, the new bakery in Linz will open on the main "
                      "square in the spring. I have hired Tomas Ruzicka to run it.\n\nYour sister, Jana\n")
    db = tmp_path / "x.db"
    build([source], db, jobs=1)
    with reading(db) as kb:
        result = ask(kb, "Who ran the bakery in Linz?")
    assert result["answer"] == "Tomas Ruzicka"  # the one the letter names to run it, not its writer's "I"
