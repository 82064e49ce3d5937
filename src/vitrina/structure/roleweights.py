"""The fitted weights of the raw-text line-role model (structure/lineroles.py).

One vector per role, in the order of ``lineroles.FEATURES``; written by
``bench/fit_lineroles.py --write`` from a logistic regression fitted on the gold of
every annotated exhibit set (bench/exhibits/*), judged leave one set out
(docs/formats.md, "Round 22, #17"). Do not edit by hand: refit. The features of the
"heading" role that read the rules' first pass are 0: it is fitted rule-blind. Only
"heading" acts by default; the thresholds of "veto" and "opens" (PLAIN_LIMITS) are off.
"""

from __future__ import annotations

ROLE_WEIGHTS: dict[str, list[float]] = {
    "heading": [
        -5.0608, -1.9266, -1.5594, 0.6821, -0.0792, 0.7456,
        0.9244, 0.4778, 2.0654, -1.0103, 0.5574, 1.4441,
        0.4789, -0.4756, -1.9462, 2.1934, 1.7279, -1.6685,
        1.6147, 2.4811, -0.3688, -1.5096, -4.1295, -0.4401,
        -1.8853, 1.45, 0.8867, -0.4379, -1.5647, 0.4371,
        -0.1957, 1.0416, 0.064, 1.4039, 1.7336, 0.064,
        1.5406, 0.4118, -0.5955, -0.023, 0.0, 0.0,
        0.0, 0.0,
    ],
    "veto": [
        -1.5595, 0.5576, 0.8506, -0.8521, 0.1643, -0.7118,
        0.1301, 0.0675, -0.4437, 1.3633, 0.5037, -0.5533,
        -0.419, 0.419, 0.5656, 0.1325, 0.188, 2.0627,
        -0.9407, -2.48, -0.9268, 0.0, 0.0, -2.242,
        1.7298, -1.3334, -0.7298, 0.4119, -0.2312, -0.7088,
        0.4437, -0.4356, -0.2071, -0.206, -0.1553, 0.2328,
        -0.6294, -0.1807, -0.0443, -0.5701, -0.0, 0.0,
        0.0, 0.0,
    ],
    "opens": [
        -5.9555, 0.5312, -0.3546, -0.0037, -0.3824, -0.9157,
        -0.2955, 0.0411, 3.2203, -1.1265, 1.9444, -0.4987,
        1.6702, -1.6702, -0.1421, -0.3576, -0.1885, 0.0,
        0.1424, 0.0, 1.5971, 0.0, 1.43, 0.5846,
        -0.7504, 1.166, 0.2543, 0.2614, -0.1353, -1.0351,
        0.9592, 0.9313, 0.3202, 1.3864, 0.1484, 0.1758,
        0.0, 0.0549, 0.8355, -0.9871, -0.8322, 2.5464,
        -1.1909, -0.5233,
    ],
}
