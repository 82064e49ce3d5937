"""Resolve git's conflict blocks by keeping both sides, ours then theirs (CHANGELOG.md and docs pages where two
helpers added a section at the same place). Read the result: a paragraph both sides changed appears twice.

    python bench/rounds/keepboth.py CHANGELOG.md docs/search-and-ask.md
"""

from __future__ import annotations

import sys
from pathlib import Path

MARKS = {"<<<<<<< ": "ours", "||||||| ": "base", "=======": "theirs", ">>>>>>> ": None}


def keep_both(text: str) -> str:
    """``text`` with every conflict block replaced by its two sides (the merge base's lines dropped)."""
    kept: list[str] = []
    state: str | None = None
    for line in text.splitlines(keepends=True):
        mark = next((m for m in MARKS if line.startswith(m)), None)
        if mark is not None and (mark == "<<<<<<< " or state is not None):
            state = MARKS[mark]
            continue
        if state != "base":
            kept.append(line)
    return "".join(kept)


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        path.write_text(keep_both(path.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"{name}: resolved")


if __name__ == "__main__":
    main(sys.argv[1:])
