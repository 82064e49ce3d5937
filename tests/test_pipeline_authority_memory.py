"""An exhibit remembers the authority file it was linked with (round 38 red team D-authority-forgotten)."""

from __future__ import annotations

from click.testing import CliRunner

from vitrina.authority import AUTHORITY_META, load_authority, recall_authority, remembered_authority
from vitrina.cli import main
from vitrina.store import reading

HEADER = "name,type,aliases,lat,lon,identifier\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def entity_types(db) -> dict[str, str]:
    with reading(db) as kb:
        return {row["name"]: row["type"] for row in kb.entity_rows()}


def test_a_later_build_without_authority_keeps_it_and_says_so(tmp_path):
    (tmp_path / "a.txt").write_text("Rosalind Quell sailed from Tessaly in 1871.\n")  # no ship noun: the text alone makes no "other"
    (tmp_path / "b.txt").write_text("Dear Amos, the granary at Tessaly burned on 4 May 1871.\n")
    auth = tmp_path / "auth.csv"
    auth.write_text(HEADER + "Rosalind Quell,other,,,,\n")
    db = tmp_path / "k.db"
    first = run("build", str(tmp_path / "a.txt"), "--db", str(db), "--authority", str(auth))
    assert first.exit_code == 0, first.output
    assert "linked with authority auth.csv" in first.output
    assert entity_types(db)["Rosalind Quell"] == "other"

    later = run("build", str(tmp_path / "b.txt"), "--db", str(db))
    assert later.exit_code == 0, later.output
    assert "authority auth.csv kept from the last build" in later.output
    assert entity_types(db)["Rosalind Quell"] == "other"

    auth.write_text(HEADER + "Rosalind Quell,other,The Quell,,,\n")  # changed: re-read, re-linked
    changed = run("build", str(tmp_path / "b.txt"), "--db", str(db))
    assert "changed since the last build" in changed.output
    with reading(db) as kb:
        assert "The Quell" in remembered_authority(kb.meta_value(AUTHORITY_META)).rows[0]["aliases"]

    dropped = run("build", str(tmp_path / "b.txt"), "--db", str(db), "--no-authority")
    assert "dropped (--no-authority)" in dropped.output
    assert entity_types(db)["Rosalind Quell"] != "other"
    again = run("build", str(tmp_path / "b.txt"), "--db", str(db))
    assert "authority" not in again.output.splitlines()[-1]  # forgotten for good


def test_a_moved_authority_file_is_used_from_the_stored_copy(tmp_path):
    auth = tmp_path / "auth.csv"
    auth.write_text(HEADER + "Harrow Point,place,,50.1,-4.2,\n")
    known = load_authority(auth)
    auth.unlink()
    chosen, note = recall_authority(remembered_authority(known.entry()[1]))
    assert chosen is not None and chosen.rows == known.rows
    assert "copy stored in the database" in note
    assert recall_authority(None) == (None, "")


def test_both_options_are_refused(tmp_path):
    auth = tmp_path / "auth.csv"
    auth.write_text(HEADER)
    (tmp_path / "a.txt").write_text("A short note.\n")
    result = run("build", str(tmp_path / "a.txt"), "--db", str(tmp_path / "k.db"), "--authority", str(auth),
                 "--no-authority")
    assert result.exit_code != 0 and "exclude each other" in result.output
