"""The questions round 58 askv58's readings reach, as ``--reached`` predicates of bench/ask_switch_ab.py.

    PYTHONPATH=src .venv/bin/python bench/ask_switch_ab.py FILES --db DB --switch commitment_asked \
        --reached askv58_reach:commitment --out OUT.jsonl
"""

from __future__ import annotations

from typing import Any


def commitment(q: Any) -> bool:
    """"What did X promise / pledge / guarantee?": the wh-word inside what a word of promising governs."""
    return bool(q.commitment)


def age(q: Any) -> bool:
    """"How old was X when Y?": an age asked, a span of time (lexical.age_adjective)."""
    from vitrina.qa.lexical import age_adjective

    words = q.text.lower().split()
    return any(w == "how" and i + 1 < len(words) and age_adjective(words[i + 1]) for i, w in enumerate(words))


def rate(q: Any) -> bool:
    """"How often …?": a rate asked (Question.unit "frequency")."""
    return q.unit == "frequency"


def ordered(q: Any) -> bool:
    """"Which came first, X or Y?" (qa/either.ordered_choice)."""
    from vitrina.qa import either
    from vitrina.qa.parse import parse

    return either.ordered_choice(parse(q.text)) is not None


def origin(q: Any) -> bool:
    """"Where was X born / from?", "Which N did X hail from?" (round 58 askorigin58: Question.origin, qa/origin.py)."""
    return bool(q.origin)
