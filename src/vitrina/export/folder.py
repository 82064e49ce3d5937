"""Folder exports that never overwrite a file they did not write.

A folder export (``tei``, ``csv``) is written first into a hidden staging folder inside ``-o FOLDER``; its
files are then moved into place, each in one step. Before any is moved, every name it would replace must be
one an earlier export wrote there: the folder's record (``EXPORT_RECORD``, a hidden file at its top) names
them. A file of that name the record does not name is the user's own: the export is refused with one line
naming it, and nothing is written (``force`` replaces it). A file the record names that this export no longer
writes (a document dropped from the exhibit since) is removed after the new files are in place: the folder holds
what the exhibit has, and nothing of the user's is touched. This is what ``publish`` does for its site.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from vitrina.errors import VitrinaError
from vitrina.export.atomic import write_atomically
from vitrina.terminal import shown

EXPORT_RECORD = ".vitrina-export"
RECORD_HEADER = "vitrina export: files written here by vitrina export (replaced by the next export; others never)"
STAGING_PREFIX = ".vitrina-export-"


class ForeignFileError(VitrinaError):
    """A file the export would replace that no earlier export wrote."""

    def __init__(self, clashes: list[Path]):
        more = f" (and {len(clashes) - 1:,} more)" if len(clashes) > 1 else ""
        super().__init__(f"{shown(str(clashes[0]))}{more}: has the name of a file this export writes and was not "
                         "written by vitrina export: an export never overwrites a file it did not write; move it, "
                         "export into another folder, or give --force to replace it")


def read_record(folder: Path) -> set[str] | None:
    """The names the folder's record lists; None when it has no record, or a file of that name that is not
    one (someone else's: never overwritten without ``force``)."""
    found = read_record_file(folder / EXPORT_RECORD, (RECORD_HEADER,))
    return None if found is None else found[1]


def read_record_file(path: Path, headers: tuple[str, ...]) -> tuple[str, set[str]] | None:
    """(first line, the names on the other lines) of a record of files vitrina wrote (an export's, a
    site's); None when there is none, or a file of that name whose first line is none of ``headers``
    (someone else's file, or a link: never read as ours)."""
    if path.is_symlink() or not path.is_file():
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    if not lines or lines[0] not in headers:
        return None
    return lines[0], {line for line in lines[1:] if line}


def write_guarded(folder: Path, write: Callable[[Path], object], force: bool = False) -> tuple[list[str], set[str]]:
    """Run ``write`` (an exporter writing into the folder it is given) and move what it wrote into
    ``folder``; returns the names written (relative to ``folder``) and the names of files an earlier
    export wrote that this one did not, removed. Raises ForeignFileError, writing nothing, when one would
    replace a file no earlier export wrote and ``force`` is not given."""
    folder.mkdir(parents=True, exist_ok=True)
    recorded = read_record(folder)
    with _staging(folder) as staged:
        write(staged)
        names = sorted(str(path.relative_to(staged)) for path in _files(staged))
        clashes = foreign_names(folder, names, recorded or set())
        if recorded is None and os.path.lexists(folder / EXPORT_RECORD):
            clashes.insert(0, folder / EXPORT_RECORD)
        if clashes and not force:
            raise ForeignFileError(clashes)
        still_there = {name for name in recorded or set() if os.path.lexists(folder / name)}
        _write_record(folder, still_there | set(names))  # named before they are written
        for name in names:
            _move(staged / name, folder / name)
    removed = remove_written(folder, still_there - set(names), EXPORT_RECORD)
    _write_record(folder, (still_there - removed) | set(names))
    return names, removed


def remove_written(folder: Path, names: set[str], record: str) -> set[str]:
    """Remove the files ``names`` of ``folder`` (ones vitrina wrote there, as its record ``record`` says,
    that the exhibit no longer has) and the folders they leave empty; returns the names removed. Only a
    name that stays inside the folder and is a file or a link is removed: the record is vitrina's own, but
    a name in it is never followed out of the folder."""
    root = folder.resolve()
    removed: set[str] = set()
    for name in sorted(names):
        target = folder / name
        if name == record or ".." in Path(name).parts or Path(name).is_absolute():
            continue
        parent = target.parent.resolve()
        if not (target.is_symlink() or target.is_file()) or (parent != root and root not in parent.parents):
            continue
        with contextlib.suppress(OSError):
            target.unlink()
            removed.add(name)
            for emptied in target.parents:
                if emptied == folder or not emptied.is_relative_to(folder):
                    break
                emptied.rmdir()  # only when empty: stops at the first folder still holding files
    return removed


def foreign_names(folder: Path, names: list[str], recorded: set[str]) -> list[Path]:
    """The paths of ``folder`` that writing ``names`` would replace and that the record does not name."""
    return [folder / name for name in names if os.path.lexists(folder / name) and name not in recorded]


def _write_record(folder: Path, names: set[str]) -> None:
    write_atomically(folder / EXPORT_RECORD, "\n".join([RECORD_HEADER, *sorted(names)]) + "\n")


@contextlib.contextmanager
def _staging(folder: Path) -> Iterator[Path]:
    """A hidden folder inside ``folder`` (the same file system: moving out of it is a rename), removed after."""
    staged = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
    try:
        yield staged
    finally:
        shutil.rmtree(staged, ignore_errors=True)


def _files(folder: Path) -> list[Path]:
    return [Path(root, name) for root, _folders, files in os.walk(folder) for name in files]


def _move(source: Path, target: Path) -> None:
    """Put ``source`` at ``target`` in one step (a link there is replaced, never written through), keeping
    the permissions of the file it replaces."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        if not target.is_symlink():
            os.chmod(source, target.stat().st_mode & 0o777)
    os.replace(source, target)
