"""Question analysis on invented questions: statements before the question, fronted clauses."""

from __future__ import annotations

import contextlib
import re

import pytest

from vitrina.ask import ask
from vitrina.model import DocumentBuilder, Entity, Mention, Piece, SourceRef
from vitrina.qa.question import analyse, split_preamble
from vitrina.store import connect_readonly, write_exhibit


def test_statement_before_the_question_is_split_off() -> None:
    assert split_preamble("Ada Lind resigned in 1887. Who succeeded her?") == (
        "Ada Lind resigned in 1887.", "Who succeeded her?")
    assert split_preamble("Which U.S. ship reached Kell first?") == ("", "Which U.S. ship reached Kell first?")
    assert split_preamble("Dr. Ross sailed north. Where did he land?")[1] == "Where did he land?"


def test_the_question_sentence_gives_the_type_and_the_statement_the_scene() -> None:
    q = analyse("The Kell League was founded in 1850. When was it dissolved?")
    assert (q.type, q.expects, q.predicate) == ("when", "date", "dissolve")
    assert {"kell", "league"} <= set(q.names)
    assert "founded" in q.background  # the statement's words may be missing from the answering passage
    q = analyse("Ada Lind resigned in 1887. Did she return to the council?")
    assert q.type == "yes/no" and q.predicate == "return"


def test_a_wh_word_opening_a_sentence_is_no_name() -> None:
    q = analyse("The painter Ada Lind resigned in 1887. Who succeeded her?")
    assert "who" not in q.names and {"ada", "lind"} <= set(q.names)


def test_fronted_clause_before_an_inverted_auxiliary_is_a_yes_no_question() -> None:
    q = analyse("When the river flooded in 1850, did the council rebuild the bridge?")
    assert (q.type, q.expects, q.predicate) == ("yes/no", "truth", "rebuild")
    assert "flooded" in q.background
    q = analyse("During the winter talks with Lord Vell, did the envoy accept the offer?")
    assert q.type == "yes/no" and q.predicate == "accept"
    assert {"talks", "vell"} <= q.background  # the scene, names too: a passage may leave it out
    assert analyse("When did the council rebuild the bridge?").type == "when"


# ------------------------------------------------------------ answers on an invented exhibit

TOWN = [
    "The dockworkers grew restless over the new levy: Mayor Tobin Vell declared, \u201cNo ship shall leave "
    "this harbor unpaid.\u201d",
    "The duke of Orsk refrained from supporting the rebels of the salt marshes.",
    "The founding charter of Ambrel listed three duties: open markets, a free press, and an elected council.",
    "The weavers of Ambrel marched to the guild hall in 1791.",
    "The guild bought the Ambrel mill for $4 million.",
    "The council of Ambrel sent two envoys, the Hale and the Marrow, to the court of Orsk.",
    "They returned with the duke's refusal in 1793.",
    "The painter Ada Lind opened the Ambrel academy in 1790.",
    "Years later, Lind restored the old chapel of Ambrel.",
]
TOWN_PEOPLE = {"Ada Lind": "person-lind", "Lind": "person-lind"}


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    path = tmp_path_factory.mktemp("town") / "town.db"
    builder = DocumentBuilder("town", "town.txt", "text")
    builder.section("A", "The Town of Ambrel")
    builder.block("paragraph", [Piece(" ".join(TOWN), SourceRef(0, 900, 2))])
    doc = builder.build()
    starts = [doc.text.index(s) for s in TOWN]
    mentions: list[Mention] = []
    for name, entity in sorted(TOWN_PEOPLE.items(), key=lambda x: -len(x[0])):
        for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
            if not any(x.start <= m.start() < x.end for x in mentions):
                mentions.append(Mention(m.start(), m.end(), "person", entity))
    doc = doc.evolve(sentences=tuple((a, a + len(s)) for a, s in zip(starts, TOWN, strict=True)),
                     mentions=tuple(sorted(mentions, key=lambda m: m.start)))
    write_exhibit(path, [("sha-town", doc)], [doc], [Entity("person-lind", "person", "Ada Lind")])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield conn


def test_what_was_said_is_the_quotation_not_the_clause_before_it(town) -> None:
    result = ask(town, "What did Mayor Tobin Vell say about the levy?")
    assert result["answer"] is not None and result["answer"].startswith("No ship shall leave"), result


def test_a_noun_of_wording_asks_for_the_words() -> None:
    assert analyse("What slogan did the strikers use?").wording
    assert analyse("What reply did the envoy send?").wording
    assert not analyse("What treaty did the envoy sign?").wording


def test_refraining_from_an_act_answers_no(town) -> None:
    result = ask(town, "Did the duke of Orsk support the rebels?")
    assert result["answer"] == "No", result


def test_a_list_after_the_asked_noun_and_a_colon_answers(town) -> None:
    result = ask(town, "What three duties did the founding charter of Ambrel list?")
    assert result["answer"] == "open markets, a free press, and an elected council", result


@pytest.mark.parametrize(("sentence", "reason"), [
    ("A cholera outbreak in the lower town prompted the council to close the port.",
     "A cholera outbreak in the lower town"),
    ("The council closed the port in response to the cholera outbreak.", "in response to the cholera outbreak"),
    ("The council closed the port for fear of a cholera outbreak.", "for fear of a cholera outbreak"),
    ("The council closed the port in an effort to stop the smugglers.", "in an effort to stop the smugglers"),
])
def test_why_reads_causes_and_purpose_phrases(sentence: str, reason: str) -> None:
    from vitrina.qa.parse import parse
    from vitrina.qa.structure import fill

    slots = fill(parse(sentence), analyse("Why did the council close the port?"))
    assert reason in [sentence[x.start:x.end] for x in slots]


def test_led_to_names_the_cause_of_an_event_noun() -> None:
    from vitrina.qa.parse import parse
    from vitrina.qa.structure import fill

    sentence = "Heavy debts led to the dissolution of the guild."
    slots = fill(parse(sentence), analyse("Why did the guild dissolve?"))
    assert "Heavy debts" in [sentence[x.start:x.end] for x in slots]


def test_how_much_money_finds_the_amount_without_the_word_money(town) -> None:
    """"money" names the kind of answer, "ultimately" says little: a passage need not restate them."""
    result = ask(town, "How much money did the guild ultimately pay for the Ambrel mill?")
    assert result["answer"] == "$4 million", result


def test_dates_joined_by_and_answer_together(town) -> None:
    from vitrina.qa.candidates import Facts, Sentence, date_candidates

    text = "The bridge was closed in March and July of 1804."
    facts = Facts(dates=[(text.index("March"), text.index("March") + 5, "XXXX-03"),
                         (text.index("July"), len(text) - 1, "1804-07")])
    found = {c.text for c in date_candidates(Sentence(1, "d", None, 0, len(text), text, -1.0), facts,
                                             analyse("When was the bridge closed?"))}
    assert "March and July of 1804" in found, found


def test_a_date_before_a_list_of_names_is_no_member() -> None:
    from vitrina.qa.candidates import Facts, Sentence, list_candidates

    text = "By October, Kell, Vessa, and Orsk had left the league."
    facts = Facts(dates=[(3, 10, "XXXX-10")])
    found = {c.text for c in list_candidates(Sentence(1, "d", None, 0, len(text), text, -1.0), facts,
                                             analyse("Which towns had left the league?"))}
    assert found == {"Kell, Vessa, and Orsk"}, found


def test_they_stands_for_the_names_joined_before_it_and_both_sentences_are_cited(town) -> None:
    result = ask(town, "Which two envoys returned with the duke's refusal?")
    assert result["answer"] == "the Hale and the Marrow", result
    cited = [c["text"] for c in result["citations"]]
    assert cited[0].startswith("They returned") and any(c.startswith("The council of Ambrel sent") for c in cited)
    for cite in result["citations"]:
        assert town.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                            (cite["start"] + 1, cite["end"] - cite["start"], cite["document"])).fetchone()[0] \
            == cite["text"]


def test_a_surname_answer_is_named_as_the_document_first_named_the_person(town) -> None:
    result = ask(town, "Who restored the old chapel of Ambrel?")
    assert result["answer"] == "Ada Lind", result
    cited = [c["text"] for c in result["citations"]]
    assert cited[0].startswith("Years later, Lind") and any(c.startswith("The painter Ada Lind") for c in cited)


def test_how_often_asks_for_a_rate_with_its_distributive_word() -> None:
    from vitrina.qa.candidates import Facts, Sentence, quantity_candidates

    q = analyse("How often did the ferry cross the sound?")
    assert (q.type, q.unit) == ("how much", "frequency")
    text = "At its peak the ferry crossed the sound every 40 minutes."
    start = text.index("40")
    facts = Facts(quantities=[(start, start + len("40 minutes"), 40.0, "minutes")])
    found = {c.text: c.fit for c in quantity_candidates(Sentence(1, "d", None, 0, len(text), text, -1.0), facts, q)}
    assert found == {"every 40 minutes": 1.0}, found


def test_a_noun_that_could_be_a_verb_gives_way_to_the_bare_verb_after_did() -> None:
    q = analyse("What did the first message sent by telegraph across the bay say?")
    assert (q.predicate, q.unit) == ("say", "quote")


def test_a_merely_related_verb_does_not_assert_the_asked_act() -> None:
    """"returned" is a narrower sense of "pay" (pay back) in WordNet, but "the colonies returned to
    Orsk" says nothing of a payment: its yes counts as unasserted."""
    from vitrina.qa.parse import parse
    from vitrina.qa.structure import fill

    q = analyse("Did Orsk pay for the colonies?")
    weak = [x for x in fill(parse("The colonies returned to Orsk in 1783."), q) if x.kind == "truth"]
    strong = [x for x in fill(parse("Orsk paid for the colonies in 1783."), q) if x.kind == "truth"]
    assert strong and max(x.credit for x in strong) == 1.0
    assert all(x.credit < 0.5 for x in weak), [(x.head_text, x.credit) for x in weak]


def test_what_a_reported_clause_became_asks_its_complement_not_the_quotation() -> None:
    q = analyse("What did the mayor say in 1850 that the harbor had become?")
    assert (q.predicate, q.slot, q.unit) == ("become", "attr", None)
    assert analyse("What did the mayor say in 1850 about the harbor?").unit == "quote"


def test_a_counted_plural_subject_asks_for_a_list() -> None:
    q = analyse("What were the three main duties of the guild?")
    assert (q.expects, q.head) == ("list", "duty")
    assert analyse("What was the main duty of the guild?").expects != "list"


def test_a_list_set_off_by_dashes_is_read_whatever_the_parse() -> None:
    from vitrina.qa.candidates import Facts, Sentence, list_candidates

    text = ("The three duties of the guild—fair weights for the markets of Kell and Orsk, "
            "apprentice schooling, and poor relief—were written into its charter.")
    s = Sentence(1, "d", None, 0, len(text), text, -1.0)
    found = {c.text for c in list_candidates(s, Facts(), analyse("What were the three duties of the guild?"))}
    assert "fair weights for the markets of Kell and Orsk, apprentice schooling, and poor relief" in found, found


def test_words_of_an_idiomatic_adverb_weigh_little() -> None:
    q = analyse("Why did the guild found the harbor school in the first place?")
    assert "place" in q.content and {"place", "first"} <= q.light
    assert "school" not in q.light and "found" not in q.light


def test_the_counted_members_of_a_relative_clause_question_are_a_list() -> None:
    q = analyse("What were the four trades the guild council regulated?")
    assert (q.expects, q.head) == ("list", "trade")


def test_a_list_of_semicolon_separated_items_after_a_colon_is_one_answer() -> None:
    from vitrina.qa.candidates import Facts, Sentence, list_candidates

    text = ("The council regulated four trades: weaving, including dyeing; tanning; the brewing of ale, "
            "even in private homes; and the milling of grain.")
    found = {c.text for c in list_candidates(Sentence(1, "d", None, 0, len(text), text, -1.0), Facts(),
                                             analyse("What were the four trades the guild council regulated?"))}
    assert "weaving, including dyeing; tanning; the brewing of ale, even in private homes; and the milling of grain" \
        in found, found


def test_a_number_of_a_date_before_a_modifier_of_the_counted_noun_counts_nothing() -> None:
    from vitrina.qa.candidates import Facts, Sentence, quantity_candidates

    text = "The guild sent 40 riders in May, and on June 9 North Varn sent its own riders home."
    date = (text.index("June 9"), text.index("June 9") + 6)
    facts = Facts(dates=[(date[0], date[1], "1702-06-09")])
    found = {c.text for c in quantity_candidates(Sentence(1, "d", None, 0, len(text), text, -1.0), facts,
                                                 analyse("How many North Varn riders did the guild send?"))}
    assert "9 North" not in found, found


def test_how_many_of_a_group_counts_the_part_not_the_group() -> None:
    from vitrina.qa.candidates import Facts, Sentence, quantity_candidates

    q = analyse("How many of the guild's rules dealt with river tolls?")
    assert (q.expects, q.head) == ("quantity", "rule")
    text = "Three of the twelve rules dealt with river tolls."
    found = {c.text: c.fit for c in quantity_candidates(Sentence(1, "d", None, 0, len(text), text, -1.0),
                                                        Facts(), q)}
    assert found.get("Three", 0.0) > found.get("twelve rules", 0.0), found


def test_a_span_of_time_stored_as_a_date_still_counts_its_noun() -> None:
    from vitrina.qa.candidates import Facts, Sentence, quantity_candidates

    text = "The duke promised to send his fleet within three months of the treaty."
    at = text.index("three months")
    facts = Facts(dates=[(at, at + len("three months"), "P3M")])
    found = {c.text for c in quantity_candidates(Sentence(1, "d", None, 0, len(text), text, -1.0), facts,
                                                 analyse("Within how many months did the duke promise to send his fleet?"))}
    assert "three months" in found, found


def test_a_surname_and_the_fuller_name_are_one_pooled_answer(town) -> None:
    result = ask(town, "Who restored the old chapel of Ambrel?", explain=True)
    pooled = next(c for c in result["ranked"] if c["text"] == "Ada Lind")
    assert pooled["antecedent"] and any(m["text"].startswith("Years later, Lind") for m in pooled["members"]), pooled


def test_a_linking_verb_with_an_adjective_asks_the_state() -> None:
    q = analyse("When did the colony of Vell become independent?")
    assert q.predicate == "independent" and "become" in q.light  # "granted independence in 1901"
    assert analyse("Who became governor of Vell?").predicate == "become"  # a noun: the verb stays
    assert analyse("Did Vell remain neutral?").predicate == "remain"  # yes/no keeps its verb


def test_a_name_given_or_used_asks_the_complement_of_a_naming_act() -> None:
    q = analyse("What name was given to the pact between Arlen and Bly?")
    assert (q.slot, q.naming, q.head) == ("complement", True, "pact") and "give" in q.light
    q = analyse("What nickname did the mayor use for the three river towns?")
    assert (q.slot, q.naming, q.head) == ("complement", True, "town")
    assert not analyse("What gift was given to the mayor?").naming  # not a name noun: the object is asked
