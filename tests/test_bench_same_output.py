"""bench/same_output.py: the before/after comparison of analysis dumps."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import same_output  # noqa: E402


def _dump(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_identical_dumps_compare_equal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {"a.json": '[{"text": "The mill burned in 1923."}]', "b.json": "[]"}
    assert same_output.compare(_dump(tmp_path / "x", files), _dump(tmp_path / "y", files)) == 0
    assert "2 of 2 analyses byte-identical" in capsys.readouterr().out


def test_a_changed_or_missing_analysis_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _dump(tmp_path / "x", {"a.json": '[{"start": 3}]', "b.json": "[]"})
    after = _dump(tmp_path / "y", {"a.json": '[{"start": 4}]'})
    assert same_output.compare(before, after) == 1
    out = capsys.readouterr().out
    assert "differs: a.json" in out and "differs: b.json" in out and "0 of 2" in out


def test_inputs_cover_seed_corpus_exhibits_and_given_files(tmp_path: Path) -> None:
    (tmp_path / "shared" / "seeds").mkdir(parents=True)
    (tmp_path / "shared" / "seeds" / "s.txt").write_text("A title\n", encoding="utf-8")
    (tmp_path / "shared" / "corpus" / "milestones").mkdir(parents=True)
    (tmp_path / "shared" / "corpus" / "milestones" / "m.xml").write_text("<TEI/>", encoding="utf-8")
    extra = tmp_path / "prose.txt"
    names = [name for name, _ in same_output.inputs(tmp_path, [extra])]
    assert names[:2] == ["seed/s.txt", "corpus/m.xml"] and names[-1] == "file/prose.txt"
    assert any(name.startswith("handlaid-") for name in names)  # the repository's exhibit sets
    assert not any(name.endswith(("README.md", "FIGURES.md", ".json")) for name in names)
