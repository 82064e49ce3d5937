"""qa/retrieve.py: section-level retrieval with WordNet relatives, and the sentences it adds to ask's pool."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

import vitrina.ask as ask_module
from tests._qa_helpers import asked, one_paragraph_document
from vitrina.ask import _inflections_of, ask, covered, examined
from vitrina.qa import retrieve
from vitrina.qa.candidates import Sentence
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

# invented texts: the answer sentence shares no content word with the questions below
HARBOR = [
    "The fishing town of Orvik was loud with trade every summer.",
    "In 1688 the old harbour master died of a fever.",
    "His deputy, Karla Vint, took over the quay the next spring.",
]
BATTLE = [
    "The northern militia defeated the river barons at Tollmark in 1702.",
    "The barons retreated to the hills and paid tribute for ten years.",
]
OTHER = [
    "The weavers of Dunsey sold linen at the autumn fair.",
    "Their cloth was known for its blue thread.",
    "A new bridge over the Dunsey was opened in 1710.",
]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("harbor", HARBOR), one_paragraph_document("battle", BATTLE), one_paragraph_document("other", OTHER)]
    path = tmp_path / "r.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)




def test_relatives_weigh_less_than_the_word(kb) -> None:
    q, weights, aliases = asked(kb, "When did the harbour master die?")
    found = retrieve.concepts(q, weights, aliases, _inflections_of(q))
    assert found["die"]["die"] == 1.0
    assert 0 < found["die"]["death"] < 1.0  # a derived form, below the word itself


def test_the_section_of_a_relative_ranks_first(kb) -> None:
    # "lost" (lose) is no word of the passage; "defeated" is a relative through WordNet's links
    q, weights, aliases = asked(kb, "Who lost the fight at Tollmark?")
    scores = retrieve.section_scores(kb, q, retrieve.concepts(q, weights, aliases, _inflections_of(q)))
    best = retrieve.best_sections(scores)
    assert best and best[0][0] == "battle"


def test_best_sections_keep_only_close_scores() -> None:
    scores = {("a", "s"): 10.0, ("b", "s"): 6.0, ("c", "s"): 1.0}
    assert retrieve.best_sections(scores) == [("a", "s"), ("b", "s")]
    assert retrieve.best_sections({}) == []


def test_follower_of_a_section_hit_is_examined(kb) -> None:
    q, weights, aliases = asked(kb, "Who became harbour master after 1688?")
    sentences, _titles = covered(kb, q, weights, aliases)
    pool = examined(kb, sentences)
    assert any("Karla Vint" in s.text for s in pool)  # "His deputy … took over": the sentence after the hit


def test_chosen_adds_followers_with_the_hit_coverage() -> None:
    hit = Sentence(5, "d", "A", 0, 10, "A hit.", -1.0, coverage=0.5, section_order=0)
    rows = {5: {"id": 5, "document": "d", "block": "b1", "start": 0, "end": 10, "text": "A hit."},
            6: {"id": 6, "document": "d", "block": "b1", "start": 11, "end": 20, "text": "He went."},
            7: {"id": 7, "document": "d", "block": "b2", "start": 21, "end": 30, "text": "Elsewhere."}}
    out = retrieve.chosen([hit], [], lambda ids: [rows[i] for i in ids if i in rows])
    assert [s.id for s in out] == [5, 6]  # the next paragraph's sentence is not a follower
    assert out[1].neighbour and out[1].coverage == 0.5


def test_deeper_takes_the_next_best_covered_past_the_pool() -> None:
    def sentence(i: int, coverage: float) -> Sentence:
        return Sentence(i, "d", "A", 0, 5, "Text.", -1.0, coverage=coverage)

    ranked = [sentence(1, 0.6), sentence(2, 0.5), sentence(3, 0.32), sentence(4, 0.25), sentence(5, 0.1)]
    out = retrieve.deeper(ranked, ranked[:2])
    assert [s.id for s in out] == [3]  # 0.25 covers less than half the best; the pool's own are not taken again
    assert out[0].added  # a weaker lead, as the section stage's sentences
    assert retrieve.deeper([], []) == []


def test_pair_query_asks_for_two_words_in_any_of_their_forms(kb) -> None:
    # only a sentence holding two of the question's words in some form: "sold … Dunsey", not "cloth" (a synonym
    # of "fabric") alone nor "Dunsey" alone
    q, weights, aliases = asked(kb, "What fabric did Dunsey sell?")
    expr = retrieve.pair_query(q, retrieve.concepts(q, weights, aliases, _inflections_of(q)))
    assert " AND " in expr and '"dunsey"' in expr
    rows = kb.ranked_sentences(expr, 5)
    assert rows and all("Dunsey" in r["text"] for r in rows)


def test_pair_query_needs_two_words(kb) -> None:
    q, weights, aliases = asked(kb, "Who is Tollmark?")
    assert retrieve.pair_query(q, retrieve.concepts(q, weights, aliases, _inflections_of(q))) == ""


def test_ask_still_abstains_on_an_unknown_name(kb) -> None:
    assert ask(kb, "When did Zarkovian pirates burn Orvik?")["answer"] is None


def test_section_sizes_cache_is_safe_across_threads_and_rebuilds() -> None:
    """A server's threads share the cache while the database is swapped under them."""
    import threading
    import time

    from vitrina.qa import retrieve

    class Alternating:
        """A knowledge base whose content changes on every other call, like a rebuilt exhibit."""

        def __init__(self) -> None:
            self.calls = 0

        def content_key(self) -> tuple[tuple[str, str], ...]:
            self.calls += 1
            return (("d", str(self.calls % 3)),)

        def section_sizes(self) -> list[tuple[str, str | None, int]]:
            time.sleep(0.001)  # widen the window between reading and storing
            return [("d", "s1", 4), ("d", None, 1)]

    kb = Alternating()
    failures: list[BaseException] = []

    def ask_many() -> None:
        try:
            for _ in range(200):
                assert retrieve._sizes(kb) == {("d", "s1"): 4, ("d", None): 1}  # type: ignore[arg-type]
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=ask_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(retrieve._SIZES) <= retrieve._SIZES_KEPT


def _looks(monkeypatch, answers: list[str | None], weak: bool = False) -> list[bool]:
    """Replace ask's look with one giving ``answers`` in turn (``weak``: each examined nothing); the looks taken
    (their ``wider``)."""
    taken: list[bool] = []

    def look(conn, q, weights, aliases, result, explain, wider=False):
        taken.append(wider)
        return {**result, "answer": answers[len(taken) - 1], "citations": [len(taken)],
                **({ask_module.WEAK: True} if weak else {})}
    monkeypatch.setattr(ask_module, "_answered", look)
    return taken


def test_an_answer_of_the_first_look_stands(kb, monkeypatch) -> None:
    monkeypatch.setitem(ask_module.DEEPER, "first_look", 0)  # a narrow first look, then a wide one
    taken = _looks(monkeypatch, ["Karla Vint", "other"])
    assert ask(kb, "Who took over the quay?")["answer"] == "Karla Vint" and taken == [False]


def test_no_second_look_when_switched_off(kb, monkeypatch) -> None:
    monkeypatch.setitem(ask_module.DEEPER, "first_look", 0)  # a narrow first look, then a wide one
    monkeypatch.setitem(ask_module.DEEPER, "second_look", 0)
    taken = _looks(monkeypatch, [None, "Karla Vint"])
    assert ask(kb, "Who took over the quay?")["answer"] is None and taken == [False]


def test_a_withheld_answer_gets_a_wider_second_look(kb, monkeypatch) -> None:
    monkeypatch.setitem(ask_module.DEEPER, "first_look", 0)  # a narrow first look, then a wide one
    monkeypatch.setitem(ask_module.DEEPER, "second_look", 1)
    taken = _looks(monkeypatch, [None, "Karla Vint"])
    assert ask(kb, "Who took over the quay?")["answer"] == "Karla Vint" and taken == [False, True]
    taken = _looks(monkeypatch, [None, None])
    assert ask(kb, "Who took over the quay?")["citations"] == [1]  # nothing more found: the first look stands


def test_only_a_first_look_that_examined_nothing_gets_the_weak_second_look(kb, monkeypatch) -> None:
    monkeypatch.setitem(ask_module.DEEPER, "first_look", 0)
    monkeypatch.setitem(ask_module.DEEPER, "second_look", 0)
    monkeypatch.setitem(ask_module.DEEPER, "weak_look", 1)
    taken = _looks(monkeypatch, [None, "Karla Vint"], weak=True)
    found = ask(kb, "Who took over the quay?")
    assert found["answer"] == "Karla Vint" and taken == [False, True] and ask_module.WEAK not in found
    taken = _looks(monkeypatch, [None, "Karla Vint"])  # the first look examined sentences and withheld: it stands
    assert ask(kb, "Who took over the quay?")["answer"] is None and taken == [False]


def test_a_look_with_no_sentence_covered_enough_is_weak(kb) -> None:
    q, weights, aliases = asked(kb, "Who painted the lighthouse of Quorra?")
    looked = ask_module._answered(kb, q, weights, aliases, {"answer": None, "confidence": 0.0, "citations": []},
                                  False)
    assert looked["answer"] is None and looked.get(ask_module.WEAK) is True
    assert ask_module.WEAK not in ask(kb, "Who painted the lighthouse of Quorra?")


def test_a_fresh_second_look_skips_what_the_first_examined(kb, monkeypatch) -> None:
    q, weights, aliases = asked(kb, "Who took over the quay?")
    empty = {"answer": None, "confidence": 0.0, "citations": []}
    first = ask_module._answered(kb, q, weights, aliases, dict(empty), False)
    assert first[ask_module.POOL]
    again = ask_module._answered(kb, q, weights, aliases, dict(empty), False, wider=True,
                                 skip=first[ask_module.POOL])
    assert not again.get(ask_module.POOL, frozenset()) & first[ask_module.POOL]
    skipped: list[frozenset[int]] = []

    def look(conn, q, weights, aliases, result, explain, wider=False, skip=frozenset()):
        skipped.append(skip)
        return {**result, "answer": None, ask_module.POOL: frozenset({7, 8})}
    monkeypatch.setattr(ask_module, "_answered", look)
    monkeypatch.setitem(ask_module.DEEPER, "first_look", 0)
    monkeypatch.setitem(ask_module.DEEPER, "second_look", 1)
    monkeypatch.setitem(ask_module.DEEPER, "fresh", 1)
    found = ask(kb, "Who took over the quay?")
    assert skipped == [frozenset(), frozenset({7, 8})] and ask_module.POOL not in found


def test_the_second_look_examines_deeper(kb) -> None:
    q, weights, aliases = asked(kb, "When did the weavers of Dunsey open a bridge?")
    sentences, _titles = covered(kb, q, weights, aliases, wider=True)
    assert {s.id for s in examined(kb, sentences)} <= {s.id for s in examined(kb, sentences, wider=True)}


def test_every_scored_section_gets_its_share_of_the_best_score(kb) -> None:
    q, weights, aliases = asked(kb, "Who lost the battle at Tollmark?")
    shares: dict = {}
    retrieve.section_sentences(kb, q, weights, aliases, _inflections_of(q), shares=shares)
    assert shares and max(shares.values()) == 1.0 and all(0 < v <= 1 for v in shares.values())
    sentences, _titles = covered(kb, q, weights, aliases)
    best = max(shares, key=lambda key: shares[key])
    assert all(s.section_share == shares[best] for s in sentences if (s.document, s.section) == best)


def test_a_wide_first_look_is_the_only_look(kb, monkeypatch) -> None:
    monkeypatch.setitem(ask_module.DEEPER, "first_look", 1)
    monkeypatch.setitem(ask_module.DEEPER, "second_look", 1)
    taken = _looks(monkeypatch, [None, "Karla Vint"])
    assert ask(kb, "Who took over the quay?")["answer"] is None and taken == [True]


def test_the_first_look_asks_for_pairs_of_question_words_only_when_switched_on(kb, monkeypatch) -> None:
    # the own-word and relatives' queries and the section stage fetch nothing here: only the pair query can
    monkeypatch.setattr(ask_module, "RETRIEVE", 0)
    monkeypatch.setattr(ask_module, "RETRIEVE_RELATED", 0)
    monkeypatch.setitem(retrieve.RETRIEVAL, "sections", 0)
    monkeypatch.setitem(ask_module.REFER, "on", 0)
    q, weights, aliases = asked(kb, "Who beat the barons at Tollmark?")
    monkeypatch.setitem(retrieve.RETRIEVAL, "first_pairs", 0)
    assert ask_module._retrieve(kb, q, aliases, weights) == []
    assert BATTLE[0] in [s.text for s in ask_module._retrieve(kb, q, aliases, weights, wider=True)]
    monkeypatch.setitem(retrieve.RETRIEVAL, "first_pairs", 1)
    texts = [s.text for s in ask_module._retrieve(kb, q, aliases, weights)]
    assert BATTLE[0] in texts  # "defeated … barons at Tollmark": two question words, one in another form
    assert OTHER[0] not in texts  # no question word at all


def test_the_pool_reaches_past_a_dozen_sentences_tied_at_the_best_coverage(kb) -> None:
    # many sentences of one essay hold the same question words (round 46: the stating sentence stood 16th-20th
    # among equals); ids far past the exhibit's, so no neighbour or section sentence is added
    hits = [Sentence(10_000 + 2 * i, "d", None, 0, 1, f"s{i}", -1.0, coverage=0.5) for i in range(30)]
    pool = examined(kb, hits)
    assert [s.id for s in pool] == [s.id for s in hits[:ask_module.EXAMINE]]
    assert hits[17].id in {s.id for s in pool}  # the 18th of the tied ones
    assert examined(kb, [*hits[:1], Sentence(1, "d", None, 0, 1, "low", -1.0, coverage=0.1)]) == hits[:1]  # the gap


# invented: the siege's sentences never name the town; only the section's title ("Varnholt") does
SIEGE = [
    "The siege lasted eleven weeks in the winter of 1644.",
    "The garrison surrendered when the well froze.",
]


@pytest.fixture
def titled_kb(tmp_path: Path):
    docs = [one_paragraph_document("varnholt", SIEGE), one_paragraph_document("other", OTHER),
            one_paragraph_document("battle", BATTLE)]
    path = tmp_path / "t.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_a_section_titled_with_the_question_name_is_searched_for_its_other_words(titled_kb, monkeypatch) -> None:
    monkeypatch.setitem(retrieve.RETRIEVAL, "titled", 2)
    q, _weights, _aliases = asked(titled_kb, "Why did the garrison of Varnholt surrender?")
    assert retrieve.titled_sections(titled_kb, q) == [("varnholt", "s0")]
    rows = retrieve.titled_sentences(titled_kb, q, '"garrison" OR "surrender"', set())
    assert [r["text"] for r in rows] == [SIEGE[1]]
    assert retrieve.titled_sentences(titled_kb, q, '"garrison" OR "surrender"', {rows[0]["id"]}) == []


def test_a_name_in_too_many_titles_finds_no_section(titled_kb, monkeypatch) -> None:
    monkeypatch.setitem(retrieve.RETRIEVAL, "titled_most", 0)
    q, _weights, _aliases = asked(titled_kb, "Why did the garrison of Varnholt surrender?")
    assert retrieve.titled_sections(titled_kb, q) == []
