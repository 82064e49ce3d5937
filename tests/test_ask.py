"""ask: every question type on hand-made facts, abstention, citations, conflicts."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest

from vitrina.ask import ask
from vitrina.model import (
    DateMention,
    Document,
    DocumentBuilder,
    Entity,
    Mention,
    Piece,
    Quantity,
    Quote,
    SourceRef,
)
from vitrina.qa.lexical import base_forms, category, related, verb_class
from vitrina.qa.question import analyse
from vitrina.store import connect_readonly, write_exhibit

NORTH = [
    "The Treaty of Varnholm was signed by Elsa Brandt and Tomas Reik in Kirkwall on March 3, 1872.",
    "Under the treaty, the fishing guild licensed 4,500 boats along the northern coast.",
    "The crown paid more than $2 million in compensation to the island families.",
    "Brandt called the agreement \u201ca harbor for peace\u201d in her diary.",
    "The treaty opened three ports to foreign ships: Lerwick, Stromness, and Scalloway.",
    "The council rejected the toll plan because the harbor fees had doubled in one winter.",
    "Reik later founded the Coastal Survey Office in Lerwick.",
]
SOUTH_CONFLICT = ["Historians of the south record that the Treaty of Varnholm was signed in the spring of 1874."]
SOUTH_CONSISTENT = ["Historians of the south record that the Treaty of Varnholm was signed in March 1872."]

PEOPLE = {"Elsa Brandt": "person-brandt", "Brandt": "person-brandt", "Tomas Reik": "person-reik",
          "Reik": "person-reik"}
PLACES = {"Kirkwall": "place-kirkwall", "Lerwick": "place-lerwick", "Stromness": "place-stromness",
          "Scalloway": "place-scalloway"}
ORGS = {"Coastal Survey Office": "org-survey", "Treaty of Varnholm": "other-varnholm"}
DATES = {"March 3, 1872": "1872-03-03", "the spring of 1874": "1874-21", "March 1872": "1872-03",
         "one winter": None}


def _document(doc_id: str, title: str, paragraphs: list[str]) -> Document:
    builder = DocumentBuilder(doc_id, f"{doc_id}.txt", "text")
    builder.section("A", title)
    for i, paragraph in enumerate(paragraphs):
        builder.block("paragraph", [Piece(paragraph, SourceRef(i * 200, i * 200 + len(paragraph), i + 2))])
    doc = builder.build()
    text = doc.text
    sentences = tuple((b.start, b.end) for b in doc.blocks if b.kind == "paragraph")
    mentions = []
    for table, kind in ((PEOPLE, "person"), (PLACES, "place"), (ORGS, "organization")):
        for name, entity in table.items():
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                if not any(x.start <= m.start() < x.end for x in mentions):
                    mentions.append(Mention(m.start(), m.end(), kind, entity))
    dates = [DateMention(m.start(), m.end(), edtf) for phrase, edtf in DATES.items() if edtf
             for m in re.finditer(re.escape(phrase), text)]
    dates = [d for d in dates if not any(o is not d and o.start <= d.start and d.end <= o.end
                                         and (o.end - o.start) > (d.end - d.start) for o in dates)]
    quantities = []
    for phrase, value, unit, qualifier in (("4,500 boats", 4500, "boats", None),
                                           ("more than $2 million", 2e6, "USD", "more than")):
        for m in re.finditer(re.escape(phrase), text):
            quantities.append(Quantity(f"q{len(quantities)}", m.start(), m.end(), value, unit, qualifier))
    quotes = [Quote("u0", m.start(1), m.end(1), "quotation", "person-brandt", None)
              for m in re.finditer("\u201c([^\u201d]+)\u201d", text)]
    return doc.evolve(sentences=sentences, mentions=tuple(sorted(mentions, key=lambda m: m.start)),
                      dates=tuple(dates), quantities=tuple(quantities), quotes=tuple(quotes))


def _entities() -> list[Entity]:
    ids = {**{v: ("person", k) for k, v in PEOPLE.items()}, **{v: ("place", k) for k, v in PLACES.items()},
           **{v: ("organization", k) for k, v in ORGS.items()}}
    return [Entity(i, t, n) for i, (t, n) in sorted(ids.items())]


def _write(path: Path, docs: list[Document]) -> Path:
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, _entities())
    return path


@pytest.fixture
def conn(tmp_path: Path):
    path = _write(tmp_path / "north.db", [_document("north", "The Varnholm Treaty", NORTH)])
    with contextlib.closing(connect_readonly(path)) as connection:
        yield connection


def _check_citations(conn, result: dict) -> None:
    assert result["citations"]
    for cite in result["citations"]:
        text = conn.execute("SELECT text FROM documents WHERE id = ?", (cite["document"],)).fetchone()[0]
        assert text[cite["start"]:cite["end"]] == cite["text"]
        assert cite["section"] == "A"


@pytest.mark.parametrize(
    ("question", "qtype", "answer", "cited"),
    [
        ("When was the Treaty of Varnholm signed?", "when", "March 3, 1872", "signed by Elsa Brandt"),
        ("How many boats did the fishing guild license?", "how many", "4,500 boats", "4,500 boats"),
        ("How much did the crown pay in compensation?", "how much", "more than $2 million", "compensation"),
        ("Where was the Treaty of Varnholm signed?", "where", "Kirkwall", "signed by"),
        ("Who founded the Coastal Survey Office?", "who", "Tomas Reik", "founded"),  # named as first named
        ("What did Brandt call the agreement?", "what", "a harbor for peace", "diary"),
        ("Name the ports the treaty opened to foreign ships.", "list", "Lerwick, Stromness, and Scalloway",
         "three ports"),
        # a known miss of the first learned ranking (WordNet types 'office' as a place), right since the refit on seven sets
        ("Which office did Reik found?", "which", "Coastal Survey Office", "founded"),
        ("Why did the council reject the toll plan?", "why",
         "because the harbor fees had doubled in one winter", "toll plan"),
    ],
)
def test_question_types(conn, question: str, qtype: str, answer: str, cited: str) -> None:
    result = ask(conn, question)
    assert result["type"] == qtype
    assert result["answer"] == answer, result
    assert result["confidence"] >= 0.5
    _check_citations(conn, result)
    assert cited in result["citations"][0]["text"]


@pytest.mark.parametrize(
    "question",
    [
        "When did Napoleon visit Kirkwall?",  # a name the sources never mention
        "When did Elsa Brandt visit Tokyo?",
        "Who painted the portrait of the guild master's cat?",  # words nowhere together
        "",
        "???",
    ],
)
def test_abstains(conn, question: str) -> None:
    result = ask(conn, question)
    assert result["answer"] is None
    assert result["confidence"] < 0.5


def test_who_excludes_people_named_in_question(conn) -> None:
    result = ask(conn, "Who signed the Treaty of Varnholm with Elsa Brandt?")
    assert result["answer"] == "Tomas Reik"


def test_conflicting_sources_are_reported(tmp_path: Path) -> None:
    docs = [_document("north", "The Varnholm Treaty", NORTH),
            _document("south", "Southern Chronicle", SOUTH_CONFLICT)]
    with contextlib.closing(connect_readonly(_write(tmp_path / "c.db", docs))) as conn:
        result = ask(conn, "When was the Treaty of Varnholm signed?")
        assert result["answer"] is not None and "sources differ" in result["answer"]
        assert "March 3, 1872" in result["answer"] and "the spring of 1874" in result["answer"]
        assert {c["document"] for c in result["citations"]} == {"north", "south"}
        _check_citations(conn, result)
        alone = ask(connect_readonly(_write(tmp_path / "n.db", docs[:1])), "When was the Treaty of Varnholm signed?")
        assert result["confidence"] < alone["confidence"]


def test_more_precise_consistent_source_is_preferred(tmp_path: Path) -> None:
    docs = [_document("south", "Southern Chronicle", SOUTH_CONSISTENT),
            _document("north", "The Varnholm Treaty", NORTH)]
    with contextlib.closing(connect_readonly(_write(tmp_path / "p.db", docs))) as conn:
        result = ask(conn, "When was the Treaty of Varnholm signed?")
    assert result["answer"] == "March 3, 1872"
    assert [c["document"] for c in result["citations"]] == ["north", "south"]


def test_sample_exhibit(sample_db: Path) -> None:
    with contextlib.closing(connect_readonly(sample_db)) as conn:
        when = ask(conn, "When did Ada Lind open the Harbor Museum?")
        assert when["answer"] == "May 4, 1921"
        many = ask(conn, "How many models did the museum hold?")
        assert many["answer"] == "more than 1,200 models"
        where = ask(conn, "Where did Marco Vell sail from?")
        assert where["answer"] in ("Lisbon", "Porto")
        assert ask(conn, "When did Marco Vell visit Oslo?")["answer"] is None


@pytest.mark.parametrize(
    ("question", "qtype", "expects"),
    [
        ("In what year did the treaty end?", "when", "date"),
        ("Which city hosted the fair?", "which", "place"),
        ("Which president signed it?", "which", "person"),
        ("What share of the catch was exported?", "what", "quantity"),
        ("How did the guild respond?", "how", "sentence"),
        ("How soon did the envoy return?", "how much", "quantity"),  # a span of time, not a reason
        ("Was the treaty ratified?", "yes/no", "truth"),
        ("Did the guild pay the toll when it joined the league?", "yes/no", "truth"),  # "when" inside
        ("List the ports.", "list", "list"),
        ("To whom did she write?", "who", "person"),
    ],
)
def test_question_typing(question: str, qtype: str, expects: str) -> None:
    q = analyse(question)
    assert (q.type, q.expects) == (qtype, expects)


def test_base_forms_come_from_wordnet() -> None:
    assert "sign" in base_forms("signed") & base_forms("signs") & base_forms("sign")
    assert "meet" in base_forms("met") and "lead" in base_forms("led")
    assert base_forms("Brandt’s") == base_forms("brandt")


# ------------------------------------------------------------ other names, roots, synonyms

EAST = [
    "Prussian troops seized the island of Heligor on May 2, 1866.",
    "The annexation of the Selm valley was completed in the autumn of 1867.",
    "Ulrich von Stade reached the Selm valley on June 1, 1867.",
    "Stade dispatched his brother Karl von Stade to Memel to survey the harbor.",
    "After the Oslo Conference of March 1870, Stade and the Danish envoys drafted a customs union.",
]
EAST_NAMES = {"Prussian": ("group", "group-prussians"), "Heligor": ("place", "place-heligor"),
              "Ulrich von Stade": ("person", "person-stade"), "Stade": ("person", "person-stade"),
              "Karl von Stade": ("person", "person-karl"), "Memel": ("place", "place-memel"),
              "Selm": ("place", "place-selm")}
EAST_DATES = {"March 1870": "1870-03", "May 2, 1866": "1866-05-02", "the autumn of 1867": "1867-23", "June 1, 1867": "1867-06-01"}
EAST_ENTITIES = [
    Entity("group-prussians", "group", "Prussians", ("Prussian",)),
    Entity("place-prussia", "place", "Kingdom of Prussia", ("Prussia",), 52.52, 13.40),  # geocoded to Berlin
    Entity("place-heligor", "place", "Heligor"),
    Entity("person-stade", "person", "Ulrich von Stade", ("UvS", "Stade")),
    Entity("person-karl", "person", "Karl von Stade"),
    Entity("place-memel", "place", "Memel"),
    Entity("place-selm", "place", "Selm"),
]


def _east_db(path: Path) -> Path:
    builder = DocumentBuilder("east", "east.txt", "text")
    builder.section("A", "The Eastern Marches")
    for i, paragraph in enumerate(EAST):
        builder.block("paragraph", [Piece(paragraph, SourceRef(i * 200, i * 200 + len(paragraph), i + 2))])
    doc = builder.build()
    text = doc.text
    mentions: list[Mention] = []
    for name, (kind, entity) in sorted(EAST_NAMES.items(), key=lambda x: -len(x[0])):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if not any(x.start <= m.start() < x.end for x in mentions):
                mentions.append(Mention(m.start(), m.end(), kind, entity))
    dates = [DateMention(m.start(), m.end(), edtf) for phrase, edtf in EAST_DATES.items()
             for m in re.finditer(re.escape(phrase), text)]
    doc = doc.evolve(sentences=tuple((b.start, b.end) for b in doc.blocks if b.kind == "paragraph"),
                     mentions=tuple(sorted(mentions, key=lambda m: m.start)), dates=tuple(dates))
    write_exhibit(path, [("sha-east", doc)], [doc], EAST_ENTITIES)
    return path


@pytest.fixture
def east(tmp_path: Path):
    with contextlib.closing(connect_readonly(_east_db(tmp_path / "east.db"))) as connection:
        yield connection


@pytest.mark.parametrize(
    ("question", "answer", "cited"),
    [
        # the country's name, the polity geocoded to its capital, its demonym
        ("When did Germany seize Heligor?", "May 2, 1866", "Prussian troops"),
        # an alias of the entity
        ("When did UvS arrive in the Selm valley?", "June 1, 1867", "reached"),
        # verb against its noun ("annex" / "annexation")
        ("When did they annex the Selm valley?", "the autumn of 1867", "annexation"),
    ],
)
def test_other_names_and_derived_words(east, question: str, answer: str, cited: str) -> None:
    result = ask(east, question)
    assert result["answer"] == answer, result
    assert cited in result["citations"][0]["text"]


def test_alias_of_question_name_is_not_an_answer(east) -> None:
    result = ask(east, "Whom did UvS dispatch to Memel?")
    assert result["answer"] == "Karl von Stade", result


def test_place_inside_an_event_name(east) -> None:
    result = ask(east, "Where did Stade and the Danish envoys meet in March 1870?")
    assert result["answer"] == "Oslo", result


def test_wordnet_relatives_demonyms_and_kinds() -> None:
    from vitrina.qa.text import demonyms, places_of

    assert "invasion" in related("invade", "v") and "signature" in related("sign", "v")
    assert "chairman" in related("chair", "v") and "chairmanship" in related("chairman", "n")
    assert {"die", "death"} <= set(related("kill", "v"))  # what killing causes
    assert "assistance" in related("aid", "n") and "aid" not in related("treaty", "n")
    assert "have" not in related("bear", "v")  # a stop word says too little to count
    assert "german" in demonyms("Germany") and "russian" in demonyms("Russia")
    assert "Soviet Union" in places_of("Soviet")
    assert (category("president"), category("airport"), category("year")) == ("person", "place", "date")
    assert (verb_class("dub"), verb_class("say"), verb_class("occur"), verb_class("sign")) == \
        ("naming", "saying", "happening", None)


def test_question_modifiers_and_possessives() -> None:
    q = analyse("When exactly did the Hansa's fleet sail?")
    assert "exactly" not in q.content and "hansa" in q.names
    assert analyse("On what dates did they meet?").expects == "date"


# ------------------------------------------------------------ slots, structure, coreference

HARBOR = [
    "President Alma Quist ruled the harbor republic for a decade.",
    "She sent Captain Ivo Sarn to the northern islands with a letter to the chieftains.",
    "John Marshall, the harbor master, seized the cargo of the John Adams.",
    "In her address, President Quist told the assembly \u201cthe harbor belongs to the fishermen.\u201d",
    "The tariff bill was co-sponsored by Senator Oda Lenk and Senator Pia Rasmussen.",
    "The envoy returned within three weeks.",
    "The assembly did not ratify the fishing treaty.",
    "Every island except Vessa joined the customs league.",
    "The council closed the port because the harbor fees had doubled.",
    "The rebels called their fleet the Grey Armada.",
    "The senate failed to approve the salt tax.",
]
HARBOR_PEOPLE = {"Alma Quist": "person-quist", "Quist": "person-quist", "Ivo Sarn": "person-sarn",
                 "John Adams": "person-adams",
                 "John Marshall": "person-marshall", "Oda Lenk": "person-lenk", "Pia Rasmussen": "person-rasmussen"}
HARBOR_PLACES = {"Vessa": "place-vessa"}


def _harbor_db(path: Path) -> Path:
    builder = DocumentBuilder("harbor", "harbor.txt", "text")
    builder.section("A", "The Harbor Republic")
    builder.block("paragraph", [Piece(" ".join(HARBOR), SourceRef(0, 900, 2))])
    doc = builder.build()
    text = doc.text
    starts = [text.index(s) for s in HARBOR]
    mentions: list[Mention] = []
    for table, kind in ((HARBOR_PEOPLE, "person"), (HARBOR_PLACES, "place")):
        for name, entity in sorted(table.items(), key=lambda x: -len(x[0])):
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                if not any(x.start <= m.start() < x.end for x in mentions):
                    mentions.append(Mention(m.start(), m.end(), kind, entity))
    quantities = [Quantity("q0", m.start(), m.end(), 3, "weeks", "within")
                  for m in re.finditer("three weeks", text)]
    doc = doc.evolve(sentences=tuple((a, a + len(s)) for a, s in zip(starts, HARBOR, strict=True)),
                     mentions=tuple(sorted(mentions, key=lambda m: m.start)), quantities=tuple(quantities))
    entities = [Entity(e, "person", n) for n, e in HARBOR_PEOPLE.items() if " " in n] + \
        [Entity("place-vessa", "place", "Vessa")]
    write_exhibit(path, [("sha-harbor", doc)], [doc], entities)
    return path


@pytest.fixture
def harbor(tmp_path: Path):
    with contextlib.closing(connect_readonly(_harbor_db(tmp_path / "harbor.db"))) as connection:
        yield connection


def _asked(conn, question: str) -> dict:
    result = ask(conn, question)
    if result["citations"]:
        _check_citations(conn, result)
    return result


def test_candidate_sharing_a_word_with_a_question_name_is_kept(harbor) -> None:
    """"John Marshall" answers a question about "John Adams": one shared word is not the same name."""
    result = _asked(harbor, "Who seized the cargo of the John Adams?")
    assert result["answer"] == "John Marshall", result


def test_question_entity_is_not_the_answer(harbor) -> None:
    result = _asked(harbor, "What did President Quist tell the assembly?")
    assert result["answer"] == "the harbor belongs to the fishermen", result


def test_co_prefix_is_not_the_key_word() -> None:
    q = analyse("Who co-sponsored the tariff bill?")
    assert q.predicate == "sponsor" and "co" not in q.content


def test_co_sponsored_answer_is_the_conjoined_names(harbor) -> None:
    result = _asked(harbor, "Who co-sponsored the tariff bill?")
    assert result["answer"] == "Senator Oda Lenk and Senator Pia Rasmussen", result


def test_how_soon_asks_for_a_span_of_time(harbor) -> None:
    q = analyse("How soon did the envoy return?")
    assert (q.type, q.unit) == ("how much", "duration")
    assert _asked(harbor, "How soon did the envoy return?")["answer"] == "three weeks"


@pytest.mark.parametrize(("question", "unit"), [
    ("How long is the ferry pier?", "measure"),  # a structure: a length
    ("How long was the canal?", "measure"),
    ("How long is the river that feeds the lake?", "measure"),  # a natural object
    ("How long was the blockade of the port?", "duration"),  # an act: a time
    ("How long was Ida Marsk mayor?", "duration"),  # a person's office: a time
    ("How long did the ferry pier stand?", "duration"),  # another verb than "be": a time
])
def test_how_long_asks_a_length_of_a_thing_and_a_time_of_anything_else(question: str, unit: str) -> None:
    assert analyse(question).unit == unit


def test_pronoun_subject_is_resolved_to_its_antecedent(harbor) -> None:
    """"She sent Captain Ivo Sarn…": who sent him is the president, never the captain."""
    who = ask(harbor, "Who sent Captain Ivo Sarn to the northern islands?", explain=True)
    # the ranking's choice, shown or withheld (round 26: the gate withholds it in this small corpus, under 0.892)
    assert who["candidate"] == "Alma Quist", who
    assert who["citations"][0]["text"].startswith("She sent")
    whom = _asked(harbor, "Whom did President Quist send to the northern islands?")
    assert whom["answer"] == "Ivo Sarn", whom


def test_yes_no_reads_negation_and_exceptions(harbor) -> None:
    assert _asked(harbor, "Did the assembly ratify the fishing treaty?")["answer"] == "No"
    assert _asked(harbor, "Did Vessa join the customs league?")["answer"] == "No"
    assert _asked(harbor, "Did the senate approve the salt tax?")["answer"] == "No"  # "failed to approve"


def test_why_answers_with_the_reason_clause(harbor) -> None:
    result = _asked(harbor, "Why did the council close the port?")
    assert result["answer"] == "because the harbor fees had doubled", result


def test_naming_verb_answers_with_the_name(harbor) -> None:
    assert _asked(harbor, "What did the rebels call their fleet?")["answer"] == "the Grey Armada"


# ------------------------------------------------------------ negation, time, quotations, lists

QUAY = [
    "Every parish except Lowmoor sent delegates to the Quay Council.",
    "Ultimately, the senate failed to ratify the Dunmore Charter.",
    "The mayor requested the assembly's approval of the harbor loan.",
    "The governor withdrew the canal bill from consideration.",
    "In 1850, there were 12 member towns in the league; by 1890 membership had grown to 40.",
    "\u201cThe quay belongs to the rowers,\u201d Mayor Tova Brin wrote Governor Elof Hask in 1852.",
    "Brin announced at the spring fair that the ferries would carry no cargo without \u201cfair tolls\u201d for the rowers.",
    "Brin dismissed such a toll as \u201ca cruel and needless burden,\u201d asserting that the rowers came first.",
    "The crown granted the guild 40-year leases on the piers.",
    "The wharf pact was co-signed by Mayor Tova Brin and Governor Elof Hask.",
    "Tova Brin praised the wharf pact at the spring fair.",
    "Brin landed at Kell Pier on May 2, 1850.",
    "The council closed the old quay, first, because the tolls had doubled, and, second, because the piers were rotting.",
    "The History of the Quay: Dunmore, Lowmoor and the Dunmore Charter",
]
QUAY_NAMES = {"Tova Brin": ("person", "person-brin"), "Brin": ("person", "person-brin"),
              "Elof Hask": ("person", "person-hask"), "Dunmore": ("place", "place-dunmore"),
              "Lowmoor": ("place", "place-lowmoor"), "Kell Pier": ("place", "place-kell"), "Dunmore Charter": ("other", "other-charter")}


def _quay_db(path: Path) -> Path:
    builder = DocumentBuilder("quay", "quay.txt", "text")
    builder.section("A", "The Quay")
    builder.block("paragraph", [Piece(" ".join(QUAY), SourceRef(0, 2000, 2))])
    doc = builder.build()
    text = doc.text
    starts = [text.index(s) for s in QUAY]
    mentions: list[Mention] = []
    for name, (kind, entity) in sorted(QUAY_NAMES.items(), key=lambda x: -len(x[0])):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if not any(x.start <= m.start() < x.end for x in mentions):
                mentions.append(Mention(m.start(), m.end(), kind, entity))
    dates = [DateMention(m.start(), m.end(), m.group()) for m in re.finditer(r"\b1[89]\d\d\b", text)]
    quantities = [Quantity(f"q{i}", m.start(), m.end(), float(m.group(1)), unit, None)
                  for i, (m, unit) in enumerate([(m, "member towns") for m in re.finditer(r"(12) member towns", text)]
                                                + [(m, None) for m in re.finditer(r"to (40)", text)])]
    quantities = [Quantity(q.id, q.start + (3 if q.unit is None else 0), q.end, q.value, q.unit, None)
                  for q in quantities]
    quotes = [Quote(f"u{i}", m.start(1), m.end(1), "quotation", "person-brin", None)
              for i, m in enumerate(re.finditer("\u201c([^\u201d]+)\u201d", text))]
    doc = doc.evolve(sentences=tuple((a, a + len(s)) for a, s in zip(starts, QUAY, strict=True)),
                     mentions=tuple(sorted(mentions, key=lambda m: m.start)), dates=tuple(dates),
                     quantities=tuple(quantities), quotes=tuple(quotes))
    entities = [Entity(e, k, n) for n, (k, e) in QUAY_NAMES.items() if n not in ("Brin",)]
    write_exhibit(path, [("sha-quay", doc)], [doc], entities)
    return path


@pytest.fixture
def quay(tmp_path: Path):
    with contextlib.closing(connect_readonly(_quay_db(tmp_path / "quay.db"))) as connection:
        yield connection


def test_negated_which_question_answers_with_the_exception(quay) -> None:
    """"every parish except Lowmoor" answers which parish did not; the affirmative doers never do."""
    result = _asked(quay, "Which parish didn't send delegates to the Quay Council?")
    assert result["answer"] == "Lowmoor", result


def test_passive_yes_no_reads_a_failed_act(quay) -> None:
    result = _asked(quay, "Was the Dunmore Charter ever ratified?")
    assert result["answer"] == "No", result


def test_an_act_only_named_by_a_noun_is_not_asserted(quay) -> None:
    """"requested approval" says nothing about whether it was approved: never a confident Yes."""
    result = _asked(quay, "Did the assembly approve the harbor loan?")
    assert result["answer"] != "Yes" or result["confidence"] < 0.8, result


def test_an_act_withdrawn_from_a_procedure_did_not_happen(quay) -> None:
    assert _asked(quay, "Was the canal bill considered?")["answer"] == "No"


def test_time_constraint_of_the_question_is_read(quay) -> None:
    """"by 1890": the count stated next to 1850 answers another time."""
    result = ask(quay, "How many member towns did the league have by 1890?", explain=True)
    # the ranking's choice, shown or withheld: its confidence (0.49) is under the cross-validated threshold
    assert result["candidate"] == "40", result
    assert "40" in result["citations"][0]["text"], result


def test_say_question_answers_with_the_quotation_not_the_addressee(quay) -> None:
    result = _asked(quay, "What did Brin write to Governor Hask in 1852?")
    assert result["answer"] == "The quay belongs to the rowers", result


def test_announced_clause_is_the_answer_not_a_quoted_fragment(quay) -> None:
    result = _asked(quay, "What did Brin announce at the spring fair?")
    assert result["answer"] is not None and result["answer"].startswith("that the ferries would carry no cargo"), result


def test_describe_question_is_a_question_about_words() -> None:
    q = analyse("How did the mayor describe the toll?")
    assert (q.verb_class, q.unit, q.slot) == ("saying", "quote", "object")


def test_duration_modifying_the_asked_noun(quay) -> None:
    result = _asked(quay, "How long were the leases the guild got on the piers?")
    assert result["answer"] == "40-year", result


def test_conjoined_slot_beats_its_members(quay) -> None:
    """One name of "co-signed by A and B" is part of the answer: it counts less than the pair."""
    from vitrina.qa.candidates import Candidate, Facts, Sentence, adjust

    text = "The pact was co-signed by Mayor Tova Brin and Governor Elof Hask."
    s = Sentence(1, "d", None, 0, len(text), text, -1.0)
    pair = Candidate(s, 26, 65, text[26:65], "list", 1.3, in_slot=True)
    one = Candidate(s, 32, 41, "Tova Brin", "person", 1.25, in_slot=True)
    adjust(s, Facts(), analyse("Who co-signed the pact?"), [pair, one])
    assert pair.fit == 1.3 and one.fit < 1.25
    assert _asked(quay, "Who co-signed the wharf pact?")["answer"] == "Mayor Tova Brin and Governor Elof Hask"


def test_preposition_with_a_clause_is_not_stranded() -> None:
    """"about dealing with X" is a complete phrase: the wh-word stays the object of "say"."""
    q = analyse("What did the mayor say about dealing with the rowers?")
    assert (q.predicate, q.slot) == ("say", "object")


def test_capitalised_subject_tagged_as_verb_keeps_the_bare_verb() -> None:
    assert analyse("Where did Genêt first land?").predicate == "land"


def test_list_naming_the_question_s_own_thing_is_no_answer() -> None:
    """A heading "…: Dunmore, Lowmoor and the Dunmore Charter" does not list what the Charter opened."""
    from vitrina.qa.candidates import Facts, Sentence, list_candidates

    text = "The History of the Quay: Dunmore, Lowmoor and the Dunmore Charter"
    q = analyse("Which places were opened under the Dunmore Charter?")
    assert list_candidates(Sentence(1, "d", None, 0, len(text), text, -1.0), Facts(), q) == []
    other = "The charter opened Kell, Brae and Tarn to trade."
    found = list_candidates(Sentence(2, "d", None, 0, len(other), other, -1.0), Facts(), q)
    assert [c.text for c in found] == ["Kell, Brae and Tarn"]


def test_adverbial_clause_of_the_question_weighs_less(quay) -> None:
    """"… when she came to Dunmore": the scene; the passage that states the landing need not repeat it."""
    q = analyse("Where did Brin first land when she came to Dunmore in 1850?")
    assert "came" in q.background and "land" not in q.background
    assert _asked(quay, "Where did Brin first land when she came to Dunmore in 1850?")["answer"] == "Kell Pier"


def test_describe_is_answered_by_the_quotation_of_another_verb(quay) -> None:
    result = _asked(quay, "How did Brin describe the toll?")
    assert result["answer"] == "a cruel and needless burden", result


def test_two_reasons_of_one_sentence_are_one_answer(quay) -> None:
    """"first, because …, and, second, because …": the second reason is no rival of the first."""
    from vitrina.ask import _joint
    from vitrina.qa.candidates import Candidate, Sentence

    q = analyse("Why did the council close the old quay?")
    text = QUAY[-2]
    one, other = Sentence(1, "d", None, 0, len(text), text, -1.0), Sentence(2, "d", None, 0, 9, "elsewhere", -1.0)
    first = Candidate(one, 42, 71, "because the tolls had doubled", "clause", 1.2, in_slot=True)
    second = Candidate(one, 85, 114, "because the piers were rotting", "clause", 1.2, in_slot=True)
    assert _joint(second, first, q) and not _joint(Candidate(other, 0, 9, "elsewhere", "clause", 1.2, in_slot=True),
                                                   first, q)
    result = _asked(quay, "Why did the council close the old quay?")
    assert result["answer"] is not None and result["answer"].startswith("because the tolls had doubled"), result


def test_enumeration_keeps_a_modified_last_member() -> None:
    from vitrina.qa.candidates import Facts, Sentence, list_candidates

    text = "The exiles settled in Kell, Brae, and neighboring Tarn."
    q = analyse("Which towns did the exiles settle in?")
    found = list_candidates(Sentence(1, "d", None, 0, len(text), text, -1.0), Facts(), q)
    assert [c.text for c in found] == ["Kell, Brae, and neighboring Tarn"]


def test_list_cut_inside_an_enumeration_counts_less() -> None:
    from vitrina.qa.candidates import Candidate, Facts, Sentence, adjust

    text = "The league invited three towns\u2014Kell, Brae, and Tarn\u2014to join."
    s = Sentence(1, "d", None, 0, len(text), text, -1.0)
    cut = Candidate(s, 18, 41, text[18:41], "list", 1.2, in_slot=True)  # "three towns—Kell, Brae"
    whole = Candidate(s, 31, 50, text[31:50], "list", 1.2, in_slot=True)  # "Kell, Brae, and Tarn"
    adjust(s, Facts(), analyse("Which towns did the league invite?"), [cut, whole])
    assert cut.fit < whole.fit == 1.2


def test_a_date_across_a_semicolon_dates_another_statement() -> None:
    from vitrina.qa.candidates import Candidate, Facts, Sentence, adjust

    text = "By 1890 the league counted 40 member towns; 1850 had seen its founding."
    s = Sentence(1, "d", None, 0, len(text), text, -1.0)
    facts = Facts(dates=[(3, 7, "1890"), (44, 48, "1850")])
    cand = Candidate(s, 27, 42, "40 member towns", "quantity", 1.0)
    adjust(s, facts, analyse("How many member towns did the league have by 1890?"), [cand])
    assert cand.fit == 1.0


def _statement(doc: Document, phrase: str) -> dict:
    at = doc.text.index(phrase)
    start, end = next((a, b) for a, b in doc.sentences if a <= at < b)
    return {"document": doc.id, "start": at, "end": at + len(phrase), "text": phrase,
            "sentence": {"start": start, "end": end, "text": doc.text[start:end]}}


def _compared_db(path: Path, docs: list[Document], verdict: str, phrases: tuple[str, str]) -> Path:
    """An exhibit whose build stored one comparison group of the two dated statements."""
    import json

    relation = "differ" if verdict == "differ" else "uncertain"
    group = {"id": "cmp1", "kind": "event-date", "subject": "date of the treaty", "verdict": verdict,
             "grouping": "the same named event", "entities": [], "documents": [d.id for d in docs],
             "reasons": [{"a": 0, "b": 1, "relation": relation, "reason": "test"}],
             "statements": [_statement(docs[0], phrases[0]), _statement(docs[1], phrases[1])]}
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, _entities(),
                  derive=[lambda _kb: {"comparisons": json.dumps([group])}])
    return path


def test_sources_disagreeing_on_a_place_are_both_shown(tmp_path: Path) -> None:
    """Round 35 (red team D10): two sources naming another place for one act answer the question with both,
    each cited, neither hidden nor withheld as if the sources said nothing."""
    docs = [_document("east", "Eastern Letters", ["Tomas Reik died in Stromness after a long illness."]),
            _document("west", "Western Annals", ["Tomas Reik died in Scalloway after a long illness."])]
    with contextlib.closing(connect_readonly(_write(tmp_path / "p.db", docs))) as conn:
        result = ask(conn, "Where did Tomas Reik die?")
        assert result["answer"] in ("Stromness (sources differ: Scalloway)", "Scalloway (sources differ: Stromness)"), \
            result
        assert {c["document"] for c in result["citations"]} == {"east", "west"}
        _check_citations(conn, result)


def test_sources_differ_note_follows_the_stored_comparison(tmp_path: Path) -> None:
    """The build's comparison of sources decides: a group judged "uncertain" (maybe another act) gets no
    note although the dates disagree; a group judged "differ" gets one, cited in both documents."""
    docs = [_document("north", "The Varnholm Treaty", NORTH), _document("south", "Southern Chronicle", SOUTH_CONFLICT)]
    phrases = ("March 3, 1872", "the spring of 1874")
    with contextlib.closing(connect_readonly(_compared_db(tmp_path / "u.db", docs, "uncertain", phrases))) as conn:
        result = ask(conn, "When was the Treaty of Varnholm signed?")
        assert result["answer"] in phrases, result
    with contextlib.closing(connect_readonly(_compared_db(tmp_path / "d.db", docs, "differ", phrases))) as conn:
        result = ask(conn, "When was the Treaty of Varnholm signed?")
        assert result["answer"] in (f"{phrases[0]} (sources differ: {phrases[1]})",
                                    f"{phrases[1]} (sources differ: {phrases[0]})"), result
        assert {c["document"] for c in result["citations"]} == {"north", "south"}
        _check_citations(conn, result)


def test_an_answer_restating_a_value_the_sources_differ_on_gets_the_note(tmp_path: Path, monkeypatch) -> None:
    """Round 37 (red team D4): the build compared "until 1921, when it reopened" with another source's 1919 and
    found they differ; the answer comes from the next sentence of the same document, "on 4 June 1921", which no
    group holds — it states the same value, so the other source differs from it too. (Everything answerable: the
    note, not the gate of a four-sentence exhibit, is tested.)"""
    import vitrina.ask as ask_module

    monkeypatch.setattr(ask_module, "GATE", {"intercept": 30.0})
    docs = [_document("east", "Harbour Notes", ["The salt hall stood empty until 1921, when it reopened as the Salt "
                                                 "Market.", "The Salt Market was opened by the reeve, Ola Brun, on 4 "
                                                 "June 1921."]),
            _document("west", "Harbour Notes (copy)", ["The salt hall stood empty until 1919, when it reopened as the "
                                                       "Salt Market.", "The Salt Market was opened by the reeve, Ola "
                                                       "Brun."])]
    with contextlib.closing(connect_readonly(_compared_db(tmp_path / "d.db", docs, "differ", ("1921", "1919")))) as conn:
        result = ask(conn, "When did the Salt Market open?")
        assert result["answer"] == "4 June 1921 (sources differ: 1919)", result
        assert {c["document"] for c in result["citations"]} == {"east", "west"}
        _check_citations(conn, result)


def test_demonym_of_another_name_of_a_place(tmp_path: Path) -> None:
    """"the British" states "Britain" through its other name "Great Britain" (WordNet: British)."""
    from vitrina.ask import _aliases
    from vitrina.store.read import as_knowledge_base

    builder = DocumentBuilder("isle", "isle.txt", "text")
    builder.section("A", "Barges")
    text = "The crown gave the British forty barges."
    builder.block("paragraph", [Piece(text, SourceRef(0, len(text), 1))])
    doc = builder.build()
    doc = doc.evolve(sentences=((0, len(doc.text)),))
    write_exhibit(tmp_path / "i.db", [("sha-isle", doc)], [doc],
                  [Entity("place-britain", "place", "Britain", ("Great Britain",))])
    with contextlib.closing(connect_readonly(tmp_path / "i.db")) as connection:
        aliases = dict(_aliases(as_knowledge_base(connection), analyse("How many barges did the crown give Britain?")))
    assert ("british",) in aliases[("britain",)]


def test_exception_among_the_asked_kind_answers_a_negated_question() -> None:
    """"with delegates from each of the parishes except Lowmoor" answers "Which parish did not attend?"."""
    from vitrina.qa.parse import parse_many
    from vitrina.qa.structure import fill

    text = "The council met at the hall, with delegates from each of the parishes except Lowmoor."
    doc = parse_many([text])[0]
    slots = fill(doc, analyse("Which parish did not send anyone?"))
    assert [text[x.start:x.end] for x in slots] == ["Lowmoor"]


def test_enumeration_in_apposition_to_the_asked_noun() -> None:
    from vitrina.qa.candidates import Facts, Sentence, list_candidates

    text = "The charter opened five river ports (Kell, Brae, and Tarn) to trade."
    found = list_candidates(Sentence(1, "d", None, 0, len(text), text, -1.0), Facts(),
                            analyse("Which ports did the charter open?"))
    plain = "The charter named Kell, Brae, and Tarn as towns."
    other = list_candidates(Sentence(2, "d", None, 0, len(plain), plain, -1.0), Facts(),
                            analyse("Which ports did the charter open?"))
    assert [c.text for c in found] == ["Kell, Brae, and Tarn"] and found[0].fit > other[0].fit


def test_bare_number_counting_the_asked_noun_is_a_candidate() -> None:
    """"the garrison had grown to 900": a number the extractor left untyped, counting the asked noun."""
    from vitrina.qa.candidates import Facts, Sentence, quantity_candidates

    text = "In 1850 the fort held 40 soldiers; by 1860 its garrison had grown to 900."
    s = Sentence(1, "d", None, 0, len(text), text, -1.0)
    facts = Facts(quantities=[(22, 33, 40.0, "soldiers")], dates=[(3, 7, "1850"), (38, 42, "1860")])
    found = {c.text: c.fit for c in quantity_candidates(s, facts, analyse("How many garrison troops did the fort have?"))}
    assert found.get("900") == 1.0 and "1860" not in found


def test_support_verb_object_carries_the_event() -> None:
    """"grant recognition": the noun names the act (recognize); an artifact object ("design the satellite")
    does not make its verb a support verb."""
    from vitrina.qa.lexical import derived_verb

    q = analyse("Did any island grant the league recognition?")
    assert q.nominal == "recognize" and "grant" in q.light
    assert analyse("Who designed the survey ship?").nominal is None
    assert derived_verb("approval") == "approve" and derived_verb("satellite") is None


def test_a_light_verb_with_a_noun_spelled_like_its_verb_asks_that_verb() -> None:
    """"made a deal with X": the noun is the act (deal); "design the ship" and a naming verb ("What did the
    crew call the purchase?") keep their own verb."""
    from vitrina.qa.lexical import verb_of_same_form

    q = analyse("Who made a deal with the harbour guild?")
    assert q.nominal == "deal" and "made" in q.light
    assert analyse("What did the crew call the ferry purchase?").nominal is None
    assert analyse("Who designed the survey ship?").nominal is None
    assert verb_of_same_form("visit") == "visit" and verb_of_same_form("treaty") is None


def test_event_noun_under_a_failed_act_is_negated() -> None:
    """"would fail to achieve recognition by a single island": the recognition did not happen."""
    from vitrina.qa.parse import parse_many
    from vitrina.qa.structure import fill

    text = "The league would fail to achieve recognition by even a single island."
    slots = fill(parse_many([text])[0], analyse("Did any island grant the league recognition?"))
    assert slots and all(x.negated for x in slots if x.kind == "truth")


def test_an_infinitive_after_a_naming_verb_is_no_name() -> None:
    """"calling on the council to end the tolls" names nothing; "called the fleet the Grey Armada" does."""
    from vitrina.qa.parse import parse_many
    from vitrina.qa.structure import fill

    q = analyse("What was the guild called?")
    text = "The guild issued a statement calling on the council to end the tolls."
    assert fill(parse_many([text])[0], q) == []


def test_what_was_the_first_x_to_v_is_the_subject_of_the_copula() -> None:
    """"Y became the first barge to cross the strait" answers "What was the first barge to cross the strait?";
    a person is no barge."""
    from vitrina.qa.candidates import Candidate, Facts, Sentence, adjust
    from vitrina.qa.parse import parse_many
    from vitrina.qa.structure import fill

    q = analyse("What was the first barge to cross the strait?")
    assert q.kind_noun == "barge"
    text = "In 1850 the Grey Swan became the first barge to cross the strait."
    assert [text[x.start:x.end] for x in fill(parse_many([text])[0], q)] == ["the Grey Swan"]
    other = "Captain Ivo Sarn crossed the strait in a barge."
    s = Sentence(1, "d", None, 0, len(other), other, -1.0)
    sailor = Candidate(s, 0, 16, "Captain Ivo Sarn", "named", 1.2, in_slot=True)
    adjust(s, Facts(mentions=[(8, 16, "person", "person-sarn")]), q, [sailor])
    assert sailor.fit < 1.2


def test_passive_which_question_asks_the_patient_not_the_agent(harbor) -> None:
    """"Which cargo was seized by the harbor master?": the thing seized, never the one seizing."""
    result = _asked(harbor, "Which cargo was seized by the harbor master?")
    assert result["answer"] != "John Marshall", result
    assert result["answer"] is None or "John Adams" in result["answer"], result


def test_wanted_or_supposed_acts_are_not_asserted() -> None:
    """"willing to ratify", "the struggle to ratify", "would ratify" name an act that may not have
    happened; "managed to ratify" (a positive implicative) asserts it."""
    from vitrina.qa.parse import parse_many
    from vitrina.qa.structure import fill

    q = analyse("Did the council ratify the pact?")
    texts = ["The council was willing to ratify the pact.", "The struggle to ratify the pact divided the town.",
             "The council would ratify the pact.", "The council managed to ratify the pact."]
    credits = [max(x.credit for x in fill(doc, q) if x.kind == "truth") for doc in parse_many(texts)]
    assert credits[3] == 1.0 and all(c < 1.0 for c in credits[:3]), credits


def test_yes_no_before_an_event_stated_after_it_is_no() -> None:
    """"Was the pier sold before the flood?" — "Following the flood, the guild sold the pier": No."""
    from vitrina.qa.parse import parse_many
    from vitrina.qa.structure import fill

    q = analyse("Was the pier sold before the flood?")
    assert q.when == ("before", frozenset({"flood"}))
    after, before = parse_many(["Following the flood, the guild sold the pier.",
                                "Before the flood, the guild sold the pier."])
    assert [x.negated for x in fill(after, q) if x.kind == "truth"] == [True]
    assert [x.negated for x in fill(before, q) if x.kind == "truth"] == [False]


def test_a_statement_restricted_by_but_not_is_not_fully_asserted() -> None:
    """"recognized the league as a trading partner, but not a sovereign state": a qualified yes."""
    from vitrina.qa.parse import parse_many
    from vitrina.qa.structure import fill

    q = analyse("Did the island recognize the league?")
    qualified, plain = parse_many(["The island recognized the league as a trading partner, but not a sovereign state.",
                                   "The island recognized the league in 1850."])
    credit = {name: max(x.credit for x in fill(doc, q) if x.kind == "truth")
              for name, doc in (("qualified", qualified), ("plain", plain))}
    assert credit["qualified"] < credit["plain"] == 1.0, credit


def test_one_name_for_a_plural_question_is_less_sure() -> None:
    """"Which towns…?" answered by one name: the list may be incomplete."""
    from vitrina.ask import _confidence
    from vitrina.qa.candidates import Candidate, Sentence

    text = "Kell was burned in 1850."
    s = Sentence(1, "d", None, 0, len(text), text, -1.0, coverage=1.0, aligned=True)
    one = Candidate(s, 0, 4, "Kell", "list", 1.2, in_slot=True)
    plural = _confidence(one, 1.0, analyse("Which towns were burned in 1850?"))
    single = _confidence(one, 1.0, analyse("Which town was burned in 1850?"))
    assert plural < single


def test_two_dates_framing_a_stretch_of_time_answer_how_long() -> None:
    from vitrina.qa.candidates import Facts, Sentence, date_ranges

    text = "The fair ran from 3 May 1822 to 9 June 1822 on the common."
    found = [c.text for c in date_ranges(Sentence(1, "d", None, 0, len(text), text, -1.0), Facts())]
    assert found == ["from 3 May 1822 to 9 June 1822"]
    plain = "The fair opened on 3 May 1822, and the mill on 9 June 1822."
    assert date_ranges(Sentence(2, "d", None, 0, len(plain), plain, -1.0), Facts()) == []


def test_words_found_only_in_the_context_are_measured_apart() -> None:
    from vitrina.ask import _cover
    from vitrina.qa.candidates import Sentence

    q = analyse("When did Mara Olsen open the ferry line?")
    weights = {w: 1.0 for w in q.content + q.names}
    direct = Sentence(1, "d", None, 0, 60, "Mara Olsen opened the ferry line in May 1880.", -5.0)
    _cover(direct, q, weights, "", "")
    after = Sentence(2, "d", None, 0, 60, "She sold it to a rival in 1881.", -5.0)
    _cover(after, q, weights, "", "Mara Olsen opened a bakery and the ferry line.")
    assert direct.indirect == 0.0 and direct.coverage == 1.0
    assert after.indirect == pytest.approx(0.6)  # "open", "ferry", "line" only before it ("she": her name)


def test_the_answerability_gate_decides_abstention_not_the_confidence(conn, monkeypatch) -> None:
    import vitrina.ask as ask_module

    if not ask_module.CALIBRATION:
        pytest.skip("no fitted calibration in qa/weights.py")
    question = "Who founded the Coastal Survey Office?"
    shown = ask(conn, question)
    monkeypatch.setattr(ask_module, "GATE", {"intercept": -30.0})  # nothing is answerable
    withheld = ask(conn, question, explain=True)
    assert withheld["answer"] is None and withheld["confidence"] == shown["confidence"]  # the shown one is kept
    assert ask(conn, question)["confidence"] == 0.0  # … for the bench only: no answer reads as no confidence
    monkeypatch.setattr(ask_module, "GATE", {"intercept": 30.0})  # everything is
    assert ask(conn, question)["answer"] == "Tomas Reik"


def test_a_claim_the_source_disputes_is_not_stated_as_the_answer(tmp_path: Path) -> None:
    said = "It is often said that Reik visited Kirkwall in March 1872, but there is no evidence that he ever did."
    plain = "Reik visited Kirkwall in March 1872 with the survey party."
    for name, paragraph, disputed in (("said", said, True), ("plain", plain, False)):
        path = _write(tmp_path / f"{name}.db", [_document(name, "Visits", [paragraph])])
        with contextlib.closing(connect_readonly(path)) as connection:
            result = _asked(connection, "When did Reik visit Kirkwall?")
        if disputed:
            assert result["answer"] is None and result["disputed"] == "March 1872", result
        else:
            assert result["answer"] == "March 1872" and "disputed" not in result, result


def test_a_figure_the_writer_corrects_is_not_stated_as_the_answer(tmp_path: Path, monkeypatch) -> None:
    import vitrina.ask as ask_module

    monkeypatch.setattr(ask_module, "GATE", {"intercept": 30.0})  # the gate open: what ask would state
    stated = "In our issue of May 4 we stated that the Penhallow quarry employs three hundred men."
    for name, after, withheld in (("corrected", "The correct number is ninety.", True),
                                  ("kept", "The quarry opened in 1871.", False)):
        path = _write(tmp_path / f"{name}.db", [_document(name, "Notices", [f"{stated} {after}"])])
        with contextlib.closing(connect_readonly(path)) as connection:
            result = _asked(connection, "How many men does the Penhallow quarry employ?")
        if withheld:  # withheld as corrected, or the correct figure answered
            assert result["answer"] != "three hundred men", result
        else:
            assert result["answer"] == "three hundred men" and "disputed" not in result, result


def _ranked_first(tmp_path: Path, name: str, paragraphs: list[str], question: str, monkeypatch) -> str | None:
    """The answer ``ask`` ranks first, the gate opened wide (what it would show, not whether it shows it)."""
    import vitrina.ask as ask_module

    monkeypatch.setattr(ask_module, "GATE", {"intercept": 30.0})
    path = _write(tmp_path / f"{name}.db", [_document(name, "Harbours", paragraphs)])
    with contextlib.closing(connect_readonly(path)) as connection:
        return ask(connection, question)["answer"]


def test_the_doer_of_a_denied_act_is_not_the_answer(tmp_path: Path, monkeypatch) -> None:
    paragraphs = ["In 1872 the harbour families sent a petition to the council.",
                  "Tomas Reik signed the petition; Elsa Brandt did not sign it."]
    assert _ranked_first(tmp_path, "denied", paragraphs, "Who signed the petition?", monkeypatch) != "Elsa Brandt"
    assert _ranked_first(tmp_path, "denied2", paragraphs, "Who did not sign the petition?", monkeypatch) \
        == "Elsa Brandt"


def test_a_supposed_act_is_not_stated_as_fact(tmp_path: Path) -> None:
    supposed = ["In 1872 the council chose a town for its new office.",
                "Had the council refused, the office would have gone to Lerwick."]
    plain = ["In 1872 the council chose a town for its new office.",
             "After the vote the office went to Lerwick."]
    answers = {}
    for name, paragraphs in (("supposed", supposed), ("plain", plain)):
        path = _write(tmp_path / f"{name}.db", [_document(name, "Offices", paragraphs)])
        with contextlib.closing(connect_readonly(path)) as connection:
            answers[name] = ask(connection, "Where did the office go?")["answer"]
    assert answers == {"supposed": None, "plain": "Lerwick"}


def test_a_negated_question_is_not_answered_by_the_affirmed_act(tmp_path: Path) -> None:
    """"When did X not V?" of "X V-ed in T": T dates the act the question negates, so it is no answer."""
    paragraphs = ["The old harbour mill at Stromness was built of timber.",
                  "The mill burned in March 1872, and the town rebuilt it in stone."]
    path = _write(tmp_path / "mill.db", [_document("mill", "Mills", paragraphs)])
    with contextlib.closing(connect_readonly(path)) as connection:
        assert ask(connection, "When did the mill burn?")["answer"] == "March 1872"
        assert ask(connection, "When did the mill not burn?")["answer"] is None


def test_a_gapped_conjunct_keeps_its_own_date(tmp_path: Path, monkeypatch) -> None:
    paragraphs = ["The survey later opened offices at Stromness in 1874, and at Scalloway in 1879."]
    assert _ranked_first(tmp_path, "gapped", paragraphs, "When did the survey open an office at Scalloway?",
                         monkeypatch) in ("1879", "in 1879")
    assert _ranked_first(tmp_path, "gapped2", paragraphs, "When did the survey open an office at Stromness?",
                         monkeypatch) in ("1874", "in 1874")


def test_a_false_premise_the_sentence_denies_is_not_answered(tmp_path: Path) -> None:
    """The answering sentence names another place of the question's kind under the question's preposition
    ("in Lerwick" for "in Stromness", a place another document names): the premise is false."""
    docs = [_document("north", "The Varnholm Treaty", NORTH),
            _document("south", "Southern Chronicle", ["Elsa Brandt visited Stromness in 1880 and praised its harbor."])]
    with contextlib.closing(connect_readonly(_write(tmp_path / "s.db", docs))) as conn:
        right = ask(conn, "Who founded the Coastal Survey Office in Lerwick?")
        wrong = ask(conn, "Who founded the Coastal Survey Office in Stromness?")
    assert right["answer"] is not None and "Reik" in right["answer"]
    assert wrong["answer"] is None and wrong["confidence"] < 0.5


def test_a_premise_told_at_a_wider_scale_is_no_false_premise(tmp_path: Path, monkeypatch) -> None:
    """The sentence names the country the question's town lies in ("sailed to Norway" for "sailed to
    Oslo"): one premise at two scales, so the answer stands; a town of another country still denies it."""
    monkeypatch.setitem(PEOPLE, "Lene Vik", "person-vik")
    monkeypatch.setitem(PLACES, "Norway", "place-norway")
    monkeypatch.setitem(PLACES, "Oslo", "place-oslo")
    monkeypatch.setitem(PLACES, "Lisbon", "place-lisbon")
    docs = [_document("north", "The Varnholm Treaty", NORTH),
            _document("voyage", "The Voyage", ["Lene Vik sailed to Norway in 1901 with the survey charts."]),
            _document("ports", "Ports", ["Oslo and Lisbon kept copies of the charts."])]
    with contextlib.closing(connect_readonly(_write(tmp_path / "v.db", docs))) as conn:
        wider = ask(conn, "Who sailed to Oslo in 1901 with the survey charts?")
        other = ask(conn, "Who sailed to Lisbon in 1901 with the survey charts?")
    assert wider["answer"] is not None and "Vik" in wider["answer"]
    assert other["answer"] is None


def test_one_place_holds_the_other_by_the_gazetteer() -> None:
    from vitrina.ask import _one_place_holds_the_other

    assert _one_place_holds_the_other("Oslo", "Norway") and _one_place_holds_the_other("Norway", "Oslo")
    assert not _one_place_holds_the_other("Lisbon", "Norway")


@pytest.mark.parametrize("question", [
    "What nickname did the spring fair of Orlen get?",  # main: "The weavers" (a name noun read as the object)
    "What was the spring fair of Orlen called?",
])
def test_a_name_asked_is_the_name_the_sentence_gives(tmp_path: Path, monkeypatch, question: str) -> None:
    """Round 37: a naming ask in the wordings people use takes the name a naming construction gives."""
    paragraphs = ["The weavers of Orlen held a spring fair every May from 1650.",
                  "Danish merchants flocked to the fair, and the Swedish crown soon dubbed it “the Lantern Fair.”"]
    assert _ranked_first(tmp_path, "fair", paragraphs, question, monkeypatch) in ("the Lantern Fair", "Lantern Fair")
