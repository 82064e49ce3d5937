# -*- coding: utf-8 -*-
"""Greedy line breaker with pyphen (en_GB) hyphenation.

measure(text) -> width in the same unit as the widths; width_of(i) -> width of line i (so lines can have
different widths, e.g. around a round picture).  Words of 7+ letters may be hyphenated (3+3 minimum);
words that already hold a hyphen are only broken at that hyphen.
"""
import pyphen

_DIC = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def _split_candidates(word):
    """(head, tail) pairs, head printed with a trailing hyphen, longest head first."""
    out = []
    core = word.rstrip(".,;:!?’”)")
    if "-" in core:
        i = word.index("-")
        out.append((word[: i + 1], word[i + 1:], False))
        return out
    letters = sum(c.isalpha() for c in core)
    if letters < 7 or not core[:1].isalpha() and core[:1] not in "“‘(":
        return out
    for head, tail in _DIC.iterate(core):
        if len(head) < 3 or len(tail) < 3:
            continue
        out.append((head + "-", tail + word[len(core):], True))
    return out


def break_lines(text, measure, width_of, first_prefix_width=0.0):
    """Return list of (line_text, hyphenated_end:boolean)."""
    words = text.split()
    lines = []
    cur = []
    i = 0
    li = 0
    while i < len(words):
        w = words[i]
        avail = width_of(li) - (first_prefix_width if li == 0 else 0.0)
        trial = " ".join(cur + [w])
        if measure(trial) <= avail:
            cur.append(w)
            i += 1
            continue
        # try to hyphenate w into the remaining space
        done = False
        for head, tail, _ in _split_candidates(w):
            if measure(" ".join(cur + [head])) <= avail:
                lines.append((" ".join(cur + [head]), True))
                words[i] = tail
                cur = []
                li += 1
                done = True
                break
        if done:
            continue
        if not cur:  # a single word wider than the line: put it alone
            lines.append((w, False))
            i += 1
            li += 1
            continue
        lines.append((" ".join(cur), False))
        cur = []
        li += 1
    if cur:
        lines.append((" ".join(cur), False))
    return lines
