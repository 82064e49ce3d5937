"""Round 51 red team (reliability): text with stray NULs, document ids by one rule, ids kept across a rename."""

from __future__ import annotations

from pathlib import Path

import pytest

from vitrina.errors import InputError
from vitrina.ingest import read_path
from vitrina.ingest.encoding import TEXT_OR_BINARY, looks_binary
from vitrina.ingest.sniff import unsupported_kind

NOTE = b"The mill\x00 at Varro\x00 burned\x00 in 1877.\x00\n"  # a NUL after each few words: about a tenth of it


def test_text_with_a_tenth_of_its_bytes_stray_nuls_is_read_with_a_warning_naming_the_rule(tmp_path: Path) -> None:
    data = NOTE * 30
    assert 0.05 < data.count(0) / len(data) < TEXT_OR_BINARY["stray_nul_share"]
    assert not looks_binary(data)
    path = tmp_path / "scan.txt"
    path.write_bytes(data)
    (doc,) = read_path(path)
    assert "\x00" not in doc.text and "The mill at Varro burned in 1877." in doc.text
    assert "NULs in text are dropped when at most 25%" in dict(doc.meta)["warning"]


def test_text_with_more_stray_nuls_than_the_rule_allows_is_refused_saying_why(tmp_path: Path) -> None:
    data = b"Ox\x00 a\x00 b\x00\n" * 60  # three NULs in every ten bytes
    assert data.count(0) / len(data) > TEXT_OR_BINARY["stray_nul_share"]
    kind = unsupported_kind(data)
    assert kind is not None and kind.startswith("binary data: ")
    assert "are NUL bytes" in kind and "at most 25%" in kind
    path = tmp_path / "worn.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match="binary data: .* NUL bytes"):
        read_path(path)


def test_binary_data_with_several_kinds_of_control_byte_is_refused_as_before() -> None:
    assert unsupported_kind(b"\x00\x01\x02\x03\x04 ab" * 40) == "binary data"
