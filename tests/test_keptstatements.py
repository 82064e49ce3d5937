"""Kept statements: their JSON codec, the digest of a document's inputs and the code's version (round 56)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

import pytest

from vitrina import compare
from vitrina.frames import Frame
from vitrina.keptstatements import (
    KEY_PREFIX,
    Kept,
    KeptStatements,
    code_version,
    decode,
    document_digest,
    encode,
)
from vitrina.refusals import Refusal
from vitrina.store import read

CLASSES = {"Statement": compare.Statement, "Frame": Frame, "Refusal": Refusal, "SentenceHit": read.SentenceHit}


def _statement(**more) -> compare.Statement:
    frame = Frame(("sail",), ("schooner",), ("captain",), (), (), None, (), doer_heads=((4, 11),))
    return compare.Statement(
        "quantity", "log", 40, 44, "1.5 m", (0, 60), "The captain sailed the schooner 1.5 m from the quay.",
        ("ent9",), (1.5, 1.5), qualifier=None, frame=frame,
        people=(("ent9", "person", frozenset({"ivo", "marsh", "captain"})),), figures=frozenset({3.0, -0.0}),
        age_at=("ent9", ("1910-01-01", "1910-12-31")), high=None, **more)


def test_a_statement_comes_back_equal_from_its_json():
    s = _statement(corrected=True, clock=(60, 75))
    back = decode(json.loads(json.dumps(encode(s))), CLASSES)
    assert back == s and isinstance(back.frame, Frame) and isinstance(back.people[0][2], frozenset)


def test_a_set_is_written_in_one_order_whatever_the_process_hash_order():
    words = frozenset(f"w{n}" for n in range(40))
    rebuilt = frozenset(sorted(words, reverse=True))
    assert json.dumps(encode(words)) == json.dumps(encode(rebuilt))


def test_only_the_named_classes_and_plain_data_are_read_back():
    with pytest.raises(ValueError):
        decode({"c": "Popen", "f": [["sh"]]}, CLASSES)
    with pytest.raises(ValueError):
        decode({"x": 1}, CLASSES)

    @dataclass
    class Other:
        a: list

    with pytest.raises(TypeError):
        encode(Other([1]))


def test_a_record_keeps_notes_day_and_refusals():
    sentence = read.SentenceHit("log", None, None, 0, 30, "Ivo Marsh declined to comment.")
    kept = Kept([_statement()], ["only the first 5 statements"], 712, [(Refusal("log", 0, 29, "ent9"), sentence)])
    back = Kept.from_text(kept.text(), CLASSES)
    assert back == kept and back.text() == kept.text()


def test_the_code_version_follows_the_tables():
    assert code_version(compare.WEIGHTS) == code_version(compare.WEIGHTS)
    assert code_version(compare.WEIGHTS) != code_version(replace(compare.WEIGHTS, key_partners=2))


class _Store:
    """The few reads ``document_digest`` makes, of one invented document."""

    def __init__(self, text: str) -> None:
        self._text = text

    def text(self, doc_id):
        return self._text

    def sentences(self, doc_id):
        return [read.SentenceHit(doc_id, None, None, 0, len(self._text), self._text)]

    def mentions(self, document):
        return [read.MentionRow(document, "ent9", 0, 9, "person")]

    def quotes(self, document):
        return []

    def events(self, document):
        return []

    def dates(self, document):
        return []

    def quantities(self, document):
        return []


def test_the_digest_follows_the_text_the_version_and_the_names_of_the_entities_cited():
    kb, kinds = _Store("Ivo Marsh rowed 4 miles."), {"ent9": ("person", "Ivo Marsh"), "ent2": ("place", "Hull")}
    first = document_digest(kb, "log", kinds, "v1")  # type: ignore[arg-type]
    assert first == document_digest(kb, "log", dict(kinds), "v1")  # type: ignore[arg-type]
    assert first == document_digest(kb, "log", {**kinds, "ent2": ("place", "Goole")}, "v1")  # not cited
    assert first != document_digest(kb, "log", {**kinds, "ent9": ("person", "Ivo Marshe")}, "v1")
    assert first != document_digest(kb, "log", kinds, "v2")  # type: ignore[arg-type]
    assert first != document_digest(_Store("Ivo Marsh rowed 5 miles."), "log", kinds, "v1")  # type: ignore[arg-type]
    assert first != document_digest(kb, "log2", kinds, "v1")  # type: ignore[arg-type]


def test_records_found_kept_and_written_in_the_order_asked():
    kb = _Store("Ivo Marsh rowed 4 miles.")
    earlier = KeptStatements("v1", None, [])
    earlier.found(kb, ["a", "b"], {})  # type: ignore[arg-type]
    earlier.keep("a", Kept([_statement()], [], None, []))
    earlier.keep("b", Kept([], ["a note"], 3, []))
    stored = dict(earlier.entries(["b", "a"]))
    assert all(key.startswith(KEY_PREFIX) for key in stored) and len(stored) == 2

    now = KeptStatements("v1", stored.get, [])
    assert now.found(kb, ["b", "a", "c"], {}) == {"a", "b"}  # type: ignore[arg-type]
    assert now.record("a", CLASSES) == Kept([_statement()], [], None, [])
    later = KeptStatements("v2", stored.get, [])  # another version of the code finds nothing
    assert later.found(kb, ["a", "b"], {}) == set()  # type: ignore[arg-type]


def test_a_damaged_record_is_forgotten_not_read():
    kb = _Store("Ivo Marsh rowed 4 miles.")
    probe = KeptStatements("v1", None, [])
    probe.found(kb, ["a"], {})  # type: ignore[arg-type]
    now = KeptStatements("v1", {KEY_PREFIX + probe.digests["a"]: '{"statements": [{"c": "Nope", "f": []}]}'}.get, [])
    assert now.found(kb, ["a"], {}) == {"a"}  # type: ignore[arg-type]
    assert now.record("a", CLASSES) is None and list(now.entries(["a"])) == []
