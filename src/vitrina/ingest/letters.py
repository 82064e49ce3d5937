"""A letter's sender and recipient, as data.

A reader may state them (TEI ``correspDesc``: ``sender``, ``recipient``, ``place``, ``date``
metadata, ``ingest/tei.py``). When it does not, a title naming the document as a piece of
correspondence from one party to another ("Letter from Ann Vale to the Editor", "A telegram
from the Harbour Master to the Board") states them plainly: they are kept as the document's
``sender`` (also its ``author``, unless the file names one) and ``recipient`` metadata.
"""

from __future__ import annotations

import re

from vitrina.lexicon import words
from vitrina.model import Document

# A title "<kind> from <sender> to <recipient>", perhaps after an article, the recipient ended by
# the title's end or by a comma, semicolon, parenthesis or dash that begins what follows (a date).
_PARTIES = re.compile(r"^(?:an?\s+|the\s+)?(?P<kind>[^\W\d_]+)\s+from\s+(?P<sender>.+?)\s+to\s+(?P<recipient>.+?)"
                      r"\s*(?:[,;(\u2013\u2014]|\s-\s|$)", re.I)


def parties(title: str) -> dict[str, str]:
    """The sender and recipient a correspondence title names, or {}."""
    found = _PARTIES.match(" ".join(title.split()))
    if found is None or found["kind"].lower() not in words("correspondence_kinds"):
        return {}
    sender, recipient = found["sender"].strip(), found["recipient"].strip()
    return {"sender": sender, "recipient": recipient} if sender and recipient else {}


def with_parties(doc: Document) -> Document:
    """``doc`` with the sender and recipient its title names, when its reader stated none."""
    meta = dict(doc.meta)
    if meta.get("sender") or meta.get("recipient"):
        return doc
    named = parties(doc.title)
    if not named:
        return doc
    added = {**named, **({} if meta.get("author") else {"author": named["sender"]})}
    return doc.evolve(meta=tuple(sorted((*doc.meta, *added.items()))))
