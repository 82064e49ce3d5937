"""bench/ask_span_rule.py: a result shown as each run (every rule on, the rules off) shows it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import ask_span_rule  # noqa: E402


def test_a_result_takes_the_text_each_run_shows() -> None:
    result = {"answer": "Nine (sources differ: ten)", "ranked": [{"text": "twenty towns"}, {"text": "Nine"}]}
    texts = {"twenty towns": ["Nine", "twenty towns"]}
    on = ask_span_rule._named(result, texts, 0)
    off = ask_span_rule._named(result, texts, 1)
    assert on["answer"] == "Nine (sources differ: ten)" and on["ranked"][0]["text"] == "Nine"
    assert off["answer"] == "twenty towns (sources differ: ten)" and off["ranked"][0]["text"] == "twenty towns"
    assert ask_span_rule._named({"answer": None, "ranked": []}, texts, 1) == {"answer": None, "ranked": []}
