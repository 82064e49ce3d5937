"""A caption whose credit comes first, ending inside a line (round 53, structset70).

A catalogue may print a picture's credit before its caption in one run of type: "Courtesy of the Hale
Collection, HC 1904.2. A brass sextant …". The credit opens with a credit's lead, reads as one credit
(``captions.is_credit``) and ends at the first sentence end; the caption is the sentences after it. The
readers' line-level rules (``pagelayout._leading_credits``, ``plainlayout._credit_first``) move whole lines;
here the cut may fall inside a line, so the fragment keeps its lines in order and records where the caption
begins (``Fragment.lead_credit``); ``assemble.fragment_spans`` reads the words before it as the credit.
"""

from __future__ import annotations

from vitrina.structure.captions import is_credit, lead_at
from vitrina.structure.cues import ends_sentence
from vitrina.structure.layout import Fragment

LEAD_CREDITS = {
    "switch": 1,  # a caption opening with a credit that ends a sentence inside it has that credit first (0 off)
    "credit_words": 24,  # ... a credit of at most this many words
    "caption_words": 4,  # ... and a caption after it of at least this many, ending a sentence
    # round 59 (structset81): the credit may end on a colon before the caption's capital ("Courtesy of the X
    # Room, Town: Engraved view of …", a leaflet's credit-first caption; 0 off) ...
    "colon_ends": 3,  # ... the credit before the colon at least this many words (a lead's own colon, "Photo:", ends none)
}


def mark_lead_credit(frag: Fragment) -> None:
    """A caption with no credit whose text opens with one (see the module) records where its caption
    begins after that credit."""
    if LEAD_CREDITS["switch"] and frag.kind == "caption" and frag.credit is None and frag.lead_credit is None:
        frag.lead_credit = lead_credit_cut(frag)


def lead_credit_cut(frag: Fragment) -> tuple[int, int] | None:
    """(line, word) where a caption opening with its credit begins after it, or None."""
    places = [(n, k) for n, line in enumerate(frag.lines)
              for k in range(frag.label_words if n == 0 else 0, len(line.words))]
    words = [frag.lines[n].words[k][0] for n, k in places]
    cut = credit_end(words)
    return places[cut] if cut is not None else None


def credit_end(words: list[str]) -> int | None:
    """The index of the first word after a credit opening ``words`` and ending its first sentence, when
    a caption of ``caption_words`` or more follows it to a sentence's end; else None."""
    if len(words) < 2 or not lead_at(words, 0):
        return None
    end = next((k + 1 for k in range(len(words) - 1) if _credit_closes(words[k], k + 1) and words[k + 1][:1].isupper()),
               None)
    if end is None or end > LEAD_CREDITS["credit_words"]:
        return None
    rest = words[end:]
    if len(rest) < LEAD_CREDITS["caption_words"] or not ends_sentence(rest[-1]) or is_credit(rest, True):
        return None
    return end if is_credit(words[:end], False) and not _clause(words[:end]) else None


def _credit_closes(word: str, count: int) -> bool:
    """``word``, the credit's ``count``-th, may close a credit set before its caption: it ends a sentence, or on a
    colon after ``colon_ends`` words at least."""
    colon = bool(LEAD_CREDITS["colon_ends"]) and count >= LEAD_CREDITS["colon_ends"] and word.endswith(":")
    return ends_sentence(word) or colon


def _clause(words: list[str]) -> bool:
    """A word in lower case after a comma that opens no credit lead ("Courtesy of the crew, the sextant
    was …"): a sentence's clause, where a credit lists names ("…, Hale Collection, HC 1904.2")."""
    return any(words[k - 1].endswith(",") and words[k][:1].islower() and not lead_at(words, k)
               for k in range(1, len(words)))


def inside_line_credit(frag: Fragment) -> bool:
    """A credit opening the caption ends inside one of its lines, not at a line's end: the line-level
    rules leave the caption to ``mark_lead_credit`` (with the switch on)."""
    cut = lead_credit_cut(frag) if LEAD_CREDITS["switch"] else None
    return cut is not None and cut[1] > (frag.label_words if cut[0] == 0 else 0)
