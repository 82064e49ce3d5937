"""Score a knowledge base of red team 45's oral-history collection (bench/redteam/round45/in/oh): transcript
apparatus taken for entities, quotations with the right speaker, planted narrators and interviewers found as
persons. Tuning data: the red team's report (REPORT.md, K03-K06) gives the quotations' speakers, its
catalogue.csv the narrators and interviewers.

    vitrina build bench/redteam/round45/in/oh --db oh.db && vitrina export --db oh.db --format json -o oh.json
    python bench/oralhistory.py oh.json
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

from vitrina import lexicon

COLLECTION = Path(__file__).parent / "redteam" / "round45" / "in" / "oh"
# The quotations the red team's report names and who speaks them (REPORT.md rows K03, K05, K06).
QUOTES = {
    "We'll not go back for a penny less": "Arthur Wrigley",
    "If the men won't, we will": "Nellie Garfield",
    "Scab!": "Florence Pryor",
    "I'm Boston born": "Reg Boston",
    "Not one tin leaves this yard": "Nellie Garfield",
    "A foreman's a worker with a clipboard": "George Hale",
    "You'll not regret it, George": "Nellie Garfield",
}
STAMP = re.compile(r"\d{1,2}:\d{2}|[\[\]]")


def apparatus(name: str) -> bool:
    """An entity name that is a transcript's apparatus: a role word, a time code, bare initials."""
    roles = {row[0] for row in lexicon.rows("speaker_roles") if len(row[0]) > 1}
    words = re.findall(r"[^\W\d_]+", name.casefold())
    return bool(STAMP.search(name)) or any(w in roles for w in words) or (
        name.isalpha() and name.isupper() and 2 <= len(name) <= 3)


def score(kb: dict) -> dict[str, object]:
    names = {e["id"]: e["name"] for e in kb["entities"]}
    texts = {d["id"]: d["text"] for d in kb["documents"]}
    found = {}
    for q in kb["quotes"]:
        ev = q["evidence"]
        said = texts[ev["document"]][ev["start"]:ev["end"]]
        for start in QUOTES:
            if said.startswith(start):
                found[start] = names.get(q["speaker"] or "")
    right = sum(1 for start, who in QUOTES.items() if found.get(start) == who)
    rows = list(csv.DictReader((COLLECTION / "catalogue.csv").open(encoding="utf-8")))
    planted = sorted({r["narrator"] for r in rows} | {r["interviewer"] for r in rows})
    persons = {e["name"] for e in kb["entities"] if e["type"] == "person"}
    labels = sorted(f"{e['type']}:{e['name']}" for e in kb["entities"] if apparatus(e["name"]))
    return {"apparatus_entities": len(labels), "apparatus": labels,
            "quotes_found": len(found), "quotes_right": right, "quotes_total": len(QUOTES),
            "quote_speakers": found,
            "planted_persons": sum(1 for p in planted if p in persons), "planted_total": len(planted),
            "planted_missing": [p for p in planted if p not in persons]}


if __name__ == "__main__":
    print(json.dumps(score(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))), indent=1, ensure_ascii=False))
