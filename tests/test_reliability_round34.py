"""Round 34 red team (bench/redteam/round34): folder exports, CSV dates, publish speed and links, sentence
starts, folder links, XML limits, publishing from a damaged database. Every input is invented here."""

from __future__ import annotations

import html
import random
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner

from vitrina.cli import main
from vitrina.export.csv_tables import safe_cell
from vitrina.extract.nlp import carry_openers
from vitrina.ingest.safety import XML_VALUE_LIMIT
from vitrina.model import DateMention, DocumentBuilder, Entity, Event, Mention
from vitrina.pipeline import collect_files, early_refusal
from vitrina.publish import BlockStarts, planned_pages, publish
from vitrina.store import write_exhibit
from vitrina.web import render
from vitrina.web.render import Span, SpanIndex


def run(*args: str):
    return CliRunner().invoke(main, list(args))


# ---------------------------------------------------------------- D2: folder exports keep the user's files


@pytest.mark.parametrize(("fmt", "name"), [("tei", "harbor.xml"), ("csv", "documents.csv")])
def test_a_folder_export_never_overwrites_a_file_it_did_not_write(sample_db: Path, tmp_path: Path, fmt: str,
                                                                  name: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / name).write_text("my own notes\n")
    refused = run("export", "--db", str(sample_db), "--format", fmt, "-o", str(out))
    assert refused.exit_code == 1
    assert refused.stderr.count("\n") == 1 and "--force" in refused.stderr and str(out / name) in refused.stderr
    assert [p.name for p in out.iterdir()] == [name]  # nothing written, the user's file as it was
    assert (out / name).read_text() == "my own notes\n"
    forced = run("export", "--db", str(sample_db), "--format", fmt, "-o", str(out), "--force")
    assert forced.exit_code == 0 and (out / name).read_text() != "my own notes\n"


def test_a_folder_export_replaces_what_an_earlier_export_wrote(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tei"
    first = run("export", "--db", str(sample_db), "--format", "tei", "-o", str(out))
    again = run("export", "--db", str(sample_db), "--format", "tei", "-o", str(out))
    assert first.exit_code == again.exit_code == 0
    assert again.stderr == first.stderr == f"Wrote 2 TEI files to {out}\n"
    assert not [p for p in out.iterdir() if p.name.startswith(".vitrina-export-")]  # no staging left


def test_a_foreign_file_named_like_the_record_is_not_taken_for_it(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    out.mkdir()
    (out / ".vitrina-export").write_text("a note of mine\n")
    (out / "entities.csv").write_text("mine\n")
    refused = run("export", "--db", str(sample_db), "--format", "csv", "-o", str(out))
    assert refused.exit_code == 1 and (out / "entities.csv").read_text() == "mine\n"
    assert (out / ".vitrina-export").read_text() == "a note of mine\n"


def test_export_help_says_it_never_overwrites_other_files() -> None:
    text = " ".join(run("export", "--help").stdout.split())
    assert "never overwrites a file it did not write" in text and "--force" in text


# ---------------------------------------------------------------- D5: CSV dates and numbers stay values


@pytest.mark.parametrize("value", ["-0044", "-0044/-0030", "-0044-03-15", "-0044~", "-12.5", "+3", "-1e5"])
def test_csv_leaves_numbers_and_edtf_dates_as_they_are(value: str) -> None:
    assert safe_cell(value) == value


@pytest.mark.parametrize("value", ["-2+3", "-A1", "-", "+SUM(A1)", "-0044+1", "-X1"])
def test_csv_still_guards_text_a_spreadsheet_would_run(value: str) -> None:
    assert safe_cell(value) == "'" + value


def test_a_date_before_the_common_era_is_edtf_in_the_csv_tables(tmp_path: Path) -> None:
    builder = DocumentBuilder("fort", "fort.txt", "text")
    para = builder.block("paragraph", "The fort was raised in 120 BC by traders.")
    doc = builder.build()
    start = doc.text.index("120 BC")
    doc = doc.evolve(dates=(DateMention(start, start + 6, "-0119"),),
                     events=(Event("v0", "The fort was raised", start, start + 6, "-0119",
                                   evidence=((para.start, para.end),)),))
    db = tmp_path / "x.db"
    write_exhibit(db, [("sha", doc)], [doc], [])
    out = tmp_path / "csv"
    assert run("export", "--db", str(db), "--format", "csv", "-o", str(out)).exit_code == 0
    assert "\n-0119,fort," in (out / "dates.csv").read_text()
    assert ",-0119," in (out / "events.csv").read_text() and "'-0119" not in (out / "events.csv").read_text()


# ---------------------------------------------------------------- D3, D13: publishing a large document


def test_spans_over_a_block_are_those_the_linear_filter_finds() -> None:
    chosen = random.Random(34)
    spans = []
    for _ in range(300):
        start = chosen.randrange(0, 2000)
        spans.append(Span(start, start + chosen.choice([0, 1, 5, 40, 900]), "a", (), 2))
    index = SpanIndex(spans)
    for start in range(0, 2100, 37):
        end = start + chosen.randrange(1, 120)
        assert index.overlapping(start, end) == [s for s in spans if s.start < end and s.end > start
                                                 and s.end > s.start]


def _long_document(paragraphs: int) -> tuple[dict, list[dict]]:
    builder = DocumentBuilder("quay", "quay.txt", "text")
    blocks = [builder.block("paragraph", f"Paragraph {i}: the pilot Ewa Tarn moored at the quay.")
              for i in range(paragraphs)]
    doc = builder.build()
    mentions = [{"start": b.start + 24, "end": b.start + 32, "entity": "person-ewa-tarn", "type": "person",
                 "name": "Ewa Tarn"} for b in blocks]
    data = {"text": doc.text, "title": "Quay", "mentions": mentions, "dates": [], "quotes": [],
            "sections": [], "blocks": [{"id": b.id, "kind": b.kind, "start": b.start, "end": b.end,
                                        "section": None, "text": doc.text[b.start:b.end]} for b in blocks]}
    return data, mentions


def test_a_document_page_reads_its_spans_once_not_once_a_block(monkeypatch: pytest.MonkeyPatch) -> None:
    data, _ = _long_document(400)
    visits = [0]

    class Counted(list):
        def __iter__(self):  # type: ignore[no-untyped-def]
            for item in super().__iter__():
                visits[0] += 1
                yield item

    spans_of = render.document_spans
    monkeypatch.setattr(render, "document_spans", lambda *a: Counted(spans_of(*a)))
    reading = render.reading_order(data, None)
    assert len(reading["loose"]) == 400
    assert visits[0] <= 2 * 400  # the linear filter read all 400 spans for each of the 400 blocks


def test_a_cited_passage_is_found_in_its_block_by_bisection() -> None:
    blocks = BlockStarts([0, 10, 10, 25], ["b0", "b1", "b2", "b3"])
    assert [blocks.holding(at) for at in (0, 9, 10, 24, 25, 900)] == ["b0", "b0", "b2", "b2", "b3", "b3"]
    assert BlockStarts([5], ["b0"]).holding(4) is None


class _Recorded:
    def __init__(self) -> None:
        self.totals: list[int] = []
        self.done = 0

    def start(self, total: int) -> None:
        self.totals.append(total)

    def grow(self, total: int) -> None:  # as the progress lines and bars do: a total only grows
        self.totals.append(max(self.totals[-1], total))

    def advance(self, path: Path, amount: int) -> None:
        self.done += amount

    def part(self, path: Path, amount: int, done: int, parts: int) -> None: ...

    def finish(self) -> None: ...


def test_the_publish_total_is_counted_before_it_starts(sample_db: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("vitrina.web.views.MAX_MENTIONS", 1)  # every mention a page: pagers everywhere
    monkeypatch.setattr("vitrina.web.views.ENTITIES_PER_PAGE", 2)
    progress = _Recorded()
    publish(sample_db, tmp_path / "site", progress=progress)
    assert progress.totals[0] == planned_pages(sample_db) == progress.done
    assert set(progress.totals) == {progress.done}  # the total never grew


# ---------------------------------------------------------------- D6: every anchor a link names exists


def _headed_exhibit(tmp_path: Path) -> Path:
    builder = DocumentBuilder("mill", "mill.md", "markdown")
    builder.section(None, "The Oak Mill of Brenn")
    builder.block("paragraph", "The Oak Mill was raised at Brenn by Ilse Varga.")
    builder.section(None, "Ilse Varga at Brenn")
    builder.block("paragraph", "She ran the mill for forty years.")
    builder.block("caption", "The wheel house.", credit="Photo: Ilse Varga")
    builder.block("credit", "Photo: Ilse Varga")
    doc = builder.build()
    text = doc.text
    found = [m.start() for m in re.finditer("Brenn|Ilse Varga", text)]
    mentions = tuple(Mention(at, at + (5 if text.startswith("Brenn", at) else 10),
                             "place" if text.startswith("Brenn", at) else "person",
                             "place-brenn" if text.startswith("Brenn", at) else "person-ilse-varga")
                     for at in found)
    doc = doc.evolve(mentions=mentions)
    db = tmp_path / "mill.db"
    write_exhibit(db, [("sha", doc)], [doc], [Entity("place-brenn", "place", "Brenn"),
                                              Entity("person-ilse-varga", "person", "Ilse Varga")])
    return db


def test_every_anchor_a_published_page_links_to_exists(tmp_path: Path) -> None:
    out = tmp_path / "site"
    publish(_headed_exhibit(tmp_path), out)
    ids: dict[Path, set[str]] = {}
    checked = 0
    for page in out.rglob("*.html"):
        for href in re.findall(r'\shref="([^"]*#[^"]*)"', page.read_text(encoding="utf-8")):
            parts = urlsplit(html.unescape(href))
            if parts.scheme or not parts.fragment:
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target not in ids:
                ids[target] = set(re.findall(r'\sid="([^"]*)"', target.read_text(encoding="utf-8")))
            assert parts.fragment in ids[target], f"{page.name} links to {href}"
            checked += parts.fragment.startswith("b-")
    assert checked >= 3  # the title's, a section heading's and a credit's mentions among them


# ---------------------------------------------------------------- D9: an opening sign opens the next sentence


def test_an_opening_sign_standing_apart_goes_to_the_sentence_it_opens() -> None:
    text = "The mill burned down. <b>It was rebuilt. (Not for long.) Then ¿why? And a (nested) word."
    starts = [0, text.index("b>"), text.index("Not"), text.index("why"), text.index("And")]
    assert carry_openers(text, starts) == [0, text.index("<b>"), text.index("(Not"), text.index("¿why"),
                                           text.index("And")]


def test_an_opening_sign_the_model_set_apart_is_no_sentence_of_its_own() -> None:
    # round 42 red team D21: a transcript's "[pause]" split as "[" and "pause] …"
    text = "We left at dawn. [pause] The cart was heavy."
    starts = [0, text.index("[pause]"), text.index("pause]")]
    assert carry_openers(text, starts) == [0, text.index("[pause]")]


def test_a_sentence_start_after_a_word_keeps_its_place() -> None:
    text = "It cost 5 (five) crowns.Then"
    assert carry_openers(text, [0, text.index("Then")]) == [0, text.index("Then")]


# ---------------------------------------------------------------- D10: a dangling link without a suffix


def test_a_dangling_link_without_a_suffix_is_reported_as_a_broken_link(tmp_path: Path) -> None:
    folder = tmp_path / "panels"
    folder.mkdir()
    (folder / "a.txt").write_text("The quay opened in 1911.\n")
    (folder / "notes").symlink_to(tmp_path / "gone")
    skipped: list = []
    collect_files([str(folder)], skipped=skipped)
    (only,) = skipped
    assert "broken symbolic link" in str(only) and "unsupported" not in str(only)


# ---------------------------------------------------------------- D11: XML over a parser limit, early


def test_xml_with_an_overlong_attribute_is_refused_by_name_before_any_worker(tmp_path: Path) -> None:
    path = tmp_path / "panel.xml"
    path.write_text('<?xml version="1.0"?><doc><p note="' + "n" * (XML_VALUE_LIMIT + 10) + '">Quay.</p></doc>')
    refusal = early_refusal(path)  # in the building process: no worker, no model
    assert refusal is not None
    assert "an attribute value" in str(refusal) and "longer than 10,000,000 characters" in str(refusal)
    assert "malformed" not in str(refusal)


def test_malformed_xml_is_refused_before_any_worker(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text('<?xml version="1.0"?><doc><p>Quay.</doc>')
    assert "malformed XML" in str(early_refusal(path))


# ---------------------------------------------------------------- D12: publish from a damaged database


def test_publish_from_a_damaged_database_says_so_and_leaves_nothing(sample_db: Path, tmp_path: Path) -> None:
    with sample_db.open("r+b") as handle:  # keep the header, damage the pages behind it
        handle.seek(4096 * 3)
        handle.write(b"\xde\xad" * 4096)
    out = tmp_path / "site"
    result = run("publish", "--db", str(sample_db), "--static", str(out))
    assert result.exit_code == 1
    assert "damaged" in result.stderr and "Note:" not in result.stderr and result.stderr.count("\n") == 1
    assert not out.exists()
