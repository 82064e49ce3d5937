"""TEI reader: sections as documents, inline markup, exact source offsets."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from vitrina.errors import InputError
from vitrina.ingest import tei

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MILESTONES = SHARED / "corpus" / "milestones"


def read_fixture(name: str):
    path = FIXTURES / name
    return tei.read(path.read_bytes(), str(path))


def test_each_section_div_is_a_document():
    docs = read_fixture("canal.xml")
    assert [d.id for d in docs] == ["canal-overview", "canal-eastern-cut"]
    assert docs[0].title == "1820–1850: The Age of Canals"
    assert docs[1].title == "The Eastern Cut, 1831"
    assert all(d.format == "tei" for d in docs)
    assert dict(docs[1].meta)["collection"] == "Waterways: 1820–1850"


def test_first_section_is_the_essay_and_nested_divs_are_sections():
    doc = read_fixture("canal.xml")[1]
    titles = [(s.label, s.title) for s in doc.sections]
    assert titles == [(None, "The Eastern Cut, 1831"), (None, "Tolls"), (None, "Notes")]
    kinds = [b.kind for b in doc.blocks]
    assert kinds[:4] == ["heading", "paragraph", "caption", "credit"]
    texts = [doc.text[b.start : b.end] for b in doc.blocks]
    assert "Grain, two pence" in texts and "Timber, four pence" in texts


def test_whitespace_collapsed_and_entities_decoded():
    doc = read_fixture("canal.xml")[0]
    para = next(b for b in doc.blocks if b.kind == "paragraph")
    assert doc.text[para.start : para.end] == (
        "Engineers such as Margit Oslund planned locks near Brevik Falls & beyond."
    )


def test_markup_kinds_attrs_and_offsets():
    doc = read_fixture("canal.xml")[1]
    found = [(m.kind, doc.text[m.start : m.end], m.attrs) for m in doc.markup]
    assert ("date", "1831", (("when", "1831"),)) in found  # inside the head
    assert ("date", "April 2, 1831", (("when", "1831-04-02"),)) in found
    assert ("organization", "Brevik Canal Company", ()) in found
    assert ("quote", "“the water obeys us now.”", (("who", "#oslund"),)) in found
    assert ("place", "Eastern Cut", ()) in found  # in the figure caption
    assert ("place", "Sandvik", ()) in found


def test_notes_are_lifted_out_of_the_paragraph_and_kept_at_the_end():
    doc = read_fixture("canal.xml")[1]
    para = doc.blocks[1]
    assert "Letter held" not in doc.text[para.start : para.end]
    assert "now.” Traffic rose at once." in doc.text[para.start : para.end]
    assert doc.sections[-1].title == "Notes"
    assert doc.text.endswith("Letter held in the company papers.")


def test_figure_credit_from_bibl_child():
    doc = read_fixture("canal.xml")[1]
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert doc.text[caption.start : caption.end] == "Barges in the Eastern Cut"
    assert caption.credit == "Courtesy of the Brevik Museum"
    assert caption.position is None


def test_source_map_lines_and_exact_offsets():
    path = FIXTURES / "canal.xml"
    source = path.read_text(encoding="utf-8")
    doc0, doc1 = read_fixture("canal.xml")
    place = next(m for m in doc0.markup if m.kind == "place")
    loc = doc0.source_map.locate(place.start, place.end)
    assert source[loc.start : loc.end] == "Brevik Falls"
    assert loc.line == source[: loc.start].count("\n") + 1 == 18
    person = next(m for m in doc0.markup if m.kind == "person")
    assert doc0.source_map.locate(person.start, person.end).line == 16  # spans a line break
    tolls = next(b for b in doc1.blocks if doc1.text[b.start : b.end].startswith("Tolls were"))
    loc = doc1.source_map.locate(tolls.start, tolls.end)
    assert loc.line == 36
    assert source[loc.start : loc.end] == "Tolls were collected at <placeName>Sandvik</placeName>."
    for seg in doc1.source_map.segments:  # verbatim pieces map exactly
        text, src = doc1.text[seg.start : seg.end], source[seg.ref.start : seg.ref.end]
        assert text == src or text.rstrip() == src.rstrip() or src.startswith("&")


def test_body_without_section_divs_is_one_document(tmp_path):
    data = b"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
    <title>Ledger of the Mill at Kessel</title></titleStmt></fileDesc></teiHeader>
    <text><body><div><head>Spring</head><p>The wheel turned for
    <persName>Aart Visser</persName>.</p></div><div><p>Loose text.</p>
    <figure><head>The wheel</head></figure></div></body></text></TEI>"""
    [doc] = tei.read(data, str(tmp_path / "kessel-ledger.xml"))
    assert doc.id == "kessel-ledger"
    assert doc.title == "Ledger of the Mill at Kessel"  # the file's title, not its first part's head
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "paragraph", "caption"]
    assert doc.text[doc.markup[0].start : doc.markup[0].end] == "Aart Visser"


def test_header_title_when_no_head_and_no_namespace():
    data = b"""<?xml version="1.0"?><TEI><teiHeader><fileDesc><titleStmt>
    <title>Orchard Diary</title></titleStmt></fileDesc></teiHeader>
    <text><body><p>Pears <date when="1902-09">in September</date>.</p></body></text></TEI>"""
    [doc] = tei.read(data, "diary.xml")
    assert doc.title == "Orchard Diary"
    assert doc.text == "Pears in September."
    assert doc.markup[0].attrs == (("when", "1902-09"),)


def test_line_breaks_separate_words_unless_break_no():
    data = b"""<TEI><text><body><p>Harbour<lb/>master and tide<lb break="no"/>water
    <pb n="2"/>gauges.</p></body></text></TEI>"""
    [doc] = tei.read(data, "breaks.xml")
    assert doc.text == "Harbour master and tidewater gauges."


def test_not_tei_without_body():
    with pytest.raises(InputError, match="no text/body"):
        tei.read(b"<root><x>1</x></root>", "other.xml")


# ---------------------------------------------------------------- golden corpus

KINDS = {"persName": "person", "placeName": "place", "orgName": "organization", "date": "date"}


def _expected_markup(div) -> Counter:
    found = Counter()
    for el in div.iter(*(f"{{*}}{name}" for name in KINDS)):
        text = " ".join("".join(el.itertext()).split())
        found[(KINDS[etree.QName(el).localname], text)] += 1
    return found


@pytest.mark.skipif(not MILESTONES.is_dir(), reason="shared corpus absent")
def test_golden_milestones_corpus():
    files = sorted(MILESTONES.glob("*.xml"))
    started = time.perf_counter()
    docs_by_file = {f: tei.read(f.read_bytes(), str(f)) for f in files}
    elapsed = time.perf_counter() - started
    docs = [d for ds in docs_by_file.values() for d in ds]
    assert len(files) == 19
    assert len(docs) == 205
    assert len({d.id for d in docs}) == 205
    counts = Counter(m.kind for d in docs for m in d.markup)
    print(
        f"\nread {len(files)} files, {len(docs)} documents in {elapsed:.2f}s; markup {dict(counts)}"
    )
    for path, file_docs in docs_by_file.items():
        root = etree.parse(str(path)).getroot()
        divs = [d for d in root.iter("{*}div") if d.get("type") == "section"]
        assert len(divs) == len(file_docs)
        for div, doc in zip(divs, file_docs, strict=True):
            assert doc.title.strip(), doc.id
            has_text_p = any("".join(p.itertext()).strip() for p in div.iter("{*}p"))
            kinds = {b.kind for b in doc.blocks}
            assert ("paragraph" in kinds) == has_text_p, doc.id
            for m in doc.markup:
                span = doc.text[m.start : m.end]
                assert span and span == span.strip(), (doc.id, m)
            got = Counter(
                (m.kind, doc.text[m.start : m.end]) for m in doc.markup if m.kind != "quote"
            )
            assert got == _expected_markup(div), doc.id
            source = doc.source_map.source_text
            for b in doc.blocks:
                loc = doc.source_map.locate(b.start, b.end)
                assert loc is not None and loc.line > 1
                word = doc.text[b.start : b.end].split()[0][:3]
                assert source.startswith(word, loc.start), (doc.id, b)
    assert counts["person"] >= 400 and counts["place"] >= 150 and counts["date"] >= 150


def test_text_outside_the_section_divs_is_a_document_of_its_own() -> None:
    data = b"""<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text>
    <front><div type="preface"><p>These letters were copied by a parish clerk.</p></div></front>
    <body><p>The mill stood on the weir for two centuries.</p>
    <div type="section" xml:id="wheel"><head>The Wheel</head><p>Its wheel turned twelve stones.</p></div>
    <div type="chapter"><head>The Miller</head><p>The miller paid his rent in flour.</p></div>
    <div type="section" xml:id="fire"><head>The Fire</head><p>A spark from the flue burned the loft.</p></div>
    </body></text></TEI>"""
    docs = tei.read(data, "mill.xml")
    assert [d.id for d in docs] == ["mill-text", "mill-wheel", "mill-fire"]
    rest = docs[0].text
    for sentence in ("copied by a parish clerk", "stood on the weir", "The Miller", "paid his rent in flour"):
        assert sentence in rest
    assert "twelve stones" not in rest and "twelve stones" in docs[1].text


def test_one_reading_of_each_group_of_alternatives_is_read():
    data = b"""<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
    <p>The miller <choice><sic>Tomas</sic><corr>Thomas</corr></choice> Hale wrote in <choice>
      <abbr>Oct.</abbr>
      <expan>October</expan>
    </choice> 1790 from <app><rdg wit="#A">Leeds</rdg><lem>York</lem></app>, <choice><orig>ye</orig><reg>the</reg>
    </choice> mill <subst><del>burnt 1788</del><add>rebuilt 1789</add></subst>; <del>struck out</del>done.</p>
    </body></text></TEI>"""
    [doc] = tei.read(data, "mill.xml")
    assert doc.text == "The miller Thomas Hale wrote in October 1790 from York, the mill rebuilt 1789; done."
    readings = {doc.text[m.start : m.end]: dict(m.attrs) for m in doc.markup if m.kind == "reading"}
    assert readings == {
        "Thomas": {"read": "corr", "sic": "Tomas"},
        "October": {"read": "expan", "abbr": "Oct."},
        "York": {"read": "lem", "rdg": "Leeds"},
        "the": {"read": "reg", "orig": "ye"},
        "rebuilt 1789": {"read": "add", "del": "burnt 1788"},
    }


def test_an_apparatus_without_a_lemma_reads_its_first_reading():
    data = b"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
    <p>Sailed to <app><rdg wit="#A">Riga</rdg><rdg wit="#B">Memel</rdg></app> in spring.</p></body></text></TEI>"""
    [doc] = tei.read(data, "log.xml")
    assert doc.text == "Sailed to Riga in spring."
    assert [dict(m.attrs) for m in doc.markup if m.kind == "reading"] == [{"read": "rdg", "rdg": "Memel"}]


LETTER = b"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A note on the ferry</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>
<profileDesc><correspDesc>
<correspAction type="sent"><persName>Tobias Wren</persName><placeName>Harwich</placeName><date when="1902-08-14">14 August 1902</date></correspAction>
<correspAction type="received"><persName>Alice Marlow</persName></correspAction>
</correspDesc></profileDesc></teiHeader>
<text><body><div type="letter"><opener><dateline>Harwich, 14 August 1902</dateline><salute>My dear Alice,</salute></opener>
<p>The ferry sailed two hours late because of the fog.</p>
<closer><salute>Ever yours,</salute><signed>Tobias</signed></closer></div></body></text></TEI>"""


def test_a_letters_opener_and_closer_lines_are_blocks_of_their_own() -> None:
    [doc] = tei.read(LETTER, "wren.xml")
    texts = [doc.text[b.start : b.end] for b in doc.blocks]
    assert texts == ["Harwich, 14 August 1902", "My dear Alice,", "The ferry sailed two hours late because of the fog.",
                     "Ever yours,", "Tobias"]


def test_a_letters_correspondence_description_is_its_metadata() -> None:
    [doc] = tei.read(LETTER, "wren.xml")
    meta = dict(doc.meta)
    assert (meta["sender"], meta["author"], meta["recipient"]) == ("Tobias Wren", "Tobias Wren", "Alice Marlow")
    assert (meta["place"], meta["date"], meta["dated"]) == ("Harwich", "1902-08-14", "1902-08-14")


PAGED = b"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A ledger</title></titleStmt>
<publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>The clerk will sur<pb n="7"/>render the keys at noon. <pb n="8"/>
The porter locks the gate.<lb/>Then he sleeps in the lodge<cb/>house.</p></body></text></TEI>"""


def test_milestone_inside_a_word_joins_it_and_pages_reach_the_source_map() -> None:
    from vitrina.ingest.tei import read

    doc = read(PAGED, "ledger.xml")[0]
    assert "will surrender the keys" in doc.text
    assert "gate. Then" in doc.text and "lodgehouse" in doc.text  # a bare lb is a line end, a cb inside a word joins
    where = doc.source_map.locate(doc.text.index("render"), doc.text.index("render") + 6)
    assert where is not None and where.page == 7
    porter = doc.text.index("porter")
    assert doc.source_map.locate(porter, porter + 6).page == 8
    clerk = doc.text.index("clerk")
    assert doc.source_map.locate(clerk, clerk + 5).page is None  # before the first page break


SPOKEN = b"""<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
<title>Tape 3</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><recordingStmt>
<recording><date when="1987-05-02">2 May 1987</date></recording></recordingStmt></sourceDesc></fileDesc>
<profileDesc><particDesc><listPerson>
<person xml:id="rk" role="narrator"><persName>Rosa Kettle</persName></person>
<person xml:id="jm" role="interviewer"><persName>Joel Marsh</persName></person>
</listPerson></particDesc></profileDesc></teiHeader>
<text><body><u who="#jm">Where was the bakery?</u><u who="#rk">On the quay. <incident><desc>coughs</desc></incident>
My aunt said <q>Bread waits for no one</q> and <gap reason="inaudible"/> we laughed.</u>
<sp><speaker>Rosa Kettle</speaker><p>That was the end of it.</p></sp></body></text></TEI>"""


def test_utterances_are_turns_opened_by_their_speakers_name():
    doc = tei.read(SPOKEN, "tape3.xml")[0]
    texts = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert texts[0] == "Joel Marsh: Where was the bakery?"
    assert texts[1].startswith("Rosa Kettle: On the quay. [coughs] My aunt said “Bread waits for no one” and")
    assert "[inaudible] we laughed." in texts[1]
    assert texts[2] == "Rosa Kettle: That was the end of it."
    speakers = [(doc.text[m.start:m.end], dict(m.attrs).get("role")) for m in doc.markup if m.kind == "speaker"]
    assert speakers[:2] == [("Joel Marsh", "interviewer"), ("Rosa Kettle", "narrator")]
    people = {doc.text[m.start:m.end] for m in doc.markup if m.kind == "person"}
    assert people == {"Joel Marsh", "Rosa Kettle"}


def test_header_roles_and_recording_date_are_metadata():
    meta = dict(tei.read(SPOKEN, "tape3.xml")[0].meta)
    assert meta["narrator"] == "Rosa Kettle"
    assert meta["interviewer"] == "Joel Marsh"
    assert meta["date"] == "1987-05-02"


ROLED = """<?xml version="1.0"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Tape 9</title>
<respStmt><resp>transcribed by</resp><persName>Ines Rudd</persName></respStmt></titleStmt>
<publicationStmt><p>x</p></publicationStmt><sourceDesc><p>y</p></sourceDesc></fileDesc>
<profileDesc><particDesc><listPerson>
<person xml:id="pv" role="narrator"><persName><forename>Petra</forename> <surname>Voss</surname></persName>
<occupation>rope maker</occupation></person>
<person xml:id="lo" role="interviewer"><persName><roleName>Dr</roleName> Lev Orr</persName></person>
<person xml:id="nn" role="narrator"/>
</listPerson></particDesc></profileDesc></teiHeader>
<text><body><u who="#lo">When?</u><u who="#pv">In spring. Ines Rudd typed it.</u></body></text></TEI>"""


def test_header_roles_are_kept_per_person_and_cited_by_their_element():
    doc = tei.read(ROLED.encode(), "tape9.xml")[0]
    found = {(name, role): (where, a, b) for name, role, where, a, b in doc.header_roles}
    assert set(found) == {("Petra Voss", "narrator"), ("Petra Voss", "rope maker"), ("Lev Orr", "interviewer"),
                          ("Lev Orr", "dr"), ("Ines Rudd", "transcribed by")}  # a person with no name gives none
    where, a, b = found["Petra Voss", "rope maker"]
    assert ROLED[a:b] == "<occupation>rope maker</occupation>"
    line = ROLED[:a].count("\n") + 1
    assert where == f"occupation, line {line}, column {a - ROLED.rindex(chr(10), 0, a)}"
    where, a, b = found["Petra Voss", "narrator"]
    assert where.startswith("person/@role") and ROLED[a:b] == '<person xml:id="pv" role="narrator">'
    assert ROLED[slice(*found["Ines Rudd", "transcribed by"][1:])] == "<resp>transcribed by</resp>"
