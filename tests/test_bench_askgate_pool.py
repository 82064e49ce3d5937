"""bench/askgate_pool.py: a candidate's key by the fact it denotes, the pool's agreement, the type of the wh-slot
(round 53)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import askgate_pool as P  # noqa: E402

SENTENCES = [  # id, document, section, start, text
    (1, "letters", "s1", 0, "The ferry first sailed on May 3, 1902."),
    (2, "ledger", "s9", 100, "Service opened on 3.V.1902 with two boats."),
    (3, "diary", "s4", 50, "A storm closed the harbour at Dunmore."),
]


def store(tmp_path: Path) -> Path:
    """A store with three sentences, the two dates written two ways and a place."""
    db = tmp_path / "facts.db"
    conn = sqlite3.connect(db)
    conn.executescript("""
        create table sentences (id integer primary key, document text, section text, block text, start integer,
                                "end" integer, text text);
        create table mentions (document text, entity text, start integer, "end" integer, type text);
        create table dates (document text, start integer, "end" integer, edtf text, lower text, upper text);
        create table quantities (id text, document text, start integer, "end" integer, value real, unit text,
                                 qualifier text, high real);
    """)
    for sid, doc, section, start, text in SENTENCES:
        conn.execute("insert into sentences values (?, ?, ?, null, ?, ?, ?)", (sid, doc, section, start,
                                                                            start + len(text), text))
    for sid, written in ((1, "May 3, 1902"), (2, "3.V.1902")):
        _i, doc, _s, start, text = SENTENCES[sid - 1]
        at = start + text.index(written)
        conn.execute("insert into dates values (?, ?, ?, '1902-05-03', null, null)", (doc, at, at + len(written)))
    _i, doc, _s, start, text = SENTENCES[2]
    at = start + text.index("Dunmore")
    conn.execute("insert into mentions values (?, 'place-dunmore', ?, ?, 'place')", (doc, at, at + 7))
    conn.commit()
    conn.close()
    return db


def candidate(text: str, sid: int) -> dict:
    return {"text": text, "member_sentences": [sid], "members": [{}]}


def test_a_candidate_is_keyed_by_the_fact_it_denotes(tmp_path: Path) -> None:
    facts = P.Facts(store(tmp_path))
    assert facts.key("May 3, 1902", [1]) == facts.key("3.V.1902", [2]) == "d:1902-05-03"
    assert facts.key("Dunmore", [3]) == "e:place-dunmore"
    assert facts.key("the harbour", [3]) == "t:harbour"  # no fact covers it: its folded words
    assert facts.key("A storm closed the harbour at Dunmore", [3]).startswith("t:")  # the fact covers too little


def test_the_pool_joins_one_date_written_two_ways(tmp_path: Path) -> None:
    facts = P.Facts(store(tmp_path))
    row = {"candidates": [candidate("May 3, 1902", 1), candidate("Dunmore", 3), candidate("3.V.1902", 2)]}
    d = (np.array([[3.0], [2.0], [1.0]]), np.zeros(3, dtype=bool), np.array([0, 1, 2]), np.zeros(3))
    v = P.pool_values(row, d, np.array([1.0]), facts)
    assert v["pool_merged"] == 1.0  # the two writings are one answer (their words alone are not alike)
    assert v["pool_documents"] == v["pool_sections"] == 0.5  # two documents: one beyond the first, over 2
    assert v["pool_rival_sections"] == 0.0  # the runner-up is stated once
    assert v["pool_lead"] == (2 - 1) / 3
    shares = np.exp([3.0, 2.0, 1.0]) / np.exp([3.0, 2.0, 1.0]).sum()
    assert abs(v["pool_share"] - (shares[0] + shares[2])) < 1e-9


def test_the_slot_type_is_read_against_what_is_asked() -> None:
    asks_person = {"asks": {"asks_person": 1.0}}
    assert P.slot_values(asks_person, {"kind_person": 1.0}) == {"slot_typed": 1.0, "slot_mistyped": 0.0}
    assert P.slot_values(asks_person, {"kind_place": 1.0}) == {"slot_typed": 0.0, "slot_mistyped": 1.0}
    assert P.slot_values(asks_person, {"kind_span": 1.0}) == {"slot_typed": 0.0, "slot_mistyped": 0.0}
    assert P.slot_values({"asks": {"asks_sentence": 1.0}}, {"kind_person": 1.0}) == dict.fromkeys(P.SLOT, 0.0)
