"""The learned candidate ranking (qa/rank.py, qa/spans.py): features on invented sentences, and the
fitted tables in qa/weights.py naming only features that exist."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from vitrina.qa import rank
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse
from vitrina.qa.spans import spans
from vitrina.qa.weights import CALIBRATION, GATE, RANKER, RANKER_ADDED


def _span_texts(sentence: str, question: str) -> dict[str, dict[str, float]]:
    doc = parse(sentence)
    return {doc.text[a:b]: info for a, b, info in spans(doc, analyse(question))}


def test_subject_of_the_aligned_verb_fills_the_subject_slot() -> None:
    found = _span_texts("In 1873 General Ada Vorn replaced Marek Tal as head of the harbour guard.",
                        "Who replaced Marek Tal as head of the harbour guard?")
    assert "General Ada Vorn" in found
    info = found["General Ada Vorn"]
    assert info["span_subject"] == 1.0 and info["span_slot"] == 1.0 and info["span_anchor"] > 0
    assert found["General Ada Vorn"]["span_form"] == 1.0  # a capitalised name for "who"


def test_prepositional_object_fills_a_place_slot_without_its_preposition() -> None:
    found = _span_texts("The envoys signed the salt accord at the old customs house in 1802.",
                        "Where did the envoys sign the salt accord?")
    assert found["the old customs house"]["span_slot"] == 1.0
    assert found["at the old customs house"]["span_prep"] == 1.0


def test_a_number_suits_how_many_and_a_word_does_not() -> None:
    found = _span_texts("The guild licensed 4,500 boats that winter.", "How many boats did the guild license?")
    assert found["4,500 boats"]["span_form"] == 1.0
    assert found["that winter"]["span_form"] == 0.0


def test_question_overlap_counts_the_candidates_words_found_in_the_question() -> None:
    own = {"treaty", "sign"}
    assert rank.question_overlap("the treaty", own) == 1.0
    assert rank.question_overlap("Elsa Brandt", own) == 0.0
    assert rank.question_overlap("the treaty of Elsa", own) == 0.5


def test_softmax_shares_sum_to_one_and_keep_the_order() -> None:
    shares = rank.softmax_shares([2.0, 0.0, -1.0])
    assert abs(sum(shares) - 1) < 1e-9
    assert shares[0] > shares[1] > shares[2]


def _feature_names() -> set[str]:
    sentence = SimpleNamespace(id=1, start=0, end=20, text="Ada Vorn signed it.", missing=[], slots=[],
                               aligned=True, align_credit=1.0, other_act=False, coverage=1.0, exact=1.0, rank=-1.0,
                               heading=False, neighbour=False, follower=0, indirect=0.0)
    cand = SimpleNamespace(sentence=sentence, start=0, end=8, text="Ada Vorn", kind="person", fit=1.0, score=1.0,
                           in_slot=True, resolved=False, key="ada vorn", structure={}, edtf=None)
    q = analyse("Who signed it?")
    context = {"best_score": 1.0, "order": {1: 0}, "best_rank": -1.0, "support": {}, "own": set(), "head": set(),
               "proximity": lambda c: 1.0}
    return set(rank.features(cand, q, context)) | {"inside_larger", "holds_agreeing"} | set(rank.RELATIVE)  # ask._rank


@pytest.mark.skipif(not RANKER, reason="no fitted ranking in qa/weights.py")
def test_fitted_tables_name_only_existing_features() -> None:
    names = _feature_names()
    assert set(RANKER) <= names
    # round 39, 46: only measured inputs added beside the fit
    assert set(RANKER_ADDED) <= (set(rank.ASKED_FORM) | set(rank.ADDED_UNIT)) & names
    q = analyse("Who signed it?")
    allowed = names | set(rank.question_features(q)) | set(rank.CONFIDENCE_ONLY) | {"intercept"}
    assert set(CALIBRATION) <= allowed
    assert "intercept" in CALIBRATION
    assert set(GATE) <= allowed | set(rank.GATE_ONLY)  # the answerability gate reads the calibration's inputs


def test_the_next_sentence_of_the_same_paragraph_is_searched_too() -> None:
    from vitrina.ask import _neighbours
    from vitrina.qa.candidates import Sentence

    rows = {
        1: {"id": 1, "document": "d", "block": "p1", "text": "The guild met in 1880.", "start": 0, "end": 22},
        2: {"id": 2, "document": "d", "block": "p1", "text": "It chose Ilse Marr.", "start": 23, "end": 42},
        5: {"id": 5, "document": "d", "block": "p2", "text": "The fleet sailed.", "start": 90, "end": 107},
        6: {"id": 6, "document": "d", "block": "p3", "text": "A new chapter.", "start": 108, "end": 122},
    }
    conn = SimpleNamespace(sentence_rows=lambda ids: [rows[i] for i in ids if i in rows])
    pool = [Sentence(1, "d", "A", 0, 22, rows[1]["text"], -3.0, coverage=0.8, exact=0.7),
            Sentence(5, "d", "A", 90, 107, rows[5]["text"], -2.0, coverage=0.7)]
    found = _neighbours(conn, pool)  # type: ignore[arg-type]
    assert [s.id for s in found] == [2]  # sentence 6 opens another paragraph
    assert found[0].neighbour and found[0].coverage == 0.8 and found[0].text == "It chose Ilse Marr."
    assert (found[0].start, found[0].end) == (23, 42)


def test_the_sentences_around_the_best_retrieved_ones_are_returned_with_their_hit(monkeypatch) -> None:
    """Round 41: a question's words split over two sentences of a paragraph ("The ferry act passed in 1902. Over
    ten years the town spent £400 on it."): the sentence after (and, switched on, before) a best hit."""
    import vitrina.ask as ask_module
    from vitrina.ask import _around
    from vitrina.qa.candidates import Sentence

    rows = {
        1: {"id": 1, "document": "d", "block": "p1", "text": "The council met.", "start": 0, "end": 16},
        2: {"id": 2, "document": "d", "block": "p1", "text": "The ferry act passed in 1902.", "start": 17, "end": 46},
        3: {"id": 3, "document": "d", "block": "p1", "text": "Over ten years the town spent £400 on it.",
            "start": 47, "end": 88},
        7: {"id": 7, "document": "d", "block": "p2", "text": "Tolls rose.", "start": 120, "end": 131},
        8: {"id": 8, "document": "d", "block": "p3", "text": "A new chapter.", "start": 132, "end": 146},
    }
    conn = SimpleNamespace(sentence_rows=lambda ids: [rows[i] for i in ids if i in rows])
    hits = [Sentence(2, "d", "A", 17, 46, rows[2]["text"], -3.0, coverage=0.7),
            Sentence(7, "d", "A", 120, 131, rows[7]["text"], -2.0, coverage=0.5),
            Sentence(1, "d", "A", 0, 16, rows[1]["text"], -1.0, coverage=0.1)]
    monkeypatch.setitem(ask_module.RETRIEVAL, "around", 2)
    monkeypatch.setitem(ask_module.RETRIEVAL, "around_before", 0)
    found = _around(conn, hits)  # type: ignore[arg-type]
    assert [(s.id, hit.id) for s, hit in found] == [(3, 2)]  # 8 opens another paragraph; 1 is not a best hit
    assert found[0][0].neighbour and found[0][0].coverage == 0.0 and (found[0][0].start, found[0][0].end) == (47, 88)
    monkeypatch.setitem(ask_module.RETRIEVAL, "around", 1)
    monkeypatch.setitem(ask_module.RETRIEVAL, "around_before", 1)
    assert [(s.id, hit.id) for s, hit in _around(conn, hits)] == [(3, 2)]  # 1, before 2, was retrieved itself
    hits = hits[:2]
    assert [(s.id, hit.id) for s, hit in _around(conn, hits)] == [(3, 2), (1, 2)]  # type: ignore[arg-type]


def test_the_sentence_before_a_best_covered_one_is_searched_when_switched_on(monkeypatch) -> None:
    import vitrina.ask as ask_module
    from vitrina.ask import _neighbours
    from vitrina.qa.candidates import Sentence

    rows = {
        3: {"id": 3, "document": "d", "block": "p0", "text": "The old mill burned.", "start": 0, "end": 20},
        4: {"id": 4, "document": "d", "block": "p1", "text": "Orla, Benn and Tove met at the ford.", "start": 21,
            "end": 56},
        5: {"id": 5, "document": "d", "block": "p1", "text": "These three founded the guild.", "start": 57, "end": 87},
        9: {"id": 9, "document": "d", "block": "p2", "text": "The guild grew.", "start": 120, "end": 135},
    }
    conn = SimpleNamespace(sentence_rows=lambda ids: [rows[i] for i in ids if i in rows])
    pool = [Sentence(5, "d", "A", 57, 87, rows[5]["text"], -3.0, coverage=0.8),
            Sentence(9, "d", "A", 120, 135, rows[9]["text"], -2.0, coverage=0.6)]
    monkeypatch.setitem(ask_module.RETRIEVAL, "before", 0)
    assert _neighbours(conn, pool) == []  # type: ignore[arg-type]
    monkeypatch.setitem(ask_module.RETRIEVAL, "before", 2)
    found = _neighbours(conn, pool)  # type: ignore[arg-type]
    assert [s.id for s in found] == [4]  # sentence 3 is in another paragraph than the hit after it; 8 is not stored
    assert found[0].neighbour and found[0].coverage == 0.8


def _follower_rows() -> dict[int, dict]:
    texts = [("p1", "The guild signed the charter in 1880."), ("p1", "The charter named Ilse Marr its warden."),
             ("p1", "Its seal showed a heron."), ("p2", "The fleet sailed at dawn."), ("p2", "A storm rose."),
             ("p2", "Rain fell."), ("p3", "Nobody came."), ("p3", "The charter was lost.")]
    rows, at = {}, 0
    for i, (block, text) in enumerate(texts, start=1):
        rows[i] = {"id": i, "document": "d", "block": block, "text": text, "start": at, "end": at + len(text)}
        at += len(text) + 1
    return rows


def test_sentences_that_open_by_referring_back_to_an_examined_one_follow_it() -> None:
    from vitrina.ask import followers
    from vitrina.qa.candidates import Sentence

    rows = _follower_rows()
    conn = SimpleNamespace(sentence_rows=lambda ids: [rows[i] for i in ids if i in rows])
    pool = [Sentence(1, "d", "A", rows[1]["start"], rows[1]["end"], rows[1]["text"], -3.0, coverage=0.8, exact=0.7),
            Sentence(4, "d", "A", rows[4]["start"], rows[4]["end"], rows[4]["text"], -2.0, coverage=0.7),
            Sentence(7, "d", "A", rows[7]["start"], rows[7]["end"], rows[7]["text"], -2.0, coverage=0.6)]
    q = analyse("Whom did the guild name as warden?")
    found = followers(conn, pool, q, {w: 1.0 for w in q.content}, [], {})  # type: ignore[arg-type]
    # "The charter …" repeats a noun of sentence 1, "Its seal …" refers back; "A storm rose." does not (nor,
    # through it, "Rain fell."); "The charter was lost." repeats no noun of "Nobody came."
    assert [(s.id, s.follower) for s in found] == [(2, 1), (3, 2)]
    assert found[0].coverage >= 0.8 * 0.9 and found[1].coverage >= 0.8 * 0.8
    assert all(not s.neighbour for s in found)


def test_a_sentence_after_an_unrelated_one_does_not_follow_it() -> None:
    from vitrina.ask import _refers_back
    from vitrina.qa.candidates import Sentence

    hit = Sentence(1, "d", "A", 0, 25, "The fleet sailed at dawn.", -1.0)
    conn = SimpleNamespace()
    assert not _refers_back(conn, hit, {"text": "The harbor was empty.", "start": 26, "block": "p"})  # type: ignore[arg-type]
    assert _refers_back(conn, hit, {"text": "By noon, the fleet had turned.", "start": 26, "block": "p"})  # type: ignore[arg-type]
    assert _refers_back(conn, hit, {"text": "It reached the cape.", "start": 26, "block": "p"})  # type: ignore[arg-type]


def test_a_description_with_a_modifier_before_its_noun_refers_back() -> None:
    from vitrina.ask import _refers_back
    from vitrina.qa.candidates import Sentence

    hit = Sentence(1, "d", "A", 0, 52, "In 1880 the towns of Arlen and Bly signed a pact.", -1.0)
    conn = SimpleNamespace()
    row = {"text": "The resulting pact, drafted by Mayor Tove, became known as the Salt Compact.", "start": 53,
           "block": "p"}
    assert _refers_back(conn, hit, row)  # type: ignore[arg-type]
    row = {"text": "The harbour of Arlen froze that winter.", "start": 53, "block": "p"}
    assert not _refers_back(conn, hit, row)  # type: ignore[arg-type]  # "Arlen" is not what "The" introduces


def _head(sentence: str, part: str, question: str) -> dict[str, float]:
    """The head features of ``part`` of ``sentence``, the words aligned with the question's predicate as anchors."""
    from vitrina.qa.structure import anchors

    doc = parse(sentence)
    q = analyse(question)
    aligned = frozenset(t.i for t, _c in anchors(doc, q)) or frozenset(t.i for t in doc if t.dep_ == "ROOT")
    start = sentence.index(part)
    return rank.head_features((doc, aligned), start, start + len(part), q)


def test_a_prepositional_object_of_the_aligned_verb_fills_the_asked_place() -> None:
    sentence = "The envoys signed the salt accord at the old customs house in 1802."
    question = "Where did the envoys sign the salt accord?"
    assert _head(sentence, "the old customs house", question)["role_slot"] == 1.0
    assert _head(sentence, "the salt accord", question)["role_slot"] == 0.0  # the object: not a place


def test_the_asked_noun_or_a_kind_of_it_heads_the_answer() -> None:
    sentence = "The delegates finally ratified the Harbour Treaty after the long winter."
    found = _head(sentence, "the Harbour Treaty", "Which agreement did the delegates ratify?")
    assert found["head_kind_of"] == 1.0  # a treaty is a kind of agreement (WordNet)
    assert _head(sentence, "the long winter", "Which agreement did the delegates ratify?")["head_kind_of"] == 0.0


def test_the_head_words_kind_is_compared_with_the_expected_one() -> None:
    sentence = "The mayor met the engineer in the harbour."
    assert _head(sentence, "the engineer", "Whom did the mayor meet?")["head_category"] == 1.0  # a person
    assert _head(sentence, "the harbour", "Whom did the mayor meet?")["head_category"] == 0.0


def test_the_counted_noun_of_how_many_is_no_kind_evidence() -> None:
    sentence = "By 1890 the guild had 40 member towns."
    assert _head(sentence, "40 member towns", "How many member towns did the guild have?")["head_kind_of"] == 0.0


def test_a_count_of_something_else_than_the_asked_noun_is_marked() -> None:
    sentence = "The caravan of 30 traders crossed about 15 miles of desert in 1871."
    question = "How many traders crossed the desert?"
    assert _head(sentence, "30 traders", question)["count_mismatch"] == 0.0
    assert _head(sentence, "about 15 miles", question)["count_mismatch"] == 1.0
    assert _head(sentence, "30", question)["count_mismatch"] == 0.0  # a bare number counts nothing else
    fleet = "By May the port held 30 schooners."
    assert _head(fleet, "30 schooners", "How many vessels did the port hold?")["count_mismatch"] == 0.0  # a kind of vessel


def test_a_date_less_precise_than_the_asked_noun_does_not_fill_the_slot() -> None:
    day = analyse("On what day did the guild sign the charter?")
    assert rank.precision_short("1871", day) == 1.0
    assert rank.precision_short("1871-05", day) == 1.0
    assert rank.precision_short("1871-05-03", day) == 0.0
    assert rank.precision_short(None, day) == 1.0  # "two weeks later" is no date of a day
    assert rank.precision_short("1871", analyse("In which year did the guild sign the charter?")) == 0.0
    assert rank.precision_short("1871", analyse("When did the guild sign the charter?")) == 0.0  # no noun asked
    assert rank.date_precision("1871-05/1871-06-02") == 2  # an interval: its less precise end


def test_the_spread_of_the_pooled_shares() -> None:
    one = rank.spread([1.0])
    assert one["share"] == 1.0 and one["margin"] == 1.0 and one["entropy"] == 0.0
    flat, peaked = rank.spread([0.25] * 4), rank.spread([0.85, 0.05, 0.05, 0.05])
    assert abs(flat["entropy"] - 1.0) < 1e-9 and peaked["entropy"] < flat["entropy"]
    assert abs(peaked["margin"] - 0.8) < 1e-9 and abs(peaked["top3"] - 0.95) < 1e-9
    assert rank.spread([0.5, 0.5])["candidates"] < flat["candidates"]
    values = rank.confidence_values({"coverage": 0.6, "coverage_gap": 0.2}, {}, [0.7, 0.3])
    assert abs(values["best_coverage"] - 0.8) < 1e-9


def test_nesting_marks_a_name_inside_a_filled_slot_and_the_phrase_holding_it() -> None:
    s = SimpleNamespace(id=1)
    whole = SimpleNamespace(sentence=s, start=10, end=30, kind="span", in_slot=True, structure={})
    name = SimpleNamespace(sentence=s, start=20, end=30, kind="place", in_slot=False, structure={})
    other = SimpleNamespace(sentence=SimpleNamespace(id=2), start=0, end=40, kind="span", in_slot=True, structure={})
    nested = rank.nesting([whole, name, other], "place")
    assert nested[id(name)] == (1.0, 0.0)  # inside the filled slot
    assert nested[id(whole)] == (0.0, 1.0)  # holds a place
    assert nested[id(other)] == (0.0, 0.0)  # another sentence


def test_kind_of_reads_wordnet_hypernyms() -> None:
    from vitrina.qa.lexical import kind_of

    assert kind_of("treaty", "agreement")
    assert kind_of("cruisers", "ship")  # through its base form
    assert not kind_of("harbour", "agreement")


def test_a_sentence_without_the_asked_predicate_is_marked() -> None:
    q = analyse("When was Ada Vorn born?")
    sentence = SimpleNamespace(id=1, start=0, end=30, text="Ada Vorn sailed on May 2, 1850.",
                               missing=[("born", 3.0)], slots=[], aligned=False, align_credit=0.0, other_act=False,
                               coverage=0.6, exact=0.6, rank=-1.0, heading=False, neighbour=False, follower=0, indirect=0.0)
    cand = SimpleNamespace(sentence=sentence, start=19, end=30, text="May 2, 1850", kind="date", edtf="1850", fit=1.0, score=1.0,
                           in_slot=False, resolved=False, key="may 2, 1850", structure={})
    context = {"best_score": 1.0, "order": {1: 0}, "best_rank": -1.0, "support": {}, "own": set(), "head": set(),
               "proximity": lambda c: 1.0, "total_weight": 6.0}
    found = rank.features(cand, q, context)
    assert found["predicate_missing"] == 1.0
    assert found["missing_content"] == 0.5 and found["missing_top"] == 0.5


def test_a_clause_is_also_read_without_the_marker_opening_it() -> None:
    found = _span_texts("The mill closed early because the river had frozen over.", "Why did the mill close early?")
    assert "the river had frozen over" in found
    assert found["the river had frozen over"]["span_part"] == 1.0
    assert found["because the river had frozen over"]["span_part"] == 0.0


def test_a_noun_phrase_is_also_read_without_its_apposition() -> None:
    found = _span_texts("The council chose Orla Penn, a weaver from the hills, as its speaker.",
                        "Whom did the council choose as its speaker?")
    assert found["Orla Penn"]["span_object"] == 1.0
    assert "a weaver from the hills" in found


def test_a_phrase_of_the_asked_kind_is_read_where_the_question_does_not_align() -> None:
    found = _span_texts("Traders built a depot, which they stocked with furs, at the bend of the Lark River.",
                        "Where was the fur depot located?")
    assert found["at the bend of the Lark River"]["span_slot"] == 1.0


def test_the_shown_confidence_follows_the_calibration_map_and_keeps_0_8_for_the_band() -> None:
    knots = [(0.2, 0.05), (0.5, 0.45), (0.7, 0.9), (0.9, 0.97)]
    assert rank.displayed(0.6, knots, 0.85) == pytest.approx(0.675)  # halfway between two knots
    assert rank.displayed(0.1, knots, 0.85) == 0.05  # below the first knot: its value
    assert rank.displayed(0.8, knots, 0.85) == pytest.approx(0.79)  # 0.935 by the map, but outside the band
    assert rank.displayed(0.86, knots, 0.85) >= 0.8
    assert rank.displayed(0.95, knots, 1.01) < 0.8  # no band: nothing is shown as confident
    assert rank.displayed(0.42, [], 1.0) == 0.42  # no map: the learned confidence itself
    shown = [rank.displayed(x / 100, knots, 0.85) for x in range(101)]
    assert shown == sorted(shown)  # the order of the answers is kept


def test_sentence_features_read_context_length_ending_and_the_gap_to_the_best() -> None:
    q = analyse("When did Ada Vorn open the ferry line?")
    caption = SimpleNamespace(id=2, start=0, end=25, text="Ada Vorn's ferry line, 1850", missing=[("open", 3.0)],
                              slots=[], aligned=False, align_credit=0.0, other_act=False, coverage=0.7, exact=0.7,
                              rank=-1.0, heading=False, neighbour=False, follower=0, indirect=0.25)
    cand = SimpleNamespace(sentence=caption, start=23, end=27, text="1850", kind="date", edtf="1850", fit=1.0, score=1.0,
                           in_slot=False, resolved=False, key="1850", structure={})
    context = {"best_score": 1.0, "order": {2: 1}, "best_rank": -1.0, "support": {}, "own": set(), "head": set(),
               "proximity": lambda c: 1.0, "total_weight": 6.0, "best_coverage": 0.9}
    found = rank.features(cand, q, context)
    assert found["indirect"] == 0.25 and found["coverage_gap"] == pytest.approx(0.2)
    assert found["terminal"] == 0.0  # a caption: no full stop
    assert 0 < found["sentence_length"] < 0.5
    caption.text = "Ada Vorn opened the ferry line in 1850, after a winter of storms had closed the old road."
    assert rank.features(cand, q, context)["terminal"] == 1.0
    assert rank.features(cand, q, context)["sentence_length"] > found["sentence_length"]


def test_argument_match_reads_the_participants_of_the_aligned_verb() -> None:
    q = analyse("When did Ada Vorn proclaim the blockade of the northern ports?")
    assert q.subject == {"ada", "vorn"} and "blockade" in q.objects

    def match(sentence: str, verb: str) -> float:
        doc = parse(sentence)
        return rank.argument_match((doc, frozenset(t.i for t in doc if t.lower_ == verb)), q)

    assert match("Ada Vorn sided with her council and proclaimed the blockade on April 19.", "proclaimed") == 1.0
    assert match("By July the navy had established blockades of all the northern ports.", "established") < 0.5
    assert rank.argument_match(None, q) == 0.0


def test_a_date_short_of_the_asked_precision_keeps_part_of_the_confidence() -> None:
    from vitrina.qa.weights import CONFIDENCE

    assert rank.unfilled({"precision_short": 1.0}) == CONFIDENCE["precision_short"] < 1.0
    assert rank.unfilled({"precision_short": 0.0}) == rank.unfilled({}) == 1.0


def test_evidence_inputs_read_the_asked_act_and_the_asked_kind() -> None:
    asks = {"asks_date": 1.0}
    filled = rank.evidence({"aligned": 1.0, "in_slot": 0.0, "role_slot": 1.0}, asks)
    assert filled["event_slot"] == 1.0 and filled["unaligned_date"] == 0.0
    elsewhere = rank.evidence({"aligned": 0.0, "in_slot": 1.0}, asks)  # a date from a sentence without the act
    assert elsewhere["event_slot"] == 0.0 and elsewhere["unaligned_date"] == 1.0
    assert elsewhere["unaligned_person"] == 0.0  # only the asked kind
    assert set(filled) <= set(rank.CONFIDENCE_ONLY)


def _near_miss(question: str, sentence: str, answer: str, missing: frozenset[str] = frozenset()) -> dict[str, float]:
    doc = parse(sentence)
    start = sentence.index(answer)
    return rank.near_miss((doc, frozenset()), start, start + len(answer), analyse(question), set(missing))


def test_the_asked_noun_left_unnamed_beside_another_name_marks_a_near_miss() -> None:
    unnamed = _near_miss("Who was the harbour pilot who went along on the survey?",
                         "The survey party (the clerk Ada Vorn, the cook and a harbour pilot) left at dawn.", "Ada Vorn")
    assert unnamed["asked_unnamed"] == 1.0
    named = _near_miss("Which harbour pilot guided the survey?",
                       "Harbour pilot Ada Vorn guided the survey past the shoals.", "Ada Vorn")
    assert named["asked_unnamed"] == 0.0  # "pilot Ada Vorn": the noun names the answer (compound)
    apposed = _near_miss("Who was the harbour pilot who guided the survey?",
                         "The harbour pilot, Ada Vorn, guided the survey past the shoals.", "Ada Vorn")
    assert apposed["asked_unnamed"] == 0.0
    of_phrase = _near_miss("Which river town was the main sticking point?",
                           "The talks centred on the river town of Kell in the northern hills.", "Kell")
    assert of_phrase["asked_unnamed"] == 0.0  # "the town of X" names the town
    excepted = _near_miss("Which guild refused to sign the charter?",
                          "Every guild except the Tanners signed the charter.", "the Tanners")
    assert excepted["asked_unnamed"] == 0.0


def test_the_asked_nouns_modifiers_absent_from_the_sentence_are_counted() -> None:
    assert rank.asked_modifiers("Which northern river did the guild dredge?", "river") == ("northern",)
    q = "Which northern river did the guild dredge?"
    s = "The guild dredged the Tarn in 1820."
    assert _near_miss(q, s, "the Tarn", frozenset({"northern"}))["qualifier_missing"] == 1.0
    assert _near_miss(q, s, "the Tarn")["qualifier_missing"] == 0.0


def test_a_bounded_number_is_approximate_and_a_plain_one_is_not() -> None:
    q = "How many boats did the guild license?"
    assert _near_miss(q, "The guild licensed nearly 40 boats that winter.", "40 boats")["approximate"] == 1.0
    assert _near_miss(q, "The guild licensed 40 boats that winter.", "40 boats")["approximate"] == 0.0


def _statement(question: str, sentence: str, answer: str, verb: str, missing: frozenset[str] = frozenset(),
               aligned: bool = True) -> dict[str, float]:
    doc = parse(sentence)
    start = sentence.index(answer)
    anchors = frozenset(t.i for t in doc if t.lower_ == verb)
    return rank.statement((doc, anchors), start, start + len(answer), analyse(question), set(missing), aligned)


def test_the_questions_constraints_are_its_numbers_ordinals_and_superlatives() -> None:
    assert rank.question_constraints("Who led the first survey of the Tarn in 1820?", "", frozenset()) == ("first", "1820")
    assert rank.question_constraints("Which two guilds signed the charter?", "guild", frozenset()) == ()  # the count asked
    assert rank.question_constraints("Who built the largest ferry?", "", frozenset()) == ("largest",)
    assert rank.question_constraints("Who led the guild when it moved in 1820?", "", frozenset({"1820"})) == ()


def test_an_ordinal_the_sentence_does_not_state_is_a_missing_constraint() -> None:
    q = "Who led the first survey of the Tarn?"
    other = _statement(q, "Ada Vorn led a survey of the Tarn in 1820.", "Ada Vorn", "led")
    assert other["constraint_missing"] == 1.0
    stated = _statement(q, "Ada Vorn led the first survey of the Tarn in 1820.", "Ada Vorn", "led")
    assert stated["constraint_missing"] == 0.0


def test_a_sentence_stating_only_other_years_conflicts_with_the_asked_year() -> None:
    q = "Who led the survey of the Tarn in 1820?"
    assert _statement(q, "Ada Vorn led the survey of the Tarn in 1832.", "Ada Vorn", "led",
                      frozenset({"1820"}))["year_conflict"] == 1.0
    assert _statement(q, "Ada Vorn led the survey of the Tarn in 1820.", "Ada Vorn", "led")["year_conflict"] == 0.0
    assert _statement(q, "Ada Vorn led the survey of the Tarn.", "Ada Vorn", "led",
                      frozenset({"1820"}))["year_conflict"] == 0.0  # no year stated: missing, not conflicting


def test_a_candidate_reached_from_the_asked_verb_only_through_another_clause_is_not_governed_by_it() -> None:
    q = "Who founded the guild?"
    s = "Ada Vorn, who had come from Kell, founded the guild."
    assert _statement(q, s, "Ada Vorn", "founded")["governed"] == 1.0
    crossed = _statement(q, s, "Kell", "founded")
    assert crossed["governed"] == 0.0 and crossed["clause_crossed"] == 1.0
    assert _statement(q, s, "Ada Vorn", "founded", aligned=False)["governed"] == 0.0  # no counterpart of "founded"


def test_another_document_stating_another_answer_in_the_slot_is_a_rival() -> None:
    from types import SimpleNamespace

    def cand(document: str, text: str, slot: float) -> SimpleNamespace:
        return SimpleNamespace(sentence=SimpleNamespace(document=document), key=text.lower(), text=text,
                               features={"aligned": 1.0, "agrees": 1.0, "in_slot": slot})

    ada, lind, bo = cand("a", "Ada Lind", 1.0), cand("b", "Lind", 1.0), cand("b", "Bo Vorn", 1.0)
    found = rank.rivals([ada, lind, bo])
    assert found[id(ada)] == 1.0  # Bo Vorn, in another document
    assert found[id(bo)] == 1.0
    assert rank.rivals([ada, lind])[id(ada)] == 0.0  # "Lind" is the same person
    assert rank.rivals([ada, cand("b", "Bo Vorn", 0.0)])[id(ada)] == 0.0  # outside the slot: no statement


def test_a_sentence_stating_the_relation_the_other_way_round_reverses_the_roles() -> None:
    q = analyse("Who replaced Ada Vorn as head of the guild?")

    def reversed_in(sentence: str) -> bool:
        doc = parse(sentence)
        return rank.reversed_roles(doc, frozenset(t.i for t in doc if t.lower_ == "replaced"), q)

    assert reversed_in("In 1820 Bo Lind was replaced by Ada Vorn as head of the guild.")  # Ada Vorn is the doer
    assert not reversed_in("In 1820 Bo Lind replaced Ada Vorn as head of the guild.")
    assert not reversed_in("In 1820 Ada Vorn was replaced by Bo Lind as head of the guild.")


def test_the_asked_noun_or_a_kind_of_it_in_the_sentence() -> None:
    doc = parse("The minister signed the treaty with Ada Vorn.")
    assert rank.asked_in(doc, "official")  # a minister is an official (WordNet)
    assert not rank.asked_in(doc, "river")


def test_the_asked_relational_noun_naming_the_candidate_ties_it() -> None:
    q = analyse("Who was the captain of the Tarn?")

    def tied(sentence: str) -> float:
        doc = parse(sentence)
        start = sentence.index("Ada Vorn")
        return rank.statement((doc, frozenset()), start, start + 8, q, set(), False)["asked_tied"]

    assert tied("In 1820 Ada Vorn was the captain of the Tarn.") == 1.0  # copula
    assert tied("Captain Ada Vorn sailed the Tarn at dawn.") == 1.0  # compound
    assert tied("Ada Vorn and the captain of the Tarn sailed at dawn.") == 0.0  # another person


def test_a_candidate_after_a_naming_word_is_named_by_it() -> None:
    cases = [("Code-named Operation Heron, the raid began.", "Operation Heron", 1.0),
             ("The levy, better known as the Harbor Toll, lapsed.", "the Harbor Toll", 1.0),
             ("Critics called it “the Gull Plan” at once.", "the Gull Plan", 1.0),
             ("The fleet sailed to Lerwick in May.", "Lerwick", 0.0),
             ("They saw it Monday.", "Monday", 0.0)]
    for text, part, expected in cases:
        assert rank.named_by(text, text.index(part)) == expected, text


def test_a_naming_question_says_so_to_the_confidence() -> None:
    assert rank.question_features(analyse("What was the raid code-named?"))["asks_name"] == 1.0
    assert rank.question_features(analyse("What was the name of the raid?"))["asks_name"] == 1.0
    assert rank.question_features(analyse("Who led the raid?"))["asks_name"] == 0.0


def test_frame_features_read_the_filled_slot_its_participants_and_where_the_sentence_came_from() -> None:
    q = analyse("Who did Ada Vorn appoint as harbour master?")
    sentence = SimpleNamespace(added=True, elsewhere=["vorn"])
    out = {"in_slot": 1.0, "role_slot": 0.0, "agrees": 1.0, "argument_match": 0.5, "aligned": 1.0, "coverage": 0.8}
    found = rank.frame_features(out, sentence, q)
    assert found["section_stage"] == 1.0
    assert 0 < found["names_elsewhere"] < 1  # one of the question's names only in the context
    assert found["slot_agrees"] == 1.0 and found["frame_filled"] == 0.5
    assert found["aligned_coverage"] == pytest.approx(0.8)
    unaligned = rank.frame_features({**out, "in_slot": 0.0, "aligned": 0.0}, SimpleNamespace(), q)
    assert unaligned["slot_agrees"] == unaligned["frame_filled"] == unaligned["aligned_coverage"] == 0.0
    assert unaligned["section_stage"] == unaligned["names_elsewhere"] == 0.0


def test_the_gate_reads_the_best_answers_own_score_scaled_and_bounded() -> None:
    values = {"share": 0.5}
    low, high = rank.gate_values(values, -5.0), rank.gate_values(values, 12.0)
    assert low["share"] == high["share"] == 0.5  # the calibration's inputs pass through
    assert low["top_score"] < 0 < high["top_score"] <= 3.0
    assert rank.gate_values(values, 1e9)["top_score"] == rank.gate_values(values, 30.0)["top_score"]


def _holds(question: str, sentence: str, missing: frozenset[str] = frozenset(), coverage: float = 0.8
           ) -> dict[str, float]:
    doc = parse(sentence)
    s = SimpleNamespace(text=sentence, coverage=coverage)
    return rank.holds((doc, frozenset()), s, analyse(question), set(missing), 1.0)


def test_a_sentence_holds_the_questions_year_names_asked_noun_and_constraints() -> None:
    q = "Which ferry did Ada Vorn launch first in 1820?"
    held = _holds(q, "In 1820 Ada Vorn first launched the ferry Tarn Belle.")
    assert held["holds_year"] == held["holds_names"] == held["holds_asked"] == 1.0
    lacking = _holds(q, "Vorn launched a boat in 1832.", frozenset({"ada", "ferry", "1820"}))
    assert lacking["holds_year"] == 0.0
    assert lacking["holds_names"] == 0.5  # one of the question's two name words
    assert lacking["holds_asked"] == 0.0  # neither "ferry" nor a kind of ferry
    assert _holds("Who launched the ferry?", "Ada Vorn launched it.")["holds_year"] == 1.0  # no year asked


def _cand(sid: int, **held: float) -> SimpleNamespace:
    return SimpleNamespace(sentence=SimpleNamespace(id=sid), features={f"holds_{k}": v for k, v in held.items()})


def test_relative_features_compare_a_sentence_with_the_other_examined_ones() -> None:
    best = _cand(1, year=0.0, coverage=0.9)  # best covered, without the asked year
    stating = _cand(2, year=1.0, coverage=0.7)
    also = _cand(2, year=1.0, coverage=0.7)  # a second candidate of the same sentence
    found = [best, stating, also]
    rank.relative(found)
    assert stating.features["alone_year"] == also.features["alone_year"] == 1.0  # it alone holds the year
    assert stating.features["over_best_year"] == 1.0
    assert best.features["alone_year"] == best.features["over_best_year"] == -1.0
    assert best.features["alone_coverage"] == pytest.approx(0.2)
    assert stating.features["over_best_coverage"] == pytest.approx(-0.2)
    lone = _cand(3, year=1.0, coverage=0.5)
    rank.relative([lone])
    assert lone.features["alone_year"] == lone.features["over_best_coverage"] == 0.0  # nothing to compare with


def test_the_sentences_section_and_document_shares_are_read() -> None:
    q = analyse("When did Ada Vorn open the ferry line?")
    line = SimpleNamespace(id=2, start=0, end=40, text="Ada Vorn opened the ferry line in 1850.", missing=[],
                           slots=[], aligned=False, align_credit=0.0, other_act=False, coverage=0.9, exact=0.9,
                           rank=-1.0, heading=False, neighbour=False, follower=0, indirect=0.0, document="ferries",
                           section_share=0.5)
    cand = SimpleNamespace(sentence=line, start=34, end=38, text="1850", kind="date", edtf="1850", fit=1.0, score=1.0,
                           in_slot=False, resolved=False, key="1850", structure={})
    context = {"best_score": 1.0, "order": {2: 0}, "best_rank": -1.0, "support": {}, "own": set(), "head": set(),
               "proximity": lambda c: 1.0, "total_weight": 6.0, "best_coverage": 0.9,
               "documents": {"ferries": 3, "roads": 1}}
    found = rank.features(cand, q, context)
    assert found["section_share"] == 0.5 and found["document_share"] == pytest.approx(0.75)
    del context["documents"]
    assert rank.features(cand, q, context)["document_share"] == 0.0  # no pool given: nothing to compare with


def _asked_form(question: str, sentence: str, answer: str, kind: str, verb: str | None = None) -> dict[str, float]:
    doc = parse(sentence)
    anchors = frozenset(t.i for t in doc if verb is not None and t.lower_ == verb)
    start = sentence.index(answer)
    return rank.asked_form((doc, anchors), start, start + len(answer), kind, analyse(question))


def test_a_count_asked_wants_as_many_conjoined_members() -> None:
    q = "Which two guilds boycotted the salt fair?"
    s = "The tanners and the coopers boycotted the salt fair, while the weavers sent a delegate."
    both = _asked_form(q, s, "The tanners and the coopers", "list", "boycotted")
    one = _asked_form(q, s, "the weavers", "named", "boycotted")
    assert both["members_match"] == 1.0 and both["members_short"] == 0.0
    assert one["members_short"] == 1.0 and one["members_match"] == 0.0
    three = _asked_form("Which three guilds boycotted the salt fair?", s, "The tanners and the coopers", "list")
    assert three["members_short"] == 1.0 and three["members_match"] == 0.0  # two of the three asked
    assert rank.asked_count("Which two guilds boycotted the fair?", "guild") == 2
    assert rank.asked_count("Which guilds boycotted the fair?", "guild") == 0


def test_a_single_answer_is_not_measured_for_members() -> None:
    found = _asked_form("Which guild boycotted the salt fair?", "The tanners boycotted the salt fair.", "The tanners",
                        "named", "boycotted")
    assert found["members_short"] == found["members_match"] == 0.0


def test_the_asked_noun_is_answered_by_a_kind_next_to_it_not_by_a_person() -> None:
    q = "Which law closed the harbour of Vessmark to foreign grain?"
    s = "The Harbour Closure Act, drafted by Senator Ilse Marrow, closed the harbour of Vessmark to foreign grain."
    act = _asked_form(q, s, "The Harbour Closure Act", "named", "closed")
    person = _asked_form(q, s, "Senator Ilse Marrow", "person", "closed")
    assert act["kind_near"] == 1.0 and act["kind_clash"] == 0.0  # an act and a law: both legal documents
    assert person["kind_near"] == 0.0 and person["kind_clash"] == 1.0


def test_a_person_noun_asked_clashes_with_a_place_or_a_date() -> None:
    q = "Which envoy did the regent send to Vessmark?"
    s = "In 1791 the regent sent Oren Palk to Vessmark."
    assert _asked_form(q, s, "Oren Palk", "person", "sent")["kind_clash"] == 0.0
    assert _asked_form(q, s, "Vessmark", "place", "sent")["kind_clash"] == 1.0
    assert _asked_form(q, s, "1791", "date", "sent")["kind_clash"] == 1.0


def test_the_candidates_role_beside_the_questions_verb_and_names() -> None:
    q = "Who signed for Vessmark?"
    s = "Oren Palk signed for Vessmark, and Ilse Marrow signed for the river towns."
    signer = _asked_form(q, s, "Oren Palk", "person", "signed")
    other = _asked_form(q, s, "Ilse Marrow", "person", "signed")
    party = _asked_form(q, s, "Vessmark", "place", "signed")
    assert signer["beside_asked"] == 1.0 and signer["role_other"] == 0.0  # the signer beside "for Vessmark"
    assert other["beside_asked"] == 0.0  # a signer, for someone else
    assert party["role_other"] == 1.0  # the one signed for, not the signer


def test_the_asked_form_features_are_measured_inputs_only() -> None:
    assert set(rank.ASKED_FORM) <= set(rank.PROPOSED)  # bench/fit_ask.py --rank-add NAME reads them
    assert all(rank.describe(name) != name for name in rank.ASKED_FORM)


def test_a_name_asked_for_a_group_is_one_name_unless_it_counts_them() -> None:
    s = "The raiders, called corsairs and freebooters, sailed from Tarn."
    q = "What were the raiders who sailed from Tarn called?"
    both = _asked_form(q, s, "corsairs and freebooters", "list", "called")
    assert both["members_match"] == 0.0 and both["members_short"] == 0.0  # one name for them all is asked
    counted = _asked_form("What were the two ships that sailed from Tarn called?",
                          "The two ships, the Osprey and the Wren, sailed from Tarn.", "the Osprey and the Wren", "list",
                          "sailed")
    assert counted["members_match"] == 1.0


def test_without_kinds_only_the_members_are_read() -> None:
    doc = parse("The tanners and the coopers boycotted the salt fair.")
    q = analyse("Which two guilds boycotted the salt fair?")
    found = rank.asked_form((doc, frozenset()), 0, 27, "list", q, kinds=False)
    assert found["members_match"] == 1.0
    assert all(found[name] == 0.0 for name in rank.ASKED_KIND)


def test_unit_fits_reads_the_noun_ending_a_quantity_against_the_asked_unit() -> None:
    long = analyse("How long did the siege of the hill fort last?")
    assert rank.unit_fits("eleven weeks", long) == 1.0  # a time period for a duration
    assert rank.unit_fits("the northern gate", long) == 0.0
    assert rank.unit_fits("three kilometres", analyse("How far is the beacon from the harbour?")) == 1.0
    many = analyse("How many rowers drowned in the gale?")
    assert rank.unit_fits("some 40 rowers", many) == 1.0  # the counted noun itself
    assert rank.unit_fits("40 barrels", many) == 0.0  # a count of something else
    assert rank.unit_fits("1,200", many) == 0.0  # no noun: no evidence either way
    assert rank.unit_fits("two masons", analyse("Who built the beacon?")) == 0.0  # no quantity asked



def test_duration_marks_an_amount_of_time_for_a_how_long_question() -> None:
    def duration(text: str, question: str) -> float:
        sentence = SimpleNamespace(id=1, start=0, end=len(text), text=text, missing=[], slots=[], aligned=True,
                                   align_credit=1.0, other_act=False, coverage=1.0, exact=1.0, rank=-1.0,
                                   heading=False, neighbour=False, follower=0, indirect=0.0)
        cand = SimpleNamespace(sentence=sentence, start=0, end=len(text), text=text, kind="quantity", fit=1.0,
                               score=1.0, in_slot=True, resolved=False, key=text, structure={}, edtf=None)
        context = {"best_score": 1.0, "order": {1: 0}, "best_rank": -1.0, "support": {}, "own": set(),
                   "head": set(), "proximity": lambda c: 1.0}
        return rank.features(cand, analyse(question), context)["duration"]

    assert duration("nine weeks", "How long did the siege last?") == 1.0
    assert duration("twelve ships", "How long did the siege last?") == 0.0
    assert duration("nine weeks", "How many weeks did the siege last?") == 1.0
    assert duration("nine weeks", "How many ships sailed?") == 0.0


def test_focus_act_marks_a_slot_filler_only_when_the_question_asks_a_predicate() -> None:
    def focus_act(text: str, question: str, in_slot: float) -> float:
        sentence = SimpleNamespace(id=1, start=0, end=len(text), text=text, missing=[], slots=[], aligned=True,
                                   align_credit=1.0, other_act=False, coverage=1.0, exact=1.0, rank=-1.0,
                                   heading=False, neighbour=False, follower=0, indirect=0.0)
        cand = SimpleNamespace(sentence=sentence, start=0, end=len(text), text=text, kind="clause", fit=1.0,
                               score=1.0, in_slot=in_slot, resolved=False, key=text, structure={}, edtf=None)
        context = {"best_score": 1.0, "order": {1: 0}, "best_rank": -1.0, "support": {}, "own": set(),
                   "head": set(), "proximity": lambda c: 1.0}
        return rank.features(cand, analyse(question), context)["focus_act"]

    assert focus_act("dissolved", "What happened to the Quillan Rowing Club?", 0.8) == 0.8
    assert focus_act("dissolved", "What happened to the Quillan Rowing Club?", 0.0) == 0.0
    assert focus_act("the boathouse", "Which building did the Quillan Rowing Club sell?", 1.0) == 0.0


def test_felt_gives_a_word_of_feeling_its_experiencers_credit() -> None:
    def felt(text: str, start: int, end: int, found: list) -> float:
        sentence = SimpleNamespace(id=1, start=0, end=len(text), text=text, missing=[], slots=[], aligned=True,
                                   align_credit=1.0, other_act=False, coverage=1.0, exact=1.0, rank=-1.0,
                                   heading=False, neighbour=False, follower=0, indirect=0.0, felt=found)
        cand = SimpleNamespace(sentence=sentence, start=start, end=end, text=text[start:end], kind="clause", fit=1.0,
                               score=1.0, in_slot=False, resolved=False, key=text, structure={}, edtf=None)
        context = {"best_score": 1.0, "order": {1: 0}, "best_rank": -1.0, "support": {}, "own": set(),
                   "head": set(), "proximity": lambda c: 1.0}
        return rank.features(cand, analyse("How did the ferrymen feel about the bridge?"), context)["felt"]

    text = "The ferrymen of the lower river crossing were bitterly disappointed."
    found = [(46, 67, 0.5)]
    assert felt(text, 46, 67, found) == 0.5
    assert felt(text, 0, 67, found) == 0.0  # the whole clause is more than the feeling
    assert felt(text, 46, 67, []) == 0.0
