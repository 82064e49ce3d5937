"""bench/ask_wording_reach.py: which WordNet link, if any, ties a question's predicate to the sentence that states
the answer (invented questions and sentences)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_wording_reach as reach  # noqa: E402


def test_the_links_the_ranker_uses_come_first() -> None:
    assert reach.group("Who founded the guild?", "The guild was founded by a potter.")[0] == "same word"
    assert reach.group("Who slew the dragon?", "A shepherd killed the dragon at dawn.")[:2] == ("related", "slay")
    assert reach.group("When did the mayor quit?", "The mayor resigned in the spring.")[0] == "related"


def test_links_the_ranker_does_not_use() -> None:
    assert "name" in reach.co_hyponyms("call", "v")  # both under "label"
    assert reach.group("Why was the bridge called the Needle?",
                       "Sailors named the bridge the Needle for its spire.")[::2] == ("co-hyponym", "name")
    assert reach.group("How did the clerk remember the flood?",
                       "The clerk wrote a letter about the flood.")[0] == "none"


def test_the_census_counts_paraphrase_records(tmp_path, capsys) -> None:
    dump = tmp_path / "dump.jsonl"
    rows = [{"set": "toy", "id": "q1", "class": "paraphrase", "question": "Who slew the dragon?"},
            {"set": "toy", "id": "q2", "class": "paraphrase", "question": "Why was the bridge called the Needle?"},
            {"set": "toy", "id": "q3", "class": "unanswerable", "question": "When did the dragon return?"},
            {"set": "toy", "id": "q4", "class": "paraphrase", "outcome": "right", "question": "Who slew the dragon?"}]
    items = [{"id": "q1", "citation": "A shepherd killed the dragon at dawn."},
             {"id": "q2", "citation": "Sailors named the bridge the Needle for its spire."},
             {"id": "q3", "citation": None}, {"id": "q4", "citation": "A shepherd killed the dragon at dawn."}]
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (tmp_path / "toy.jsonl").write_text("".join(json.dumps(r) + "\n" for r in items), encoding="utf-8")
    assert reach.main([str(dump), "--annotations", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "paraphrase questions: 2" in out and "  related: 1\n" in out and "co-hyponym: 1" in out
