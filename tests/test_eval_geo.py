"""bench/eval_geo.py: scoring on a tiny invented exhibit written straight to a database."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from vitrina.model import Entity, Event, Mention
from vitrina.store import write_exhibit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import eval_geo  # noqa: E402

TEXT = ("The envoy sailed from Varnholm to Ostrava. Ilse Brandt met Brandt's cousin in Ostrava. "
        "The Sea was calm.")


def _db(tmp_path: Path) -> Path:
    from tests._extract_helpers import make_doc

    doc = make_doc([TEXT], doc_id="d1")

    def at(word: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = TEXT.index(word, start + 1)
        return doc.blocks[0].start + start, doc.blocks[0].start + start + len(word)

    entities = [
        Entity("place-varnholm", "place", "Varnholm", (), 59.0, 10.0, country="NO", place_key="k1",
               geocoding="best evidence"),
        Entity("place-ostrava", "place", "Ostrava", (), 49.8, 18.3, country="CZ", place_key="k2",
               geocoding="best evidence"),
        Entity("place-sea", "place", "Sea", (), None, None, geocoding="a common English word"),
        Entity("person-ilse-brandt", "person", "Ilse Brandt"),
    ]
    mentions = [Mention(*at("Varnholm"), "place", "place-varnholm"),
                Mention(*at("Ostrava"), "place", "place-ostrava"),
                Mention(*at("Ilse Brandt"), "person", "person-ilse-brandt"),
                Mention(*at("Brandt", 1), "person", "person-ilse-brandt"),
                Mention(*at("Ostrava", 1), "place", "place-ostrava"),
                Mention(*at("Sea"), "place", "place-sea")]
    events = (Event("ev0", "The envoy sailed from Varnholm to", 0, 3, "1801"),)
    doc = doc.evolve(entities=tuple(entities), mentions=tuple(mentions), events=events,
                     sentences=((doc.blocks[0].start, doc.blocks[0].end),))
    db = tmp_path / "x.db"
    write_exhibit(db, [("s", doc)], [doc], entities)
    return db


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_places_nonplaces_persons_and_labels(tmp_path: Path) -> None:
    db = _db(tmp_path)
    sentence = "The envoy sailed from Varnholm to Ostrava."
    places = _write(tmp_path / "p.jsonl", [
        {"doc": "d1", "name": "Varnholm", "sentence": sentence, "lat": 59.2, "lon": 10.1, "country": "NO",
         "kind": "city", "split": "tune"},  # ~20 km: right
        {"doc": "d1", "name": "Ostrava", "sentence": sentence, "lat": 40.0, "lon": 18.3, "country": "CZ",
         "kind": "city", "split": "tune"},  # 1,000 km off: wrong
        {"doc": "d1", "name": "Sea", "sentence": "The Sea was calm.", "lat": 1.0, "lon": 1.0, "country": None,
         "kind": "water", "split": "heldout"},  # found, unmapped
    ])
    nonplaces = _write(tmp_path / "n.jsonl", [{"doc": "d1", "text": "Sea", "sentence": "The Sea was calm.",
                                              "why": "common word"}])
    persons = _write(tmp_path / "h.jsonl", [
        {"person": "Ilse Brandt", "split": "tune", "mentions": [
            {"doc": "d1", "text": "Ilse Brandt", "sentence": "Ilse Brandt met Brandt's cousin in Ostrava."}]},
        {"person": "the cousin's father", "split": "tune", "mentions": [
            {"doc": "d1", "text": "Brandt", "sentence": "Ilse Brandt met Brandt's cousin in Ostrava."}]},
    ])
    tune = eval_geo.evaluate(db, places, nonplaces, persons, "tune")
    assert (tune["places"]["found"], tune["places"]["mapped"], tune["places"]["right"]) == (2, 2, 1)
    assert tune["nonplaces"] == {"located": 1, "mapped": 0, "errors": []}
    people = tune["persons"]
    assert (people["gold_pairs"], people["predicted_pairs"], people["precision"]) == (0, 1, 0.0)  # a false merge
    everything = eval_geo.evaluate(db, places, nonplaces, persons, "all")
    assert everything["places"]["coverage"] == round(2 / 3, 4)
    assert everything["labels"]["function_word_end"] == 1


def test_country_of_an_area_is_checked_by_code(tmp_path: Path) -> None:
    ent = {"lat": 50.0, "lon": 15.0, "details": {"geocoding": {"country": "CZ"}}}
    assert eval_geo.place_right({"kind": "country", "country": "CZ", "lat": 49.0, "lon": 17.0}, ent)[0]
    assert not eval_geo.place_right({"kind": "country", "country": "SK", "lat": 50.0, "lon": 15.0}, ent)[0]


def test_kinds_in_the_annotators_words_and_continents(tmp_path: Path) -> None:
    ent = {"lat": 31.0, "lon": -97.5, "details": {"geocoding": {"country": "US"}}}
    # a state or a historical state is an area: checked by country, not by a 100 km point
    assert eval_geo.place_right({"name": "Texas", "kind": "state", "country": "US", "lat": 31.0, "lon": -99.5},
                                ent)[0]
    assert not eval_geo.place_right({"name": "Texas", "kind": "state", "country": "MX", "lat": 31.0,
                                     "lon": -99.5}, ent)[0]
    # a town is still a point
    assert not eval_geo.place_right({"name": "Waco", "kind": "city", "country": "US", "lat": 31.5,
                                     "lon": -99.5}, ent)[0]
    # a continent's centre is a convention: 1,100 km off is inside it, 2,000 km is not
    europe = {"lat": 48.7, "lon": 9.1, "details": {"geocoding": {"country": None}}}
    assert eval_geo.place_right({"name": "Europe", "kind": "region", "country": None, "lat": 54.0,
                                 "lon": 20.0}, europe)[0]
    assert not eval_geo.place_right({"name": "Europe", "kind": "region", "country": None, "lat": 60.0,
                                     "lon": 40.0}, europe)[0]


def test_a_document_is_found_by_its_id_written_with_other_punctuation():
    kb = eval_geo.Kb({"1901-1910-u-s-envoys": "", "1901-1910-other": ""}, {}, {}, {}, {})
    assert kb.document("u.s.-envoys") == "1901-1910-u-s-envoys"
    assert kb.document("envoys") == "1901-1910-u-s-envoys"
    assert kb.document("missing") is None


def test_a_state_without_a_code_today_is_judged_by_the_country_holding_its_centre():
    # a former state annotated as a country without an ISO code, placed by the system at its
    # seat: right when the seat's country holds the annotated centre of its land
    seat = {"lat": 48.2, "lon": 16.4, "details": {"geocoding": {"country": "AT"}}}
    assert eval_geo.place_right({"name": "Old Empire", "kind": "country", "country": None, "lat": 47.5,
                                 "lon": 14.5}, seat)[0]
    assert not eval_geo.place_right({"name": "Old Empire", "kind": "country", "country": None, "lat": 47.0,
                                     "lon": 8.0}, seat)[0]


def test_an_island_is_an_area_and_a_qualified_name_is_its_head():
    capital = {"lat": 64.1, "lon": -21.9, "details": {"geocoding": {"country": "IS"}}}
    assert eval_geo.place_right({"name": "Iceland", "kind": "island", "country": "IS", "lat": 65.0,
                                 "lon": -18.0}, capital)[0]
    text = "They met at Springfield, Vermont, in May."
    start = text.index("Springfield")
    end = text.index(", in")
    assert eval_geo.head_span(text, (start, end)) == (start, start + len("Springfield"))
    assert eval_geo.head_span(text, (start, start + 11)) == (start, start + 11)


def test_a_withdrawn_code_is_judged_like_a_state_without_one():
    seat = {"lat": 48.2, "lon": 16.4, "details": {"geocoding": {"country": "AT"}}}
    # "YU"-style codes of ISO 3166-3 name no country today: the country holding the centre
    assert eval_geo.place_right({"name": "Old Union", "kind": "country", "country": "YU", "lat": 47.5,
                                 "lon": 14.5}, seat)[0]
    assert not eval_geo.place_right({"name": "Old Union", "kind": "country", "country": "YU", "lat": 47.0,
                                     "lon": 19.5}, seat)[0]


def test_a_non_place_inside_a_longer_place_name_is_read_at_its_next_occurrence():
    text = "The Northern Union met, and Northern delegates left."
    ents = {"e0": {"lat": 1.0, "name": "Northern Union"}, "e1": {"lat": 2.0, "name": "Northern"}}
    longer = eval_geo.Kb({"d": text}, {}, {}, {"d": [(4, 18, "place", "e0")]}, ents)
    words = eval_geo.find_normalised(text, "Northern")
    assert eval_geo._mapped_word(longer, "d", "Northern", words, len(text)) is None
    alone = eval_geo.Kb({"d": text}, {}, {}, {"d": [(4, 18, "place", "e0"), (28, 36, "place", "e1")]}, ents)
    assert eval_geo._mapped_word(alone, "d", "Northern", words, len(text)) == "Northern"


def test_a_place_no_offline_table_can_place_leaves_coverage_with_a_point(tmp_path: Path) -> None:
    db = _db(tmp_path)
    places = _write(tmp_path / "p.jsonl", [
        {"doc": "d1", "name": "Varnholm", "sentence": "The envoy sailed from Varnholm to Ostrava.", "lat": 59.2,
         "lon": 10.1, "country": "NO", "kind": "city", "split": "tune"},  # mapped right: it has a point
        {"doc": "d1", "name": "Sea", "sentence": "The Sea was calm.", "lat": 1.0, "lon": 1.0, "country": None,
         "kind": "water", "split": "tune"},  # no table has a sea of that name there: listed, no pin
    ])
    got = eval_geo.evaluate(db, places, None, None, "all")["places"]
    assert (got["found"], got["mapped"], got["no_point"], got["no_point_mapped"]) == (2, 1, 1, 0)
    assert got["coverage"] == 0.5
    assert got["coverage_with_point"] == 1.0


def test_an_offline_point_is_a_gazetteer_sense_that_would_be_scored_right() -> None:
    town = {"name": "Prague", "kind": "city", "country": "CZ", "lat": 50.1, "lon": 14.4}
    assert eval_geo.has_offline_point(town)
    assert eval_geo.has_offline_point({**town, "name": "Prague, Bohemia"})  # the head before the comma
    assert not eval_geo.has_offline_point({**town, "lat": 10.0, "lon": 100.0})  # no Prague lies there
    assert not eval_geo.has_offline_point({"name": "the Zorvanka River", "kind": "river", "country": "CZ",
                                           "lat": 50.1, "lon": 14.4})


def test_an_area_feature_is_right_anywhere_inside_its_extent():
    # a world region of the table, placed at its conventional centre: any point inside the
    # region's box is right, a point outside it is judged by the old 500 km rule
    region = {"lat": 10.0, "lon": 106.0, "details": {"geocoding": {"country": None, "key": "region:southeast-asia"}}}
    assert eval_geo.place_right({"name": "South-East Asia", "kind": "region", "country": None, "lat": 15.0,
                                 "lon": 100.0}, region)[0]
    assert eval_geo.place_right({"name": "Southeast Asia", "kind": "region", "country": None, "lat": -5.0,
                                 "lon": 120.0}, region)[0]  # 1,900 km off the centre, still inside
    assert not eval_geo.place_right({"name": "Southeast Asia", "kind": "region", "country": None, "lat": 35.0,
                                     "lon": 105.0}, region)[0]  # north of it
    # the extent is the named feature's only: another name given the same sense gets no box
    assert not eval_geo.place_right({"name": "Indochina", "kind": "region", "country": None, "lat": -5.0,
                                     "lon": 120.0}, region)[0]
    # nor does a town annotation: a town is a point
    assert not eval_geo.place_right({"name": "Southeast Asia", "kind": "city", "country": None, "lat": -5.0,
                                     "lon": 120.0}, region)[0]


def test_a_water_has_the_box_of_its_polygon_and_a_river_its_line():
    from vitrina.extract import features

    index = next(k for k, r in enumerate(features.table_rows()) if r["name"] == "Bering Sea")
    row = features.table_rows()[index]
    sea = {"lat": float(row["lat"]), "lon": float(row["lon"]),
           "details": {"geocoding": {"country": None, "key": f"feature:{index}"}}}
    # the box crosses the 180th meridian: a point on either side of it is inside
    assert eval_geo.place_right({"name": "Bering Sea", "kind": "natural feature", "country": None, "lat": 60.0,
                                 "lon": 178.0}, sea)[0]
    assert eval_geo.place_right({"name": "the Bering Sea", "kind": "sea", "country": None, "lat": 56.0,
                                 "lon": -168.0}, sea)[0]
    assert not eval_geo.place_right({"name": "Bering Sea", "kind": "sea", "country": None, "lat": 40.0,
                                     "lon": -160.0}, sea)[0]
    # a river is a line: right anywhere within 100 km of its course, not of the pin
    river = features.rivers_named("Danube River")[0]
    mid = river.points[len(river.points) // 2]
    far = max(river.points, key=lambda p: eval_geo.haversine_km(p[0], p[1], mid[0], mid[1]))
    pinned = {"lat": mid[0], "lon": mid[1],
              "details": {"geocoding": {"country": None, "key": features.river_place(river, mid).key}}}
    assert eval_geo.haversine_km(far[0], far[1], mid[0], mid[1]) > 500
    assert eval_geo.place_right({"name": "Danube River", "kind": "river", "country": None, "lat": far[0],
                                 "lon": far[1]}, pinned)[0]
    assert not eval_geo.place_right({"name": "Danube River", "kind": "river", "country": None, "lat": 30.0,
                                     "lon": 60.0}, pinned)[0]
