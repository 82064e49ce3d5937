"""How many edits apart two words are: the one string distance the spelling tolerance of `ask`
(qa/spelling.py) and the "did you mean" of `search` (search.py) both measure with.

Optimal string alignment: an insertion, a deletion, a substitution or a swap of two neighbouring letters is
one edit ("tanery" / "tannery" one, "ledgre" / "ledger" one). Kept apart from both callers so that `search`
need not load the question analyser (spaCy's vocabulary) to suggest a word.
"""

from __future__ import annotations


def distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance of ``a`` and ``b`` (an adjacent swap is one edit), or
    ``limit + 1`` as soon as it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return min(previous[-1], limit + 1)
