"""A contents list set as a small section of its own ("In this leaflet" over "1 The New Rush", "2 …").

A leaflet or a catalogue may print its own contents in a box: a heading over one line per part, each line a
later (or earlier) heading of the document, perhaps after its number or a word naming where it stands
("2 The Claims", "Back Visiting the Hole"). Read by type alone the box is a section whose paragraphs are those
lines. When every line under a heading (at least ``CONTENTS["min_lines"]``, each alone in its block) repeats
another heading's title, the box is the document's contents: apparatus, kept as table blocks (its heading
too), no section and no paragraphs. Round 54 (structset72).

A folded leaflet's back panel or a catalogue's closing page may repeat the document's title over its
colophon: a later heading whose lines are the opening heading's first line(s), with no block under it before
the next heading (``repeated_titles_apart``; with ``repeated_titles_over_text``, round 55, whatever stands under
it), opens no section; it is kept as a table block. With ``joined_lines`` (round 55) the contents' lines may have
been read into one paragraph: each of its lines names a heading.
"""

from __future__ import annotations

import re

from vitrina.structure.layout import Entry, Fragment, Heading

# Every threshold of the contents list.
CONTENTS = {
    "min_lines": 2,  # lines under the heading, at least (0: off)
    "repeated_titles": 1,  # a later heading repeating the title's opening, nothing under it, opens no section (0 off)
    # round 55 (struct71): ... with blocks under it too (the back panel's colophon under the title said again; 0 off)
    "repeated_titles_over_text": 1,
    # round 58 (structset79): ... the title said again in lines broken elsewhere ("The Island of Glass" on one line
    # under a cover's "The Island" / "of Glass"): compared word by word with the opening's first words, two at
    # least (0: line by line)
    "repeated_titles_rewrapped": 2,
    # round 55 (struct71): the contents' lines may be read into one paragraph, each line still naming a heading (0 off)
    "joined_lines": 1,
    # round 56 (structset75): a heading over at least this many lines each naming a part and closing on its page
    # number(s) ("Society news 2", "Letters over the lines 1, 4") is a contents list too, whatever the part's
    # name (an issue's index box listing articles the pages at hand do not hold; 0 off)
    "paged_lines": 3,
    # round 57 (structset77): a paragraph of at least this many lines each a number and a later heading's title
    # ("1 Out of the Town"), perhaps under a lead line closing on a colon ("In this leaflet:"), is a contents list
    # read without its heading: table blocks (0 off)
    "listed_lines": 2,
    "lead_words": 4,  # ... the lead at most this many words
}

_WORDS = re.compile(r"[^\W_]+")


def contents_apart(entries: list[Entry]) -> list[Entry]:
    """``entries`` with each heading over a contents list (see the module) and the list set as table blocks."""
    if not CONTENTS["min_lines"]:
        return entries
    titles = [_key(" ".join(line.text for line in e.lines)) for e in entries if isinstance(e, Heading)]
    out: list[Entry] = []
    k = 0
    while k < len(entries):
        entry = entries[k]
        end = k + 1
        while end < len(entries) and not isinstance(entries[end], Heading):
            end += 1
        listed = entries[k + 1 : end]
        if isinstance(entry, Heading) and entry.label is None and _contents(entry, listed, titles):
            lines = [*entry.lines, *(line for frag in listed if isinstance(frag, Fragment) for line in frag.lines)]
            out.extend(Fragment("table", [line]) for line in lines)
            k = end
            continue
        out.append(entry)
        k += 1
    return out


def _contents(heading: Heading, listed: list[Entry], titles: list[str]) -> bool:
    """Every block under ``heading`` is one paragraph line naming another heading of the document."""
    if len(listed) < (1 if CONTENTS["joined_lines"] else CONTENTS["min_lines"]):
        return False
    own = _key(" ".join(line.text for line in heading.lines))
    others = {title for title in titles if title and title != own}
    joined = bool(CONTENTS["joined_lines"])
    for frag in listed:
        if not isinstance(frag, Fragment) or frag.kind != "paragraph" or frag.deferred or (
                len(frag.lines) != 1 and not joined):
            return False
        for line in frag.lines:
            key = _key(line.text)
            if key not in others and key.partition(" ")[2] not in others:
                return False
    return sum(len(frag.lines) for frag in listed if isinstance(frag, Fragment)) >= CONTENTS["min_lines"]


def _key(text: str) -> str:
    """A title compared by its words: lower case, no punctuation."""
    return " ".join(_WORDS.findall(text.casefold()))


def repeated_titles_apart(entries: list[Entry]) -> list[Entry]:
    """``entries`` with each later heading that repeats the opening heading's first lines, no block under it
    before the next heading, set as a table block."""
    headings = [k for k, e in enumerate(entries) if isinstance(e, Heading)]
    if not CONTENTS["repeated_titles"] or len(headings) < 2:
        return entries
    first = entries[headings[0]]
    assert isinstance(first, Heading)
    out = list(entries)
    for k in headings[1:]:
        entry = entries[k]
        assert isinstance(entry, Heading)
        opening = _key(" ".join(line.text for line in first.lines[: len(entry.lines)]))
        bare = k + 1 < len(entries) and (isinstance(entries[k + 1], Heading) or bool(CONTENTS["repeated_titles_over_text"]))
        said = _key(" ".join(line.text for line in entry.lines))
        same = bool(opening) and said == opening and len(entry.lines) <= len(first.lines)
        if bare and entry.label is None and not entry.subtitle and (same or _rewrapped_opening(first, said)):
            out[k] = Fragment("table", list(entry.lines))
    return out


def _rewrapped_opening(first: Heading, said: str) -> bool:
    """With ``repeated_titles_rewrapped`` on, ``said`` (a later heading's words) is the opening heading's first
    words, at least that many of them, whatever lines either breaks them into."""
    least = int(CONTENTS["repeated_titles_rewrapped"])
    words = said.split()
    opening = _key(" ".join(line.text for line in first.lines)).split()
    return bool(least) and len(words) >= least and opening[: len(words)] == words


_PAGED = re.compile(r"^(?P<name>\S.*?[^\W\d_].*?)\s+\d{1,4}(?:,\s*\d{1,4})*$")


def paged_contents_apart(entries: list[Entry]) -> list[Entry]:
    """``entries`` with each unlabelled heading over a paged contents list set as table blocks, the list
    too: the paragraphs right under it, one line each, at least ``paged_lines`` of them, each a name of two
    or more words ending no sentence, then its page number(s). What follows the list reads on in the
    section before the heading (the box set between a column's lines and the next)."""
    least = int(CONTENTS["paged_lines"])
    if not least:
        return entries
    out: list[Entry] = []
    k = 0
    while k < len(entries):
        entry = entries[k]
        end = k + 1
        while end < len(entries) and _paged_entry(entries[end]):
            end += 1
        if isinstance(entry, Heading) and entry.label is None and not entry.subtitle and end - k - 1 >= least:
            out.extend(Fragment("table", [line]) for e in entries[k:end] for line in e.lines)
            k = end
            continue
        out.append(entry)
        k += 1
    return out


def _paged_entry(entry: Entry) -> bool:
    return (isinstance(entry, Fragment) and entry.kind == "paragraph" and not entry.deferred
            and len(entry.lines) == 1 and _paged_line(entry.lines[0].text))


def _paged_line(text: str) -> bool:
    m = _PAGED.match(text.strip())
    if m is None:
        return False
    name = m.group("name").rstrip()
    return len(name.split()) >= 2 and not name.endswith((".", "!", "?", ":", ";"))


_NUMBERED = re.compile(r"^\d{1,3}\s+(\S.*)$")


def listed_contents_apart(entries: list[Entry]) -> list[Entry]:
    """``entries`` with each paragraph that is a contents list under a lead line (see ``listed_lines``) set as
    table blocks, a line each."""
    least = int(CONTENTS["listed_lines"])
    if not least:
        return entries
    titles = {_key(" ".join(" ".join(line.text for line in e.lines).split()[e.skip_words :]))
              for e in entries if isinstance(e, Heading)}
    out: list[Entry] = []
    for entry in entries:
        if isinstance(entry, Fragment) and entry.kind == "paragraph" and not entry.deferred and _listed(
                entry, titles, least):
            out.extend(Fragment("table", [line]) for line in entry.lines)
        else:
            out.append(entry)
    return out


def _listed(entry: Fragment, titles: set[str], least: int) -> bool:
    """Every line of ``entry`` but a short lead closing on a colon is a number and a heading's title."""
    lines = entry.lines
    if lines and lines[0].text.rstrip().endswith(":") and len(lines[0].text.split()) <= CONTENTS["lead_words"]:
        lines = lines[1:]
    if len(lines) < least:
        return False
    for line in lines:
        m = _NUMBERED.match(line.text.strip())
        if m is None or _key(m.group(1)) not in titles:
            return False
    return True
