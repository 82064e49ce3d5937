"""Statements told alike in several documents are judged once (``vitrina.compare._Copies``), on sentences of our own."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

from tests.test_compare import _db, _doc
from vitrina import compare as C
from vitrina.store import read

TOLD = ["The Harbor Accord of May 4, 1921 ended the dock strike at Porto.",
        "Ada Lind sailed from Lisbon to Faro in June 1921 with the accord."]
DATES = {"May 4, 1921": "1921-05-04", "June 1921": "1921-06"}


def _docs() -> list:
    """Three documents telling the same two sentences (one after a sentence of its own, so at other offsets) and
    one telling the accord's date otherwise."""
    return [_doc("a", TOLD, DATES), _doc("b", ["A short note on the docks comes first here.", *TOLD], DATES),
            _doc("c", TOLD, DATES),
            _doc("d", ["The Harbor Accord of June 9, 1922 ended the dock strike at Porto."], {"June 9, 1922": "1922-06-09"})]


def _found(tmp_path: Path, monkeypatch, once: bool) -> tuple[list, int]:
    calls = 0
    judge = C._same_thing

    def counted(a, b):
        nonlocal calls
        calls += 1
        return judge(a, b)

    monkeypatch.setattr(C, "_same_thing", counted)
    if not once:  # every statement a class of its own, every pair judged
        monkeypatch.setattr(C._Copies, "judged", lambda self, i, j, a, b, judge: judge(a, b))
        monkeypatch.setattr(C._Copies, "class_of", lambda self, i: i)
    folder = tmp_path / ("once" if once else "each")
    folder.mkdir()
    found = [(c.kind, c.verdict, c.grouping, c.reasons, [(s.document, s.start, s.text) for s in c.statements])
             for c in C.compare(_db(folder, *_docs()))]
    monkeypatch.undo()
    return found, calls


def test_statements_told_alike_are_judged_once_and_the_comparisons_are_those_of_every_pair_judged(tmp_path,
                                                                                                  monkeypatch):
    each, calls_each = _found(tmp_path, monkeypatch, once=False)
    once, calls_once = _found(tmp_path, monkeypatch, once=True)
    assert once == each
    assert any(verdict == "differ" and {d for d, _s, _t in members} == {"a", "b", "c", "d"}
               for _k, verdict, _g, _r, members in once)
    assert calls_once < calls_each


def test_a_statement_told_alike_at_other_offsets_of_another_document_has_the_same_digest(tmp_path):
    kb = read.as_knowledge_base(_db(tmp_path, *_docs()))
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    statements: dict[str, list[C.Statement]] = {}
    for s in C._statements(kb, kinds, []):
        statements.setdefault(s.document, []).append(s)
    told_in_b = {C._told_alike(s): s for s in statements["b"]}
    for s in statements["a"]:
        assert C._told_alike(s) in told_in_b and told_in_b[C._told_alike(s)].start != s.start
    assert not {C._told_alike(s) for s in statements["d"]} & set(told_in_b)


def test_only_pairs_with_a_copy_are_kept_and_each_is_judged_once():
    one = C.Statement("quantity", "a", 0, 2, "12", (0, 10), "12 ships.", (), (12.0, "ship"))
    copies = C._Copies()
    for s in (one, C.replace(one, document="b"), C.replace(one, document="c", start=5, end=7, sentence=(5, 15)),
              C.replace(one, document="d", value=(13.0, "ship"))):
        copies.add(s)
    seen: list[tuple[str, str]] = []

    def judge(x, y):
        seen.append((x.document, y.document))
        return "alike"

    assert copies.judged(0, 1, one, one, judge) == copies.judged(0, 2, one, one, judge) == "alike"
    assert copies.judged(1, 2, one, one, judge) == "alike"
    assert len(seen) == 1  # the three copies' pairs: one judgement
    lone = C._Copies()
    lone.add(one)
    lone.add(C.replace(one, document="d", value=(13.0, "ship")))
    lone.judged(0, 1, one, one, judge)
    lone.judged(0, 1, one, one, judge)
    assert len(seen) == 3  # two statements told once: nothing kept


SIGNED = ["Vell and Sora signed the new harbour charter at Porto with the guild on May 4, 1921.",
          "Vell opened the harbour school at Porto with Sora in 1921."]
SIGNED_DATES = {"May 4, 1921": "1921-05-04", "1921": "1921"}
OTHERWISE = ["Lind and Sora signed the new harbour charter at Porto with the guild on May 4, 1921.",
             "Vell opened the harbour school at Porto with Sora in 1922."]


def _copies_of(copies: int) -> list:
    """``copies`` documents telling SIGNED (every other one after a sentence of its own, so at other offsets) and
    ``copies`` telling OTHERWISE: another signer (who), the school opened another year (when)."""
    docs = []
    for n in range(copies):
        lead = ["A short note on the docks comes first here."] if n % 2 else []
        docs.append(_doc(f"s{n}", [*lead, *SIGNED], SIGNED_DATES))
        docs.append(_doc(f"o{n}", [*lead, *OTHERWISE], {"May 4, 1921": "1921-05-04", "1922": "1922"}))
    return docs


def test_every_comparison_of_copies_is_the_same_when_each_pair_is_judged_alone(tmp_path, monkeypatch):
    """Pairs of classes judged once (``_same_pairs``, ``_retold_pairs``, the who/where and "when" candidates of
    ``vitrina.roles``) give the comparisons of every pair judged alone and each name parsed alone."""
    once = [(c.kind, c.verdict, c.grouping, c.reasons, [(s.document, s.start, s.text) for s in c.statements])
            for c in C.compare(_db(tmp_path, *_copies_of(3)))]
    monkeypatch.setattr(C._Copies, "key", lambda self, i, j: None)
    monkeypatch.setattr(C._Copies, "class_of", lambda self, i: i)
    alone = tmp_path / "alone"
    alone.mkdir()
    each = [(c.kind, c.verdict, c.grouping, c.reasons, [(s.document, s.start, s.text) for s in c.statements])
            for c in C.compare(_db(alone, *_copies_of(3)))]
    assert once == each
    kinds = {kind for kind, *_rest in once}
    assert "participant" in kinds and len(once) > 3, once


def _met_one_by_one(statements: list[C.Statement]) -> list[tuple[int, int, str]]:
    """The pairs judged the same as meeting and judging every pair of statements of a block gives them."""
    blocks = C._class_blocks(statements)[0]  # every statement a class of its own
    where = C._blocks_of(blocks, len(statements))
    out: list[tuple[int, int, str]] = []
    for b, members in enumerate(blocks):
        for i, j in combinations(members, 2):
            if statements[i].document != statements[j].document and C._first_common(where[i], where[j]) == b \
                    and (why := C._same_thing(statements[i], statements[j])) and (i, j, why) not in out:
                out.append((i, j, why))
    return out


def test_pairs_of_classes_expanded_are_the_pairs_met_one_by_one_in_their_order(tmp_path, monkeypatch):
    """``_same_pairs`` meets classes of statements told alike, judges each pair of classes once each way round and
    expands only those judged the same: the pairs, their reasons and their order are those of every pair met."""
    kb = read.as_knowledge_base(_db(tmp_path, *_copies_of(3), *_docs()))
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    statements = list(C._statements(kb, kinds, []))
    calls = 0
    judge = C._same_thing

    def counted(a, b):
        nonlocal calls
        calls += 1
        return judge(a, b)

    expected = _met_one_by_one(statements)
    monkeypatch.setattr(C, "_same_thing", counted)
    found = list(C._same_pairs(statements))
    assert found == expected
    assert len({(i, j) for i, j, _why in found}) == len(found) > 10
    by_pair_of_classes = calls
    monkeypatch.setattr(C._Copies, "class_of", lambda self, i: i)
    calls = 0
    assert list(C._same_pairs(statements)) == expected
    assert by_pair_of_classes < calls
