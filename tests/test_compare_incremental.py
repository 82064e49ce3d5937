"""An exhibit built in two steps (A, then B added) stores the comparisons of one build of A and B together, the
per-statement key budgets included (round 45, issue #18); the second step reads A's statements as the first kept
them (round 56) and the judgements of pairs the first made (round 57; the roles pass's too, round 58), and what is kept follows the documents and
the code's version."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from vitrina import compare, keptjudgements, keptparses, roles
from vitrina.keptjudgements import KeptJudgements
from vitrina.keptparses import KeptParses
from vitrina.keptstatements import KEY_PREFIX
from vitrina.pipeline import build
from vitrina.qa import parse
from vitrina.store import reading

PEOPLE = ["Maren Oswick", "Tobias Quell", "Ruth Anselm"]
TOWNS = ["Hamburg", "Lisbon", "Vienna"]


def _write(folder: Path, numbers: range) -> None:
    folder.mkdir()
    for n in numbers:
        who, town = PEOPLE[n % 3], TOWNS[n // 3 % 3]
        (folder / f"note{n:02d}.txt").write_text(
            f"Note {n}\n\nOn {3 + n} June 1911, {who} opened the tram depot in {town}. About {120 + 10 * (n % 2)} "
            f"workers came, said {PEOPLE[(n + 1) % 3]} in 1912.\n", encoding="utf-8")


def _stored(db: Path) -> str | None:
    with reading(db) as kb:
        return compare.stored_text(kb)


def _kept(db: Path) -> dict[str, str]:
    with reading(db) as kb:
        documents = [d.id for d in kb.documents()]
    with closing(sqlite3.connect(db)) as conn:
        keys = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE ?", (KEY_PREFIX + "%",)).fetchall())
    assert len(keys) == len(documents)  # one record per document of the exhibit, none of a former one
    return keys


def _counting(monkeypatch) -> list[str]:
    """The sources of the documents whose statements the comparisons make (not read kept)."""
    made: list[str] = []
    making = compare._statements_of

    def counted(kb, doc_id, *rest):
        made.append(kb.document(doc_id).source)
        return making(kb, doc_id, *rest)

    monkeypatch.setattr(compare, "_statements_of", counted)
    return made


def _judged(db: Path) -> dict[str, str]:
    """The kept judgements' entries of an exhibit."""
    with closing(sqlite3.connect(db)) as conn:
        return dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE ?",
                                 (keptjudgements.KEY_PREFIX + "%",)).fetchall())


def _asking(monkeypatch) -> list[tuple[str, bytes, bytes, bool]]:
    """Each judgement asked of the kept ones: (judge, digests of both sides, made rather than read)."""
    asked: list[tuple[str, bytes, bytes, bool]] = []
    judged = KeptJudgements.judged

    def noted(self, name, digest_a, digest_b, a, b, judge):
        made = []
        result = judged(self, name, digest_a, digest_b, a, b, lambda x, y: made.append(1) or judge(x, y))
        asked.append((name, digest_a, digest_b, bool(made)))
        return result

    monkeypatch.setattr(KeptJudgements, "judged", noted)
    return asked


def _parsed(db: Path) -> dict[str, str]:
    """The kept parses' entries of an exhibit."""
    with closing(sqlite3.connect(db)) as conn:
        return dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE ?",
                                 (keptparses.KEY_PREFIX + "%",)).fetchall())


def _stages_parses(monkeypatch) -> list[KeptParses]:
    """The kept parses of each comparisons stage, as the stages make them."""
    made: list[KeptParses] = []
    starting = KeptParses.__init__

    def noted(self, *args, **kwargs):
        starting(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(KeptParses, "__init__", noted)
    return made


def test_the_second_step_rebuilds_the_first_steps_parses_and_keeps_those_of_one_build(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    stages = _stages_parses(monkeypatch)
    _write(tmp_path / "a", range(0, 6))
    _write(tmp_path / "b", range(6, 9))
    build(["a"], tmp_path / "steps.db", jobs=1)
    assert stages[-1].read == 0 and stages[-1].made > 0
    parse._cache.clear()  # (this process's own cache would answer before the kept parses)
    build(["b"], tmp_path / "steps.db", jobs=1)
    assert stages[-1].read > 0
    parse._cache.clear()
    build(["a", "b"], tmp_path / "whole.db", jobs=1)
    assert stages[-1].read == 0
    assert _stored(tmp_path / "steps.db") == _stored(tmp_path / "whole.db")
    assert _parsed(tmp_path / "steps.db") == _parsed(tmp_path / "whole.db") != {}


def _sources(made: list[str]) -> set[str]:
    return {Path(m).name for m in made}


def test_a_then_b_stores_the_comparisons_of_a_and_b_built_together(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # a budget of two others binds on every statement here (each meets eight under its commonest keys)
    monkeypatch.setattr(compare, "WEIGHTS", replace(compare.WEIGHTS, key_partners=2))
    made, asked = _counting(monkeypatch), _asking(monkeypatch)
    _write(tmp_path / "a", range(0, 6))
    _write(tmp_path / "b", range(6, 9))
    build(["a"], tmp_path / "steps.db", jobs=1)
    assert len(made) == 6
    first = {(name, x, y) for name, x, y, _made in asked}
    assert {name for name, *_rest in first} == {"same", "retold", roles.KEPT_JUDGE} and all(m for *_rest, m in asked)
    made.clear()
    asked.clear()
    build(["b"], tmp_path / "steps.db", jobs=1)
    assert _sources(made) == {"note06.txt", "note07.txt", "note08.txt"}  # A's statements read as kept
    # every judgement the first step made is read, not made again; the budget binds on the second step's own
    again = [(name, x, y) for name, x, y, m in asked if m]
    assert again and not set(again) & first
    assert any((name, x, y) in first for name, x, y, m in asked if not m)
    build(["a", "b"], tmp_path / "whole.db", jobs=1)
    whole = _stored(tmp_path / "whole.db")
    assert whole is not None and '"verdict": "differ"' in whole
    assert _stored(tmp_path / "steps.db") == whole
    assert _kept(tmp_path / "steps.db") == _kept(tmp_path / "whole.db")
    assert _judged(tmp_path / "steps.db") == _judged(tmp_path / "whole.db") != {}


def test_a_changed_or_removed_document_drops_its_kept_statements_and_another_code_version_reads_none(
        tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    made = _counting(monkeypatch)
    _write(tmp_path / "a", range(0, 4))
    build(["a"], tmp_path / "x.db", jobs=1)
    first = _kept(tmp_path / "x.db")
    (tmp_path / "a" / "note02.txt").write_text("Note 2\n\nOn 9 May 1913, Ruth Anselm closed the tram depot in "
                                               "Vienna. About 300 workers came.\n", encoding="utf-8")
    made.clear()
    build(["a"], tmp_path / "x.db", jobs=1)
    assert _sources(made) == {"note02.txt"}
    changed = _kept(tmp_path / "x.db")
    assert len(set(first) - set(changed)) == 1 and len(set(changed) - set(first)) == 1
    (tmp_path / "a" / "note03.txt").unlink()
    made.clear()
    asked = _asking(monkeypatch)
    build(["a"], tmp_path / "x.db", jobs=1, replace_all=True)
    assert made == [] and len(_kept(tmp_path / "x.db")) == 3
    assert asked and not any(m for *_rest, m in asked)  # every judgement read kept
    build(["a"], tmp_path / "fresh.db", jobs=1)  # the kept judgements are those of the documents left
    assert _judged(tmp_path / "x.db") == _judged(tmp_path / "fresh.db")
    made.clear()
    asked.clear()
    monkeypatch.setattr(compare, "WEIGHTS", replace(compare.WEIGHTS, key_partners=3))  # another version
    build(["a"], tmp_path / "x.db", jobs=1)
    assert len(made) == 3 and asked and all(m for *_rest, m in asked)
