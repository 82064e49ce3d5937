"""A byline read as what it is, not as a section heading (round 38 red team D-title).

In plain text a short line under a headline ("By A. Writer", "By Ann Vale, Staff Correspondent") looks like a
heading. It is a byline when it opens with a byline lead (``lexicon/byline_leads``: "By …", "Posted …") followed
by a name (capitalised words or initials, no function word, up to a comma), or when it is a writer's role alone
("Staff correspondent": its last word a kind of a ``lexicon/byline_roles`` noun in WordNet, no article first).
Such a heading becomes a ``credit`` block: the headline above it stays the title.
"""

from __future__ import annotations

import re

from vitrina.lexicon import words
from vitrina.structure.cues import FUNCTION_WORDS
from vitrina.structure.layout import Entry, Fragment, Heading

BYLINE = {
    "max_words": 12,  # a byline line, at most
    "min_name_words": 2,  # words of the name after the lead (a given name or initial and a family name)
    "max_role_words": 4,  # a role line alone ("Our own correspondent"), at most
    "senses": 2,  # the most frequent WordNet noun senses of a role line's last word (and of the role nouns) read
}
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_ARTICLES = frozenset({"a", "an", "the"})


def is_byline(text: str) -> bool:
    """``text`` (one line) is a byline: a lead and a name, or a writer's role alone."""
    tokens = text.split()
    if not tokens or len(tokens) > BYLINE["max_words"]:
        return False
    lead = tokens[0].lower().strip(":")
    if lead in words("byline_leads") or (len(tokens) > 2 and tokens[1].lower() == "by" and lead.endswith(("ed", "en"))):
        rest = tokens[1:] if lead in words("byline_leads") else tokens[2:]
        name = " ".join(rest).split(",")[0].split()
        return len(name) >= BYLINE["min_name_words"] and all(
            w[0].isupper() and w.lower() not in FUNCTION_WORDS for w in name)
    return _role_alone(tokens)


def _role_alone(tokens: list[str]) -> bool:
    """A writer's role alone: its last word's most frequent noun senses a kind of a role noun (classes only:
    a writer's name, "Sand" or "Harris", is an instance of a writer, not a role)."""
    from vitrina.qa.lexical import under, wordnet

    found = _WORD.findall(" ".join(tokens))
    if not found or len(found) != len(tokens) or len(found) > BYLINE["max_role_words"]:
        return False
    if found[0].lower() in _ARTICLES:
        return False
    last = found[-1].lower().strip(".")
    wn = wordnet()
    if wn is None:
        return last in words("byline_roles")
    roots = {s for role in words("byline_roles") for s in wn.synsets(role, "n")[: BYLINE["senses"]]}
    return under(wn.synsets(last, "n")[: BYLINE["senses"]], roots, instances=False)


def bylines_apart(entries: list[Entry]) -> list[Entry]:
    """Each one-line heading that is a byline becomes a ``credit`` fragment."""
    out: list[Entry] = []
    for entry in entries:
        if isinstance(entry, Heading) and len(entry.lines) == 1 and not entry.label and is_byline(entry.lines[0].text):
            out.append(Fragment("credit", list(entry.lines), complete=True))
        else:
            out.append(entry)
    return out
