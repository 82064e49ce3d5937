"""Fact-extraction quality against gold annotations (bench/eval_facts.py).

The fast tests check the evaluator itself on hand-made predictions; the slow
ones build our own fixtures and the seed with the real pipeline and assert
per-type floors just below the figures measured when the gold was written
(docs/extraction-quality.md), so that a regression fails.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
SEED = ROOT.parent / "shared" / "seeds" / "000_beabee21081aa6a0.txt"

_spec = importlib.util.spec_from_file_location("eval_facts", ROOT / "bench" / "eval_facts.py")
assert _spec and _spec.loader
ef = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("eval_facts", ef)  # dataclasses look their module up
_spec.loader.exec_module(ef)


# ---------------------------------------------------------------- evaluator logic (fast)


def test_norm_ignores_case_quotes_and_leading_article() -> None:
    assert ef.norm("The  Seven Years\u2019 War") == ef.norm("seven years' war")
    assert ef.norm("the president") == "president"


def test_locate_claims_longest_surface_first_and_checks_counts() -> None:
    text = "In May 1920 and in 1920 again, then 1920."
    report = ef.Report("t")
    items = [{"text": "1920", "count": 2}, {"text": "May 1920"}]
    spans = ef.locate(text, items, "text", report, [])
    assert [text[s:e] for s, e in spans] == ["1920", "1920", "May 1920"]
    assert spans[2] == (3, 11)
    assert not report.warnings
    short = ef.Report("u")
    ef.locate(text, [{"text": "1920", "count": 3}], "text", short, [(3, 11)])
    assert short.warnings  # only two free occurrences outside the claimed span
    bad = ef.Report("v")
    ef.locate(text, [{"text": "1921"}], "text", bad, [])
    assert bad.warnings


def _doc(text: str, dates: list[tuple[str, str]]) -> dict[str, Any]:
    found = []
    for surface, edtf in dates:
        start = text.index(surface)
        found.append({"start": start, "end": start + len(surface), "edtf": edtf, "text": surface})
    return {"id": "d", "text": text, "dates": found}


def test_dates_need_overlap_and_equal_edtf() -> None:
    text = "Ada sailed in June 1910 and came back two years later, in 1912."
    gold = {
        "dates": [
            {"text": "June 1910", "edtf": "1910-06"},
            {"text": "two years later", "edtf": "1912"},
            {"text": "1912", "edtf": "1912"},
        ]
    }
    report = ef.Report("t")
    ef.score_dates(gold, _doc(text, [("June 1910", "1910-06"), ("two years later", "1913"), ("1912", "1912")]), report)
    strict, extent = report.scores["dates"], report.scores["dates extent"]
    assert (strict.tp, strict.fp, strict.hit, strict.fn) == (2, 1, 2, 1)
    assert (extent.tp, extent.fp, extent.hit, extent.fn) == (3, 0, 3, 0)


def test_null_valued_gold_dates_count_for_extent_only() -> None:
    text = "Soon after the war the hall reopened in 1947."
    gold = {"dates": [{"text": "Soon after the war", "edtf": None}, {"text": "1947", "edtf": "1947"}]}
    report = ef.Report("t")
    ef.score_dates(gold, _doc(text, [("after the war", "1946"), ("1947", "1947")]), report)
    assert report.scores["dates"].fp == 0 and report.scores["dates"].recall == 1.0
    assert report.scores["dates extent"].hit == 2


def _entity(eid: str, etype: str, name: str, mentions: list[str], aliases: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"id": eid, "type": etype, "name": name, "aliases": list(aliases),
            "mentions": [{"text": m} for m in mentions]}


def test_entities_match_by_alias_and_type_and_report_negatives() -> None:
    gold = {
        "entities": [
            {"name": "Ada Lind", "types": ["person"], "aliases": ["Lind", "the queen"]},
            {"name": "Porto", "types": ["place"], "aliases": []},
        ],
        "ignore_entities": ["Harbor"],
        "not_entities": [{"name": "Porto", "type": "person"}],
    }
    kb = {
        "documents": [{"text": "Queen Ada Lind, the queen, visited Porto. Lind left."}],
        "entities": [
            _entity("p1", "person", "Lind", ["Ada Lind", "Lind"], ("Ada Lind",)),
            _entity("p2", "person", "Porto", ["Porto"]),
            _entity("o1", "organization", "Harbor", ["Harbor"]),
        ],
    }
    report = ef.Report("t")
    ef.score_entities(gold, kb, report)
    ents = report.scores["entities"]
    assert (ents.tp, ents.fp, ents.hit, ents.fn) == (1, 1, 1, 1)
    assert "found as person 'Porto'" in ents.false_neg[0]
    assert report.scores["entity aliases"].hit == 1  # "the queen" not linked
    assert report.scores["negatives"].fn == 1


def test_events_match_on_edtf_and_a_participant() -> None:
    gold = {
        "entities": [{"name": "Ada Lind", "types": ["person"], "aliases": ["Lind"]}],
        "events": [{"date": "1921", "edtf": "1921", "participants": ["Ada Lind"], "places": []}],
        "ignore_events": ["1930"],
    }
    kb = {
        "entities": [_entity("p1", "person", "Lind", ["Lind"])],
        "events": [
            {"date": {"edtf": "1921", "text": "1921"}, "participants": ["p1"], "places": []},
            {"date": {"edtf": "1922", "text": "1922"}, "participants": ["p1"], "places": []},
            {"date": {"edtf": "1930", "text": "1930"}, "participants": [], "places": []},
        ],
    }
    report = ef.Report("t")
    ef.score_events(gold, kb, report, ef.EntityIndex(gold["entities"]))
    s = report.scores["events"]
    assert (s.tp, s.fp, s.hit, s.fn) == (1, 1, 1, 0)


def test_units_normalise_plurals_and_symbols() -> None:
    assert ef.unit_ok("casualty", "casualties")
    assert ef.unit_ok("USD", "$")
    assert ef.unit_ok(["ship", "ship of the line"], "ships")
    assert not ef.unit_ok("mile", "kilometres")


def test_gold_files_are_well_formed() -> None:
    for path in sorted(GOLD.glob("*_gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        names = {e["name"] for e in gold["entities"]}
        for e in gold["entities"]:
            assert set(e["types"]) <= {"person", "organization", "place", "group", "other"}, e
        for q in gold["quotes"]:
            assert q["kind"] in ("quotation", "term", "retracted")
            assert len(q["starts"].split()) <= 6
            assert q["speaker"] is None or q["speaker"] in names, q
        for ev in gold["events"]:
            for n in ev["participants"] + ev["places"]:
                assert n in names, (path.name, n)
        if not gold["document"].startswith("seed:"):
            assert (path.parent / gold["document"]).is_file()


# ---------------------------------------------------------------- quality floors (slow)

# (precision, recall) floors, a little below the figures measured (extraction round 2, 2026-11-26)
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "fixture_alliance_gold": {
        "sections": (0.6, 0.6), "captions strict": (0.95, 0.95), "paragraph counts": (0.6, 0.6),
        "entities": (0.93, 0.9), "entity aliases": (0.95, 0.95), "dates": (0.95, 0.95),
        "dates extent": (0.95, 0.95), "quantities strict": (0.95, 0.95), "quotes": (0.95, 0.95),
        "events": (0.9, 0.9),
    },
    "fixture_museum_gold": {
        "sections": (0.45, 0.45), "captions strict": (0.95, 0.95), "paragraph counts": (0.45, 0.45),
        "entities": (0.9, 0.95), "entity aliases": (0.95, 0.95), "dates": (0.95, 0.95),
        "dates extent": (0.95, 0.9), "quantities strict": (0.95, 0.85), "quotes": (0.95, 0.95),
        "events": (0.9, 0.9),
    },
    "seed_gold": {
        "sections": (0.95, 0.95), "captions strict": (0.95, 0.95), "paragraph counts": (0.95, 0.95),
        "entities": (0.95, 0.92), "entity aliases": (0.95, 0.95), "dates": (0.95, 0.95),
        "dates extent": (0.95, 0.82), "quantities strict": (0.95, 0.95), "quotes": (0.95, 0.95),
        "events": (0.9, 0.93),
    },
}


def _gold_params() -> list[Any]:
    params = []
    for name in FLOORS:
        marks = [pytest.mark.slow]
        if name.startswith("seed") and not SEED.is_file():
            marks.append(pytest.mark.skip(reason="shared seed not present"))
        params.append(pytest.param(name, marks=marks, id=name))
    return params


@pytest.mark.parametrize("name", _gold_params())
def test_extraction_quality_floors(name: str) -> None:
    report = ef.evaluate(GOLD / f"{name}.json")
    assert not [w for w in report.warnings if "located 0" in w], report.warnings
    failures = []
    for key, (p_min, r_min) in FLOORS[name].items():
        s = report.scores[key]
        if s.precision < p_min or s.recall < r_min:
            failures.append(
                f"{key}: P {s.precision:.2f} (floor {p_min}) R {s.recall:.2f} (floor {r_min}); "
                f"missed {s.false_neg[:5]} spurious {s.false_pos[:5]}"
            )
    assert not failures, "\n".join(failures)
