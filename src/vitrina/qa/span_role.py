"""Round 56 askrole56: a parse span filling the asked role of the aligned verb, for a question asking a thing.

The ranker's kind features weigh a typed candidate (a name, a demonym) above a parse span (``kind_span``); when the
question asks a thing ("What did X get?", "What status did X give Y?": ``q.expects == "named"``) the constituent
that fills the asked slot of the verb the question's verb aligns with is often a plain noun phrase ("no
compensation"). ``span_role`` is 1 for a parse span in a noun phrase's role (subject or object, not a clause)
whose grammatical role fills the asked slot (``span_slot``, qa/spans.py) and whose head depends on an aligned word in that role (``role_slot``, rank.head_features); 0 otherwise
and for every other question kind (a person, place, date or quantity asked keeps its typed candidates). Switch
``LEXICAL["span_role"]``; weighed by ``RANKER_ADDED["span_role"]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vitrina.qa.weights import LEXICAL

ASKED_THING = "named"  # the question's expected kind when it asks a thing, not a person, place, date or quantity
THING_ROLES = ("subject", "object")  # a noun phrase's roles (qa/spans.ROLES); a clause or an adverbial names no thing


def span_role(kind: str, structure: Mapping[str, float], role_slot: float, q: Any) -> float:
    """1 when a parse span fills the asked role of an aligned verb and the question asks a thing; else 0."""
    if not LEXICAL["span_role"] or kind != "span" or getattr(q, "expects", None) != ASKED_THING:
        return 0.0
    noun_role = any(structure.get(f"span_{role}", 0.0) > 0 for role in THING_ROLES)
    return float(noun_role and structure.get("span_slot", 0.0) > 0 and role_slot > 0)
