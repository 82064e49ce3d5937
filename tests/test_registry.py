"""Readers and exporters register themselves; plugins come in through entry points."""

from __future__ import annotations

import json
import sys
import textwrap
from importlib.metadata import EntryPoint

import pytest
from click.testing import CliRunner

from vitrina import registry
from vitrina.cli import main
from vitrina.errors import UsageError
from vitrina.export import export, format_help, formats
from vitrina.ingest import read_path, suffix_formats, supported_formats
from vitrina.pipeline import collect_files
from vitrina.store import connect_readonly

EXPORTER_PLUGIN = '''
import json
from vitrina.registry import exporters

@exporters.register("wordcount", folder=False, unit="documents", about="words per document", counted=len)
def write(kb, out):
    return json.dumps([[row["id"], len(row["text"].split())] for row in kb.document_rows()])
'''

READER_PLUGIN = '''
from vitrina.registry import readers
from vitrina.structure import rebuild

@readers.register("note", label="field note", suffixes=(".note",))
def read(data, source):
    return [rebuild(data.decode("utf-8"), "note-" + source.rsplit("/", 1)[-1].split(".")[0], source, "note")]
'''


@pytest.fixture
def plugins(monkeypatch, tmp_path):
    """Two plugin packages 'installed' as entry points, and the registries reloaded to find them."""
    (tmp_path / "vitrina_wordcount.py").write_text(textwrap.dedent(EXPORTER_PLUGIN), encoding="utf-8")
    (tmp_path / "vitrina_notes.py").write_text(textwrap.dedent(READER_PLUGIN), encoding="utf-8")
    (tmp_path / "vitrina_broken.py").write_text("raise RuntimeError('needs a missing library')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    points = {
        "vitrina.exporters": [EntryPoint("wordcount", "vitrina_wordcount", "vitrina.exporters"),
                              EntryPoint("broken", "vitrina_broken", "vitrina.exporters")],
        "vitrina.readers": [EntryPoint("note", "vitrina_notes", "vitrina.readers")],
    }
    monkeypatch.setattr(registry, "entry_points", lambda group: points.get(group, []))
    for reg in (registry.readers, registry.exporters):
        monkeypatch.setattr(reg, "_entries", dict(reg._entries))
        monkeypatch.setattr(reg, "_loaded", False)
    yield
    for name in ("vitrina_wordcount", "vitrina_notes", "vitrina_broken"):
        sys.modules.pop(name, None)


def test_builtin_formats_are_registered_in_order():
    assert registry.readers.names() == ["pdf", "docx", "html", "tei", "markdown", "text"]
    assert suffix_formats()[".htm"] == "html"
    assert list(formats()) == ["json", "annotations", "timelinejs", "geojson", "csl", "tei", "csv"]
    assert format_help().startswith("One file: json, annotations (W3C Web Annotation), ")
    assert format_help().endswith("A folder of files: tei (one per document), csv (one per table).")


def test_unknown_format_lists_the_registered_ones(sample_db):
    with connect_readonly(sample_db) as conn, pytest.raises(UsageError, match="choose from annotations, csl"):
        export(conn, "marc", None)


def test_plugin_exporter_is_listed_accepted_and_written(plugins, sample_db, tmp_path, capsys):
    assert "wordcount (words per document)" in format_help()
    help_text = CliRunner().invoke(main, ["export", "--help"]).output
    assert "wordcount" in " ".join(help_text.split())
    out = tmp_path / "counts.json"
    result = CliRunner().invoke(main, ["export", "--db", str(sample_db), "--format", "wordcount", "-o", str(out)])
    assert result.exit_code == 0, result.output
    counts = json.loads(out.read_text())
    assert counts and all(isinstance(n, int) and n > 0 for _, n in counts)
    assert "plugin 'broken'" in capsys.readouterr().err  # said once, and the rest still works


def test_plugin_reader_reads_its_suffix(plugins, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "visit.note").write_text("Mira Odell visited Port Arlen on 4 May 1950.\n", encoding="utf-8")
    assert "field note (.note)" in supported_formats()
    assert [p.name for p in collect_files([folder])] == ["visit.note"]
    docs = read_path(folder / "visit.note")  # in this process: workers would load the real entry points
    assert [d.format for d in docs] == ["note"] and "Port Arlen" in docs[0].text
