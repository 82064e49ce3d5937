"""The on-disk cache of derived tables: kept once, read back whole, never trusted when damaged,
never in the way when the folder cannot be written (``vitrina.tablecache``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vitrina import tablecache
from vitrina.pipeline import WORKER_SIZING, default_jobs


class Counter:
    """A table builder that counts its calls."""

    def __init__(self, table: object) -> None:
        self.table, self.calls = table, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.table


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(tablecache.CACHE_VARIABLE, str(folder))
    return folder


def test_a_table_is_built_once_and_read_back_equal(cache: Path) -> None:
    table = {"words": frozenset({"harbour", "quay"}), "counts": [1, 2.5, None], "pair": ("a", "b")}
    build = Counter(table)
    first = tablecache.cached_table("demo", ["v1"], build)
    second = tablecache.cached_table("demo", ["v1"], build)
    assert first == second == table and build.calls == 1
    assert len(list(cache.glob("demo-*.marshal"))) == 1
    assert not list(cache.glob(".*.tmp"))  # written through a temporary file, renamed


def test_another_key_is_another_file_and_the_older_one_goes(cache: Path) -> None:
    tablecache.cached_table("demo", ["v1"], lambda: [1])
    assert tablecache.cached_table("demo", ["v2"], lambda: [2]) == [2]
    assert [p.name for p in cache.glob("demo-*.marshal")] == [tablecache.table_path("demo", ["v2"]).name]
    tablecache.cached_table("other", ["v1"], lambda: [3])  # another table's files stay
    assert len(list(cache.glob("*.marshal"))) == 2


def test_a_damaged_file_is_rebuilt(cache: Path) -> None:
    tablecache.cached_table("demo", ["v1"], lambda: {"a": 1})
    path = tablecache.table_path("demo", ["v1"])
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))
    build = Counter({"a": 1})
    assert tablecache.cached_table("demo", ["v1"], build) == {"a": 1} and build.calls == 1
    path.write_bytes(b"short")  # truncated
    assert tablecache.cached_table("demo", ["v1"], build) == {"a": 1} and build.calls == 2
    assert tablecache.cached_table("demo", ["v1"], build) == {"a": 1} and build.calls == 2  # rewritten whole


def test_an_unwritable_folder_only_costs_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(tablecache.CACHE_VARIABLE, str(blocker / "cache"))
    build = Counter([1, 2])
    assert tablecache.cached_table("demo", ["v1"], build) == [1, 2]
    assert tablecache.cached_table("demo", ["v1"], build) == [1, 2] and build.calls == 2


@pytest.mark.parametrize("value", ["off", "", "0"])
def test_the_cache_can_be_turned_off(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tablecache.CACHE_VARIABLE, value)
    assert tablecache.cache_dir() is None
    build = Counter([1])
    tablecache.cached_table("demo", ["v1"], build)
    tablecache.cached_table("demo", ["v1"], build)
    assert build.calls == 2


def test_a_table_its_encoder_refuses_is_not_kept(cache: Path) -> None:
    assert tablecache.cached_table("demo", ["v1"], lambda: object, encode=lambda _t: None) is object
    assert not cache.exists() or not list(cache.glob("*.marshal"))


def test_a_decoded_table_goes_through_decode(cache: Path) -> None:
    encode, decode = (lambda t: sorted(t)), (lambda plain: set(plain))
    tablecache.cached_table("demo", ["v1"], lambda: {3, 1}, encode, decode)
    assert tablecache.cached_table("demo", ["v1"], lambda: set(), encode, decode) == {1, 3}


def test_the_default_pool_is_one_worker_for_a_small_input(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_text("A short note about a harbour.\n")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (WORKER_SIZING["bytes_per_worker"] + 1))
    assert default_jobs([(small, "k")]) == 1
    assert default_jobs([(small, "k"), (small, "k")]) == 1
    assert default_jobs([(big, "k"), (small, "k")]) == min(2, __import__("os").cpu_count() or 1)
    assert default_jobs([(tmp_path / "missing.txt", "k")]) == 1


def test_a_folder_others_may_write_is_not_used(cache: Path) -> None:
    cache.mkdir()
    cache.chmod(0o777)
    build = Counter([1])
    tablecache.cached_table("demo", ["v1"], build)
    tablecache.cached_table("demo", ["v1"], build)
    assert build.calls == 2 and not list(cache.glob("*.marshal"))
    cache.chmod(0o700)
    tablecache.cached_table("demo", ["v1"], build)
    path = tablecache.table_path("demo", ["v1"])
    path.chmod(0o666)  # a file others may write is not read
    tablecache.cached_table("demo", ["v1"], build)
    assert build.calls == 4


def test_the_folder_is_made_private_whatever_the_umask(cache: Path) -> None:
    import os

    before = os.umask(0o002)  # a user-private-group umask: folders group-writable by default
    try:
        build = Counter([1])
        tablecache.cached_table("demo", ["v1"], build)
        tablecache.cached_table("demo", ["v1"], build)
    finally:
        os.umask(before)
    assert build.calls == 1 and cache.stat().st_mode & 0o077 == 0
