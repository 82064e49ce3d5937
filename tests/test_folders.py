"""Walking folder trees of any depth (``vitrina.folders``): os.walk's answers, no recursion."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vitrina.folders import PATH_MAX, files_under, walk


def nest(top: Path, depth: int, file_at: dict[int, str] | None = None) -> None:
    """``depth`` folders ``a`` one inside the other under ``top`` (made with relative paths: the whole path may
    be longer than the system takes), a file named ``file_at[level]`` at those levels."""
    here = os.getcwd()
    os.chdir(top)
    try:
        for level in range(1, depth + 1):
            os.mkdir("a")
            os.chdir("a")
            if file_at and level in file_at:
                Path(file_at[level]).write_text("Ada Lind rowed across the bay in 1901.\n")
    finally:
        os.chdir(here)


def unnest(top: Path, depth: int) -> None:
    """Remove what ``nest`` made, from the bottom up (``shutil.rmtree`` recurses once per level)."""
    here = os.getcwd()
    os.chdir(top)
    try:
        for _ in range(depth):
            os.chdir("a")
        for _ in range(depth):
            for name in os.listdir("."):
                if name != "a":
                    os.unlink(name)
            os.chdir("..")
            os.rmdir("a")
    finally:
        os.chdir(here)


@pytest.fixture
def deep(tmp_path: Path) -> Iterator[Callable[[int, dict[int, str]], Path]]:
    """Makes a nested tree in ``tmp_path`` (``nest``) and removes it afterwards."""
    made: list[int] = []

    def make(depth: int, file_at: dict[int, str]) -> Path:
        made.append(depth)
        nest(tmp_path, depth, file_at)
        return tmp_path

    yield make
    for depth in made:
        unnest(tmp_path, depth)


def test_walk_gives_what_os_walk_gives(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    (tmp_path / "one.txt").write_text("1")
    (tmp_path / "b" / "two.txt").write_text("2")
    (tmp_path / "b" / "c" / "three.txt").write_text("3")
    (tmp_path / "link").symlink_to(tmp_path / "b", target_is_directory=True)

    def tidy(rows):  # the order within one folder is the system's
        return sorted((root, sorted(folders), sorted(files)) for root, folders, files in rows)

    assert tidy(walk(tmp_path)) == tidy(os.walk(tmp_path))
    assert sorted(p.name for p in files_under(tmp_path)) == ["one.txt", "three.txt", "two.txt"]


def test_a_folder_a_thousand_levels_deep_is_walked_without_recursion(deep) -> None:  # noqa: ANN001
    """Python 3.11's os.walk raised RecursionError on 990 nested folders (a 2 KB path)."""
    top = deep(990, {990: "bottom.txt"})
    [bottom] = list(files_under(top))
    assert bottom.name == "bottom.txt" and len(bottom.relative_to(top).parts) == 991


def test_a_folder_past_the_longest_path_is_an_error_for_onerror(deep) -> None:  # noqa: ANN001
    top = deep(2_100, {1_000: "middle.txt"})
    errors: list[OSError] = []
    found = [Path(root, name) for root, _folders, files in walk(top, onerror=errors.append) for name in files]
    assert [p.name for p in found] == ["middle.txt"]
    assert [e.errno for e in errors] == [errno.ENAMETOOLONG]
    assert len(os.fsencode(errors[0].filename)) >= PATH_MAX
