"""Derived tables kept on disk between runs, so that each command does not rebuild them.

A table here (the gazetteer's index, the word-frequency sets) is a pure function of installed data and
of vitrina's own code; building it costs a command up to seconds of start-up. It is built once and
written to the user's cache folder (``$VITRINA_CACHE_DIR``, else ``$XDG_CACHE_HOME/vitrina``, else
``~/.cache/vitrina``) under a name made of everything it depends on: the table's name, vitrina's version,
the hash of the code that builds it, the versions of the packages whose data it reads and Python's version.
Any change to any of them is another name, so a stale table is never read; the older files of the same
table are removed when a new one is written.

Safe by construction:

* written atomically (a temporary file in the same folder, then renamed): a reader sees a whole file or none;
* stored with ``marshal`` (plain data only: dicts, lists, tuples, sets, strings, numbers; loading it runs no
  code) behind a SHA-256 of the payload, so a truncated or altered file is rejected and the table rebuilt;
* only a folder and files the user owns, that nobody else may write, are used (a table planted in a shared
  folder is never read);
* any failure (no home folder, a read-only or full disk, a damaged file) falls back to building the table in
  memory, as before, silently: the cache only ever saves time;
* ``VITRINA_CACHE_DIR=off`` (or an empty value) turns it off.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

CACHE_VARIABLE = "VITRINA_CACHE_DIR"
DISABLED_VALUES = ("", "off", "0", "none")
MARSHAL_VERSION = 4  # a fixed format: Python's version is in the key anyway
DIGEST_BYTES = 32  # the SHA-256 of the payload, stored first


def cache_dir() -> Path | None:
    """The folder for derived tables, or None when the cache is turned off."""
    chosen = os.environ.get(CACHE_VARIABLE)
    if chosen is not None:
        return None if chosen.strip().lower() in DISABLED_VALUES else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "vitrina"


def package_versions(names: Iterable[str]) -> tuple[str, ...]:
    """``name==version`` of each installed distribution (``name==?`` when not installed)."""
    out = []
    for name in names:
        try:
            out.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}==?")
    return tuple(out)


def source_digest(*modules: Any) -> str:
    """A hash of the source files of ``modules`` (the code that builds a table)."""
    digest = hashlib.sha256()
    for module in modules:
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()


def table_path(name: str, key: Iterable[str]) -> Path | None:
    """Where the table ``name`` built under ``key`` is kept (None: cache off)."""
    folder = cache_dir()
    if folder is None:
        return None
    from vitrina import __version__

    digest = hashlib.sha256("\0".join((name, __version__, sys.version, *key)).encode()).hexdigest()[:24]
    return folder / f"{name}-{digest}.marshal"


def cached_table(name: str, key: Iterable[str], build: Callable[[], T],
                 encode: Callable[[T], Any] | None = None, decode: Callable[[Any], T] | None = None) -> T:
    """The table ``name``: read from the cache when a whole file of the same ``key`` is there, else
    ``build()`` it and keep it for the next process. ``encode``/``decode`` turn the table into plain
    marshal data and back (identity when not given); ``encode`` returning None means "do not keep"."""
    path = table_path(name, key)
    if path is not None and path.parent.exists() and not _private(path.parent):
        path = None  # another user's or a shared folder: build in memory only
    with collector_paused():
        if path is not None:
            stored = _read(path)
            if stored is not None:
                with contextlib.suppress(Exception):  # a file of another shape: rebuilt below
                    return decode(stored) if decode else stored
        table = build()
    if path is not None:
        with contextlib.suppress(Exception):  # cannot keep it: the next process builds it again
            plain = encode(table) if encode else table
            if plain is not None:
                _write(path, plain)
    return table


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The garbage collector off while a large table of new containers is made: each of its
    collections would walk every container made so far (a table of 150,000 dicts is read in
    half the time). The table has no reference cycles to collect."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _private(path: Path) -> bool:
    """``path`` belongs to this user and no one else may write it (always true where there are no owners)."""
    if not hasattr(os, "getuid"):
        return True
    try:
        status = path.stat()
    except OSError:
        return False
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def _read(path: Path) -> Any | None:
    if not _private(path):
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    payload = data[DIGEST_BYTES:]
    if len(data) <= DIGEST_BYTES or hashlib.sha256(payload).digest() != data[:DIGEST_BYTES]:
        return None
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None


def _write(path: Path, table: Any) -> None:
    """Write ``table`` atomically, then remove the older files of the same table."""
    payload = marshal.dumps(table, MARSHAL_VERSION)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # private whatever the umask (see _private)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(hashlib.sha256(payload).digest())
            out.write(payload)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    stem = path.name.rsplit("-", 1)[0]
    for older in path.parent.glob(f"{stem}-*.marshal"):
        if older != path:
            with contextlib.suppress(OSError):
                older.unlink()
