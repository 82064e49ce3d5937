"""The fitted weights of the raw-text line-role model (structure/lineroles.py).

One vector per role, in the order of ``lineroles.FEATURES``; written by
``bench/fit_lineroles.py --write`` from a logistic regression fitted on the gold of
every annotated exhibit set (bench/exhibits/*), judged leave one set out
(docs/structure.md, "Line roles of raw text"). Do not edit by hand: refit.
"""

from __future__ import annotations

ROLE_WEIGHTS: dict[str, list[float]] = {}
