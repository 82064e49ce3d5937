"""Caption position labels ("Above, left:") and trailing credits ("National Archives").

Both are recognised by form: a label is a grammar of position words joined by
commas or "and"; a credit is a short capitalised or acronym run that trails a
caption's final sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vitrina.extract.numbers import TENS, UNITS
from vitrina.lexicon import words
from vitrina.structure.cues import SENTENCE_OPENERS, ends_sentence, is_acronym, word_set

# (round 48, structlow) with the French ones of the lexicon: a bilingual label's second caption has its own
_FRENCH_PLACE = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words("position_words_french"), key=len, reverse=True))
_PLACE = rf"(?:left|right|top|bottom|center|centre|middle|above|below|inset|opposite|overleaf|background|foreground|{_FRENCH_PLACE})"
_MODIFIER = r"(?:far|upper|lower|top|bottom|center|centre|middle|above|below|opposite|facing|previous|next|this)"
_POSITION = (
    rf"(?:(?:{_MODIFIER}\s+)?{_PLACE}(?:\s+page)?|(?:facing|opposite|previous|next|this)\s+page)"
)
_JOIN = r"(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+to\s+|\s+from\s+|\s+)"
# (round 50) the colon may be glued to the caption's capitalised first word ("Above:A working
# model"), the space lost where the label was set in another face and the text extracted
_LABEL = re.compile(
    rf"^(?P<label>(?:clockwise\s+from\s+|counterclockwise\s+from\s+|from\s+)?{_POSITION}(?:{_JOIN}{_POSITION})*)\s*:(?:\s+|$|(?-i:(?=[A-Z][a-z ])))",
    re.IGNORECASE,
)

# A picture's number label opening its caption, from the lexicon: "Fig. 3 The …",
# "Figure 2.4. The …", "Plate IV: The …" (the caption's own text then opens in capitals).
FIGURE_WORDS = _FIGURE = "|".join(re.escape(w) for w in sorted(words("figure_words"), key=len, reverse=True))
FIGURE_LEAD = re.compile(
    rf"^(?i:{_FIGURE})\s*(?:\d{{1,3}}(?:\.\d{{1,3}})*[a-z]?|[IVXLC]{{1,6}})[.:]?\s+(?=[\"“‘(]?[A-Z])"
)


# An object's number with its picture word, alone on its line ("Cat. 12", "Fig. 3"): a card's number.
NAMED_CARD_NUMBER = re.compile(rf"^(?i:{_FIGURE})\s*\d{{1,3}}$")


def figure_lead(text: str) -> bool:
    """``text`` opens with a picture's number label before its capitalised caption."""
    return text[:1].isupper() and bool(FIGURE_LEAD.match(text))


def numbered_position(text: str) -> tuple[str, int] | None:
    """(position label, length up to the caption's text) when ``text`` opens with the picture's
    number label and then a position label ("Figure 1: Above: The …"): the number is the
    producer's count of its pictures, the position what the caption says of its picture."""
    lead = FIGURE_LEAD.match(text)
    if lead is None or not text[:1].isupper():
        return None
    label = match_label(text[lead.end():])
    return (label[0], lead.end() + label[1]) if label is not None else None


# Words that make a capitalised run an institution or picture source, from the lexicon.
CREDIT_KEYWORDS = words("credit_keywords")
# Words opening a credit ("Courtesy of …", "Photo: …"), from the lexicon.
CREDIT_LEADS = tuple(sorted(words("credit_leads")))
_UNIT = "|".join(sorted(words("panel_words")))
# The one grammar of a unit's identifier: a letter, a roman numeral or a number ("B", "IV", "12").
_UNIT_LABEL = r"([A-Z]|[IVXLC]{1,6}|\d{1,3})"
# An identifier alone, as printed (capitals): a badge, or a bare label opening a line ("B Title").
LABEL_TOKEN = re.compile(rf"^{_UNIT_LABEL}$")
BARE_LABEL = re.compile(rf"^{_UNIT_LABEL} (?=\S)")
# A unit's label counted in its series, closing a line after other words ("East Hall Panel 2 of 5").
_COUNT = "|".join(re.escape(w) for w in sorted(words("count_connectors")))
# a line closing on its place in a series, whatever its unit word ("Poster 4 of 6", "SHEET 2/3")
SERIES_COUNT_END = re.compile(rf"[A-Za-z]\s+\d{{1,3}}\s*(?i:{_COUNT})\s*\d{{1,3}}$")
COUNTED_LABEL_END = re.compile(rf"\S\s+(?i:{_UNIT})\s+{_UNIT_LABEL}\s+(?:{_COUNT})\s+\d{{1,3}}$")
# A number written as a word, which labels a unit only after a unit word ("Part Two").
_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
UNIT_WORDS, NUMBER_WORDS = _UNIT, _NUMBER_WORD  # the alternations, for the readers' own label forms
# A panel label alone on its line: "B", "IV", "3.", "Panel 2", "Part Two", or a section's
# dotted number ("3.4", the form LABEL_LEAD reads opening a title).
LABEL_ALONE = re.compile(
    rf"^(?:(?:{_UNIT})\s+(?=\S+$)(?:{_UNIT_LABEL}|(?P<word>{_NUMBER_WORD}))|{_UNIT_LABEL}"
    r"|(\d{1,3}(?:\.\d{1,3}){1,3}))[.):]?$",
    re.IGNORECASE,
)


def alone_label(text: str) -> str | None:
    """The identifier of a panel label alone on its line, as the product stores it:
    the letter, numeral or number word without the unit word ("Panel 2" -> "2",
    "Part Two" -> "Two", "iv." -> "IV"), or None."""
    alone = LABEL_ALONE.match(text.strip())
    if alone is None:
        return None
    if alone.group("word"):
        return alone.group("word").capitalize()
    ident = next(g for g in alone.groups() if g)
    return ident if ident[0].isdigit() else ident.upper()


# A numeral (thousands set off by commas: "4,810"), or a span of two ("1846–1848", "12-14").
_NUMERAL = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:[–—-]\d+)?$")


def numbered_kicker(text: str, most_words: int) -> bool:
    """A short line (at most ``most_words`` words) opening or closing on a numeral and
    ending no sentence ("Display 2", "1846–1848", "12 May 1921"): set right over a
    title, it is the title's label whatever its unit word is."""
    tokens = text.split()
    return (0 < len(tokens) <= most_words and not ends_sentence(text)
            and bool(_NUMERAL.match(tokens[0]) or _NUMERAL.match(tokens[-1])))


# A date alone on its line: a year or a span of years ("1802", "1840-45", "1790s"); set over
# an entry's title in a timeline it is the entry's label, in whatever size it is printed.
DATE_ALONE = re.compile(r"^\d{3,4}s?(?:\s*[-\u2013\u2014]\s*\d{2,4}s?)?$")
# A place and a date or span after a comma, alone on a line ("Leiden, 1790–1842", "Ashby, May 1840"): a panel's
# date line, set under its title (round 57).
PLACED_DATE = re.compile(r"^[A-Z][^\W\d_][^\d]{0,40},\s+(?:[A-Z][a-z]+\s+)?\d{3,4}s?(?:\s*[-\u2013\u2014]\s*\d{2,4}s?)?$")

# A dated label with its era or an approximate mark, alone on its line ("c. 3180 BC",
# "AD 43", "ca. 1750", "1200 BC–AD 100"): a timeline's entry label like DATE_ALONE, built from
# the lexicon's era marks and circa marks (a year this way may have fewer digits).
_ERA = "|".join(re.escape(w.rstrip(".")).replace(r"\.", r"\.?") for w in sorted(words("era_marks"), key=len, reverse=True))
_CIRCA = "|".join(re.escape(w) for w in sorted(words("circa_marks"), key=len, reverse=True))
_MARKED_YEAR = rf"(?:(?:{_CIRCA})\.?\s*)?(?:(?:{_ERA})\.?\s+)?\d{{1,5}}s?(?:\s+(?:{_ERA})\.?)?"
_MARKED_DATE = re.compile(rf"^{_MARKED_YEAR}(?:\s*[-\u2013\u2014]\s*{_MARKED_YEAR})?$", re.IGNORECASE)
_MARKS = re.compile(rf"(?<![\w])(?:{_CIRCA}|{_ERA})(?![\w])", re.IGNORECASE)


def dated_lead(text: str) -> str | None:
    """The dated label opening a line before a capitalised title ("c. 2900 BC Houses of
    Stone", "1850 The Storm"): its text (the longest run of words that is a dated label),
    or None."""
    words = text.split()
    for n in range(min(len(words) - 1, 5), 0, -1):
        label = " ".join(words[:n])
        if words[n][:1].isupper() and dated_label(label):
            return label
    return None


def dated_label(text: str) -> bool:
    """``text`` is a date alone that may label a timeline's entry: a year or span of years
    (DATE_ALONE), or one with an era or approximate mark ("c. 2900 BC", "AD 43")."""
    text = text.strip()
    if DATE_ALONE.match(text):
        return True
    return bool(_MARKED_DATE.match(text)) and bool(_MARKS.search(text))


def marked_date(text: str) -> bool:
    """``text`` is a date alone as a timeline's stop writes it: a dated label (``dated_label``: "1901", "c.
    1792 BC"), or up to three words opening on a number and carrying an era or approximate mark ("12th c.
    BC"; round 53, struct68)."""
    words = text.split()
    return dated_label(text) or (0 < len(words) <= 3 and words[0][:1].isdigit() and bool(_MARKS.search(text)))


# A label opening a title line: "Panel 2: …", "Case 1 — …", "Room 3 · …", "7. …", "II. …", "B) …".
LABEL_LEAD = re.compile(
    rf"^(?:(?:{_UNIT})\s+{_UNIT_LABEL}(?:[.:—–-]|\s+[—–\-·•|/])?|(\d{{1,3}}|[IVXLC]{{1,6}}|[A-Z])[.):]"
    r"|(\d{1,3}(?:\.\d{1,3}){1,3})\.?(?=\s+[A-Z]))\s+(?=\S)",
    re.IGNORECASE,
)


def lead_label(lead: re.Match[str]) -> str:
    """The label a LABEL_LEAD match holds: "Panel 2:" -> "2", "IV." -> "IV", a section
    number "31.2" (numbers joined by dots, before a capital) as printed."""
    return str(lead.group(1) or lead.group(2) or lead.group(3))
_CONNECTORS = word_set("of the and for & de la du von van der / – - in at")


# How long a credit run may be, in words.
CREDIT_WORDS = {
    "single": 8,  # one name: "Courtesy of the Maritime Museum of the Atlantic"
    "listed": 14,  # a comma-separated hierarchy: "Name Collection, Some Division, Some Library", or maker / holder
    "name": 6,  # one name of a maker / holder credit after its slash: "Museum of the River Trades"
    "lead_qualifiers": 2,  # words naming the picture's material before a lead noun and its colon: "Albumen prints:"
    # round 50 (rawtext): a credit its lead opens with a colon ("Photo:") may name its maker and holder
    # at the length of a listed one: "Photo: Ada Marr for the Museum of the River Trades" (0: off)
    "colon_lead_listed": 1,
    # round 50 (rawtext): a numbering word in lower case before a number may stand in a credit ("… Collection
    # no. 1442"; 0: off)
    "numbering_words": 1,
    # round 58 (structset79): a semicolon parts a credit's names as a comma does ("Lent by the … Company of Glass
    # Sellers; GS 212": the holder, then the object's number): the run is listed (0: the comma alone)
    "semicolon_lists": 1,
}


@lru_cache(maxsize=8192)
def match_label(text: str) -> tuple[str, int] | None:
    """(position label, length of the label with its colon) when ``text`` opens with one."""
    m = _LABEL.match(text)
    if not m or not text[:1].isupper():
        return None
    label = re.sub(r"\s+", " ", m.group("label")).strip()
    return label, m.end()


# The nouns of the credit leads written with a colon ("Drawing:", "Photo:", "Source:"): such a
# noun before another lead ("Drawing lent by …", "Print courtesy of …") opens the credit too.
_LEAD_NOUNS = frozenset(lead[:-1] for lead in CREDIT_LEADS if lead.endswith(":") and " " not in lead)


def lead_at(words: list[str], k: int) -> bool:
    """A credit lead of the lexicon opens ``words[k:]`` ("Courtesy", "Photo credit:", "Lent by"),
    perhaps after the picture's medium ("Drawing lent by")."""
    head = " ".join(words[k : k + 3]).lower()
    if head[:1] in "([" and _closes_bracket(words[k:]):
        head = head[1:]  # "(Photo: Ada Marr)": a credit in brackets, closed on the line
    if head.startswith(CREDIT_LEADS):
        return True
    if k + 1 < len(words) and words[k].lower() in _LEAD_NOUNS and lead_at(words, k + 1):
        return True
    return _qualified_lead(words, k)


def _qualified_lead(words: list[str], k: int) -> bool:
    """A lead noun with its colon, singular or plural, after a word or two naming the picture's
    material or process, the first capitalised and opening no sentence ("Albumen prints:",
    "Hand-coloured engraving:", "Silver gelatin photographs:"): the lead of the credit that follows."""
    first = words[k].lower()
    if not (words[k][:1].isupper() and _plain_word(words[k])) or first in SENTENCE_OPENERS or first in _CONNECTORS:
        return False  # ("The prints: …" opens a sentence)
    for j in range(k + 1, min(k + 1 + CREDIT_WORDS["lead_qualifiers"], len(words))):
        noun = words[j].lower()
        if noun.endswith(":") and _lead_noun(noun[:-1]):
            return True
        if not (words[j][:1].islower() and _plain_word(words[j])):
            return False
    return False


def _plain_word(word: str) -> bool:
    """A word of letters (a hyphen inside), no punctuation."""
    return word.replace("-", "").isalpha()


def _lead_noun(noun: str) -> bool:
    """A noun of the colon leads, or its plural in -s ("print", "prints")."""
    return noun in _LEAD_NOUNS or (noun.endswith("s") and noun[:-1] in _LEAD_NOUNS)


def _closes_bracket(words: list[str]) -> bool:
    return bool(words) and words[-1].rstrip(".,;").endswith((")", "]"))


def widen_lead(words: list[str], k: int) -> int:
    """The first word of the credit lead that word ``k`` ends ("Photo" of "Photo credit:")."""
    while k > 0 and lead_at(words, k - 1):
        k -= 1
    return k


def credit_start(words: list[str], closes_caption: bool, whole_line: bool = False) -> int | None:
    """Index of the first credit word at the end of ``words`` (a caption's last line).

    The credit trails the caption's final sentence: everything after the last
    sentence end must be a short capitalised run that is not a sentence. With
    ``whole_line`` the entire line may be the credit. ``closes_caption`` says the
    caption certainly ends here, which admits a run without institution words.
    """
    start = 0 if whole_line else None
    for i in range(len(words) - 2, -1, -1):
        if ends_sentence(words[i]):
            start = i + 1
            break
    if start is None:
        return None
    run = words[start:]
    if not run or not is_credit(run, closes_caption):
        return None
    return start


def _numbering_word(run: list[str], n: int) -> bool:
    """``run[n]`` introduces the number after it ("Slip Collection no. 1442": the lexicon's
    ``numbering_words``), with ``numbering_words`` on: a holder's register number closing a
    credit, its abbreviation in lower case."""
    if not CREDIT_WORDS["numbering_words"] or n + 1 >= len(run) or not run[n + 1][:1].isdigit():
        return False
    return run[n].rstrip(".").lower() in words("numbering_words")


def _colon_lead(run: list[str]) -> bool:
    """The run opens on a credit lead closed by a colon ("Photo:", "Image credit:"), with
    ``colon_lead_listed`` on, and no slash parts it (a maker / holder credit keeps the
    limit of its holder's name, ``_listed``)."""
    if not CREDIT_WORDS["colon_lead_listed"] or "/" in run:
        return False
    end = next((k for k, word in enumerate(run[:3]) if word.endswith(":")), None)
    return end is not None and end + 1 < len(run) and lead_at(run, 0)


def _listed(run: list[str]) -> bool:
    """The run lists names: a hierarchy parted by commas (or semicolons, ``semicolon_lists``), or the maker and the holder
    parted by a slash, each name after the slash at most ``CREDIT_WORDS["name"]`` words
    ("Photo: Ada Marr / Museum of the River Trades"; a heading run on after the holder
    makes its part too long)."""
    if any("," in w or (CREDIT_WORDS["semicolon_lists"] and w.endswith(";")) for w in run[:-1]):
        return True
    if "/" not in run[:-1]:
        return False
    parts: list[list[str]] = [[]]
    for word in run:
        if word == "/":
            parts.append([])
        else:
            parts[-1].append(word)
    return all(1 <= len(part) <= CREDIT_WORDS["name"] for part in parts[1:])


# An object's accession number closing a credit line ("1921.14", "L.2004.5.2"): a short
# register prefix, then a year or running number and one to three dotted parts.
ACCESSION = re.compile(r"^[A-Z]{0,3}\.?\d{1,4}(?:\.\d{1,4}){1,3}[a-z]?$")
# ... or set after its register's letters and a space ("GMC 1987.44", "SGP 77.3").
ACCESSION_CODE = re.compile(r"^[A-Z]{2,4} \d{1,4}(?:\.\d{1,4}){1,3}[a-z]?$")
# ... or a register's letters and a number in parts of any mark, alone on a line under a
# credit left open on a comma ("…Rowing Club," / "KRC 1907/4"; "…Collection," / "HC 12/3").
# (round 42: the register's letters may be parted by a hyphen, "DC-G 112"; round 48: the number's parts
# too, "OTA 51-220"; round 51, structset65: a shelf letter and its stop before the number, "ALM R.117")
REGISTER_NUMBER = re.compile(r"^(?:[A-Z]{2,4}|[A-Z]{1,3}-[A-Z]{1,3}) (?:[A-Z]{1,2}\.)?\d{1,4}(?:[./-]\d{1,4}){0,3}[a-z]?$")

# ... or its letters and a short series mark before the number ("LML Tk 9", "BM Ms 12/3"; round 48)
_TWO_PART_REGISTER = re.compile(r"^[A-Z]{2,4} [A-Z][A-Za-z]{0,3} \d{1,4}(?:[./]\d{1,4}){0,3}[a-z]?$")


def register_number_wraps(last: str, text: str) -> bool:
    """``text`` is the rest of an object's number that a credit line ending in the holder's
    comma, or in the comma and the register's letters (perhaps with a series mark), wrapped onto a
    line of its own ("…Rowing Club," / "KRC 1907/4"; "…Archive, TRA" / "1911/12")."""
    words = last.split()
    if words and words[-1].endswith(_HOLDER_STOPS[REGISTER_WRAPS["semicolon"]]):
        return bool(REGISTER_NUMBER.match(text.strip()))
    if len(words) >= 3 and words[-3].endswith(",") and _TWO_PART_REGISTER.match(f"{words[-2]} {words[-1]} {text.strip()}"):
        return True  # a register named in two parts, its series after its letters ("…Library, LML Tk" / "9")
    if len(words) >= 2 and words[-2].endswith(",") and REGISTER_NUMBER.match(f"{words[-1]} {text.strip()}"):
        return True
    if REGISTER_WRAPS["abbreviated"] and len(words) >= 2 and words[-2].endswith(",") and (
            _ABBREVIATION.fullmatch(words[-1]) and _BARE_NUMBER.fullmatch(text.strip())):
        return True  # the number's abbreviation closing the line, the number under it ("…box 7, no." / "22")
    return bool(REGISTER_WRAPS["hyphen_broken"] and len(words) >= 3 and words[-3].endswith(",")
                and re.fullmatch(r"\d+-", words[-1]) and _BARE_NUMBER.fullmatch(text.strip())
                and REGISTER_NUMBER.match(f"{words[-2]} {words[-1]}{text.strip()}"))  # "…, HPA 1911-" / "017"


# round 48 (structlow): an object's number wrapped alone under a credit whose line closes on the
# number's abbreviation after the holder's comma ("…, print box 7, no." / "22"), or on the number
# broken at its hyphen ("…, Tromsø, HPA 1911-" / "017"), goes with the credit (0: off)
# round 58 (structset79): ... or after the holder's semicolon ("…Works Archive;" / "CHW 1987.44"), the stop a
# credit sets between its holder and the number as often as a comma (0: the comma alone)
REGISTER_WRAPS = {"abbreviated": 1, "hyphen_broken": 1, "semicolon": 1}
# The stops that close a holder's name before its object's number, by ``REGISTER_WRAPS["semicolon"]``.
_HOLDER_STOPS = {0: (",",), 1: (",", ";")}
_ABBREVIATION = re.compile(r"[A-Za-z]{1,4}\.")
_BARE_NUMBER = re.compile(r"\d{1,6}[a-z]?")


# round 48 (structlow): a note of who made the object (or the copy) and when, closed by a semicolon,
# before the holder and its number ("Cast made in 1934; Vale Institute, VI 1934.2"): a credit whole,
# the note at most ``maker_words`` words (0: off)
CREDIT_FORMS = {"maker_words": 6}
# round 51 (struct2): a maker's credit without a lead, a verb of making in WordNet, "by" and a name ("Cast by
# the Vale Foundry", "Printed by Ann Roe"): the verb's most frequent senses read (0: off)
MAKER_BY = {"senses": 2, "name_words": 2}  # ... and the name's capitalised words, at least ("Built by Hand" is a title)


def _made_then_held(run: list[str], closes_caption: bool) -> bool:
    """The run is a maker's note closed by a semicolon, then a credit ending on the object's number
    after the holder's comma: the note opens in a capital, ends no sentence and is at most
    ``maker_words`` words."""
    most = int(CREDIT_FORMS["maker_words"])
    cut = next((k for k, w in enumerate(run) if w.endswith(";")), None)
    if not most or cut is None or not 0 < cut + 1 <= most or not run[0][:1].isupper():
        return False
    note, held = run[: cut + 1], run[cut + 1 :]
    if any(ends_sentence(w) for w in note[:-1]) or len(held) < 3:
        return False
    numbered = (held[-2].endswith(",") and bool(ACCESSION.match(held[-1]))) or (
        held[-3].endswith(",") and bool(ACCESSION_CODE.match(" ".join(held[-2:]))))
    return numbered and is_credit(held, closes_caption)


def _named_lead_to_accession(run: list[str]) -> bool:
    """A run opening with one capitalised word (or it and one lower-case word) and a colon,
    whatever the words (the kind of object or picture: "Model:", "Cast:", "Glass plate:") and closing on an accession number after a comma or
    semicolon ("…, 1999; AC 1999.117", "…; 1999.4.2"): a credit's form, the holder between."""
    lead = 1 if re.fullmatch(r"[A-Z][a-z]+:", run[0]) else 0
    if not lead and len(run) > 1 and re.fullmatch(r"[A-Z][a-z]+", run[0]) and re.fullmatch(r"[a-z]+:", run[1]):
        lead = 2  # (round 44, structset52) a kind in two words, "Glass plate:", "Wax model:"
    if not lead or len(run) < lead + 2:
        return False
    if run[-2].endswith((",", ";")) and ACCESSION.match(run[-1]):
        return True
    return len(run) >= 4 and run[-3].endswith((",", ";")) and bool(
        ACCESSION_CODE.match(" ".join(run[-2:])) or _REGISTER_PARTS.match(" ".join(run[-2:])))


# round 45 (structset53): after a kind's lead and the holder, a register's letters in parts parted by full stops
# and a plain number ("WH.P 2290", "NM.A 41"): an accession number too
_REGISTER_PARTS = re.compile(r"^[A-Z]{1,4}(?:\.[A-Z]{1,4})+ \d{1,6}[a-z]?$")


def _maker_by(run: list[str]) -> bool:
    """The run names who made the object or its copy: a capitalised verb of making (one of its
    ``MAKER_BY["senses"]`` most frequent WordNet senses a verb of creation), "by", then a name in
    capitalised words (function words between, none first but an article; at least ``name_words`` capitalised)
    ending no sentence, no figure."""
    most = MAKER_BY["senses"]
    if not most or len(run) < 3 or run[1] != "by" or not re.fullmatch(r"[A-Z][a-z]+", run[0]):
        return False
    name = [w.strip("(),") for w in run[2:]]
    if ends_sentence(run[-1]) or not all(name) or (name[0].lower() in _CONNECTORS and name[0].lower() != "the"):
        return False
    if any(w.endswith(";") for w in run) or not all(w[0].isupper() or w.lower() in _CONNECTORS for w in name):
        return False  # (one name, no date or note after it: "Copy by Ann Roe, 1988; …" is ``_made_then_held``'s)
    if sum(w.lower() not in _CONNECTORS for w in name) < MAKER_BY["name_words"]:
        return False
    return _making_verb(run[0].lower(), most)


# round 59 (struct80): the picture named, a participle of making, then "by" and a name ("Map drawn for this leaflet by
# Quayside Studio after a survey of 1862"): a credit line, as no sentence ends in it
MADE_BY = {"senses": 6, "by_reach": 4, "words": 20}  # the participle's senses searched for a making one; "by" at most
# this far after it; the run at most this many words (two lines of a caption's small type)


def _thing_made_by(run: list[str]) -> bool:
    """The run opens on a capitalised noun and a past participle of a verb of making (one of its
    ``MADE_BY["senses"]`` first WordNet senses ``verb.creation``: "drawn", "painted", "engraved"),
    then, within ``by_reach`` words, "by" and a capitalised name; no sentence ends in it."""
    if not MADE_BY["senses"] or not 4 <= len(run) <= MADE_BY["words"] or not re.fullmatch(r"[A-Z][a-z]+", run[0]):
        return False
    if run[0].lower() in SENTENCE_OPENERS or any(ends_sentence(w) for w in run):
        return False
    participle = run[1].lower()
    if not re.fullmatch(r"[a-z]+(?:ed|en|wn|t)", participle) or not _making_verb(participle, MADE_BY["senses"]):
        return False
    reach = run[2 : 2 + MADE_BY["by_reach"] + 1]
    at = next((k for k, w in enumerate(reach) if w == "by"), None)
    return at is not None and 2 + at + 1 < len(run) and run[2 + at + 1][:1].isupper()


@lru_cache(maxsize=1024)
def _making_verb(word: str, senses: int) -> bool:
    """``word`` (a verb's form) has a verb of creation (WordNet's ``verb.creation``) among its first ``senses``."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    base = wn.morphy(word, "v") if wn is not None else None
    if wn is None or not base:
        return False
    return any(s.lexname() == "verb.creation" for s in wn.synsets(base, "v")[:senses])


# round 54 (struct69): a holder named in words of any case, a credit keyword among them, closed by the object's
# number after a comma ("Dene Valley family collection, DV 12.40"): a credit (0: off)
CREDIT_FORMS["holder_numbered"] = 1


# round 56 (structset75): a phrase in capitals of at least ``capital_phrase_words`` words whose content words are
# all words of the language (WordNet lemmas of at least ``capital_word_letters`` letters: "RUNNING TO THE MINUTE")
# is a line set in capitals (a kicker), not a run of acronyms (0: off)
CREDIT_FORMS["capital_phrase_words"] = 3
CREDIT_FORMS["capital_word_letters"] = 4


def _words_in_capitals(run: list[str], content: list[str]) -> bool:
    """The run (all its content words in capitals) is a phrase of the language set in capitals: at least
    ``capital_phrase_words`` words, its content words of ``capital_word_letters`` letters or more (two at least)
    each a WordNet lemma of some part of speech (shorter words may be either: "TO", "BM")."""
    least = CREDIT_FORMS["capital_phrase_words"]
    words = [w.strip("(),.").lower() for w in content]
    long = [w for w in words if len(w) >= CREDIT_FORMS["capital_word_letters"]]
    if not least or len(run) < least or len(long) < 2:
        return False
    return all(_dictionary_word(w) for w in long)


@lru_cache(maxsize=4096)
def _dictionary_word(word: str) -> bool:
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None or not word.isalpha():
        return False
    return any(wn.morphy(word, pos) for pos in ("n", "v", "a", "r"))


def _holder_then_number(run: list[str]) -> bool:
    """The run names a holder, opening on a capital that opens no sentence, one of its words a credit
    keyword (its other words may be in lower case: "the Reid family collection"), and closes on an
    accession number after the holder's comma; no sentence ends inside it, no semicolon parts it."""
    if not CREDIT_FORMS["holder_numbered"] or len(run) < 3 or not run[0][:1].isupper():
        return False
    if run[0].lower() in SENTENCE_OPENERS or any(ends_sentence(w) or w.endswith(";") for w in run[:-1]):
        return False  # (a note parted by a semicolon before the holder is ``_made_then_held``'s)
    if run[-2].endswith(",") and ACCESSION.match(run[-1]):
        holder = run[:-1]
    elif len(run) >= 4 and run[-3].endswith(",") and ACCESSION_CODE.match(" ".join(run[-2:])):
        holder = run[:-2]
    else:
        return False
    return any(w.strip("(),.").lower() in CREDIT_KEYWORDS for w in holder)


def is_credit(run: list[str], closes_caption: bool) -> bool:
    """Whether a word run reads as a picture credit by its form."""
    if _thing_made_by(run):  # (its own length: what was made, by whom, after what source)
        return True
    longest = CREDIT_WORDS["listed"] if _listed(run) or _colon_lead(run) else CREDIT_WORDS["single"]
    if not 1 <= len(run) <= longest:
        return False
    text = " ".join(run)
    lowered = text.lower()
    if lowered[:1] in "([" and _closes_bracket(run):
        lowered = lowered[1:]
    if lowered.startswith(CREDIT_LEADS) or lead_at(run, 0):
        return True
    for k in range(1, len(run) - 1):  # "Harbour Museum, gift of the Marr family": a credit, then its lead
        if run[k - 1].endswith(",") and " ".join(run[k:]).lower().startswith(CREDIT_LEADS):
            return is_credit([*run[: k - 1], run[k - 1][:-1]], closes_caption)
    if _named_lead_to_accession(run):
        return True
    if _made_then_held(run, closes_caption):
        return True
    if _maker_by(run):
        return True
    if _holder_then_number(run):
        return True
    if text.rstrip()[-1] in ".!?;:," and not is_acronym(run[-1]) or text.rstrip()[-1] == "?":
        return False  # (a question is never a credit, even in capitals: "WHY BUILD IT?")
    for n, word in enumerate(run):
        bare = word.strip("(),")
        if not bare:
            return False
        if bare.lower() in _CONNECTORS or _numbering_word(run, n):
            continue
        if not (bare[0].isupper() or bare[0].isdigit() or is_acronym(bare)):
            return False
    first = run[0].strip("(),").lower()
    if first in _CONNECTORS or (first in SENTENCE_OPENERS and first != "the"):
        return False
    words = [w.strip("(),.").lower() for w in run]
    if any(w in CREDIT_KEYWORDS for w in words):
        return True
    if len(run) >= 2 and run[-2].endswith(",") and ACCESSION.match(run[-1]):
        return True  # a lender's name, then the object's accession number
    if len(run) >= 3 and run[-3].endswith(",") and ACCESSION_CODE.match(" ".join(run[-2:])):
        return True  # ... its register's letters set apart ("…, GMC 1987.44")
    content = [w for w in run if w.strip("(),").lower() not in _CONNECTORS]
    if content and all(is_acronym(w) for w in content) and not _words_in_capitals(run, content):
        return True
    return closes_caption and first != "the" and len(run) <= 4


# round 59 (struct80): a bracketed cross-reference set after a caption's last sentence ("… its case. (see ¶ 6)")
REFERENCE_LIMITS = {"words": 5}  # a cross-reference's bracket holds at most this many words ("(see ¶ 6)": 3)
_REFERENCE_TARGET = re.compile(r"^(?:\d{1,4}(?:[–-]\d{1,4})?|[A-Z]|[IVXLC]{1,6})[,;]?$")
_GLUED_MARK = re.compile(r"^([¶§])(\S+)$")


def cross_reference(text: str) -> bool:
    """``text`` (a bracket's inside) names another place of the document: perhaps a lead
    ("see", "cf."), then a mark or unit word ("¶", "p.", "panel", "fig.") and its number
    or letter ("see ¶ 6", "cf. p. 12", "panel 3")."""
    tokens = [t for part in text.split() for t in _split_glued_mark(part)]
    if tokens and tokens[0].lower() in words("cross_reference_leads"):
        tokens = tokens[1:]
    if len(tokens) < 2 or tokens[0].lower() not in _reference_marks():
        return False
    return all(_REFERENCE_TARGET.match(t) for t in tokens[1:])


def _split_glued_mark(token: str) -> list[str]:
    """"¶6" as "¶", "6": a pilcrow or section sign printed against its number."""
    m = _GLUED_MARK.match(token)
    return [m.group(1), m.group(2)] if m else [token]


def _reference_marks() -> frozenset[str]:
    return words("reference_marks") | words("panel_words") | words("figure_words")


def without_trailing_reference(text: str) -> str:
    """``text`` without a bracketed cross-reference after its last sentence ("… its case.
    (see ¶ 6)" gives "… its case."); unchanged when it has none."""
    stripped = text.rstrip()
    if not stripped.endswith(")"):
        return text
    opening = stripped.rfind("(")
    before = stripped[:opening].rstrip()
    inside = stripped[opening + 1 : -1]
    if (opening <= 0 or len(inside.split()) + 1 > REFERENCE_LIMITS["words"] or not before.split()
            or not ends_sentence(before.split()[-1]) or not cross_reference(inside)):
        return text
    return before
