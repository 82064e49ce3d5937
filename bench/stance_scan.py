"""Which sentences of a built database hold a claim the sentence reports and disputes (``vitrina.stance``).

Parses only the sentences holding a word of lexicon ``contrast_connectives`` (a disputed claim needs one) and
prints how many were parsed, how many are flagged, and each flagged sentence with its disputed predicates::

    PYTHONPATH=src .venv/bin/python bench/stance_scan.py build/dev.db
"""

from __future__ import annotations

import re
import sqlite3
import sys

from vitrina import lexicon
from vitrina.qa.parse import parse_many
from vitrina.stance import disputed

MAX_CHARS = 2000  # a longer "sentence" is a run-on table line, not prose


def main(path: str) -> None:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = db.execute("SELECT id, text FROM sentences").fetchall()
    words = "|".join(sorted(lexicon.words("contrast_connectives")))
    cue = re.compile(rf"\b(?:{words})\b", re.I)
    kept = [(i, t) for i, t in rows if cue.search(t) and len(t) <= MAX_CHARS]
    print(f"sentences {len(rows)}, with a contrast word {len(kept)}")
    flagged = 0
    for (i, text), doc in zip(kept, parse_many([t for _i, t in kept]), strict=True):
        verbs = [w.text for w in doc if w.pos_ in ("VERB", "AUX") and disputed(w)]
        if verbs:
            flagged += 1
            print(i, verbs, text[:300])
    print(f"flagged {flagged}")


if __name__ == "__main__":
    main(sys.argv[1])
