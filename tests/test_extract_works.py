"""Works, ensembles, courts and catalogue marks typed as people or places (``extract/works.py``); post-nominal
letters after a name and judicial titles (``extract/entities.py``)."""

from __future__ import annotations

from tests._extract_helpers import make_doc
from vitrina.extract import extract
from vitrina.extract.entities import RawMention, is_post_nominal, without_post_nominals
from vitrina.extract.works import (
    abbreviation_before_number,
    common_noun_type,
    without_common_noun_heads,
    work_noun,
    work_titles,
)


def _mention(text: str, name: str, etype: str = "person", nth: int = 0) -> RawMention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return RawMention(at, at + len(name), etype, "PERSON" if etype == "person" else "GPE")  # type: ignore[arg-type]


def test_an_abbreviation_before_a_number_is_no_name() -> None:
    text = "The sonata, Op. 12, and Bk. 3 of the set; Opal 12 lived."
    assert abbreviation_before_number(text, text.index("Op"), text.index("Op") + 2)
    assert abbreviation_before_number(text, text.index("Bk"), text.index("Bk") + 2)
    assert not abbreviation_before_number(text, text.index("Opal"), text.index("Opal") + 4)  # no period


def test_a_common_noun_head_of_a_composition_performance_ensemble_or_court_names_no_person() -> None:
    assert common_noun_type("Lantern Suite") == (True, "other")
    assert common_noun_type("Harvest Concert") == (True, "other")
    assert common_noun_type("Heron Orchestra") == (True, "organization")
    assert common_noun_type("Verdict") == (True, None)  # a one-word label, no name
    assert common_noun_type("Carol")[0] is False  # a song too, but English writes it mostly as a name
    assert common_noun_type("Tolvane Orchestra")[0] is False  # a proper name before the head: left as typed
    assert common_noun_type("Tolvane Orchestra", frozenset({"Tolvane"})) == (True, "organization")  # a place's
    assert common_noun_type("Edith Marsh")[0] is False


def test_work_nouns_are_compositions() -> None:
    assert work_noun("opera") and work_noun("plays") and work_noun("Symphony") and work_noun("novel")
    assert not work_noun("town") and not work_noun("concert")


def test_a_name_the_text_calls_a_works_title_is_neither_person_nor_place() -> None:
    text = ('Orvala, a comedy in three acts. Later the opera Orvala toured, and Orvala played in Orvala. '
            'His Quartet No. 2 "Brenmoor" and Symphony No. 4 "Salt" were new; he wrote "Brenmoor" at home. '
            'Tessa Brenmoor sang. Dunley met Kay.')
    raw = [_mention(text, "Orvala", "place", n) for n in range(4)] + [
        _mention(text, "Brenmoor", "place"), _mention(text, "Salt", "place"),
        _mention(text, "Brenmoor", "place", 1), _mention(text, "Tessa Brenmoor"), _mention(text, "Dunley"),
        _mention(text, "Kay")]
    raw.sort(key=lambda m: m.start)
    typed = [(text[m.start:m.end], m.type) for m in work_titles(text, raw)]
    assert typed == [("Orvala", "other"), ("Orvala", "other"), ("Orvala", "other"),
                     ("Orvala", "place"),  # "in Orvala", unquoted: the town the work is named after
                     ("Brenmoor", "place"),  # the surname of a person named here: not taken for the work
                     ("Salt", "other"), ("Brenmoor", "place"), ("Tessa Brenmoor", "person"),
                     ("Dunley", "person"), ("Kay", "person")]


def test_a_name_before_an_opus_number_is_a_work() -> None:
    text = "Mirela, Op. 9, was revived; Mirela drew crowds."
    raw = [_mention(text, "Mirela"), _mention(text, "Mirela", nth=1)]
    assert [m.type for m in work_titles(text, raw)] == ["other", "other"]


def test_post_nominal_letters_are_no_part_of_a_name() -> None:
    assert is_post_nominal("KC") and is_post_nominal("Q.C.") and is_post_nominal("MP")
    assert not is_post_nominal("Kc") and not is_post_nominal("Brandt")
    text = "Counsel: Mr. Hugo Penwith KC, and Ida Marr, MP."
    raw = [_mention(text, "Hugo Penwith"), _mention(text, "KC", "organization"), _mention(text, "Ida Marr"),
           _mention(text, "MP", "organization")]
    assert [text[m.start:m.end] for m in without_post_nominals(text, raw)] == ["Hugo Penwith", "Ida Marr"]


def test_extracted_counsel_judge_and_work_titles() -> None:
    doc = extract(make_doc([
        "Counsel for the defendant: Mr. Hugo Penwith KC. Cross-examined by Mr. Penwith, the witness wept. "
        '"The appeal fails," said Lord Justice Tarrow. The Harbour Orchestra then played Symphony No. 1 "Lisbon", '
        'Op. 14; Dorian Vell wrote "Lisbon" in 1911 but never saw Portugal.']))
    by_name = {e.name: e.type for e in doc.entities}
    people = {e.name for e in doc.entities if e.type == "person"}
    assert "Hugo Penwith" in people and not any("KC" in p for p in people)
    penwith = next(e for e in doc.entities if e.name == "Hugo Penwith")
    assert "Penwith" in penwith.aliases  # "Mr. Penwith" is the same counsel
    assert by_name.get("Tarrow") == "person"  # a judicial title makes a person
    assert by_name.get("Lisbon") != "place" and by_name.get("Harbour Orchestra") != "person"
    assert not any(e.name == "Op" for e in doc.entities)
    assert by_name.get("Portugal") == "place"


def test_a_verb_spelt_like_a_work_noun_introduces_no_title() -> None:
    text = "Past the ridge lay Vellmark, a large province."
    assert [m.type for m in work_titles(text, [_mention(text, "Vellmark", "place")])] == ["place"]  # "lay": a verb
    text = "She sang the lay Vellmark."
    assert [m.type for m in work_titles(text, [_mention(text, "Vellmark", "place")])] == ["other"]  # "the lay": a song


def test_a_court_sitting_or_proceeding_is_no_person_and_its_head_is_read_as_written() -> None:
    places = frozenset({"Marlow", "Dunhallow"})
    assert common_noun_type("Marlow Assizes", places) == (True, "organization")  # not "assize", an ordinance
    assert common_noun_type("Dunhallow Quarter Sessions", places) == (True, "other")  # a sitting, not a composer
    assert common_noun_type("Marlow Sessions", places) == (True, "other")
    assert common_noun_type("Jeb Sessions", places) == (False, None)  # a given name before the head
    assert common_noun_type("Sessions", places) == (False, None)  # a surname alone stays


def test_a_work_noun_crediting_its_maker_is_no_name() -> None:
    text = "Music by Orrin Talbot. Libretto by Wenna Crisp. The letter was read to Carol by Ivo Dane."
    libretto = _mention(text, "Libretto")
    carol = _mention(text, "Carol")
    kept = without_common_noun_heads(text, [libretto, carol])
    assert [text[m.start : m.end] for m in kept] == ["Carol"]  # "to Carol by …" heads no credit
    assert common_noun_type("Libretto") == (False, None)  # alone and without "by", a rare word is kept
