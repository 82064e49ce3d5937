"""Old Style dates on the timeline, other languages' month names, and the year a writing's date gives no day
(round 41 red team DEF-04, DEF-05, DEF-06; #14). Sentences written for these tests."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from vitrina.extract.dates import find_dates
from vitrina.extract.oldstyle import gregorian_to_julian, julian_to_gregorian, style_marked
from vitrina.model import DateMention


def _dates(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[d.start:d.end], d.edtf, d.julian) for d in find_dates(text)]


@pytest.mark.parametrize(("julian", "gregorian"), [
    ("1582-10-04", "1582-10-14"),  # the reform's last Julian day, followed by 15 October
    ("1700-02-28", "1700-03-10"),  # ten days until the Julian 29 February 1700, which Gregory's calendar omits
    ("1700-02-29", "1700-03-11"),
    ("1752-09-02", "1752-09-13"),  # Britain's change of calendar: 2 September was followed by 14
    ("1800-03-01", "1800-03-13"),  # twelve days from the Julian 1 March 1800
    ("1918-01-31", "1918-02-13"),  # thirteen in the 20th century: Russia followed its Julian 31 January by 14 February
    ("1690-05-06/1690-05-08", "1690-05-16/1690-05-18"),
])
def test_a_julian_day_is_converted_by_its_centurys_rule(julian: str, gregorian: str) -> None:
    assert julian_to_gregorian(julian) == gregorian


@pytest.mark.parametrize("value", ["1711-03", "1711", "1500-06-01", "1711-21"])
def test_no_conversion_without_a_day_or_before_the_reform(value: str) -> None:
    assert julian_to_gregorian(value) is None


def test_style_marks_after_a_date() -> None:
    text = "on 4 May 1690, O.S. and on 14 May 1690 (New Style) and 4 May 1690 stilo vetere, and 4 May 1690 Oscar"
    ends = [text.index(" 1690") + 5 + i for i in (0,)]
    assert style_marked(text, ends[0]) == "julian"
    assert style_marked(text, text.index("1690 (") + 4) == "gregorian"
    assert style_marked(text, text.index("1690 stilo") + 4) == "julian"
    assert style_marked(text, text.rindex("1690") + 4) is None


def test_a_day_marked_old_style_is_given_as_its_gregorian_day() -> None:
    assert _dates("The packet sailed from Harwich on 4 May 1690, O.S., with the mails.") == \
        [("4 May 1690", "1690-05-14", "1690-05-04")]


def test_a_split_year_marks_old_style_and_gives_the_later_year() -> None:
    text = "The assizes sat 6–8 February 1719/20 at Exeter."
    assert _dates(text) == [("6–8 February 1719/20", "1720-02-17/1720-02-19", "1720-02-06/1720-02-08")]


def test_a_day_counted_from_an_old_style_date_is_old_style_too() -> None:
    text = "The assizes opened on 6 February 1719/20. On February 9 the jury was sworn."
    assert _dates(text)[1] == ("February 9", "1720-02-20", "1720-02-09")


def test_new_style_dates_and_double_days_are_not_converted() -> None:
    assert _dates("The treaty was signed on 14 May 1690 N.S. at the Hague.") == [("14 May 1690", "1690-05-14", None)]
    # the double day is its New Style day; its Old Style number is the Julian reading (red team 44 L2)
    assert _dates("We weighed anchor the 4/14 March 1690/91 at dawn.")[0][1:] == ("1691-03-14", "1691-03-04")
    assert _dates("The mill burned on 9 March 1719 and was rebuilt.") == [("9 March 1719", "1719-03-09", None)]


def test_a_double_day_keeps_its_julian_half() -> None:
    assert _dates("Kazan, 3/14 October 1774. The caravan left at noon.")[0] == (
        "3/14 October 1774", "1774-10-14", "1774-10-03")
    assert _dates("The fair closed on October 20/31, 1774, in the rain.")[0][1:] == ("1774-10-31", "1774-10-20")
    # two numbers the calendars' gap does not part are no Old and New Style pair: no Julian reading
    assert all(julian is None for _, _, julian in _dates("The fair ran 3/9 October 1774 in the rain."))


def test_a_day_before_its_double_dated_year_with_a_period() -> None:
    assert _dates("Portsmouth, February 3. 1719/20.")[0][1:] == ("1720-02-14", "1720-02-03")


def test_an_ordinal_ending_after_a_period_is_read() -> None:
    assert _dates("Rec'd the 7.th of June 1731 from Mr Hale.") == [("the 7.th of June 1731", "1731-06-07", None)]
    assert _dates("On the ix.th of June 1731 the mill stopped.")[0][1] == "1731-06-09"


@pytest.mark.parametrize(("text", "written", "edtf"), [
    ("Am 3. Mai 1805 verließ er die Stadt.", "3. Mai 1805", "1805-05-03"),  # CLDR's German
    ("El 5 de junio de 1808 llegó la carta.", "5 de junio de 1808", "1808-06-05"),  # Spanish with its "de"
    ("Le 9 février 1763 le navire partit.", "9 février 1763", "1763-02-09"),  # French
    ("Il 12 settembre 1799 il ponte crollò.", "12 settembre 1799", "1799-09-12"),  # Italian
    ("Op 4 augustus 1672 kwam hij aan.", "4 augustus 1672", "1672-08-04"),  # Dutch
    ("Die VII Augusti MDCCC baptizatus est.", "VII Augusti MDCCC", "1800-08-07"),  # Latin (lexicon), Roman numerals
    ("Le XIV octobre MDCCLX il mourut.", "XIV octobre MDCCLX", "1760-10-14"),
])
def test_a_month_named_in_another_language_is_read(text: str, written: str, edtf: str) -> None:
    assert (written, edtf, None) in _dates(text)


def test_other_languages_month_names_need_a_day_and_a_year() -> None:
    assert _dates("They watched Mars in 1805 from the roof.") == [("1805", "1805", None)]
    assert _dates("Mars and Venus rose, 12 Mars bars were sold in 1999.") == [("1999", "1999", None)]


def test_the_date_of_a_writing_is_no_year_for_the_days_told_after_it() -> None:
    text = ("The wreck happened in 1806. Her diary of 1840 recalls the night. "
            "The crew reached the shore on 9 April.")
    assert _dates(text)[-1] == ("9 April", "1806-04-09", None)
    text = "The wreck is told in his memoir of 1840. The crew reached the shore on 9 April."
    assert [d for d in _dates(text) if d[0] == "9 April"] == []


def test_the_date_of_an_instrument_still_gives_its_year() -> None:
    text = "Under the treaty of 1806 the forts were handed over on 9 April."
    assert _dates(text)[-1] == ("9 April", "1806-04-09", None)


def test_the_julian_reading_is_exported_beside_the_value(tmp_path: Path) -> None:
    from vitrina.export import export
    from vitrina.ingest import markdown
    from vitrina.store import connect_readonly, write_exhibit

    text = "The packet sailed on 4 May 1690, O.S., and came in on 20 May 1690.\n"
    (doc,) = markdown.read(text.encode(), str(tmp_path / "packet.md"))
    found = tuple(find_dates(doc.text))
    doc = replace(doc, dates=found)
    assert [d.julian for d in found] == ["1690-05-04", None]
    db = tmp_path / "p.db"
    write_exhibit(db, [("sha", doc)], [doc], [])
    with connect_readonly(db) as conn:
        export(conn, "json", tmp_path / "kb.json")
        export(conn, "csv", tmp_path / "csv")
    (exported,) = json.loads((tmp_path / "kb.json").read_text(encoding="utf-8"))["documents"]
    assert [(d["edtf"], d.get("julian")) for d in exported["dates"]] == [("1690-05-14", "1690-05-04"),
                                                                       ("1690-05-20", None)]
    rows = (tmp_path / "csv" / "dates.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].split(",")[-1] == "julian" and rows[1].endswith(",1690-05-04") and rows[2].endswith(",")
    assert isinstance(found[0], DateMention)


TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _tei_export(tmp_path: Path, doc) -> tuple[dict[str, tuple[str | None, str | None]], object]:
    """The document written to an exhibit and exported as TEI: its body's dates ({text: (when, calendar)}) and
    the TEI root."""
    from lxml import etree

    from vitrina.export import export
    from vitrina.store import connect_readonly, write_exhibit

    db = tmp_path / "x.db"
    write_exhibit(db, [("sha", doc)], [doc], [])
    with connect_readonly(db) as conn:
        export(conn, "tei", tmp_path / "tei")
    (path,) = (tmp_path / "tei").glob("*.xml")
    root = etree.parse(str(path)).getroot()
    return {d.text: (d.get("when"), d.get("calendar")) for d in root.iterfind(".//t:body//t:date", TEI_NS)}, root


def test_the_tei_export_says_a_julian_date_s_calendar(tmp_path: Path) -> None:
    from vitrina.ingest import markdown

    text = "The packet sailed on 4 May 1690, O.S., and came in on 20 May 1690.\n"
    (doc,) = markdown.read(text.encode(), str(tmp_path / "packet.md"))
    dates, root = _tei_export(tmp_path, replace(doc, dates=tuple(find_dates(doc.text))))
    assert dates == {"4 May 1690": ("1690-05-14", "#julian"), "20 May 1690": ("1690-05-20", None)}
    assert root.find(".//t:profileDesc/t:calendarDesc/t:calendar", TEI_NS).get(
        "{http://www.w3.org/XML/1998/namespace}id") == "julian"


@pytest.mark.parametrize(("gregorian", "julian"), [
    ("1582-10-15", "1582-10-05"),  # the reform's first Gregorian day followed the Julian 4 October
    ("1700-03-11", "1700-02-29"),  # a Julian leap day the Gregorian calendar has not
    ("1800-03-13", "1800-03-01"),
    ("1918-02-14", "1918-02-01"),
    ("1690-05-16/1690-05-18", "1690-05-06/1690-05-08"),
])
def test_a_gregorian_day_is_read_back_in_the_julian_calendar(gregorian: str, julian: str) -> None:
    assert gregorian_to_julian(gregorian) == julian
    assert julian_to_gregorian(julian) == gregorian


@pytest.mark.parametrize("value", ["1711-03", "1711", "1500-06-01", "1711-02-30"])
def test_no_julian_reading_without_a_day_or_before_the_reform(value: str) -> None:
    assert gregorian_to_julian(value) is None


_TEI_LETTER = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Note</title>
</titleStmt></fileDesc>{profile}</teiHeader><text><body><p>The mill burned on <date when="1761-11-09"
calendar="{pointer}">29 October 1761</date> and was rebuilt by <date when="1763">1763</date>.</p></body></text></TEI>"""


@pytest.mark.parametrize(("pointer", "profile", "calendar"), [
    ("#julian", "", "julian"),
    ("#cal-old", '<profileDesc><calendarDesc><calendar xml:id="cal-old"><p>Julian calendar, as the parish kept it'
                 "</p></calendar></calendarDesc></profileDesc>", "julian"),
    ("#gregorian", "", "gregorian"),
    ("#cal-x", "", None),
])
def test_a_tei_date_s_calendar_pointer_is_read(pointer: str, profile: str, calendar: str | None) -> None:
    from vitrina.extract import markup_dates
    from vitrina.ingest import tei

    (doc,) = tei.read(_TEI_LETTER.format(pointer=pointer, profile=profile).encode(), "mill.xml")
    marked = [m for m in doc.markup if m.kind == "date"]
    assert [m.attr("calendar") for m in marked] == [calendar, None]
    dates = markup_dates(doc)
    assert [(d.edtf, d.julian) for d in dates] == [
        ("1761-11-09", "1761-10-29" if calendar == "julian" else None), ("1763", None)]


def test_a_tei_input_s_julian_date_keeps_its_calendar_in_the_tei_export(tmp_path: Path) -> None:
    from vitrina.extract import markup_dates
    from vitrina.ingest import tei

    (doc,) = tei.read(_TEI_LETTER.format(pointer="#julian", profile="").encode(), str(tmp_path / "mill.xml"))
    dates, root = _tei_export(tmp_path, replace(doc, dates=tuple(markup_dates(doc))))
    assert dates == {"29 October 1761": ("1761-11-09", "#julian"), "1763": ("1763", None)}
    assert root.find(".//t:profileDesc/t:calendarDesc/t:calendar", TEI_NS) is not None


_TEI_DATING = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Ferry</title>
</titleStmt></fileDesc></teiHeader><text><body><p>The ferry sank on <date when="{when}" datingMethod="#julian"
>2 March 1741</date>.</p></body></text></TEI>"""


@pytest.mark.parametrize(("when", "edtf", "julian"), [
    ("1741-03-02", "1741-03-13", "1741-03-02"),  # TEI: @datingMethod says @when is itself a Julian day
    ("1741-03-13", "1741-03-13", "1741-03-02"),  # the Gregorian day in @when beside Old Style words: one day
])
def test_a_tei_date_s_dating_method_gives_when_s_calendar(when: str, edtf: str, julian: str) -> None:
    from vitrina.extract import extract
    from vitrina.ingest import tei

    (doc,) = tei.read(_TEI_DATING.format(when=when).encode(), "ferry.xml")
    assert [m.attr("dating") for m in doc.markup if m.kind == "date"] == ["julian"]
    (date,) = [d for d in extract(doc).dates if doc.text[d.start:d.end] == "2 March 1741"]
    assert (date.edtf, date.julian) == (edtf, julian)


_TEI_BOUNDED = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Mill</title>
</titleStmt></fileDesc></teiHeader><text><body><p>The wheel was fitted <date notBefore="1802-05-10"
notAfter="1802-05-24">in the second or third week of May 1802</date>, the race dug in <date notBefore="1797"
notAfter="1798">1797 or 1798</date>, the dam raised <date notAfter-iso="1810">before the flood</date> and the
sluice built <date from-iso="1805" to-iso="1806">over two summers</date>.</p></body></text></TEI>"""


def test_tei_not_before_and_not_after_give_one_date_within_its_bounds() -> None:
    from vitrina.extract import extract
    from vitrina.ingest import tei

    (doc,) = tei.read(_TEI_BOUNDED.encode(), "mill.xml")
    got = {doc.text[d.start : d.end]: d.edtf for d in extract(doc).dates}
    assert got == {"in the second or third week of May 1802": "[1802-05-10..1802-05-24]",
                   "1797 or 1798": "[1797..1798]", "before the flood": "[..1810]", "over two summers": "1805/1806"}
