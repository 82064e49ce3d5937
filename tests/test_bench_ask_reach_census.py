"""bench/ask_reach_census.py: the a1 census by family and by the ties of the lacking words (invented rows)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("ask_reach_census", ROOT / "bench/ask_reach_census.py")
assert SPEC and SPEC.loader
census = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(census)


def test_groups_fall_in_their_family() -> None:
    assert census.family("ask_v7") == "dev … v25"
    assert census.family("seed_questions") == "dev … v25"
    assert census.family("ask_v30") == "v26 … v47"
    assert census.family("ask_v53") == "v48 … v53"
    assert census.family("ask_redteam44") == "red teams"


def test_a_question_is_classed_by_its_lacking_words_ties() -> None:
    assert census.ties({"canal": "broader or narrower", "pact": "synonym"}) == "every lacking word tied by WordNet"
    assert census.ties({"canal": "broader or narrower", "fort": "in the title"}).startswith("WordNet ties + words in")
    assert census.ties({"canal": "synonym", "get": "nowhere near"}) == "WordNet ties + words nowhere near"
    assert census.ties({"fort": "in a neighbour sentence"}) == "words only in the neighbours or title"
    assert census.ties({"get": "nowhere near"}) == "words nowhere near (no WordNet tie)"
    assert census.ties({}).startswith("none lacking")


def test_the_table_counts_rows_by_family(tmp_path: Path, capsys, monkeypatch) -> None:
    rows = [{"set": "ask_v50", "id": "q1", "step": "not retrieved", "place": "document retrieved", "question": "?",
             "lacking": {"waterway": "broader or narrower"}},
            {"set": "ask_v3", "id": "q2", "step": "no sentence", "question": "?"}]
    path = tmp_path / "w.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["ask_reach_census.py", str(path)])
    census.main()
    out = capsys.readouterr().out
    assert "| step: not retrieved | 0 | 0 | 1 | 0 | 1 |" in out
    assert "| ties: every lacking word tied by WordNet | 0 | 0 | 1 | 0 | 1 |" in out
    assert "a1 questions: 2" in out
