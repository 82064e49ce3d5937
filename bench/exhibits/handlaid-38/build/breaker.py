# -*- coding: utf-8 -*-
"""Greedy line breaker with pyphen (en_GB) hyphenation, measured by a width function."""
import re
import pyphen

_dic = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def _hyph_points(word):
    """Split points for a plain lower-case alphabetic word of 7+ letters (with trailing punctuation kept)."""
    m = re.match(r"^([a-z]+)([,.;:]?)$", word)
    if not m or len(m.group(1)) < 7:
        return []
    core, tail = m.group(1), m.group(2)
    pts = []
    for a, b in _dic.iterate(core):
        pts.append((a + "-", b + tail))
    return pts  # longest first part first


def break_lines(text, maxw, width, hyphenate=True, first_indent=0.0):
    """Return list of lines. width(s) gives the width of string s."""
    words = text.split()
    lines, cur = [], ""
    avail = maxw - first_indent
    i = 0
    while i < len(words):
        w = words[i]
        trial = w if not cur else cur + " " + w
        if width(trial) <= avail:
            cur = trial
            i += 1
            continue
        # does not fit: try hyphenation
        done = False
        if hyphenate and cur:
            for a, b in _hyph_points(w):
                t2 = cur + " " + a
                if width(t2) <= avail:
                    lines.append(t2)
                    words[i] = b
                    cur = ""
                    done = True
                    break
        if not done:
            if not cur:  # single over-long word
                lines.append(w)
                i += 1
            else:
                lines.append(cur)
                cur = ""
        avail = maxw
    if cur:
        lines.append(cur)
    return lines
