"""A file read out of an archive, standing for a file in the build (``vitrina.archives``).

Its bytes are copied to a temporary file the build owns (``file``); it is shown, and its documents cite
it, as ``<archive>!<path in the archive>`` (``a.zip!letters/1851.txt``; an archive in an archive adds
a step: ``a.zip!b.tar!c.txt``). It answers the questions a build asks of a file: its size, its bytes,
its suffix and how it is shown.
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import IO

SEPARATOR = "!"  # between an archive and a path inside it
# Names an archive of files goes by (a folder's files of these names are opened to see whether they are one).
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tgz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz")


@dataclass(frozen=True)
class Member:
    archive: str  # the outermost archive, as a file is shown (``ingest.files.shown``)
    inner: tuple[str, ...]  # its path in each archive, outermost first
    file: Path  # where its bytes were copied for the build

    @property
    def shown(self) -> str:
        return SEPARATOR.join((self.archive, *self.inner))

    @property
    def name(self) -> str:
        return PurePosixPath(self.inner[-1]).name

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.inner[-1]).suffix

    @property
    def stem(self) -> str:
        return PurePosixPath(self.inner[-1]).stem

    def stat(self) -> os.stat_result:
        return self.file.stat()

    def open(self, mode: str = "rb") -> IO[bytes]:
        if mode != "rb":
            raise ValueError("an archive member is read only")
        return self.file.open("rb")

    def resolve(self) -> Member:
        return self

    def __str__(self) -> str:
        return self.shown


def stored(path: Path | Member) -> Path:
    """The file holding the bytes of an input: the file itself, or a member's copy."""
    return path.file if isinstance(path, Member) else path


Input = Path | Member  # what a build reads: a file, or a member of an archive


def archive_name(name: str) -> bool:
    """A name an archive of files goes by (``.zip``, ``.tar.gz``…)."""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def split_source(source: str) -> tuple[str, tuple[str, ...]] | None:
    """``(archive, (path in it, …))`` of a member's source (``a.zip!b/c.txt``), None for a file's (whose
    name may hold a ``!``: only one after an archive's name separates)."""
    pieces = source.split(SEPARATOR)
    chain: list[str] = [pieces[0]]
    for piece in pieces[1:]:
        if archive_name(chain[-1]):
            chain.append(piece)
        else:
            chain[-1] += SEPARATOR + piece
    return (chain[0], tuple(chain[1:])) if len(chain) > 1 else None


def source_stem(source: str) -> str:
    """The stem a document id is made of: the file's, or the member's own (never its archive's, nor
    where the archive lies: ``a.zip!notes.txt`` gives ``notes``, as ``notes.txt`` in a folder does)."""
    split = split_source(source)
    return PurePath(source).stem if split is None else PurePosixPath(split[1][-1]).stem


def cited_name(source: str) -> str:
    """How a citation names the file of ``source``: a relative path as it was given, under the folder named
    to the build (``a/letter.txt`` and ``b/letter.txt`` cite apart; ``.`` and ``..`` steps left out), an
    absolute one by its name only, never the folders of the machine that built it; a member as its archive
    so named and its path in it (``a.zip!letters/1851.txt``)."""
    split = split_source(source)
    if split is None:
        return _given_path(source)
    archive, inner = split
    return SEPARATOR.join((_given_path(archive), *inner))


def _given_path(path: str) -> str:
    """A file's path as a citation shows it (``cited_name``). A backslash separates folders only in a
    Windows path (one with a drive, ``C:\\…`` or ``\\\\server\\share``) or on a system whose separator it
    is; elsewhere it is a character of the name (``a\\b.txt`` is one file on POSIX, cited so)."""
    windows = PureWindowsPath(path)
    if windows.drive or "\\" in (os.sep, os.altsep or ""):
        path = path.replace("\\", "/")
    posix = PurePosixPath(path)
    if posix.is_absolute() or windows.is_absolute():
        return posix.name or path
    normal = PurePosixPath(posixpath.normpath(str(posix)))
    return "/".join(part for part in normal.parts if part not in (".", "..")) or posix.name or path
