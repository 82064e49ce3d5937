"""The ``vitrina`` command: parse arguments, call one library function, report.

Our errors become ``Error: …`` on stderr with exit status 1; usage errors
exit 2 (click's convention); nothing ends in a traceback unless
``VITRINA_DEBUG=1`` asks for one.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from vitrina.errors import UsageError, VitrinaError

DB_OPTION = click.option(
    "--db", "db", default="vitrina.db", show_default=True, type=click.Path(dir_okay=False),
    help="SQLite database of the exhibit.",
)


def fail(message: str, status: int = 1) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(status)


class VitrinaGroup(click.Group):
    """Turns our errors (and unexpected ones) into one clear line, exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except UsageError as exc:
            fail(str(exc), 2)
        except VitrinaError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted")
        except BrokenPipeError:  # output piped into `head` and closed: not an error
            with contextlib.suppress(OSError):
                sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
            sys.exit(0)
        except Exception as exc:  # last resort: never a traceback for users
            if os.environ.get("VITRINA_DEBUG"):
                raise
            fail(f"internal error: {type(exc).__name__}: {exc} (set VITRINA_DEBUG=1 for details)")


@click.group(cls=VitrinaGroup)
@click.version_option(package_name="vitrina")
def main() -> None:
    """vitrina: exhibit texts and archives into a cited knowledge base and exhibit."""


def _progress(files: Iterable[Path], total: int) -> Iterable[Path]:
    from tqdm import tqdm

    return tqdm(files, total=total, desc="building", unit="file", disable=total < 2 or None, file=sys.stderr)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@DB_OPTION
@click.option("--authority", type=click.Path(exists=True, dir_okay=False),
              help="CSV of known entities (name, type, aliases, lat, lon, identifier).")
@click.option("--no-markup", is_flag=True, help="Ignore names and dates marked up in TEI input.")
@click.option("--fresh", is_flag=True, help="Re-read every file (ignore cached analyses).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), help="Worker processes (default: one per core).")
def build(paths: tuple[str, ...], db: str, authority: str | None, no_markup: bool, fresh: bool,
          jobs: int | None) -> None:
    """Build or update the exhibit from files and folders."""
    from vitrina.pipeline import build as run_build

    rows = None
    if authority:
        from vitrina.authority import read_authority

        rows = read_authority(Path(authority))
    report = run_build(list(paths), db, authority=rows, use_markup=not no_markup, fresh=fresh,
                       progress=_progress, jobs=jobs)
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)
    click.echo(
        f"{report.documents} documents ({report.reused} unchanged), {report.entities} entities "
        f"from {report.files} files -> {db}",
        err=True,
    )
    if report.errors:
        sys.exit(1)


@main.command()
@DB_OPTION
@click.option("--format", "fmt", default="json", show_default=True, help="json, tei, annotations, timelinejs, geojson, csv, csl.")
@click.option("-o", "--output", type=click.Path(), help="Output file or folder (default: stdout).")
def export(db: str, fmt: str, output: str | None) -> None:
    """Export the knowledge base in one of the field's formats."""
    from vitrina.export import export as run_export
    from vitrina.store import connect_readonly

    with contextlib.closing(connect_readonly(db)) as conn:
        text = run_export(conn, fmt, Path(output) if output else None)
    if text is not None:
        click.echo(text)


@main.command()
@click.argument("query")
@DB_OPTION
@click.option("--document", help="Only this document id.")
@click.option("--section", help="Only sections with this label or id.")
@click.option("--entity", help="Only passages mentioning this entity id.")
@click.option("--date", "date_range", help="EDTF date or range the passage's dates must overlap.")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 500))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def search(query: str, db: str, document: str | None, section: str | None, entity: str | None,
           date_range: str | None, limit: int, as_json: bool) -> None:
    """Full-text search with highlighted snippets."""
    from vitrina.search import search as run_search
    from vitrina.store import connect_readonly

    with contextlib.closing(connect_readonly(db)) as conn:
        result = run_search(conn, query, document=document, section=section, entity=entity,
                            date=date_range, limit=limit)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    hits = result["hits"]
    if not hits:
        click.echo("No matches.")
    for hit in hits:
        click.echo(f"{hit['document']} [{hit.get('section_label') or ''}] {hit['start']}-{hit['end']}")
        click.echo(f"  {hit['snippet']}")


@main.command()
@click.argument("question")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def ask(question: str, db: str, as_json: bool) -> None:
    """Answer a question from the sources, with citations, or say they don't."""
    from vitrina.ask import ask as run_ask
    from vitrina.store import connect_readonly

    with contextlib.closing(connect_readonly(db)) as conn:
        result = run_ask(conn, question)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    if result["answer"] is None:
        click.echo("The sources don't say.")
    else:
        click.echo(f"{result['answer']}  (confidence {result['confidence']:.2f})")
    for cite in result["citations"]:
        click.echo(f"  [{cite['document']} {cite.get('section') or ''}] {cite['text']}")


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
def serve(db: str, host: str, port: int) -> None:
    """Serve the web exhibit."""
    import uvicorn

    from vitrina.store import connect_readonly
    from vitrina.web.app import create_app

    connect_readonly(db).close()  # fail early and clearly on a bad database
    click.echo(f"Serving {db} at http://{host}:{port}/", err=True)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@main.command()
@DB_OPTION
@click.option("--static", "out", required=True, type=click.Path(file_okay=False), help="Folder to write.")
def publish(db: str, out: str) -> None:
    """Write the whole exhibit as a static site (works from file://)."""
    from vitrina.publish import publish as run_publish

    count = run_publish(db, Path(out))
    click.echo(f"Wrote {count} files to {out}", err=True)


if __name__ == "__main__":
    main()
