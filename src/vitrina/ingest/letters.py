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


# A title "<kind> of <Name>, ..." naming a diary's or memoir's writer: the name, capitalised words up to a comma, a
# parenthesis or the title's end ("Diary of Ann Vale, weaver, 1841").
_KEEPER = re.compile(r"^(?:the\s+)?(?P<kind>[^\W\d_]+)\s+of\s+(?P<name>[^,;(\u2013\u2014]+?)\s*(?:[,;(\u2013\u2014]|$)", re.I)
KEEPER_NAME_WORDS = (2, 5)  # the fewest and most words of a keeper's name


def keeper(title: str) -> str | None:
    """The writer a diary's or memoir's title names (lexicon ``diary_kinds``), or None."""
    found = _KEEPER.match(" ".join(title.split()))
    if found is None or found["kind"].lower() not in words("diary_kinds"):
        return None
    name = found["name"].split()
    low, high = KEEPER_NAME_WORDS
    if not low <= len(name) <= high or not all(w[0].isupper() for w in name if w.lower() not in words("name_particles")):
        return None
    return None if _common_noun(name[-1]) else " ".join(name)


def _common_noun(word: str) -> bool:
    """A last word WordNet knows as a noun ("Journal of American History"): a subject, not surely a family name (a
    name that is also a noun, "Vale", is left unread: the title alone does not say)."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    return wn is None or bool(wn.synsets(word.lower(), "n"))


def with_parties(doc: Document) -> Document:
    """``doc`` with the sender and recipient its title names, when its reader stated none; a diary's or memoir's
    writer its title names is its author."""
    meta = dict(doc.meta)
    if meta.get("sender") or meta.get("recipient"):
        return doc
    named = parties(doc.title)
    if not named:
        kept = keeper(doc.title) if not meta.get("author") else None
        return doc.evolve(meta=(*doc.meta, ("author", kept), ("author_source", "title: the writer it names"))) \
            if kept else doc
    added = {**named, **({} if meta.get("author") else {"author": named["sender"]})}
    return doc.evolve(meta=tuple(sorted((*doc.meta, *added.items()))))
