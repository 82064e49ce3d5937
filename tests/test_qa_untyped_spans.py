"""qa (round 40): answers no entity type covers, typed from the parse and WordNet — a proper name by its title word
or a vessel's prefix ("which ship": "HMS X", "the schooner X"), the later name in a renaming construction ("X
(today Y)"), a day of the week standing alone for a when-question. Invented sentences."""

from __future__ import annotations

from vitrina.qa.candidates import Sentence, renamed, titled_names, weekdays
from vitrina.qa.lexical import common_kind_of, weekday
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse
from vitrina.qa.rank import head_features, titled, vessel_kind


def _sentence(text: str, named: list[str] = (), parsed: bool = True) -> Sentence:
    s = Sentence(1, "d", None, 100, 100 + len(text), text, -1.0)
    s.named = [(text.index(n), text.index(n) + len(n)) for n in named]
    if parsed:
        doc = parse(text)
        s.parsed = (doc, frozenset(t.i for t in doc if t.dep_ == "ROOT"))
    return s


def _texts(cands: list) -> list[str]:
    return [c.text for c in cands]


def test_a_vessel_prefix_types_the_name_for_a_ship_question() -> None:
    s = _sentence("The clock went to Lisbon in 1766 aboard HMS Kestrel with the surveyor.")
    found = titled_names(s, analyse("Which ship took the clock to Lisbon?"))
    assert _texts(found) == ["HMS Kestrel"] and found[0].kind == "named"
    assert found[0].start == 100 + s.text.index("HMS")


def test_a_dotted_prefix_is_a_vessel_prefix_too() -> None:
    s = _sentence("Admiral Tolley sailed on the U.S.S. Marrowby from 1881 to 1883.")
    assert "U.S.S. Marrowby" in _texts(titled_names(s, analyse("Which vessel carried Admiral Tolley?")))


def test_a_vessel_prefix_does_not_type_a_name_for_another_noun() -> None:
    s = _sentence("The clock went to Lisbon aboard HMS Kestrel.")
    assert titled_names(s, analyse("Which port did the clock reach first?")) == []
    assert not vessel_kind("port") and vessel_kind("steamer") and vessel_kind("ship")


def test_a_title_noun_that_is_a_kind_of_the_asked_noun_types_the_name() -> None:
    doc = parse("The frigate Osprey blockaded the harbour for a month.")
    name = next(t for t in doc if t.text == "Osprey")
    assert titled(doc, name, "ship")
    assert not titled(doc, name, "river")


def test_a_name_without_a_title_is_not_typed() -> None:
    doc = parse("Osprey blockaded the harbour for a month.")
    assert not titled(doc, doc[0], "ship")


def test_the_titled_name_reads_as_a_kind_of_the_asked_noun_in_the_ranking() -> None:
    text = "The grain reached Ostend aboard HMS Kestrel."
    doc = parse(text)
    start = text.index("HMS")
    feats = head_features((doc, frozenset()), start, start + len("HMS Kestrel"), analyse("Which ship carried the grain?"))
    assert feats["head_kind_of"] == 1.0
    other = head_features((doc, frozenset()), text.index("Ostend"), text.index("Ostend") + 6,
                          analyse("Which ship carried the grain?"))
    assert other["head_kind_of"] == 0.0


def test_a_renaming_word_in_a_parenthesis_gives_the_later_name() -> None:
    s = _sentence("The spice fleet wintered at Varnholt (today Kessendorf, Norland) until spring.", ["Varnholt"], False)
    found = renamed(s, analyse("What is Varnholt called today?"))
    assert _texts(found) == ["Kessendorf"] and found[0].kind == "named"


def test_a_renaming_word_after_a_comma_gives_the_later_name() -> None:
    s = _sentence("The lease covered Port Dallin, now Ostrava Bay, and the forts.", ["Port Dallin"], False)
    assert _texts(renamed(s, analyse("What is Port Dallin called now?"))) == ["Ostrava Bay"]


def test_a_parenthesis_without_a_renaming_word_gives_nothing_here() -> None:
    s = _sentence("The spice fleet wintered at Varnholt (1771) until spring.", ["Varnholt"], False)
    assert renamed(s, analyse("What is Varnholt called today?")) == []


def test_a_renaming_after_another_name_is_not_the_question_name_s() -> None:
    s = _sentence("The fleet left Varnholt for Sallow (today Brint) in May.", ["Varnholt"], False)
    assert renamed(s, analyse("What is Varnholt called today?")) == []


def test_a_weekday_standing_alone_is_a_date_candidate() -> None:
    s = _sentence("WIRE RECEIVED STOP ARRIVING THURSDAY BY THE LATE BOAT STOP", parsed=False)
    found = weekdays(s, [])
    assert _texts(found) == ["THURSDAY"] and found[0].kind == "date"


def test_a_weekday_inside_a_date_is_left_to_the_date() -> None:
    text = "The council met on Thursday, 3 May 1888, in the hall."
    s = _sentence(text, parsed=False)
    at = text.index("Thursday")
    assert weekdays(s, [(at, text.index(", in"))]) == []


def test_weekday_is_read_from_wordnet() -> None:
    assert weekday("Friday") and weekday("SUNDAY")
    assert not weekday("March") and not weekday("Easter") and not weekday("Mars")


def test_a_titled_name_the_question_names_is_no_answer() -> None:
    s = _sentence("The drafting team sat in General Harrow's headquarters under Colonel Pell.")
    q = analyse("Which officer led the team at General Harrow's headquarters?")
    assert _texts(titled_names(s, q)) == ["Colonel Pell"]


def test_a_first_name_is_no_title_even_when_wordnet_lists_a_person_of_that_name() -> None:
    text = "British Foreign Secretary Anthony Varrow agreed to draft a declaration."
    doc = parse(text)
    name = next(t for t in doc if t.text == "Varrow")
    assert not titled(doc, name, "general") and not titled(doc, name, "minister")
    assert common_kind_of("general", "officer") and not common_kind_of("anthony", "general")
