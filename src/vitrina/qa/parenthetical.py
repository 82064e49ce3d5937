"""A role in parentheses after a name: "Present: A (in the chair), B, C (secretary)".

A list of names with a parenthesis after one of them states that name's role, not the others': when a who-question
asks the role ("Who chaired the meeting?"), the name the parenthesis follows answers, the names listed beside it
without one do not (round 51 red team D01). `role_after` reads the parenthesis right after a span; `asks_role` says
whether its words stand for the question's act or asked noun (by WordNet base forms, the same reading the question's
own words get).
"""

from __future__ import annotations

import re

from vitrina.qa.lexical import base_forms
from vitrina.qa.question import Question
from vitrina.qa.weights import PARENTHETICAL

PAREN = re.compile(rf"\s*\(([^()]{{1,{PARENTHETICAL['max_chars']}}})\)")
WORD = re.compile(r"[^\W\d_]+")


def role_after(text: str, end: int) -> str | None:
    """The words in the parenthesis that follows ``text[:end]`` directly (spaces between), or None; only a role's
    words: lower-case, no figure ("(in the chair)", not "(ANZUS Treaty)" or "(November 1943)")."""
    m = PAREN.match(text, end)
    if m is None or any(c.isdigit() or c.isupper() for c in m.group(1)):
        return None
    return m.group(1)


def asks_role(role: str, q: Question) -> bool:
    """The parenthesis names the question's act or asked noun: a word of it shares a base form with the question's
    predicate, head noun or a content word ("in the chair" for "Who chaired …?", "secretary" for "Who was the
    secretary …?"). Names of the question do not count."""
    asked = {w for w in (q.predicate, q.head, *q.content) if w} - set(q.names)
    forms = {f for w in asked for f in base_forms(w)}
    return any(base_forms(w) & forms for w in WORD.findall(role) if len(w) > 2)
