"""scripts/river_features.py on an invented package table (the package's layout, invented rivers)."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("river_features", ROOT / "scripts" / "river_features.py")
assert _spec is not None and _spec.loader is not None
river_features = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(river_features)


def _table(path: Path, countries: dict[str, list[dict]]) -> Path:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE country_map (alpha2 TEXT PRIMARY KEY, name TEXT, payload BLOB,"
                    " uncompressed_bytes INTEGER, sha256 TEXT)")
        for code, rivers in countries.items():
            payload = zlib.compress(json.dumps({"alpha2": code, "rivers": rivers}).encode())
            con.execute("INSERT INTO country_map VALUES (?, ?, ?, 0, '')", (code, code, payload))
    return path


def test_thinning_keeps_the_ends_and_one_point_a_step():
    line = [(0.0, 0.1 * i) for i in range(11)]  # 1 degree of latitude, about 111 km
    kept = river_features.thin(line, step=40.0)
    assert kept[0] == line[0] and kept[-1] == line[-1] and 3 <= len(kept) <= 5


def test_stretches_of_one_name_far_apart_in_other_countries_are_two_rivers(tmp_path):
    db = _table(tmp_path / "maps.sqlite3", {
        "XA": [{"name": "Vorlenna", "points": [[30.0, 10.0], [30.0, 10.2]]},
               {"name": "Tessaquin", "points": [[140.0, -20.0], [140.0, -20.1]]},
               {"name": "River", "points": [[1.0, 1.0], [1.0, 1.1]]},
               {"name": "Quell Gulf", "points": [[2.0, 2.0], [2.0, 2.1]]}],
        "XB": [{"name": "Vorlenna", "points": [[30.0, 10.2], [30.0, 10.4]]},  # the same river over a border
               {"name": "Tessaquin", "points": [[-100.0, 45.0], [-100.0, 45.1]]},
               {"name": "Brunnholt Canal", "points": [[5.0, 5.0], [5.0, 5.1]]}],
    })
    rows = river_features.rows(db)
    numbers = {(name, country): number for name, _, number, country, _, _ in rows}
    assert numbers[("Vorlenna", "XA")] == numbers[("Vorlenna", "XB")] == 1
    assert {numbers[("Tessaquin", "XA")], numbers[("Tessaquin", "XB")]} == {1, 2}
    kinds = {name: kind for name, kind, *_ in rows}
    assert kinds["Brunnholt Canal"] == "canal" and kinds["Vorlenna"] == "river"
    assert "River" not in kinds and "Quell Gulf" not in kinds  # only a noun; another kind
    assert len(rows) == len(set(rows))  # a point the layer repeats is written once
