"""A DOCX item's style, looked up once per style id and document.

python-docx resolves ``paragraph.style`` (and a run's or a table's) by scanning every style of the
document for the default each time it is asked: ~5 ms a paragraph on a document with a few hundred
styles, so minutes for a file of many (even empty) paragraphs. The answer depends only on the style
id the item names and on the document, so it is asked once per pair.
"""

from __future__ import annotations

import weakref
from typing import Any

_LOOKUP_ERRORS = (KeyError, ValueError, AttributeError)
_found: weakref.WeakKeyDictionary[Any, dict[tuple[str, str | None], Any]] = weakref.WeakKeyDictionary()


def style_of(item: Any) -> Any:
    """``item.style`` (a paragraph, run or table), or None when the document's styles cannot say."""
    try:
        key = (type(item).__name__, _style_id(item))
        cache = _found.setdefault(item.part, {})
    except _LOOKUP_ERRORS + (TypeError,):  # no part to key on (or none weakly referable): ask directly
        return _asked(item)
    if key not in cache:
        cache[key] = _asked(item)
    return cache[key]


def _style_id(item: Any) -> str | None:
    for name, attribute in (("_p", "style"), ("_r", "style"), ("_tbl", "tblStyle_val")):
        element = getattr(item, name, None)
        if element is not None:
            return getattr(element, attribute)
    raise AttributeError("not a paragraph, run or table")


def _asked(item: Any) -> Any:
    from docx.exceptions import InvalidXmlError  # a style value python-docx refuses: no style

    try:
        return item.style
    except (*_LOOKUP_ERRORS, InvalidXmlError):
        return None


def style_chain(style: Any) -> list[Any]:
    """``style`` and the styles it is based on, nearest first, each once: a chain that comes back to
    a style already in it (a style based on itself, or two on each other, as one Quill-delta
    converter writes ``normal`` based on ``normal``) ends there, as Word ignores such a base."""
    chain: list[Any] = []
    seen: set[str | None] = set()
    while style is not None:
        key = getattr(style, "style_id", None)
        if key in seen:
            break
        seen.add(key)
        chain.append(style)
        try:
            style = style.base_style
        except _LOOKUP_ERRORS:
            break
    return chain
