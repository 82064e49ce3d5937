"""Round 56 (red team D-COMPARE-FALSE, ask half): a value of another year is no disagreement of the asked one.

"How much came from A in 1891?" answered from the 1891 accounts is not contradicted by the 1885 accounts' figure: a
rival is of another year when the first of its sentence, its section title and its document title that names a
year names none of the question's years, while the answer's own names one of them the same way.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from vitrina.extract.edtf_text import YEAR

YEAR_RE = re.compile(YEAR)


def dated_years(cite: Mapping[str, Any]) -> frozenset[str]:
    """The years of the first of the citation's sentence, section title and document title that names one."""
    for place in (cite.get("text"), cite.get("section"), cite.get("document_title")):
        found = frozenset(m.group() for m in YEAR_RE.finditer(place or ""))
        if found:
            return found
    return frozenset()


def other_year(answer: Mapping[str, Any], rival: Mapping[str, Any], asked: Collection[str]) -> bool:
    """True when the question asks of ``asked`` years, the answer's citation is dated to one of them and the
    rival's to other years only."""
    wanted = frozenset(asked)
    if not wanted:
        return False
    mine, theirs = dated_years(answer), dated_years(rival)
    return bool(mine & wanted) and bool(theirs) and not theirs & wanted
