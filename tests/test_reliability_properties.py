"""Property tests: random and mutated input never breaks a reader or the structure.

Readers may refuse input, but only with a :class:`VitrinaError`; what they
return always has spans inside the text and a working source map. Building
the same file twice gives the same database.
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vitrina.errors import VitrinaError
from vitrina.ingest import docx, html, markdown, tei, text
from vitrina.model import Document
from vitrina.structure import rebuild

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

EXHIBIT_LINES = [
    "7. The Clockmakers:",
    "Brass and Patience in Old Geneva",
    "",
    "In 1762 the clockmaker Henri Vautier opened a workshop near the lake, where apprentices",
    "learned to cut wheels by hand. By 1780 the guild counted more than sixty mas-",
    "ters, and their watches travelled to Lisbon and Riga.",
    "",
    "Above: A workbench with files and a lathe, about 1770.",
    "Photo courtesy of the Town Museum",
    "",
    "B",
    "\u201cA good movement outlives its maker,\u201d Vautier wrote in March 1771.",
    "",
    "8. After the Guild",
]

TEI_FIXTURE = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">'
    b"<teiHeader><fileDesc><titleStmt><title>River Mills</title></titleStmt></fileDesc></teiHeader>"
    b'<text><body><div type="section"><head>The Weavers of Lyon</head>'
    b'<p>In <date when="1831-11-21">November 1831</date> the weavers of '
    b'<placeName>Lyon</placeName> rose, led by <persName>Pierre Charnier</persName>.</p>'
    b"<p>Looms stood silent for<lb/>ten days.</p></div></body></text></TEI>"
)
HTML_FIXTURE = (
    b"<!doctype html><html><head><title>Salt Works</title><script>var x=1;</script></head><body>"
    b"<nav>Home | About</nav><h1>The Salt Works of Hallein</h1><p>Brine flowed through wooden "
    b"pipes in 1620.</p><figure><img src='a.jpg'><figcaption>Boiling pans, 1890. Photo: "
    b"Anna Reiter</figcaption></figure><h2>Decline</h2><p>The works closed in 1989.</p></body></html>"
)
MARKDOWN_FIXTURE = (
    b"# The Rope Makers\n\nIn *1790* the ropewalk at [Chatham](http://example.org) was "
    b"1,140 feet long.\n\n![Spinners at work, 1900](spin.jpg)\n\n## Hemp\n\n- tarred hemp\n"
    b"- manila fibre\n\n> \"Twist it tight,\" said the foreman.\n"
)


def docx_fixture() -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph("The Bell Foundry", style="Title")
    document.add_paragraph("Bells were cast in sand pits beside the church in 1711.")
    document.add_heading("Tuning", level=1)
    document.add_paragraph("A bell cast at Whitechapel, 1738. Photo: Mary Cole", style="Caption")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- invariants


def check_document(doc: Document) -> None:
    """Every span lies inside the text; blocks/sections resolve; the map locates."""
    n = len(doc.text)
    spans = [(s.start, s.end) for s in doc.sections] + [(b.start, b.end) for b in doc.blocks]
    spans += [(m.start, m.end) for m in doc.markup] + [(r.start, r.end) for r in doc.repairs]
    for start, end in spans:
        assert 0 <= start <= end <= n, (start, end, n)
    section_ids = {s.id for s in doc.sections}
    for block in doc.blocks:
        assert block.section is None or block.section in section_ids
        assert doc.block_at(block.start) is not None or block.start == block.end
    source_len = len(doc.source_map.source_text) if doc.source_map.source_text is not None else None
    for start, end in spans:
        location = doc.source_map.locate(start, end)
        if location is None:
            continue
        assert 0 <= location.start <= location.end
        if source_len is not None:
            assert location.end <= source_len
            assert location.line >= 1 and location.column >= 1


def read_or_refuse(reader, data: bytes, source: str) -> list[Document]:
    try:
        docs = reader(data, source)
    except VitrinaError:
        return []
    for doc in docs:
        check_document(doc)
    return docs


# ---------------------------------------------------------------- mutations

odd_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"]), max_size=80
)
control_text = st.text(alphabet=st.sampled_from("\x00\x01\x07\x0b\x0c\x1b\x7f\x85\u2028\u2029\ufeff\t\r"), max_size=10)
long_line = st.builds(lambda word, n: " ".join([word] * n), st.sampled_from(["lathe", "x", "mas-", "1771."]),
                      st.integers(100, 3000))
whitespace = st.text(alphabet=" \t\n\r\u00a0\u3000", max_size=40)
new_line = st.one_of(odd_text, control_text, long_line, whitespace, st.sampled_from(EXHIBIT_LINES))

mutation = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, 40)),
    st.tuples(st.just("insert"), st.integers(0, 40), new_line),
    st.tuples(st.just("duplicate"), st.integers(0, 40)),
    st.tuples(st.just("replace"), st.integers(0, 40), new_line),
    st.tuples(st.just("splice"), st.integers(0, 40), odd_text),
)


def mutate(lines: list[str], ops: list[tuple]) -> str:
    lines = list(lines)
    for op in ops:
        if not lines and op[0] != "insert":
            continue
        i = op[1] % max(len(lines), 1)
        if op[0] == "delete":
            del lines[i]
        elif op[0] == "insert":
            lines.insert(i, op[2])
        elif op[0] == "duplicate":
            lines.insert(i, lines[i])
        elif op[0] == "replace":
            lines[i] = op[2]
        else:  # splice characters into the middle of a line
            mid = len(lines[i]) // 2
            lines[i] = lines[i][:mid] + op[2] + lines[i][mid:]
    return "\n".join(lines)


mutated_text = st.builds(mutate, st.just(EXHIBIT_LINES), st.lists(mutation, max_size=12))


def mutate_bytes(data: bytes, ops: list[tuple[int, int, bytes]]) -> bytes:
    """Overwrite, cut or insert bytes at positions (modulo the length)."""
    out = bytearray(data)
    for kind, pos, chunk in ops:
        at = pos % (len(out) + 1)
        if kind == 0:
            out[at : at + len(chunk)] = chunk
        elif kind == 1:
            del out[at : at + len(chunk) + 1]
        else:
            out[at:at] = chunk
    return bytes(out)


byte_ops = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 1 << 20), st.binary(min_size=1, max_size=8)),
                    min_size=1, max_size=6)


# ---------------------------------------------------------------- properties


@FAST
@given(mutated_text)
def test_mutated_exhibit_text_reads_or_refuses_cleanly(source: str) -> None:
    for encoding in ("utf-8", "utf-16"):
        docs = read_or_refuse(text.read, source.encode(encoding, "surrogatepass"), "unit.txt")
        for doc in docs:
            assert doc.id == "unit" and doc.format == "text"


@FAST
@given(st.text(max_size=400))
def test_rebuild_arbitrary_text_keeps_spans_inside(source: str) -> None:
    check_document(rebuild(source, "doc", "doc.txt", "text"))


@FAST
@given(mutated_text, st.integers(1, 4))
def test_rebuild_with_pages_keeps_spans_inside(source: str, page_count: int) -> None:
    step = max(len(source) // page_count, 1)
    bounds = list(range(0, len(source), step))[:page_count] + [len(source)]
    pages = [(a, max(a, b - 1)) for a, b in zip(bounds, bounds[1:], strict=False)]
    doc = rebuild(source, "doc", "doc.pdf", "pdf", pages=pages)
    check_document(doc)
    for block in doc.blocks:
        location = doc.source_map.locate(block.start, block.end)
        assert location is None or location.page is None or 1 <= location.page <= len(pages)


@FAST
@given(st.binary(max_size=600))
def test_random_bytes_through_text_reader(data: bytes) -> None:
    read_or_refuse(text.read, data, "noise.txt")


@pytest.mark.parametrize(
    ("reader", "fixture", "name"),
    [
        (tei.read, TEI_FIXTURE, "mills.xml"),
        (html.read, HTML_FIXTURE, "salt.html"),
        (markdown.read, MARKDOWN_FIXTURE, "rope.md"),
    ],
    ids=["tei", "html", "markdown"],
)
def test_structured_readers_on_mutated_bytes(reader, fixture: bytes, name: str) -> None:
    assert read_or_refuse(reader, fixture, name), "the unmutated fixture must read"

    @settings(max_examples=80, deadline=None)
    @given(byte_ops)
    def check(ops: list[tuple[int, int, bytes]]) -> None:
        read_or_refuse(reader, mutate_bytes(fixture, ops), name)

    check()


def test_docx_reader_on_mutated_bytes() -> None:
    fixture = docx_fixture()
    assert read_or_refuse(docx.read, fixture, "bell.docx")

    @settings(max_examples=60, deadline=None)
    @given(byte_ops)
    def check(ops: list[tuple[int, int, bytes]]) -> None:
        read_or_refuse(docx.read, mutate_bytes(fixture, ops), "bell.docx")

    check()


# ---------------------------------------------------------------- builds are deterministic


def _table_rows(db: Path) -> dict[str, list[tuple]]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sentences_fts%'"
        )]
        return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}")), key=repr) for t in tables}


@pytest.mark.slow
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(mutation, max_size=5))
def test_building_twice_gives_the_same_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                ops: list[tuple]) -> None:
    from vitrina import workers
    from vitrina.pipeline import build

    source = mutate(EXHIBIT_LINES, ops)
    folder = tmp_path / str(abs(hash(source)))
    folder.mkdir(exist_ok=True)
    (folder / "unit.txt").write_text(source, encoding="utf-8", errors="surrogatepass")
    first = build([folder / "unit.txt"], folder / "one.db", fresh=True)  # forked from the kept fork server
    with monkeypatch.context() as spawned:  # a spawned worker, as in a command: another interpreter, hash seed
        spawned.setattr(workers, "_KEEP_FORK_SERVER", False)
        second = build([folder / "unit.txt"], folder / "two.db", fresh=True)
    assert [str(e) for e in first.errors] == [str(e) for e in second.errors]
    if first.documents == 0:
        assert not (folder / "one.db").exists() and not (folder / "two.db").exists()
        return
    assert _table_rows(folder / "one.db") == _table_rows(folder / "two.db")


def test_corrupt_deflate_stream_in_a_docx_part_is_an_input_error() -> None:
    """Regression (found by the mutation test): zlib.error escaped the ZIP checks."""
    import zipfile

    data = bytearray(docx_fixture())
    first = zipfile.ZipFile(io.BytesIO(bytes(data))).infolist()[0]
    start = first.header_offset + 30 + len(first.filename) + len(first.extra)
    data[start : start + 4] = b"\xff\xff\xff\xff"  # an invalid deflate block
    with pytest.raises(VitrinaError, match="corrupt ZIP member"):
        docx.read(bytes(data), "broken.docx")


def test_unknown_compression_method_in_a_docx_part_is_an_input_error() -> None:
    """Regression (found by atheris): NotImplementedError escaped the ZIP checks."""
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>")
    data = bytearray(buf.getvalue())
    local, central = data.index(b"PK\x03\x04"), data.index(b"PK\x01\x02")
    data[local + 8 : local + 10] = data[central + 10 : central + 12] = (99).to_bytes(2, "little")
    with pytest.raises(VitrinaError, match="corrupt ZIP member"):
        docx.read(bytes(data), "odd-method.docx")


def test_zip_claiming_a_future_version_is_an_input_error() -> None:
    """Regression (found by atheris): zipfile's NotImplementedError on open escaped."""
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("word/document.xml", b"<w:document/>")
    data = bytearray(buf.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 125  # "version needed to extract" 12.5
    with pytest.raises(VitrinaError, match="corrupt ZIP"):
        docx.read(bytes(data), "future.docx")
