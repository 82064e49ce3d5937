"""PDF reader: the text layer of each page via pypdfium2, then structure recovery.

Extraction runs in a child process with a wall-clock limit, a CPU limit and an
address-space limit, so a hostile PDF cannot hang or exhaust the build.
Encrypted, corrupt and image-only PDFs raise :class:`InputError`.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
from typing import Any

from vitrina.errors import InputError
from vitrina.ingest.text import document_id
from vitrina.model import Document
from vitrina.structure import rebuild

TIME_LIMIT_S = 60.0
MEMORY_LIMIT_BYTES = 2 * 1024**3
MAX_PAGES = 2000


def read(data: bytes, source: str) -> list[Document]:
    pages = extract_pages(data, source)
    text, spans = join_pages(pages)
    if not text.strip():
        raise InputError(source, "PDF has no text layer (scanned images only?)")
    return [rebuild(text, document_id(source), source, "pdf", pages=spans)]


def join_pages(pages: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Page texts joined by newlines, with each page's (start, end) offsets."""
    spans: list[tuple[int, int]] = []
    parts: list[str] = []
    offset = 0
    for page in pages:
        spans.append((offset, offset + len(page)))
        parts.append(page)
        offset += len(page) + 1
    return "\n".join(parts), spans


def extract_pages(data: bytes, source: str, time_limit: float = TIME_LIMIT_S) -> list[str]:
    """The text of every page, extracted in a resource-limited child process."""
    if not data.startswith(b"%PDF-"):
        raise InputError(source, "not a PDF file")
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(data, sender, time_limit), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(time_limit):
            raise InputError(source, f"PDF text extraction took longer than {time_limit:.0f} s")
        status, payload = receiver.recv()
    except EOFError:
        raise InputError(source, "PDF text extraction failed (resource limit or crash)") from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join(5)
    if status != "ok":
        raise InputError(source, payload)
    return payload


def _child(data: bytes, sender: multiprocessing.connection.Connection, time_limit: float) -> None:
    _limit_resources(time_limit)
    try:
        sender.send(("ok", _page_texts(data)))
    except MemoryError:
        sender.send(("error", "PDF needs too much memory to extract"))
    except Exception as exc:  # pdfium reports every problem as an exception
        sender.send(("error", _reason(exc)))
    finally:
        sender.close()


def _limit_resources(time_limit: float) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
        cpu = int(time_limit) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    except (ImportError, ValueError, OSError):
        pass  # not on a POSIX system: the wall-clock limit still applies


def _page_texts(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        if len(pdf) > MAX_PAGES:
            raise ValueError(f"PDF has too many pages ({len(pdf)}; limit {MAX_PAGES})")
        texts = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            raw: Any = textpage.get_text_range()
            texts.append(str(raw).replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def _reason(exc: Exception) -> str:
    message = str(exc)
    lowered = message.lower()
    if "password" in lowered or "security" in lowered or "encrypt" in lowered:
        return "PDF is encrypted"
    if isinstance(exc, ValueError):
        return message
    return f"corrupt or unreadable PDF ({message or type(exc).__name__})"
