"""Smoke test of the benchmark harness (bench/run.py) on a tiny input, and its helpers."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_beabee21081aa6a0.txt"
CORPUS = SHARED / "corpus" / "milestones"
sys.path.insert(0, str(ROOT / "bench"))

import peers  # noqa: E402
import run  # noqa: E402


def test_percentile_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert run.percentile(values, 0.5) == 50.0
    assert run.percentile(values, 0.95) == 95.0
    assert run.percentile([7.0], 0.95) == 7.0


def test_dateparser_value_cut_to_tag_precision() -> None:
    moment = datetime(1871, 3, 18)
    assert peers.at_precision(moment, "1871") == "1871"
    assert peers.at_precision(moment, "1871-03") == "1871-03"
    assert peers.dateparser_value_ok([moment], "1871-03-18")
    assert not peers.dateparser_value_ok([moment], "1871-03-19")
    assert peers.dateparser_value_ok([datetime(1871, 6, 1), moment], "1871/1871")
    assert peers.dateparser_value_ok([datetime(1848, 2, 1), datetime(1852, 1, 1)], "1848/1852")
    assert not peers.dateparser_value_ok([], "1848")


def test_scale_factors_shrink_to_budget() -> None:
    assert run.scale_factors(10, [1, 4, 16], budget_s=900) == ([1, 4, 16], "")
    factors, note = run.scale_factors(100, [1, 4, 16], budget_s=900)
    assert factors == [1, 2, 4, 8] and "16x" in note
    assert run.scale_factors(1000, [1, 4, 16], budget_s=900)[0] == [1]


def test_make_copies_renames_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "letters.xml").write_text("<TEI/>", encoding="utf-8")
    out = run.make_copies(corpus, 3, tmp_path / "copies")
    assert sorted(p.name for p in out.iterdir()) == [f"letters-copy{k}.xml" for k in (1, 2, 3)]


def test_write_doc_keeps_hand_written_notes(tmp_path: Path) -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text(f"# Bench\n\nintro\n\n{run.START}\nold table\n{run.END}\n\n## Why\nnotes\n", encoding="utf-8")
    run.write_doc(doc, "| new | table |")
    text = doc.read_text(encoding="utf-8")
    assert "old table" not in text and "| new | table |" in text
    assert text.startswith("# Bench\n\nintro") and text.endswith("## Why\nnotes\n")


def test_network_guard_refuses_outside_addresses() -> None:
    code = (
        "import sys, socket; sys.path.insert(0, 'bench'); import peers; peers.guard_network()\n"
        "try:\n    socket.create_connection(('192.0.2.1', 80), timeout=1)\n"
        "except peers.NetworkRefused:\n    print('refused')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "refused"


@pytest.mark.skipif(not (SEED.exists() and CORPUS.exists()), reason="shared corpus not present")
@pytest.mark.long
def test_quick_run_writes_table(tmp_path: Path) -> None:
    out = tmp_path / "bench.md"
    proc = subprocess.run(
        [sys.executable, "bench/run.py", "--quick", "--rows", "dates,search", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    assert "**CPU**" in text and "**load average" in text and "**spaCy**: 3." in text
    date_row = next(line for line in text.splitlines() if line.startswith("| Dates | extent recall"))
    assert re.search(r"\| \d\.\d{3} \(\d+/\d+\) \|", date_row)
    search_row = next(line for line in text.splitlines() if line.startswith("| Search |"))
    assert "raw FTS5 (floor): p50" in search_row and "ms" in search_row
    assert "| Build |" not in text  # only the rows asked for


def test_scale_variants_change_ids_and_order_not_content() -> None:
    import scale
    from lxml import etree

    tei = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div xml:id="d1"><head>H</head>'
           b"<p>One.</p><p>Two.</p><p>Three.</p></div></body></text></TEI>")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}

    def paragraphs(data: bytes) -> list[str]:
        return [p.text for p in etree.fromstring(data).iterfind(".//t:p", ns)]

    assert scale.vary(tei, 0) == tei
    copy = scale.vary(tei, 1)
    assert paragraphs(copy) == ["Two.", "Three.", "One."]
    assert b'xml:id="d1-v1"' in copy and b"<head>H</head>" in copy


def test_scale_linking_rows_write_to_the_store_given(tmp_path, monkeypatch) -> None:
    import scale

    sent: list[dict] = []
    monkeypatch.setattr(scale, "run_worker", lambda args: sent.append(args) or {"error": "not run"})
    scale.measure(tmp_path, tmp_path, [], [1, 4], None, base=tmp_path / "x1.db", store="postgresql://u@/db?host=/x")
    scale.measure(tmp_path, tmp_path, [], [1], None, base=tmp_path / "x1.db")
    assert [a["store"] for a in sent] == ["postgresql://u@/db?host=/x", "postgresql://u@/db?host=/x", None]
    assert sent[1]["db"] == str(tmp_path / "link4.db")  # the staging stays a file


def test_scale_rows_render_targets() -> None:
    import scale

    def run_(factor: int, link_s: float, rss: float) -> dict:
        return {"factor": factor, "documents": 100 * factor, "entities": 10, "main_rss_mb": rss,
                "phases": {"stage": 1.0, "link": link_s, "write": 1.0}}

    rows = scale.render_rows({"links": [run_(1, 0.1, 100.0), run_(16, 1.6, 105.0)], "load": [1.0, 1.0]})
    assert rows[-1][-1] == "**met**"
    rows = scale.render_rows({"links": [run_(1, 0.1, 100.0), run_(16, 3.2, 105.0)], "load": [1.0, 1.0]})
    assert rows[-1][-1] == "**missed**"
