"""The transcript convention and its speakers' labels (extract.turns)."""

from __future__ import annotations

from vitrina.extract.turns import TurnSpeakers, label_at, label_speaker, transcript_turns
from vitrina.model import Mention


def _blocks(paragraphs: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, blocks = "", []
    for p in paragraphs:
        blocks.append((len(text), len(text) + len(p)))
        text += p + "\n\n"
    return text, blocks


TALK = ["Interview with Nell Garvey, 1981.", "HOLT: Where did you grow up?", "GARVEY: By the canal at Stoke.",
        "HOLT: And your father?", "**GARVEY:** He worked the locks."]


def test_labels_are_short_capitalised_words_before_a_colon() -> None:
    assert [label_at(t, 0, len(t)) is not None for t in (
        "HOLT: Where?", "Mrs Hale: We did.", "**GARVEY:** He worked.", "Note: see below",
        "the clerk: no", "One Two Three Four: too long", "Time:10.30", "A: Yes.")] == [
        True, True, True, True, False, False, False, True]


def test_a_transcript_is_mostly_turns_with_two_voices() -> None:
    text, blocks = _blocks(TALK)
    assert len(transcript_turns(text, blocks)) == 4
    prose, pblocks = _blocks(["Note: the ledger is lost.", "The mill closed in 1931.", "Its owner moved away.",
                              "Note: see the map.", "Note: the map is torn."])
    assert transcript_turns(prose, pblocks) == []  # one label only, and under half the blocks


def test_a_label_names_the_one_person_whose_name_holds_it() -> None:
    text, blocks = _blocks(TALK)
    nell = text.index("Nell Garvey")
    mentions = [Mention(nell, nell + len("Nell Garvey"), "person", "person-nell-garvey")]
    label = text.index("GARVEY")
    assert label_speaker(text, (label, label + 6), mentions) == "person-nell-garvey"
    holt = text.index("HOLT")
    assert label_speaker(text, (holt, holt + 4), mentions) is None
    turns = TurnSpeakers(text, blocks, mentions)
    assert turns.at(text.index("He worked")) == "person-nell-garvey"
    assert turns.at(text.index("Where did")) is None and turns.at(0) is None


def test_without_a_parse_the_interviewer_is_not_guessed() -> None:
    from vitrina.extract.turns import unnamed_labels

    text, blocks = _blocks(["Ivy Marsh and Owen Pugh, 1975.", "Q: Where?", "A: Llanelli.", "Q: When?", "A: Spring."])
    turns = transcript_turns(text, blocks)
    mentions = [Mention(0, 8, "person", "person-ivy-marsh"), Mention(13, 22, "person", "person-owen-pugh")]
    assert len(turns) == 4
    assert unnamed_labels(text, turns, [None] * 4, mentions, None) == {}


STAMPED = ["Recording 14: Ida Penrose", "Interviewer: Owen Tallis (OT) Narrator: Ida Penrose (IP)",
           "[00:01:05] INTERVIEWER: When did the mill open?", "[00:01:09] IP: The spring before I married.",
           "(00:02:40) INTERVIEWER: And the wages?", "[00:02:44] IP: Poor, always poor."]


def _people(text: str, *names: str) -> list[Mention]:
    out = []
    for name in names:
        at = text.index(name)
        out.append(Mention(at, at + len(name), "person", "person-" + name.lower().replace(" ", "-")))
    return out


def test_a_time_code_before_a_label_is_apparatus_not_words() -> None:
    from vitrina.extract.turns import apparatus

    text, blocks = _blocks(STAMPED)
    # the header's field line opens like a turn: its field name is apparatus too
    assert [text[s:e] for s, e in apparatus(text, blocks)] == ["Interviewer",
        "[00:01:05] INTERVIEWER", "[00:01:09] IP", "(00:02:40) INTERVIEWER", "[00:02:44] IP"]


def test_initials_and_role_words_name_the_header_people() -> None:
    text, blocks = _blocks(STAMPED)
    people = _people(text, "Owen Tallis", "Ida Penrose")
    people.append(Mention(text.index("Ida Penrose", 30), text.index("Ida Penrose", 30) + 11, "person",
                          "person-ida-penrose"))
    turns = TurnSpeakers(text, blocks, people)
    assert [who for _s, _e, who in turns.spoken()] == [None,  # the header line names, it says nothing
        "person-owen-tallis", "person-ida-penrose", "person-owen-tallis", "person-ida-penrose"]


def test_mentions_of_labels_and_header_fields_are_dropped_or_cut() -> None:
    from vitrina.extract.entities import RawMention
    from vitrina.extract.turns import apparatus, outside_apparatus, without_field_names

    text, blocks = _blocks(STAMPED)
    ot = text.index("Owen Tallis")
    label = text.index("INTERVIEWER")
    raw = [RawMention(ot, ot + len("Owen Tallis"), "person", "NER"),
           RawMention(text.index("Ida Penrose (IP)"), text.index("Ida Penrose (IP)") + 11, "person", "NER"),
           RawMention(text.index("OT)"), text.index("OT)") + 2, "organization", "NER"),
           RawMention(label, label + len("INTERVIEWER"), "organization", "NER")]
    kept = without_field_names(text, outside_apparatus(raw, apparatus(text, blocks)))
    assert [text[m.start:m.end] for m in kept] == ["Owen Tallis", "Ida Penrose"]
    merged = "Narrator: Bea Lunn Interviewer: Cal Frost"
    cut = without_field_names(merged, [RawMention(10, merged.index(":", 10), "person", "NER")])
    assert merged[cut[0].start:cut[0].end] == "Bea Lunn"


def test_a_role_word_alone_and_a_key_of_initials_are_no_mentions() -> None:
    from vitrina.extract.entities import RawMention
    from vitrina.extract.turns import without_field_names

    text = "Interviewer's notes. KB = Kit Baro; LS = Lev Sand."
    kit, lev = text.index("Kit Baro"), text.index("Lev Sand")
    raw = [RawMention(0, 13, "person", "NER"), RawMention(21, 23, "organization", "NER"),
           RawMention(kit, kit + 8, "person", "NER"), RawMention(lev, lev + 8, "person", "NER")]
    assert [text[m.start:m.end] for m in without_field_names(text, raw)] == ["Kit Baro", "Lev Sand"]


def test_a_label_run_into_the_turn_before_is_apparatus() -> None:
    from vitrina.extract.turns import apparatus

    text, blocks = _blocks(["ROSS: Where?", "VANE: At the dock. [pause] ROSS: And then?", "VANE: Home.",
                            "ROSS: Thanks."])
    assert [text[s:e] for s, e in apparatus(text, blocks)] == ["ROSS", "VANE", "ROSS", "VANE", "ROSS"]


def test_a_dotted_question_and_answer_letter_is_a_label_only_where_both_letters_take_turns() -> None:
    assert label_at("Q. Where were you?", 0, 18) == (0, 1)
    text, blocks = _blocks(["Hearing of 2 May.", "Q. Where were you?", "A. At the forge.", "Q. Alone?", "A. Yes."])
    assert len(transcript_turns(text, blocks)) == 4
    letters, lblocks = _blocks(["A. Lincoln wrote to the mill.", "A. Douglas replied.", "A. Smith kept both.",
                                "B. Jones lost them."])
    assert transcript_turns(letters, lblocks) == []  # initials, not a transcript: no "Q." asks
