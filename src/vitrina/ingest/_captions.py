"""A caption paragraph of a structured input (DOCX, HTML) cut into its parts.

``Above, left: The ferry at the quay in 1890. — Courtesy of the Harbour Archive.``
gives the position label ("Above, left"), the caption ("The ferry at the quay in
1890.") and the credit ("Courtesy of the Harbour Archive"). A credit is known by
its form: a credit phrase ("Photo:", "Image:", "Courtesy", "©"), a credit lead
from the lexicon ("Lent by", "Gift of"), or an institution's name after the last
sentence ("… in 1890. Maritime Museum"). Every part keeps its source mapping.
"""

from __future__ import annotations

import re

from vitrina.ingest._mapped import MappedText
from vitrina.lexicon import words
from vitrina.structure.captions import (
    CREDIT_LEADS,
    LABEL_LEAD,
    NUMBER_WORDS,
    UNIT_WORDS,
    alone_label,
    credit_start,
    is_credit,
    lead_at,
    match_label,
    numbered_kicker,
    widen_lead,
)
from vitrina.structure.cues import ends_sentence
from vitrina.structure.zones import ZONE_LIMITS

# A credit phrase inside a caption: "Photo: …", "Image credit: …", "Courtesy …", "© …".
CREDIT_PHRASE = re.compile(
    r"(?:^|(?<=[\s(\[.;—–-]))[(\[]?\s*"
    r"(?:(?:Photo(?:graph)?|Image|Picture|Illustration|Credit|Source)s?\s*(?:credit)?\s*:"
    r"|Courtesy\b|©|\(c\)\s)",
    re.IGNORECASE,
)
_CLOSING_DASH = re.compile(r"\s+[—–-]{1,2}\s*$")
_WORD = re.compile(r"\S+")


def split_caption(text: MappedText) -> tuple[str | None, MappedText, MappedText]:
    """(position label, caption, credit) of a caption's text; the credit may be empty."""
    text, _ = text.normalise_space()
    label = match_label(text.text)
    position = None
    if label is not None and label[1] < len(text):
        position = label[0]
        text, _ = text.slice(label[1], len(text)).normalise_space()
    caption, credit = split_credit(text)
    return position, caption, credit


def split_credit(text: MappedText) -> tuple[MappedText, MappedText]:
    """A caption and its trailing credit (empty when it has none)."""
    cut = _credit_cut(text.text)
    if cut is None:
        return text, MappedText()
    caption, _ = text.slice(0, cut).normalise_space()
    dash = _CLOSING_DASH.search(caption.text)
    if dash:  # "… in 1890. — Courtesy of …": the dash belongs to neither
        caption = caption.slice(0, dash.start())
    credit, _ = text.slice(cut, len(text)).normalise_space()
    return caption, clean_credit(credit)


def clean_credit(credit: MappedText) -> MappedText:
    """A credit without enclosing brackets and without the full stop that closes it as a
    sentence ("Courtesy of the Harbour Archive."); an abbreviation's stop stays ("& Co.")."""
    if credit.text.startswith(("(", "[")) and credit.text.endswith((")", "]")):
        credit = credit.slice(1, len(credit) - 1)
    words = credit.text.split()
    if words and credit.text.endswith(".") and ends_sentence(words[-1]):
        credit = credit.slice(0, len(credit) - 1)
    return credit


def is_credit_line(text: str, names: bool = True) -> bool:
    """A paragraph that is a credit on its own: a credit phrase or lead opening a short
    run whose comma-listed parts are names ("Photo: Ann Reed, Harbour Archive", "…,
    courtesy of …"), not a clause ("Courtesy of the family, the ledger came …"); or,
    with ``names``, an institution's name alone ("Harbour Trust Archive")."""
    words = text.split()
    opens = bool(CREDIT_PHRASE.match(text)) or text.lower().startswith(CREDIT_LEADS)
    clause = any(
        not text[m.start(1) :].lower().startswith(CREDIT_LEADS) for m in _AFTER_COMMA.finditer(text)
    )
    if not words or clause:
        return False
    if opens:
        return is_credit(words, closes_caption=True)
    if not names:
        return False
    # an institution's name alone ("Harbour Trust Archive", "Prints and Photographs
    # Division, Library of Congress"): a capitalised run with a credit keyword
    return is_credit(words, closes_caption=False)


_AFTER_COMMA = re.compile(r",\s+([a-z])")


def _credit_cut(text: str) -> int | None:
    """Where the credit starts in ``text``, or None (never at 0: a caption comes first)."""
    matches = [m for m in CREDIT_PHRASE.finditer(text) if m.start() > 0]
    if matches:
        # the last credit phrase, and the ones chained right before it: "Photograph: courtesy
        # of …" is one credit, its medium's lead and the phrase it goes on with
        k = len(matches) - 1
        while k > 0 and not text[matches[k - 1].end() : matches[k].start()].strip():
            k -= 1
        return matches[k].start()
    words = list(_WORD.finditer(text))
    plain = [w.group() for w in words]
    for k in range(len(plain) - 1, 0, -1):
        if lead_at(plain, k) and is_credit(plain[k:], True) and _names_someone(plain, k):
            first = widen_lead(plain, k)
            return words[first].start() if first > 0 else None
    start = credit_start(plain, closes_caption=False)
    return words[start].start() if start else None


def _names_someone(words: list[str], k: int) -> bool:
    """A credit lead set in lower case inside the caption's sentence ("…, photographed
    by Ann Reed") opens a credit only when a name follows it; "…, photographed by a
    drone in 2022." is the caption's own clause."""
    return words[k][:1].isupper() or any(w[:1].isupper() for w in words[k + 1 :])


def heading_label(text: str) -> tuple[str | None, int]:
    """A heading's own panel label ("Panel 2: The Lens", "B. Fog Signals", "IV) …",
    "B — Fog Signals") as its identifier ("2", "B", "IV"), and where the title starts
    after it (0: none)."""
    lead = LABEL_LEAD.match(text) or _DASHED_LABEL.match(text) or _worded_lead(text)
    if lead is None or lead.end() >= len(text):
        return None, 0
    ident = alone_label(lead.group(0).strip().rstrip(LABEL_SEPARATORS).strip())
    return (ident, lead.end()) if ident is not None else (None, 0)


# A heading opening on a word and its number before a separator and the title ("Table I — The Law",
# "Leg 2: The Pass"): the word any capitalised one, the number a numeral, a roman numeral or a letter.
_WORDED_LABEL = re.compile(r"^([A-Z][a-z]{1,15})\s+(\d{1,3}|[IVXLC]{1,6}|[A-Z])\s*[—–:·|]\s+(?=\S)|"
                           r"^([A-Z][a-z]{1,15})\s+(\d{1,3}|[IVXLC]{1,6}|[A-Z])\s+-\s+(?=\S)")


def worded_labels(texts: list[str]) -> dict[int, tuple[str, int]]:
    """Of ``texts`` (headings, in order), those opening with one word and a number counting up with the
    others' under the same word, before a separator and the title ("Table I — …", "Table II — …"): {position:
    (label as printed, where the title starts)}. The document's own series shows the word names its units,
    whatever the word is; a lone "Apollo 11 — …" or numbers that do not count on stay titles (round 53,
    struct68; ``WORDED_LABEL_SERIES`` headings at least, 0 off)."""
    from vitrina.structure.plainlayout import label_rank

    groups: dict[str, list[tuple[int, str, int]]] = {}
    for index, text in enumerate(texts):
        m = _WORDED_LABEL.match(text)
        if m is not None:
            word, number = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            groups.setdefault(word, []).append((index, f"{word} {number}", m.end()))
    found: dict[int, tuple[str, int]] = {}
    for series in groups.values():
        ranks = [label_rank(label.split()[1]) for _, label, _ in series]
        counts_on = all(b == a + 1 for a, b in zip(ranks, ranks[1:], strict=False)) and ranks[0] > 0
        if WORDED_LABEL_SERIES and len(series) >= WORDED_LABEL_SERIES and counts_on:
            found.update({index: (label, cut) for index, label, cut in series})
    return found


WORDED_LABEL_SERIES = 2  # round 53 (struct68): headings in one word-and-number series that label them (0 off)
# A unit's word and its number written as a word, closed by a stop, colon or dash, opening a title
# ("Part Two: The Harvest", "Act One. The Farm"; round 53, structset70): the worded form of
# LABEL_LEAD's "Part 2:", which wants the stop (bare "Part One of the Story" stays a title).
_WORDED_LEAD = re.compile(
    rf"^(?:{UNIT_WORDS})\s+(?:{NUMBER_WORDS})\s*[.:—–-]\s+(?=\S)", re.IGNORECASE
)
WORDED_LEADS = 1  # switch (round 53, structset70): a worded number after a unit word labels a heading (0 off)


def _worded_lead(text: str) -> re.Match[str] | None:
    return _WORDED_LEAD.match(text) if WORDED_LEADS else None


# A unit named by a word and its number, alone on a line over a heading ("Walk 3",
# "Stop IV", "Plate B"): a capitalised word, then a numeral or a capital letter.
_KICKER = re.compile(r"^[A-Z][a-z]{1,15}\s+(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])\.?$")


def kicker_label(text: str) -> str | None:
    """The label a line set over a heading gives it: a panel label alone as its
    identifier ("Panel 2" -> "2", "Part Two" -> "Two"), or a word and its number as
    printed ("Walk 3"), or any short line opening or closing on a numeral ("Leg 1",
    "1846–1848": the PDF and plain-text readers' kicker rule, ``numbered_kicker``);
    None for any other line."""
    text = " ".join(text.split())
    if label := alone_label(text):
        return label
    kicker = _KICKER.match(text) or numbered_kicker(text, int(ZONE_LIMITS["label_words"])) or _dotted_unit(text)
    return text.rstrip(".") if kicker else None


# a unit's word and a section's dotted number ("Case 7.2", "Room 2.3"; round 52, structset67)
_DOTTED_UNIT = re.compile(r"^([A-Za-z]+)\s+\d{1,3}(?:\.\d{1,3}){1,3}\.?$")


def _dotted_unit(text: str) -> bool:
    """With ``DOTTED_UNIT_LABELS`` on, ``text`` is a unit's word (``lexicon/panel_words``) and a dotted
    number ("Case 7.2"): the label of the section numbered so under it, as "Case 7" is."""
    m = _DOTTED_UNIT.match(text)
    return bool(DOTTED_UNIT_LABELS) and m is not None and m.group(1).lower() in words("panel_words")


DOTTED_UNIT_LABELS = 1  # round 52 (structset67): a unit word and a dotted number over a heading label it (0 off)



def capitals_kicker_label(text: str) -> str | None:
    """The label of a unit's word and number set in capitals over a heading ("PLATE I", "ROOM 4"), with
    the word in title case ("Plate I") as ``kicker_label`` gives it for one in mixed case; None for any
    other line (round 50, structset64: the DOCX reader's label paragraph over a heading)."""
    words = text.split()
    if len(words) != 2 or len(words[0]) < 2 or not words[0].isalpha() or not words[0].isupper():
        return None
    return kicker_label(f"{words[0].capitalize()} {words[1]}")


def unit_label(text: str) -> str | None:
    """The unit word of a line that is a unit's label alone, a word and its number or letter
    ("Stage 2" -> "stage", "Walk IV" -> "walk"), lower case; None for any other line (a bare
    number, a date, a sentence)."""
    text = " ".join(text.split())
    if not _KICKER.match(text) and alone_label(text) is None:
        return None
    words = text.split()
    return words[0].lower() if len(words) == 2 else None


def title_kicker(text: str, most_words: int) -> bool:
    """A line set right over the title, at most ``most_words`` words, ending no sentence
    and no label of it ("Exhibition script · Room 2"): the title's kicker, kept out of
    the body (the HTML and DOCX readers' rule; ``text`` spaced once)."""
    return 0 < len(text.split()) <= most_words and not ends_sentence(text) and kicker_label(text) is None


def bare_label(text: str, counted: str | None) -> tuple[str | None, int]:
    """``counted`` (a bare label that counts up through the headings, from
    ``counting_labels``) when ``text`` opens with it: (label, where the title starts)."""
    if counted is None or not text.startswith(counted + " "):
        return None, 0
    return counted, len(counted) + 1


# What may close a label before its title: "2.", "2:", "B)", "2 —", "Gallery 2 · …".
LABEL_SEPARATORS = ".:)—–-·•|/"
# A bare label set off by a dash: "B — Fog Signals", "3 – The Quay"; or by a spaced middle dot or bullet,
# the separator a tab or a running head sets between a panel's number and its name ("II · The Watch";
# round 56, struct74).
_DASHED_LABEL = re.compile(r"^(?:[A-Z]|\d{1,3}|[IVXLC]{1,6})\s+[—–\-·•]\s+(?=\S)")
