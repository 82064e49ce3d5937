"""Checks before reading a file: what it is, how big, where it really lives.

* Only regular files are read: a FIFO would block forever and a device
  (``/dev/zero``) never ends. The file is opened without blocking and
  checked with ``fstat`` on the open descriptor, so it cannot be swapped
  between the check and the read.
* The size comes from ``fstat`` before any byte is read; hashing streams the
  file in chunks, so a huge file costs no memory to refuse.
* A file name that is not valid UTF-8 is shown and stored with its bad
  bytes escaped (``bad\\xff.txt``), never as lone surrogates.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

from vitrina.errors import InputError, NotAFile
from vitrina.ingest.member import Member
from vitrina.limits import FILE_LIMITS

MAX_FILE_BYTES = FILE_LIMITS["bytes"]
HASH_CHUNK_BYTES = 1024 * 1024

_KINDS = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


def shown(path: str | Path | Member) -> str:
    """The path as text that always encodes: undecodable bytes as ``\\xNN``; an archive's member as
    ``<archive>!<path in it>``."""
    if isinstance(path, Member):
        return path.shown
    return os.fsencode(os.fspath(path)).decode("utf-8", "backslashreplace")


def _open_checked(path: Path, limit: int) -> int:
    """An open descriptor of a regular file of at most ``limit`` bytes."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(shown(path), f"cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = _KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
            raise NotAFile(shown(path), f"not a regular file ({kind})")
        if info.st_size > limit:
            raise InputError(shown(path), f"file too large ({info.st_size} bytes; limit {limit})")
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_checked(path: str | Path, limit: int) -> BinaryIO:
    """A regular file of at most ``limit`` bytes, open for reading (the checks of ``read_bytes``)."""
    return os.fdopen(_open_checked(Path(path), limit), "rb")


def read_bytes(path: str | Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or an InputError."""
    path = Path(path)
    fd = _open_checked(path, limit)
    try:
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(limit + 1)  # never past the limit, even if the file grows
    except OSError as exc:
        raise InputError(shown(path), f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise InputError(shown(path), f"file too large (more than {limit} bytes; it grew while read)")
    return data


def hash_file(path: str | Path, salt: bytes = b"", limit: int = MAX_FILE_BYTES) -> str:
    """SHA-256 of the file's bytes then ``salt``, streamed in chunks after the checks."""
    path = Path(path)
    fd = _open_checked(path, limit)
    digest = hashlib.sha256()
    try:
        with os.fdopen(fd, "rb") as handle:
            read = 0
            while chunk := handle.read(HASH_CHUNK_BYTES):
                read += len(chunk)
                if read > limit:
                    raise InputError(shown(path), f"file too large (more than {limit} bytes)")
                digest.update(chunk)
    except OSError as exc:
        raise InputError(shown(path), f"cannot read: {exc.strerror or exc}") from None
    digest.update(salt)
    return digest.hexdigest()


def dead_link(path: Path) -> str:
    """Why the symbolic link ``path`` leads to no file: a loop, or a target that does not exist."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop (its links lead back to themselves; no file to read)"
    return "broken symbolic link (its target does not exist)"


def outside_link(path: Path, folder: Path) -> str | None:
    """Why ``path`` (found in ``folder``) must not be read, or None.

    A symbolic link whose target lies outside the folder would publish a
    file the folder's owner did not put in it; a dangling link reads nothing.
    """
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return dead_link(path)
    root = folder.resolve()
    if target != root and root not in target.parents:
        return "symbolic link to a file outside the folder; not read"
    return None
