"""The questions round 59 askv59's readings reach, as ``--reached`` predicates of bench/ask_switch_ab.py.

    PYTHONPATH=src .venv/bin/python bench/ask_switch_ab.py FILES --db DB --switch office_asked \
        --reached askv59_reach:office --out OUT.jsonl
"""

from __future__ import annotations

from typing import Any


def office(q: Any) -> bool:
    """"What post / office / job did X hold?", "X's diplomatic post", "Which cabinet post …?": a role noun asked
    (lexicon ``role_asking_nouns``) or a person whose role is asked (qa/whois.asked_role)."""
    from vitrina import lexicon
    from vitrina.qa import whois

    return q.head in lexicon.words("role_asking_nouns") or bool(whois.asked_role(q))


def fronted(q: Any) -> bool:
    """"Against whom / To whom … ?" with a preposition opening the question before "who"/"whom"."""
    words = q.text.split()
    return len(words) > 1 and words[1].lower().strip("?,") in ("who", "whom")
