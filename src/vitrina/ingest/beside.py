"""Pictures a page links to lying beside it: an HTML or Markdown file's ``<img src="h4.png">``
read from the input's own folder and kept with its figure, as the DOCX reader keeps the
pictures it holds (size-capped). Only a relative address inside the input's folder is read (no
URL, no absolute path, no ``..`` out of it, no link leading elsewhere), only a regular file, only
a picture by its first bytes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

from vitrina.model import Document

BESIDE_LIMITS = {
    "image_bytes": 2 * 1024 * 1024,  # a picture file larger than this keeps no data (the DOCX reader's cap)
    "image_pixels": 4096 * 4096,  # ... nor a PNG declaring more pixels than this (the DOCX reader's cap)
    "figures": 200,  # at most this many pictures of one document are read from its folder
}
# A picture's first bytes and its media type.
_PICTURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF87a", "image/gif"),
             (b"GIF89a", "image/gif"))
_LINKING_FORMATS = {"html", "markdown"}


def with_pictures_beside(docs: list[Document], path: Path) -> list[Document]:
    """``docs`` (read from the file at ``path``) with each figure that has no data and a
    relative address of a picture file in the file's folder given that picture."""
    folder = path.parent.resolve()
    out = []
    for doc in docs:
        if doc.format not in _LINKING_FORMATS or not doc.figures:
            out.append(doc)
            continue
        figures = list(doc.figures)
        for k, figure in enumerate(figures[: BESIDE_LIMITS["figures"]]):
            if figure.data is None and figure.src:
                found = _picture_beside(folder, figure.src)
                if found is not None:
                    figures[k] = replace(figure, data=found[0], mime=found[1])
        out.append(doc.evolve(figures=tuple(figures)))
    return out


def _picture_beside(folder: Path, src: str) -> tuple[bytes, str] | None:
    """The bytes and media type of the picture ``src`` names inside ``folder``, or None."""
    parts = urlsplit(src.strip())
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith(("/", "\\")):
        return None
    try:
        target = (folder / unquote(parts.path)).resolve()
        if not target.is_relative_to(folder) or not target.is_file() or target.stat().st_size > BESIDE_LIMITS["image_bytes"]:
            return None
        data = target.read_bytes()
    except (OSError, ValueError):
        return None
    mime = next((kind for magic, kind in _PICTURES if data.startswith(magic)), None)
    if mime is None or len(data) > BESIDE_LIMITS["image_bytes"]:
        return None
    if mime == "image/png" and len(data) >= 24:
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        if width * height > BESIDE_LIMITS["image_pixels"]:
            return None
    return data, mime
