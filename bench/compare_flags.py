"""The contradictions one code shows and another does not, from two dumps of `eval_compare.py --dump`.

    python bench/compare_flags.py BEFORE.jsonl AFTER.jsonl [--all]

Prints the differ groups (and their verdict in the other dump) new in AFTER and gone from BEFORE; a group is keyed
by its statements (document, start, end). Groups between corpus documents only (no panel, the background, to read
and judge: every flag there is either a real inconsistency or a false contradiction) are marked ``background``;
``--all`` also lists every changed verdict of other groups.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

PANEL_PREFIX = "panel-"


def _groups(path: Path) -> dict[frozenset, dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        group = json.loads(line)
        out[frozenset((s["document"], s["start"], s["end"]) for s in group["statements"])] = group
    return out


def _verdict_of(key: frozenset, groups: dict[frozenset, dict]) -> str:
    if key in groups:
        return groups[key]["verdict"]
    overlapping = [g["verdict"] for k, g in groups.items() if len(k & key) >= 2]
    return "/".join(sorted(set(overlapping))) or "not grouped"


def _show(label: str, group: dict, other: str) -> None:
    background = all(not d.startswith(PANEL_PREFIX) for d in group["documents"])
    print(f"{label} {'background' if background else 'panel':10} (other code: {other}) {group['kind']}: "
          + " / ".join(f"{s['document']}: {s['text']!r} — {s['sentence']['text'][:160]!r}" for s in group["statements"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    before, after = _groups(args.before), _groups(args.after)
    for name, groups in (("before", before), ("after", after)):
        print(name, len(groups), dict(Counter(g["verdict"] for g in groups.values())))
    for key, group in after.items():
        if group["verdict"] == "differ" and before.get(key, {}).get("verdict") != "differ":
            _show("NEW", group, _verdict_of(key, before))
    for key, group in before.items():
        if group["verdict"] == "differ" and after.get(key, {}).get("verdict") != "differ":
            _show("GONE", group, _verdict_of(key, after))
    if args.all:
        for key, group in after.items():
            if key in before and before[key]["verdict"] != group["verdict"] != "differ":
                _show(f"{before[key]['verdict']}->", group, before[key]["verdict"])


if __name__ == "__main__":
    main()
