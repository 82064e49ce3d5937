"""ask: a "who" question is answered by a name written after a role noun ("the dyer Mira Holub") even when the
tagger mistyped the name (round 33, DEF-7)."""

from __future__ import annotations

from pathlib import Path


def test_who_is_answered_by_the_name_after_a_role_noun(tmp_path: Path) -> None:
    from vitrina.ask import ask
    from vitrina.pipeline import build
    from vitrina.store import reading

    source = tmp_path / "m48.txt"
    source.write_text("Mill 48\n\nThe mill of dyers number 48. In 1948 the dyer Mira Holub opened mill number 48 "
                      "in Zlin. It employed 51 hands.\n")
    db = tmp_path / "x.db"
    build([source], db, jobs=1)
    with reading(db) as kb:
        result = ask(kb, "Who opened mill number 48?")
    assert result["answer"] == "Mira Holub"
    assert "the dyer Mira Holub opened" in result["citations"][0]["text"]
