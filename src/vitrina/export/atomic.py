"""Atomic file writes for exports: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vitrina.errors import UsageError
from vitrina.terminal import json_text, shown

SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file


def write_atomically(path: Path, content: str | bytes) -> None:
    """Write ``content`` to a temporary file beside ``path``, then rename it over ``path``.

    A full disk or a crash leaves the previous file (or none), never half a file. A target
    that exists and is not a regular file or a link (a device such as ``/dev/stdout``, a
    named pipe) is written into, never replaced: renaming over it would put a plain file
    where the device was (as root, ``-o /dev/full`` replaced the device node).
    """
    if _is_special(path):
        with _named(path), path.open("wb") as stream:  # ENOSPC, EPIPE… reach the caller as OSError
            stream.write(content.encode("utf-8") if isinstance(content, str) else content)
        return
    if _is_database(path):
        raise UsageError(f"{shown(str(path))} is an SQLite database (an exhibit?); an export never replaces one: "
                         "choose another -o")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # name the file asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        with _named(path), os.fdopen(handle, "wb") as stream:
            stream.write(content.encode("utf-8") if isinstance(content, str) else content)
        os.chmod(temporary, _new_file_mode(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def _named(path: Path) -> Iterator[None]:
    """An error writing ``path`` names it (``Error: <file>: no space left on device``): a write or a close
    that fails (a full disk) says no file name of its own."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None and exc.errno is not None:
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise


def _is_database(path: Path) -> bool:
    """``path`` is an existing SQLite database (the exhibit itself, another one): never an export's to replace."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:  # absent, a folder, unreadable: the write says what is wrong
        return False


def json_export(data: Any, out: Path | None, end: str = "\n") -> str | None:
    """A one-file export as indented JSON (non-ASCII kept, control characters escaped): the text when
    ``out`` is None (stdout), else written atomically to ``out`` with ``end`` after it."""
    text = json_text(data)
    if out is None:
        return text
    write_atomically(out, text + end)
    return None


def _is_special(path: Path) -> bool:
    """Whether ``path`` (links followed) exists and is neither a regular file nor a folder."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _new_file_mode(path: Path) -> int:
    """The replaced file's permissions, or the umask's default for a new file."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
