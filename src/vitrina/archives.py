"""Archives given to a build, read as the folders they were zipped from.

A ZIP of files, or a tar (``.tar``, ``.tar.gz``/``.tgz``, ``.tar.bz2``, ``.tar.xz``), named on the command line
or found in a folder, gives the build its members, each read as the same file in a folder would be (the same
readers; hidden files and a folder's paperwork passed over; files of other formats skipped and listed), shown
and cited as ``<archive>!<path in it>`` (``ingest.member.Member``). Which file is an archive is told by its
content, never its name alone: a DOCX, an OpenDocument file or an EPUB is a ZIP too, and stays one document.

Members are read in memory, within ``limits.ARCHIVE_LIMITS`` (members listed, bytes decompressed, bytes of
one member, compression ratio, archives in archives), and each one read is copied to a temporary file the
build owns (``Unpacker``), which the worker analysing it reads; nothing is ever written under a member's own
name, so a member path cannot lead outside that file. A path that would (absolute, ``..``) is not read, nor
a link, a device or an encrypted member, and each is said. A member that cannot be read is its own error;
the rest of the archive is read. An archive that cannot be opened is one error.
"""

from __future__ import annotations

import bz2
import contextlib
import io
import lzma
import os
import re
import stat
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from vitrina.errors import InputError, LinkNotFollowed, NotAFile, OverLimit, UnsupportedFormat
from vitrina.folders import FOLDER_PAPERWORK
from vitrina.ingest.files import open_checked, shown
from vitrina.ingest.member import SEPARATOR, Member, archive_name, split_source
from vitrina.ingest.sniff import PLAIN_ZIP, TAR_MAGIC_OFFSET, container_kind
from vitrina.limits import ARCHIVE_LIMITS

# Compressions a tar comes in, by their magic bytes, their name, and how to inflate the start of one.
_COMPRESSED: tuple[tuple[bytes, str, Callable[[], Callable[[bytes, int], bytes]]], ...] = (
    (b"\x1f\x8b", "gzip", lambda: zlib.decompressobj(16 + zlib.MAX_WBITS).decompress),
    (b"BZh", "bzip2", lambda: bz2.BZ2Decompressor().decompress),
    (b"\xfd7zXZ\x00", "xz", lambda: lzma.LZMADecompressor().decompress),
)
_HEAD_BYTES = 64 * 1024
# Seconds an interrupted build's unpacker spends removing its copies itself; the rest are removed by a
# process of their own that outlives the build (``_remove_apart``): 10,000 members' copies took seconds to
# remove on a busy disk, and Ctrl-C or SIGTERM waited for them (round 38 red team, D-many-small).
INTERRUPTED_CLOSE_SECONDS = 0.5
# What reading a damaged archive or member can raise.
_READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, tarfile.TarError, zlib.error, lzma.LZMAError,
                EOFError, OSError, ValueError, NotImplementedError, RuntimeError)


def archive_kind(head: bytes, zip_of: Callable[[], zipfile.ZipFile], named: bool = False) -> str | None:
    """``"zip"`` or ``"tar"`` when the bytes starting ``head`` are an archive of files, else None (a DOCX,
    an EPUB, an OpenDocument file, any other file). ``zip_of`` opens the whole ZIP (its directory is at its end).
    ``named``: the file's name is an archive's (``.tgz``…), so a compressed stream that cannot be inflated, or
    ends before a tar's first header (round 58 red team, D12), is a damaged tar, whose reading says so, not a
    file of an unsupported format (round 42 red team, D17)."""
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        try:
            with zip_of() as archive:
                return "zip" if container_kind(archive) == PLAIN_ZIP else None
        except _READ_ERRORS:
            return "zip"  # a ZIP that cannot be opened: the archive's own error says why
    if _tar_header(head):
        return "tar"
    for magic, _name, inflater in _COMPRESSED:
        if head.startswith(magic):
            try:
                inflated = inflater()(head, TAR_MAGIC_OFFSET + 8)
            except _READ_ERRORS:
                return "tar" if named else None
            if _tar_header(inflated):
                return "tar"
            # a stream cut before a tar header could be read (a truncated download): damaged, when so named
            return "tar" if named and len(inflated) < TAR_MAGIC_OFFSET + 5 else None
    return None


def _tar_header(data: bytes) -> bool:
    return data[TAR_MAGIC_OFFSET:TAR_MAGIC_OFFSET + 5] == b"ustar"


def file_archive_kind(path: Path) -> str | None:
    """``archive_kind`` of a file on disk (None when it cannot be opened, or is no regular file: a named pipe
    is never opened to wait for a writer; the build's checks say why)."""
    try:
        with open_checked(path, sys.maxsize) as handle:
            head = handle.read(_HEAD_BYTES)
    except (OSError, InputError):
        return None
    return archive_kind(head, lambda: zipfile.ZipFile(path), archive_name(path.name))


def misnamed_archive(path: Path, kind: str) -> str:
    """The warning for an archive whose name is a document's ("box.txt" holding a ZIP): which file is an archive
    is told by its content, so it is read as one, and the build says so (round 55 red team D11)."""
    what = "ZIP archive" if kind == "zip" else "tar archive"
    return f"{shown(path)}: named {path.suffix} but its content is a {what}; read as an archive (its members built)"


def intact_archive(path: Path, kind: str) -> bool:
    """The file opens as the archive its content starts like (a damaged ZIP named as a document is the document:
    a broken "letter.docx" is reported by the DOCX reader, not read as an archive)."""
    try:
        if kind == "zip":
            with zipfile.ZipFile(path) as archive:
                archive.namelist()
            return True
        with tarfile.open(path) as archive:
            return archive.next() is not None
    except _READ_ERRORS:
        return False


# ----------------------------------------------------------------- the entries of an archive


@dataclass
class _Entry:
    name: str  # as the archive stores it
    kind: str  # "file", "folder", "link" or "other" (a device, a named pipe)
    size: int  # bytes it declares
    packed: int | None  # bytes it takes compressed (a ZIP's member), None when not known
    encrypted: bool
    read: Callable[[int], bytes]  # its bytes, at most so many


class _Stop(Exception):
    """The rest of an archive is not read: ``warning`` says why (a limit), else ``error``."""

    def __init__(self, reason: str, error: bool = False):
        super().__init__(reason)
        self.reason, self.error = reason, error


def _zip_entries(archive: zipfile.ZipFile, budget: _Budget) -> Iterator[_Entry]:
    """A ZIP's entries in its directory's order. The member limit is applied to the directory before any
    member is read (round 51 red team D15: the limit was met only after 10,000 members were copied out): the
    entries past what the budget has room for are never opened, and the warning names how many it lists."""
    infos = archive.infolist()
    room = budget.limits["members"] - budget.members
    for info in infos[:max(room, 0)]:
        mode = info.external_attr >> 16
        kind = "folder" if info.is_dir() or stat.S_ISDIR(mode) else "link" if stat.S_ISLNK(mode) \
            else "other" if stat.S_IFMT(mode) and not stat.S_ISREG(mode) else "file"

        def read(limit: int, info: zipfile.ZipInfo = info) -> bytes:
            with archive.open(info) as member:
                return member.read(limit)

        yield _Entry(info.filename, kind, info.file_size, info.compress_size, bool(info.flag_bits & 0x1), read)
    if len(infos) > room:
        raise _Stop(f"lists {len(infos):,} members: only its first {max(room, 0):,} read (the archive member "
                    f"limit, {budget.limits['members']:,})")


def _tar_entries(archive: tarfile.TarFile, packed_size: int | None, budget: _Budget) -> Iterator[_Entry]:
    """A tar's entries in stream order. Passing over a member inflates it in a compressed tar (whose file
    is ``packed_size`` bytes; None for a tar not compressed), so each entry's end in the stream is counted
    against the bytes left, and checked against the ratio, before the next is read."""
    counted = 0
    while True:
        info = archive.next()
        if info is None:
            return
        end = info.offset_data + (info.size if info.isreg() else 0)
        budget.take(max(0, end - counted))
        counted = max(counted, end)
        budget.ratio(end, packed_size)
        kind = "folder" if info.isdir() else "link" if info.issym() or info.islnk() \
            else "file" if info.isreg() else "other"

        def read(limit: int, info: tarfile.TarInfo = info) -> bytes:
            member = archive.extractfile(info)
            return b"" if member is None else member.read(limit)

        yield _Entry(info.name, kind, info.size, None, False, read)


@dataclass
class _Budget:
    """What is left of one archive's limits (its nested archives share them)."""

    limits: dict[str, int]
    members: int = 0
    bytes: int = 0

    def member(self) -> None:
        self.members += 1
        if self.members > self.limits["members"]:
            raise _Stop(f"only its first {self.limits['members']:,} members read (the archive member limit)")

    def take(self, size: int) -> None:
        if self.bytes + size > self.limits["total_bytes"]:
            raise _Stop(f"expands past {self.limits['total_bytes']:,} bytes; the members after "
                        "that were not read (the archive size limit)")
        self.bytes += size

    def ratio(self, inflated: int, packed_size: int | None) -> None:
        """A compressed stream of ``packed_size`` bytes inflated to ``inflated`` so far: within the ratio, judged
        once it passes what one member may hold (less costs no more than a member; a collection of near-alike
        files, a site's pages, may compress past the ratio as a whole)."""
        if packed_size is not None and inflated > self.limits["member_bytes"] \
                and inflated / max(packed_size, 1) > self.limits["ratio"]:
            raise _Stop(f"its stream expands more than {self.limits['ratio']}:1 (a likely archive bomb); "
                        "the rest was not read", error=True)


# ----------------------------------------------------------------- unpacking


@dataclass
class Unpacked:
    """What unpacking a build's inputs found, besides the files to read."""

    errors: list[InputError] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    passed_over: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    complete: set[str] = field(default_factory=set)  # archives (as shown) listed to their end
    opened: set[str] = field(default_factory=set)  # archives (as shown) opened, to their end or not
    failed: set[str] = field(default_factory=set)  # members (as shown) that could not be read this time

    def gone(self, source: str) -> bool:
        """Whether an earlier build's document of ``source`` came from a member no longer in its archive:
        its archive (or the archive holding that one…) was listed to its end this time without it."""
        split = split_source(source)
        if split is None or source in self.failed:
            return False
        parent = SEPARATOR.join((split[0], *split[1][:-1]))
        if parent in self.complete:
            return True
        return parent not in self.opened and self.gone(parent)


@dataclass(frozen=True)
class _Place:
    """Where an archive being read lies: the outermost archive (as shown), its own path in the archives
    holding it, how deep, and how it is shown."""

    top: str
    inner: tuple[str, ...]
    depth: int

    @property
    def shown(self) -> str:
        return SEPARATOR.join((self.top, *self.inner))

    def of(self, name: str) -> str:
        return f"{self.shown}{SEPARATOR}{name}"


class Unpacker:
    """Unpacks the archives among a build's inputs, each member read copied to a temporary file in a
    folder of its own (``<prefix>…tmp``) in ``folder`` (the system's temporary folder when None); the copies
    and their folder are removed when the unpacker closes (a context manager). Closed by an interrupt
    (Ctrl-C, SIGTERM), it removes them for ``INTERRUPTED_CLOSE_SECONDS`` at most, then moves their folder
    out of ``folder`` into the system's temporary folder when that is on the same disk (one rename: nothing
    is left beside the database, round 44 red team L7) and leaves the rest to a process of their own."""

    def __init__(self, readable: Collection[str], folder: Path | None = None, prefix: str = ".vitrina.member.",
                 limits: dict[str, int] | None = None) -> None:
        self.readable = readable  # suffixes a reader takes
        self.folder, self.prefix = folder, prefix
        self.limits = limits or ARCHIVE_LIMITS
        self.copies: list[Path] = []
        self.home: Path | None = None  # the copies' own folder, made with the first copy

    def __enter__(self) -> Unpacker:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        self.close(interrupted=kind is not None and issubclass(kind, KeyboardInterrupt))

    def close(self, interrupted: bool = False) -> None:
        """Remove the copies; ``interrupted``: those left after ``INTERRUPTED_CLOSE_SECONDS`` apart
        (``_remove_apart``), so that the build stops at once."""
        deadline = time.monotonic() + INTERRUPTED_CLOSE_SECONDS if interrupted else None
        try:
            while self.copies:
                if deadline is not None and time.monotonic() > deadline:
                    self._put_apart()
                    return
                with contextlib.suppress(OSError):
                    self.copies.pop().unlink()
        except BaseException:  # a SIGTERM or Ctrl-C while removing them (round 51 red team D15: 9,161 copies left)
            self._put_apart()
            raise
        if self.home is not None:
            with contextlib.suppress(OSError):
                self.home.rmdir()
            self.home = None

    def _put_apart(self) -> None:
        """The copies' folder out of the database's folder, removed by a process of its own."""
        if self.home is not None:
            _remove_apart(_moved_away(self.home))
        self.copies, self.home = [], None

    def _home(self) -> Path:
        if self.home is None:
            self.home = Path(tempfile.mkdtemp(prefix=self.prefix, suffix=".tmp", dir=self.folder))
        return self.home

    def expand(self, inputs: list[Path], found: Unpacked) -> list[Path | Member]:
        """``inputs`` with each archive among them (a file whose content is an archive of files, whatever its
        name: one named as a document, "box.txt", with a warning, ``misnamed_archive``) replaced by its members to
        read, in the order of their paths in it; what else the archives held goes to ``found``."""
        out: list[Path | Member] = []
        for path in inputs:
            kind = file_archive_kind(path)
            if kind is None:
                out.append(path)
                continue
            if path.suffix.lower() in self.readable:
                if not intact_archive(path, kind):  # a damaged "report.docx": its reader says what is wrong
                    out.append(path)
                    continue
                found.warnings.append(misnamed_archive(path, kind))
            out.extend(self.archive(path, found))
        return out

    def archive(self, path: Path, found: Unpacked) -> list[Member]:
        """The members to read of the archive ``path``."""
        place = _Place(shown(path), (), 1)
        try:
            with open_checked(path, self.limits["total_bytes"]) as handle:
                size = os.fstat(handle.fileno()).st_size
                members = self._walk(handle, size, place, _Budget(self.limits), found)
        except InputError as exc:
            found.errors.append(exc)
            return []
        return sorted(members, key=lambda m: m.inner)

    def _walk(self, handle: BinaryIO, size: int, place: _Place, budget: _Budget, found: Unpacked) -> list[Member]:
        """The members to read of the archive open in ``handle`` (``size`` bytes)."""
        kind = _kind_of(handle)
        found.opened.add(place.shown)
        members: dict[str, list[Member]] = {}  # by the member's path in this archive
        try:
            with _opened(handle, kind, place.shown, size) as entries:
                for entry in entries(budget):
                    self._entry(entry, place, budget, found, members)
        except _Stop as stop:
            (found.errors.append(InputError(place.shown, stop.reason)) if stop.error
             else found.warnings.append(f"{place.shown}: {stop.reason}"))
        except _READ_ERRORS as exc:
            found.errors.append(InputError(place.shown, f"corrupt {_label(kind)} ({_why(exc)}); "
                                                        f"the members before the damage were read"))
        except InputError as exc:  # it cannot be opened at all
            if not place.inner:
                raise  # the top archive: ``archive`` says so
            self._failed(exc, found)  # an archive inside another: the other's members are still read
        else:
            found.complete.add(place.shown)
        return [member for read in members.values() for member in read]

    def _entry(self, entry: _Entry, place: _Place, budget: _Budget, found: Unpacked,
               members: dict[str, list[Member]]) -> None:
        """Read one entry of an archive into ``members``, or say why not."""
        budget.member()
        raw = entry.name.replace("\\", "/")
        name = "/".join(part for part in raw.split("/") if part not in ("", "."))
        if entry.kind == "folder" or not name:
            return
        if _unsafe(raw):
            found.warnings.append(f"{place.of(raw)}: its path leads outside the archive (absolute, or through "
                                  "'..'); not read")
            return
        where = place.of(name)
        if name in members:
            found.warnings.append(f"{where}: the archive holds more than one member of this path; the last one "
                                  "read, as unpacking it would leave it")
            for old in members.pop(name):
                self._forget(old)
        members[name] = []
        if entry.kind == "link":
            found.skipped.append(LinkNotFollowed(where, "link in the archive; not followed"))
            return
        if entry.kind == "other":
            found.skipped.append(NotAFile(where, "not a regular file (a device or named pipe in the archive)"))
            return
        if (left_out := _left_out(name)) is not None:
            note = f"{place.of(left_out[0])} ({left_out[1]})"
            if note not in found.passed_over:
                found.passed_over.append(note)
            return
        nested = archive_name(name)
        suffix = PurePosixPath(name).suffix
        if not nested and suffix.lower() not in self.readable:
            found.skipped.append(UnsupportedFormat(where, f"unsupported format ({suffix or 'no extension'} file)"))
            return
        if entry.encrypted:
            found.warnings.append(f"{where}: encrypted; not read (vitrina reads no passwords)")
            return
        if nested and place.depth >= self.limits["depth"]:
            found.warnings.append(f"{where}: an archive inside an archive {place.depth} deep; not read (the archive "
                                  "nesting limit)")
            return
        data = self._read(entry, where, budget, found)
        if data is None:
            return
        if nested and _kind_of(io.BytesIO(data), named=True) is not None:
            inner = _Place(place.top, (*place.inner, name), place.depth + 1)
            members[name] = self._walk(io.BytesIO(data), len(data), inner, budget, found)
            return
        member = self._copy(data, Member(place.top, (*place.inner, name), Path()), found)
        if member is not None:
            members[name] = [member]

    def _read(self, entry: _Entry, where: str, budget: _Budget, found: Unpacked) -> bytes | None:
        """An entry's bytes within the limits, or None (the error recorded)."""
        cap, ratio, ratio_from = (self.limits[k] for k in ("member_bytes", "ratio", "ratio_from_bytes"))
        if entry.size > cap:
            self._failed(OverLimit(where, f"member too large ({entry.size:,} bytes; limit {cap:,})"), found)
            return None
        if entry.packed is not None and entry.size >= ratio_from and entry.size / max(entry.packed, 1) > ratio:
            self._failed(OverLimit(where, f"compressed {entry.size / max(entry.packed, 1):,.0f}:1 (limit "
                                          f"{ratio}:1): a likely zip bomb; not read"), found)
            return None
        if entry.packed is not None:  # a tar's bytes are counted as its stream is read (``_tar_entries``)
            budget.take(entry.size)
        try:
            data = entry.read(cap + 1)
        except _READ_ERRORS as exc:
            if entry.packed is None:
                raise  # a tar's stream is broken: the archive's error
            self._failed(InputError(where, f"corrupt member ({_why(exc)})"), found)
            return None
        if len(data) > cap:
            self._failed(OverLimit(where, f"member too large (more than {cap:,} bytes)"), found)
            return None
        return data

    def _failed(self, error: InputError, found: Unpacked) -> None:
        found.errors.append(error)
        found.failed.add(error.path)

    def _copy(self, data: bytes, member: Member, found: Unpacked) -> Member | None:
        """The member, its bytes copied to a temporary file of the build."""
        try:
            fd, name = tempfile.mkstemp(prefix="m.", suffix=".tmp", dir=self._home())
        except OSError as exc:
            self._failed(InputError(member.shown, f"cannot copy it to a temporary file ({exc.strerror or exc})"),
                         found)
            return None
        self.copies.append(Path(name))
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
        except OSError as exc:
            self._failed(InputError(member.shown, f"cannot copy it to a temporary file ({exc.strerror or exc})"),
                         found)
            return None
        return Member(member.archive, member.inner, Path(name))

    def _forget(self, member: Member) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.copies.remove(member.file)
            member.file.unlink()


# The program of ``_remove_apart``'s process: the folder it is given, and all in it.
_REMOVER = "import shutil, sys\nshutil.rmtree(sys.argv[1], ignore_errors=True)\n"


def _moved_away(home: Path) -> Path:
    """``home`` moved into the system's temporary folder (one rename, when that is on the same disk), so that
    an interrupted build leaves no copies beside its database; else where it was."""
    away = Path(tempfile.gettempdir()) / home.name
    if away.parent.resolve() == home.parent.resolve():
        return home
    try:
        os.rename(home, away)
    except OSError:  # another disk, or the name taken: removed where it is
        return home
    return away


def _remove_apart(home: Path) -> None:
    """Remove the folder ``home`` and its copies in a process of their own, started in a session of its own so
    that it outlives this one (and the Ctrl-C of its terminal); if it cannot start, the next build of the same
    database sweeps the folder (``store.db.build_lock``)."""
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.Popen([sys.executable, "-I", "-c", _REMOVER, str(home)], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                         close_fds=True)


def _left_out(name: str) -> tuple[str, str] | None:
    """(what, why) when a member is left out as a folder's file would be: hidden (a name starting with a
    dot, or in a folder whose name does: the folder named once) or the folder's paperwork."""
    parts = PurePosixPath(name).parts
    hidden = next((i for i, part in enumerate(parts) if part.startswith(".")), None)
    if hidden is not None:
        return "/".join(parts[:hidden + 1]), "hidden folder" if hidden < len(parts) - 1 else "hidden file"
    if PurePosixPath(name).stem.lower() in FOLDER_PAPERWORK:
        return name, "the folder's paperwork; name the file to read it"
    return None


def _unsafe(name: str) -> bool:
    """A member path that leads outside the folder it would be unpacked in: absolute (``/…``, ``C:…``)
    or through a ``..``."""
    return name.startswith("/") or bool(re.match(r"^[A-Za-z]:", name)) or ".." in name.split("/")


def _kind_of(handle: BinaryIO, named: bool = False) -> str | None:
    """``archive_kind`` of the archive open in ``handle`` (left at its start)."""
    head = handle.read(_HEAD_BYTES)
    handle.seek(0)
    try:
        return archive_kind(head, lambda: zipfile.ZipFile(handle), named)
    finally:
        handle.seek(0)


@contextlib.contextmanager
def _opened(handle: BinaryIO, kind: str | None, source: str, size: int,
            ) -> Iterator[Callable[[_Budget], Iterator[_Entry]]]:
    """The archive in ``handle`` (``size`` bytes) open, as a function giving its entries."""
    if kind == "zip":
        try:
            archive = zipfile.ZipFile(handle)
        except _READ_ERRORS as exc:
            raise InputError(source, f"corrupt ZIP archive ({_why(exc)})") from None
        with archive:
            yield lambda budget: _zip_entries(archive, budget)
        return
    try:
        tar = tarfile.open(fileobj=handle, mode="r:*")  # noqa: SIM115 - closed below, once its entries are read
    except _READ_ERRORS as exc:
        raise InputError(source, f"corrupt tar archive ({_tar_failure(handle, exc)})") from None
    packed = size if tar.fileobj is not handle else None  # compressed: the stream is inflated
    with tar:
        yield lambda budget: _tar_entries(tar, packed, budget)


def _label(kind: str | None) -> str:
    return "ZIP archive" if kind == "zip" else "tar archive"


def _why(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _tar_failure(handle: BinaryIO, exc: BaseException) -> str:
    """Why a tar cannot be opened, in one line: its compressed stream's own error when it cannot be inflated
    (``tarfile`` lists every method it tried, one a line), else the first line of ``exc``."""
    handle.seek(0)
    head = handle.read(_HEAD_BYTES)
    for magic, name, inflater in _COMPRESSED:
        if head.startswith(magic):
            try:
                inflater()(head, TAR_MAGIC_OFFSET + 8)
            except _READ_ERRORS as damage:
                return f"a damaged {name} stream: {_why(damage)}"
    return _why(exc).splitlines()[0].rstrip(":")


# ----------------------------------------------------------------- reading a member back


def read_member(source: str, limits: dict[str, int] | None = None) -> bytes | None:
    """The bytes of the member ``source`` names, read again from its archive within the limits; None when
    it is no member, or its archive (or the member) cannot be read now."""
    split = split_source(source)
    if split is None:
        return None
    archive, inner = split
    limits = limits or ARCHIVE_LIMITS
    try:
        with open_checked(archive, limits["total_bytes"]) as handle:
            data: bytes | None = None
            current: BinaryIO = handle
            for name in inner:
                data = _member_bytes(current, name, limits)
                if data is None:
                    return None
                current = io.BytesIO(data)
            return data
    except (InputError, _Stop, *_READ_ERRORS):
        return None


def _member_bytes(handle: BinaryIO, name: str, limits: dict[str, int]) -> bytes | None:
    """The bytes of the last member named ``name`` (as unpacking leaves it) of the archive in ``handle``."""
    size = len(handle.getbuffer()) if isinstance(handle, io.BytesIO) else os.fstat(handle.fileno()).st_size
    budget = _Budget(limits)
    data = None
    with _opened(handle, _kind_of(handle), name, size) as entries:
        for entry in entries(budget):
            budget.member()
            normal = "/".join(part for part in entry.name.replace("\\", "/").split("/") if part not in ("", "."))
            if normal == name and entry.kind == "file" and not entry.encrypted and entry.size <= limits["member_bytes"]:
                data = entry.read(limits["member_bytes"])
    return data
