"""The ``vitrina`` command: parse arguments, call one library function, report.

Our errors become ``Error: …`` on stderr with exit status 1; usage errors
exit 2 (click's convention); nothing ends in a traceback unless
``VITRINA_DEBUG=1`` asks for one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import socket
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from vitrina import __version__
from vitrina.errors import StoreError, UsageError, VitrinaError
from vitrina.limits import INPUT_LIMITS, WORKER_LIMITS
from vitrina.terminal import count, json_text, readable, shown
from vitrina.terminal import styled as can_style

if TYPE_CHECKING:
    from vitrina.pipeline import BuildReport
    from vitrina.store.read import KnowledgeBase

_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def _remember_db(ctx: click.Context, param: click.Parameter, value: str) -> str:
    from vitrina.store import is_server_url

    _not_empty(ctx, param, value)
    scheme = _URL_SCHEME.match(value)
    if scheme and not is_server_url(value):
        raise click.BadParameter(f"{shown(scheme.group(1))}:// is not a database vitrina can use "
                                 "(a SQLite file, or postgresql://USER@HOST/DB)")
    if scheme:  # a server URL's own parameters are checked before connecting: a bad one is a usage error
        from vitrina.store.postgres import target

        try:
            target(value)
        except StoreError as exc:
            raise click.BadParameter(str(exc)) from None
    ctx.meta["vitrina.db"] = value  # meta is shared with the group: named in database errors
    if os.path.isfile(value) and not os.access(value, os.R_OK):  # not a usage error: one plain line
        raise StoreError(f"{shown(value)}: cannot read the database (permission denied)")
    return value


def _not_empty(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """An empty path is a usage error, not the current folder."""
    if value is not None and not value.strip():
        raise click.BadParameter("is empty; give a path")
    return value


def _no_empty_paths(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """An empty path among the inputs (an unset shell variable, ``build "$DIR"``) is a usage error, not the
    current folder read whole."""
    if any(not value.strip() for value in values):
        raise click.BadParameter("is empty; give a path (the current folder is \".\")")
    return values


def _output(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``-o -`` is standard output, as for most tools; an empty name is a usage error."""
    return None if value == "-" else _not_empty(ctx, param, value)


DB_OPTION = click.option(
    "--db", "db", default="vitrina.db", show_default=True, type=click.Path(dir_okay=False, readable=False),
    help="The exhibit's database: a SQLite file, or postgresql://USER@HOST/DB[?schema=NAME] "
         "(needs the postgres extra).", callback=_remember_db,
)


def say(message: str, err: bool = False) -> None:
    """Print one line for people: control characters shown escaped."""
    click.echo(shown(message), err=err)


def fail(message: str, status: int = 1) -> None:
    """``Error: …`` on one line, then exit."""
    say(f"Error: {message}", err=True)
    sys.exit(status)


def os_error_message(exc: OSError) -> str:
    """One plain line for an error of the operating system (permission, disk full…)."""
    name = f"{exc.filename}: " if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return f"{name}no space left on device (disk full)"
    if exc.errno == errno.EDQUOT:
        return f"{name}disk quota exceeded"
    if isinstance(exc, PermissionError):
        return f"{name}permission denied"
    if exc.errno in (errno.EEXIST, errno.ENOTDIR) and exc.filename and (file := _file_in_the_way(exc.filename)):
        needed = "" if file == Path(exc.filename) else f" (writing {shown(exc.filename)} needs a folder there)"
        return f"{shown(str(file))}: is a file, not a folder{needed}"
    return f"{name}{exc.strerror or exc}"


def _file_in_the_way(path: str | os.PathLike[str]) -> Path | None:
    """The path itself or the nearest of its parents that is something other than a folder (making a folder
    there said "File exists", writing under it "Not a directory"), or None. vitrina makes no file with
    O_EXCL at a path a user names (temporary files have names of their own), so EEXIST is a folder's."""
    for candidate in (Path(path), *Path(path).parents):
        if candidate.exists():
            return None if candidate.is_dir() else candidate
    return None


def database_error_message(db: str | None, exc: sqlite3.DatabaseError) -> str:
    """One plain line for an error SQLite raised: a full disk is not a damaged database (a
    build writes a temporary copy and renames it, so the exhibit is unchanged, or, for a new
    one, not made)."""
    from vitrina.store import is_server_url

    name = f"{db}: " if db else ""
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(exc):
        never_made = db is not None and not is_server_url(db) and not os.path.lexists(db)
        return f"{name}no space left on device (disk full); " + (
            "no database was created" if never_made else "the database was not changed")
    from vitrina.store import is_damaged

    if is_damaged(exc):  # a build with --replace-all writes a new one beside it, renamed over it when complete
        return (f"{name}database cannot be read ({exc}); it is damaged: build it again from its files with "
                f"`vitrina build FILES --db {db or 'DB'} --replace-all` (it is replaced only once the new one "
                "is complete), or move it away")
    return f"{name}database cannot be read ({exc}); rebuild it with `vitrina build`"


def _text_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--encoding``: a text encoding Python's codecs know (its canonical name), else a usage error."""
    if value is None:
        return None
    from vitrina.ingest.encoding import checked_encoding

    try:
        return checked_encoding(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


class FiniteRange(click.FloatRange):
    """A number in a closed range; "nan" (which every comparison lets through) is refused like one outside."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if number != number:
            self.fail(f"{value!r} is not a number in the range {self._describe_range()}.", param, ctx)
        return number


class TypedText(click.ParamType):
    """Words the user typed (a query, a question, an id): an undecodable byte in them (the shell passes it
    through as a lone surrogate) is a usage error, not something to search or store; so is text longer than
    the server accepts in one parameter (``limits.INPUT_LIMITS``)."""

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and any("\udc80" <= ch <= "\udcff" for ch in value):
            self.fail(f"{shown(value)} is not valid UTF-8 text", param, ctx)
        limit = INPUT_LIMITS["param_chars"]
        if isinstance(value, str) and len(value) > limit:
            self.fail(f"longer than {limit} characters (the server's limit too)", param, ctx)
        return value


TEXT = TypedText()


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the command is so that its clean-ups run (temporary files, the build lock)."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated


@contextlib.contextmanager
def _terminate_as_interrupt() -> Any:
    """While a command runs, SIGTERM unwinds it like Ctrl-C instead of ending the process where it stands."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# Seconds an interrupted or terminated command may take to exit once it has said so; past them it ends at
# once. Exit waits for every thread that is not a daemon, and a library thread left waiting for work that
# will never come (one whose start an interrupt cut short) would hold it there for ever.
EXIT_GRACE_SECONDS = 5.0


def _end_within(seconds: float, status: int) -> None:
    """End the process with ``status`` if it has not ended by itself ``seconds`` from now."""

    def end() -> None:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(status)

    timer = threading.Timer(seconds, end)
    timer.daemon = True
    timer.start()


class VitrinaGroup(click.Group):
    """Turns our errors (and unexpected ones) into one clear line, exit 1."""

    interrupted = False

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        """As the ``vitrina`` program (arguments from the command line, not a test's), an interrupted
        command ends within ``EXIT_GRACE_SECONDS`` of saying so, whatever threads are left."""
        self.interrupted = False
        try:
            return super().main(args, *rest, **kwargs)
        except SystemExit as exc:
            if args is None and self.interrupted:
                _end_within(EXIT_GRACE_SECONDS, exc.code if isinstance(exc.code, int) else 1)
            raise

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with _terminate_as_interrupt():
                return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except Terminated:
            self.interrupted = True
            fail("terminated")
        except UsageError as exc:
            fail(str(exc), 2)
        except VitrinaError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            self.interrupted = True
            fail("interrupted")
        except BrokenPipeError:  # output piped into `head` and closed: not an error
            with contextlib.suppress(OSError):
                sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
            sys.exit(0)
        except UnicodeEncodeError:  # an undecodable byte typed into an argument reached a text-only write
            fail("an argument is not valid UTF-8 text", 2)
        except OSError as exc:
            fail(os_error_message(exc))
        except sqlite3.DatabaseError as exc:  # OperationalError too: corrupt, locked, unreadable
            db = ctx.meta.get("vitrina.db")
            fail(database_error_message(db, exc))
        except Exception as exc:  # last resort: never a traceback for users
            if os.environ.get("VITRINA_DEBUG"):
                raise
            fail(f"internal error: {type(exc).__name__}: {exc} (set VITRINA_DEBUG=1 for details)")


@click.group(cls=VitrinaGroup)
@click.version_option(version=__version__, message="vitrina %(version)s")
def main() -> None:
    """vitrina: exhibit texts and archives into a cited knowledge base and exhibit."""


class BuildCommand(click.Command):
    """``build --help`` ends with the formats the registered readers read, plugins included."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from vitrina.ingest import supported_formats
        from vitrina.limits import ARCHIVE_LIMITS, FILE_LIMITS

        formatter.write_paragraph()
        formatter.write_text(f"Formats read: {supported_formats()}. Folders are read recursively; "
                             "files of other formats in them are skipped (--verbose lists them). "
                             "Archives (.zip, .tar, .tar.gz/.tgz, .tar.bz2, .tar.xz), named or in a folder, "
                             "are read as the folders they hold, each member cited as ARCHIVE!PATH.")
        formatter.write_paragraph()
        formatter.write_text(f"Limits: a file of at most {FILE_LIMITS['bytes'] // 1024**2} MB; a PDF is read up to "
                             f"page {FILE_LIMITS['pdf_pages']:,} (a warning says how many pages were left out); a table "
                             f"row is read up to its {FILE_LIMITS['table_cells']:,}th cell (with a warning). An archive "
                             f"lists at most {ARCHIVE_LIMITS['members']:,} members and expands to at most "
                             f"{ARCHIVE_LIMITS['total_bytes'] // 1024**3} GB, each member within the file limit; "
                             f"archives in archives are read {ARCHIVE_LIMITS['depth']} levels deep in all.")


@main.command(cls=BuildCommand)
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False),  # each reported itself
                callback=_no_empty_paths)
@DB_OPTION
@click.option("--authority", type=click.Path(exists=True, dir_okay=False),
              help="CSV of known entities with a header row: name, type (person, organization, place, group, "
                   "other), aliases (separated by ; or |), lat, lon, identifier (Wikidata Q123 or a URI).")
@click.option("--no-authority", is_flag=True,
              help="Link without the authority file the database remembers from an earlier build "
                   "(by default a build given no --authority reuses it, re-read if it changed).")
@click.option("--catalogue", type=click.Path(exists=True, dir_okay=False),
              help="CSV of the collection's catalogue records, one per document, with a header row; the column "
                   "named identifier, id, accession number, reference, call number, file or filename joins a "
                   "record to its document (its id, file name or the file name's leading part). Kept by later "
                   "builds (re-read if it changed).")
@click.option("--no-markup", is_flag=True, help="Ignore names and dates marked up in TEI input.")
@click.option("--fresh", is_flag=True, help="Re-read the given files (ignore cached analyses); other documents stay.")
@click.option("--replace-all", is_flag=True,
              help="Drop every document of the exhibit not built from the given files (says which).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), help="Worker processes (default: one per core, at most one per 250 KB of input).")
@click.option("--time-limit", type=FiniteRange(1, 86400), default=120, show_default=True,
              help="Seconds one file may take to read and analyse (each part of a very large one).")
@click.option("--memory-limit", type=click.IntRange(WORKER_LIMITS["memory_floor_mb"], 1 << 20), default=2048,
              show_default=True,
              help="MB of memory a worker may use while analysing one file (model included, so at least "
                   f"{WORKER_LIMITS['memory_floor_mb']}).")
@click.option("--workers", type=click.IntRange(1, 1024),
              help="Analyse on a local Dask cluster of this many processes (pip install 'vitrina[scale]').")
@click.option("--cluster", metavar="tcp://HOST:PORT",
              help="Analyse on the Dask cluster of this scheduler (workers must see the same paths).")
@click.option("--strict", is_flag=True,
              help="Write nothing if a cross-document stage (comparisons) fails; by default the build "
                   "is written without it and says so.")
@click.option("--encoding", metavar="NAME", callback=_text_encoding,
              help="Encoding of text files that are not Unicode (e.g. cp1250, iso8859_2); by default it is "
                   "detected, with a warning. UTF-8 and files with a byte-order mark are read as such.")
@click.option("--verbose", "-v", is_flag=True, help="List every file skipped or left out in folders (hidden, paperwork), and why; "
              "and the seconds each stage of the build took.")
def build(paths: tuple[str, ...], db: str, authority: str | None, no_authority: bool, catalogue: str | None,
          no_markup: bool, fresh: bool,
          replace_all: bool, jobs: int | None, time_limit: float, memory_limit: int,
          workers: int | None, cluster: str | None, strict: bool, encoding: str | None, verbose: bool) -> None:
    """Build or update the exhibit from files and folders.

    Adds the documents of PATHS to the database (or updates them); the
    documents of other files already in it stay (unless --replace-all).
    """
    from vitrina.pipeline import build as run_build
    from vitrina.progress import progress_for
    from vitrina.scaleout import dask_options
    from vitrina.workers import Limits

    if authority and no_authority:
        raise click.UsageError("--authority and --no-authority exclude each other")
    known = None
    if authority:
        from vitrina.authority import load_authority

        known = load_authority(Path(authority))
        for warning in known.warnings:
            say(f"Warning: {warning}", err=True)
    records = None
    if catalogue:
        from vitrina.catalogue import load_catalogue

        records = load_catalogue(Path(catalogue))
    made = _missing_folders(db)
    report = run_build(list(paths), db, authority=known, forget_authority=no_authority, catalogue=records,
                       use_markup=not no_markup, fresh=fresh,
                       replace_all=replace_all, progress=progress_for(sys.stderr), jobs=jobs,
                       limits=Limits(seconds=time_limit, memory_mb=memory_limit),
                       dask=dask_options(workers, cluster, jobs), strict=strict, encoding=encoding,
                       notice=lambda warning: say(f"Warning: {warning}", err=True))
    made = [folder for folder in made if folder.is_dir()]
    if made:  # made for the database, as README says: never silently, and every one of them (round 42, D20)
        say(f"Made the folder {made[0]} for the database (it did not exist)" if len(made) == 1 else
            f"Made the folders {', '.join(map(str, made))} for the database (they did not exist)", err=True)
    for source in report.dropped:
        say(f"Dropped: {source} (--replace-all)", err=True)
    for source in report.removed:
        say(f"Dropped: {source} (no longer in its archive)", err=True)
    for source, folder in report.gone:
        say(f"Dropped: {source} — no longer in {folder}", err=True)
    for before, now in report.renamed:
        say(f"Renamed: {before} → {now} (the same bytes: its analysis kept, the old name dropped)", err=True)
    for source, kept in report.copies:
        say(f"Copy: {source} has the same bytes as {kept}, kept once as a source", err=True)
    for warning in report.warnings[report.warnings_said:]:  # (an archive's were said as they were found)
        say(f"Warning: {warning}", err=True)
    for failure in report.failed_stages:
        say(f"Warning: {failure.stage} are unavailable for this build: {failure.reason} (every document "
            "and the other stages were written; --strict fails the build instead)", err=True)
    for error in report.errors:
        say(f"Error: {error}", err=True)
    if verbose:
        for skipped in report.skipped:
            say(f"Skipped {skipped}", err=True)
        for left in report.passed_over:
            say(f"Not read: {left}", err=True)
    for line in build_summary(report, db, verbose):
        say(line, err=True)
    if report.errors or not (report.built or report.copies):  # a copy kept once is a build (round 51, D12)
        sys.exit(1)


def _missing_folders(db: str) -> list[Path]:
    """The folders of a database file's path that do not exist yet (the build makes them), outermost first."""
    from vitrina.store import is_server_url

    if is_server_url(db):
        return []
    missing: list[Path] = []
    for folder in Path(db).absolute().parents:
        if folder.exists():
            break
        missing.insert(0, folder)
    return missing


def store_exists(db: str) -> bool:
    from vitrina.store import store_identity

    try:
        return store_identity(db) is not None
    except StoreError:
        return False


def build_summary(report: BuildReport, db: str, verbose: bool) -> list[str]:
    """What a build did, in two lines: files built and skipped, then the database (``verbose``: a third, the
    seconds of each stage)."""
    from vitrina.store import display_name, is_server_url

    counts = report.skip_counts()
    skipped = sum(counts.values())
    exists = store_exists(db) if is_server_url(db) else Path(db).exists()
    db = display_name(db)
    reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    more = " \u2014 see --verbose" if report.skipped and not verbose else ""
    timed = [stage_seconds(report.seconds)] if verbose and report.seconds else []
    if not report.built and not report.copies:
        state = "left unchanged" if exists else "not created"
        why = f"{skipped} skipped: {reasons}" if skipped else "no supported files found"
        lead = "Nothing built" if report.errors else "Error: nothing built"  # each error had its own line
        return [f"{lead} ({why}){more}; database {db} {state}", *timed]
    line = (f"{count(report.built, 'file')} built"
            + (f", {count(len(report.copies), 'copy', 'copies')} of a kept document" if report.copies else "")
            + (f", {skipped} skipped: {reasons}{more}" if skipped else ""))
    kept = report.documents - report.analysed - report.stale  # reused analyses and other files' documents
    stale = f", {report.stale:,} kept from the last build as its file failed now" if report.stale else ""
    without = ", ".join(failure.stage for failure in report.failed_stages)
    return [line, f"{count(report.documents, 'document')} ({report.analysed:,} analysed, {kept:,} unchanged{stale}), "
                  f"{count(report.entities, 'entity', 'entities')} in {db}"
                  + (f" (degraded: without {without})" if without else "")
                  + (f"; {report.authority}" if report.authority else "")
                  + (f"; {report.catalogue}" if report.catalogue else ""), *timed]


# How ``--verbose`` names the build's stages (``BuildReport.seconds``), in their order.
STAGE_NAMES = {"read": "reading archives", "analyse": "analysis", "link": "linking",
               "write": "writing (comparisons included)"}


def stage_seconds(seconds: dict[str, float]) -> str:
    """The build's stages and the wall seconds each took, in one line."""
    return "Stages: " + ", ".join(f"{STAGE_NAMES.get(stage, stage)} {value:.1f} s" for stage, value in seconds.items())


class RegistryHelpOption(click.Option):
    """An option whose help text is computed when shown (from a registry, plugins included)."""

    def __init__(self, *args: Any, help_from: Callable[[], str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help_from = help_from

    @property
    def help(self) -> str:
        return self.help_from()

    @help.setter
    def help(self, _: str | None) -> None:
        pass  # click sets it in __init__; the registry decides


def _export_formats_help() -> str:
    from vitrina.export import format_help

    return format_help()


@main.command()
@DB_OPTION
@click.option("--format", "fmt", default="json", show_default=True, cls=RegistryHelpOption,
              help_from=_export_formats_help)
@click.option("-o", "--output", type=click.Path(), callback=_output,
              help="Where to write: a FILE for one-file formats, a FOLDER for tei and csv "
                   "(missing folders are created). Default, or '-': stdout (one-file formats only).")
@click.option("--force", is_flag=True,
              help="Let a folder export (tei, csv) replace files of its names that vitrina did not write there "
                   "(without it such a file is refused, and nothing is written).")
def export(db: str, fmt: str, output: str | None, force: bool) -> None:
    """Export the knowledge base in one of the field's formats.

    A folder export never overwrites a file it did not write: the folder's record (.vitrina-export) names
    the files earlier exports wrote there, which the next one replaces; another file of the same name is
    refused with an error (--force replaces it); a file an earlier export wrote that this one does not
    (a document dropped since) is removed. Other files are left as they are.
    """
    from vitrina.export import export as run_export
    from vitrina.export import export_to
    from vitrina.store import reading

    with reading(db) as conn:
        if output is None:
            text = run_export(conn, fmt, None)
        else:
            written = export_to(conn, fmt, Path(output), force)
            say(f"Wrote {count(written.count, written.unit[:-1], written.unit)} to {written.path}"
                f"{removed_note(written.removed)}{kept_note(written.others)}", err=True)
            return
    if text is not None:
        click.echo(text)


def removed_note(removed: int) -> str:
    """What a folder write removed: files an earlier export wrote of documents the exhibit no longer has."""
    if not removed:
        return ""
    return f"; removed {count(removed, 'file')} an earlier export wrote that the exhibit no longer has"


def kept_note(others: int) -> str:
    """What a folder write left of the files already there (it never deletes)."""
    if not others:
        return ""
    return f"; {count(others, 'other file')} already there {'was' if others == 1 else 'were'} left in place"


@main.command()
@click.argument("query", type=TEXT)
@DB_OPTION
@click.option("--document", type=TEXT, help="Only this document id.")
@click.option("--section", type=TEXT,
              help="Only the section with this id, label or title, its sub-sections included.")
@click.option("--subsections/--no-subsections", default=True, show_default=True,
              help="With --section: take in its sub-sections' text, or only the section's own.")
@click.option("--entity", type=TEXT, help="Only passages mentioning this entity id.")
@click.option("--date", "date_range", help="EDTF date or range the passage's dates must overlap.")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 500), help="Hits to show.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def search(query: str, db: str, document: str | None, section: str | None, subsections: bool,
           entity: str | None, date_range: str | None, limit: int, as_json: bool) -> None:
    """Full-text search with highlighted snippets."""
    if not query.strip():
        raise UsageError("the query is empty; give words to search for")
    from vitrina.provenance import cited_passages
    from vitrina.search import search as run_search
    from vitrina.store import reading

    with reading(db) as conn:
        check_filters(conn, document, entity, section)
        result = run_search(conn, query, document=document, section=section, entity=entity,
                            date=date_range, limit=limit, subsections=subsections)
        if as_json:  # the cited passages as /search.json gives them, with their source map
            result = {**result, "hits": cited_passages(conn, result["hits"])}
    if as_json:
        click.echo(json_text(result))
        return
    hits = result["hits"]
    if result.get("results_for"):
        click.echo(f"No matches for {readable(query)}. Results for {readable(result['results_for'])}:\n")
    elif not hits:
        hint = f" Did you mean: {readable(result['did_you_mean'])}?" if result.get("did_you_mean") else ""
        click.echo("No matches." + hint)
        return
    styled = can_style(sys.stdout)
    for number, hit in enumerate(hits, 1):
        if number > 1:
            click.echo()
        for line in hit_lines(hit, styled):
            click.echo(line)
    shown_hits = f"{len(hits)} of {result['total']:,}" if result["total"] > len(hits) else f"{len(hits)}"
    click.echo(f"\n{shown_hits} {'match' if result['total'] == 1 else 'matches'}")
    if result.get("did_you_mean") and not result.get("results_for"):
        click.echo(f"Did you mean: {readable(result['did_you_mean'])}?")


def check_filters(kb: KnowledgeBase, document: str | None, entity: str | None, section: str | None = None) -> None:
    """A document, section or entity a filter names must exist: a typo is a usage error, not "No matches"."""
    if document and kb.document(document) is None:
        raise UsageError(f"no document {document!r} (--document takes a document id, as search prints it)")
    if section and not kb.has_section(section, document):
        where = f" in document {document!r}" if document else ""
        raise UsageError(f"no section {section!r}{where} (--section takes a section's id, label or title, "
                         "as search --json prints them)")
    from vitrina.store.schema import NESTED_SECTIONS

    if section and kb.schema_version() < NESTED_SECTIONS:
        say("Warning: this exhibit was built before sections had levels: --section finds only the section's own "
            "text, not its sub-sections' (build it again to nest them)", err=True)
    if entity and kb.entity(entity) is None:
        word = re.compile(rf"\b{re.escape(entity)}\b", re.IGNORECASE)
        close = sorted((e for e in kb.entities() if entity.casefold() in e.name.casefold()),
                       key=lambda e: (word.search(e.name) is None, len(e.name)))  # whole word, then shortest
        named = [e.id for e in close]
        shown = INPUT_LIMITS["suggested_ids"]
        more = f" and {len(named) - shown:,} more (vitrina export --format json lists them)" if len(named) > shown else ""
        hint = f"; entities named so: {', '.join(named[:shown])}{more}" if named else ""
        raise UsageError(f"no entity {entity!r} (--entity takes an entity id, as export prints it){hint}")


def hit_lines(hit: dict[str, Any], styled: bool) -> list[str]:
    """A search hit for people: title, section, the sentence with the match marked, offsets."""
    title = readable(hit.get("document_title") or hit["document"])
    section_title = readable(hit.get("section_title") or "")
    parts = [f"section {readable(hit['section_label'])}" if hit.get("section_label") else "",
             section_title if section_title != title else ""]
    section = ": ".join(part for part in parts if part)
    head = click.style(title, bold=True) if styled else title
    where = f"{readable(hit['document'])} {hit['start']}\u2013{hit['end']}"
    return [head + (f" \u2014 {section}" if section else ""),
            "  " + _within_brackets(hit["text"], hit.get("matches") or [], styled),
            "  " + (click.style(where, dim=True) if styled else f"({where})")]


def _within_brackets(text: str, spans: list[list[int]], styled: bool) -> str:
    """``marked_text`` of the sentence without a bracket's unmatched half at either end (``pause] Mother…``
    is shown ``…Mother…``), as the web's snippet (``vitrina.search.bracket_bounds``)."""
    from vitrina.search import bracket_bounds

    lo, hi = bracket_bounds(text, spans)
    shifted = [[start - lo, end - lo] for start, end in spans if lo <= start and end <= hi]
    return (("\u2026" if lo else "") + marked_text(text[lo:hi], shifted, styled)
            + ("\u2026" if hi < len(text) else ""))


def marked_text(text: str, spans: list[list[int]], styled: bool) -> str:
    """The sentence with its matched words in bold (terminal) or plain."""
    if not styled:
        return readable(text)
    out, cursor = [], 0
    for start, end in sorted(spans):
        if start < cursor:
            continue
        out += [readable(text[cursor:start]), click.style(readable(text[start:end]), bold=True, underline=True)]
        cursor = end
    return "".join(out) + readable(text[cursor:])


@main.command(short_help="Answer a question from the sources, with citations.")
@click.argument("question", type=TEXT)
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def ask(question: str, db: str, as_json: bool) -> None:
    """Answer a question from the sources, with citations, or say they don't."""
    if not question.strip():
        raise UsageError('the question is empty; ask e.g. vitrina ask "When did the library open?"')
    from vitrina.store import reading

    with reading(db) as conn:  # a missing or foreign database is said before the language model is loaded
        from vitrina.ask import ask as run_ask
        from vitrina.provenance import cited_passages

        result = run_ask(conn, question)
        if as_json:  # the citations as /ask.json gives them, with their source map
            result = {**result, "citations": cited_passages(conn, result["citations"])}
    if as_json:
        click.echo(json_text(result))
        return
    if result.get("premise"):  # the source contradicts what the question takes for granted: its correction, cited
        click.echo(f"The question's premise is contradicted by the sources. {result['premise']['note']}")
    elif result.get("disputed"):  # a claim the source reports and disputes: shown as such, not as the answer
        claim = "it" if result["type"] == "yesno" or result["disputed"] in ("Yes", "No") else readable(result["disputed"])
        click.echo(f"The sources don't say for certain: {claim} is claimed, and disputed.")
    elif result["answer"] is None:  # what follows is the nearest evidence, not an answer's source
        closest = {0: "", 1: " The closest passage:"}.get(len(result["citations"]), " The closest passages:")
        click.echo(f"The sources don't say.{closest}")
    else:
        click.echo(f"{readable(result['answer'])}  (confidence {result['confidence']:.2f})")
    for cite in result["citations"]:
        where = " ".join(readable(part) for part in (cite["document"], cite.get("section") or "") if part)
        click.echo(f"  [{where}] {readable(cite['text'])}")


@main.command(short_help="Where documents agree, are more precise, or differ.")
@DB_OPTION
@click.option("--document", type=TEXT, help="Only statements from this document id.")
@click.option("--entity", type=TEXT, help="Only statements about this entity id.")
@click.option("--verdict", type=click.Choice(["differ", "uncertain", "consistent", "agree"]),
              help="Only groups with this verdict.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def compare(db: str, document: str | None, entity: str | None, verdict: str | None, as_json: bool) -> None:
    """Where documents agree, where one is more precise, and where they differ."""
    from vitrina.compare import counts, load_comparisons, unavailable
    from vitrina.store import reading

    with reading(db) as conn:
        check_filters(conn, document, entity)
        missing = unavailable(conn)
        found = load_comparisons(conn, document=document, entity=entity, verdict=verdict)
    if as_json:
        click.echo(json_text({"counts": counts(found), "comparisons": found, "unavailable": missing}))
        return
    if missing is not None:
        fail(f"comparisons are unavailable for this build: {readable(missing)} (build again to retry)")
    if not found:
        filters = [f"{name} {value}" for name, value in
                   (("verdict", verdict), ("document", document), ("entity", entity)) if value]
        click.echo(f"No comparison with {', '.join(filters)}." if filters
                   else "No statement is made in two documents.")
        return
    for group in found:
        click.echo(f"{group['verdict'].upper()}: {readable(group['subject'])}")
        for st in group["statements"]:
            click.echo(f"  {readable(st['title'])}: \u201c{readable(st['text'])}\u201d "
                       f"({st['document']} {st['start']}\u2013{st['end']})"
                       + (" \u2014 corrected by its own document" if st.get("corrected") else ""))
    tally = ", ".join(f"{n} {verdict_name}" for verdict_name, n in counts(found).items() if n)
    click.echo(f"\n{len(found)} {'group' if len(found) == 1 else 'groups'}: {tally}")


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
def serve(db: str, host: str, port: int) -> None:
    """Serve the web exhibit."""
    from vitrina.store import display_name, reading
    from vitrina.web.app import create_app
    from vitrina.web.server import serve as serve_app

    with reading(db) as kb:  # fail early and clearly on a bad or damaged database
        kb.check_intact()
    listener = listen(host, port)
    port = listener.getsockname()[1]  # the port the system chose for --port 0
    say(f"Serving {display_name(db)} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    try:
        serve_app(create_app(db), host, port, listener)  # uvicorn with header/body deadlines and connection limits
    except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C it shut down on: the asked-for way to stop
        say("Stopped.", err=True)


def listen(host: str, port: int) -> socket.socket:
    """The server's listening socket; a port in use or an unknown host is one ``Error:`` line before
    "Serving …" is said."""
    try:
        return socket.create_server((host, port))
    except OSError as exc:
        reason = "address already in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
        reason = reason.split(" (while attempting")[0]  # create_server's addition repeats host and port
        raise VitrinaError(f"cannot listen on {host}:{port}: {reason} (choose another --port or --host)") from None


@main.command()
@DB_OPTION
@click.option("--static", "out", required=True, type=click.Path(file_okay=False), callback=_not_empty,
              help="Folder to write.")
def publish(db: str, out: str) -> None:
    """Write the whole exhibit as a static site (works from file://)."""
    from vitrina.progress import PUBLISH, progress_for
    from vitrina.publish import PublishError, gone, incomplete_site, snapshot, untouched
    from vitrina.publish import publish as run_publish

    before = snapshot(Path(out))
    try:
        written = run_publish(db, Path(out), progress=progress_for(sys.stderr, PUBLISH))
    except PublishError as exc:  # one line per page that did not render
        for line in exc.failed:
            say(f"Error: {line}", err=True)
        fail(f"{count(len(exc.failed), 'page')} failed to render (not written); the site is incomplete")
    except BaseException:  # interrupted, terminated, a full disk: say what is left, then the error
        if incomplete_site(Path(out)):
            say(f"Note: {out} holds a site stopped part-way; publish again into it to finish it", err=True)
        raise
    removed = gone(before)
    stale = f"; removed {count(removed, 'file')} an earlier publish wrote that the exhibit no longer has" if removed else ""
    say(f"Wrote {count(written, 'file')} to {out}{stale}{kept_note(untouched(Path(out), before))}", err=True)


if __name__ == "__main__":
    main()
