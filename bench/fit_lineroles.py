"""Fit the raw-text line-role model (structure/lineroles.py) on the gold of every set,
and judge it leave one set out.

    python bench/fit_lineroles.py [--loso] [--write] [--show ROLE] [SET …]

Each raw-text exhibit (NAME.txt beside its gold NAME.json) is split into the lines the
plain layout reads; each line gets its gold role by its text: a *heading* line stands in
a section's label and title, an *opens* line opens a gold paragraph, a *goes on* line
lies inside one (other lines, captions, credits, notes, are no paragraph line). One
logistic regression per role (numpy, L2, Newton steps) is fitted over
``lineroles.FEATURES``:

* default: fit on all sets, print the in-sample and leave-one-set-out line accuracy
  of each role (its log loss and its F1 at 0.5);
* ``--loso``: for each set, fit on the other sets, put the weights in
  ``roleweights.ROLE_WEIGHTS``, rebuild the held-out set's raw texts and score them
  (bench/layoutscore.py), beside the score with no model (empty table); prints
  sections, paragraphs and mean per set, before / after, and their means;
* ``--write``: write the weights fitted on every set to src/vitrina/structure/roleweights.py.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layoutscore  # noqa: E402

EXHIBITS = Path(__file__).resolve().parent / "exhibits"
WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "vitrina" / "structure" / "roleweights.py"
ROLES = ("heading", "veto", "opens")
L2 = 1.0  # the ridge on every weight but the intercept (lines of all sets pooled: thousands)


def raw_files(sets: list[str]) -> list[tuple[str, Path, dict[str, Any]]]:
    out = []
    for name in sets:
        for gold_path in sorted((EXHIBITS / name).glob("*.json")):
            path = gold_path.with_suffix(".txt")
            if path.exists():
                out.append((name, path, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def plain_lines(path: Path):
    """The lines the plain layout reads for the raw text at ``path``, their page widths and
    the roles its rules give them (on their own, the first pass)."""
    from vitrina.ingest.encoding import decode
    from vitrina.ingest.text import extraction_marks_resolved
    from vitrina.structure import manpage
    from vitrina.structure.lines import split_lines
    from vitrina.structure.plainlayout import PlainLayout, is_plain, rule_roles

    text = manpage.text_cleared(extraction_marks_resolved(decode(path.read_bytes(), str(path))))
    lineset = split_lines(text, None)
    if not is_plain(lineset):
        return None
    layout = PlainLayout(lineset)
    return layout.lines, layout.width, rule_roles(layout.run(), len(layout.lines))


def _line_key(text: str) -> str:
    norm = layoutscore.norm(text)
    return norm[:-1] if norm.endswith(("-", "\u2010", "\u00ad")) else norm


def _tokens(text: str | None) -> list[str]:
    return [t for t in re.findall(r"[^\W_]+", layoutscore.norm(text).lower())]


def gold_roles(lines: list[Any], gold: dict[str, Any]) -> list[dict[str, int | None]]:
    """Each line's gold roles: heading 1/0; opens 1/0 on paragraph lines, None elsewhere.

    A heading line's words (unit words of the lexicon aside) are all words of one gold
    heading (a section's label and title, or the document's title) and cover a good share
    of them, or are its label."""
    from vitrina.lexicon import words

    units = words("panel_words")
    headings = [(_tokens(gold.get("title")), [])]
    for section in gold["sections"]:
        whole = _tokens(f"{section.get('label') or ''} {section.get('title') or ''}")
        headings.append(([t for t in whole if t not in units],
                         [t for t in _tokens(section.get("label")) if t not in units]))
    paragraphs = [layoutscore.norm(b["text"]) for s in gold["sections"] for b in s.get("blocks", [])
                  if b.get("kind") == "paragraph"]
    texts = paragraphs + [layoutscore.norm(b["text"]) for s in gold["sections"] for b in s.get("blocks", [])
                          if b.get("kind") == "caption"]
    out = []
    for line in lines:
        key = _line_key(line.text)
        tokens = [t for t in _tokens(line.text) if t not in units]
        head = bool(tokens) and any(
            set(tokens) <= set(h) and (tokens == label or len(tokens) >= 0.3 * len(h)) for h, label in headings if h
        ) and not any(len(key) > 10 and key in p for p in texts)
        probe = key[:40]
        opens: int | None = None
        if len(probe) >= 3 and not head:
            if any(p.startswith(probe) for p in paragraphs):
                opens = 1
            elif any(probe in p for p in paragraphs):
                opens = 0
        out.append({"heading": int(head), "opens": opens})
    return out


def dataset(files) -> list[tuple[str, np.ndarray, dict[str, np.ndarray]]]:
    """Per file: its set, its feature matrix and its roles (-1 where a role does not apply)."""
    from vitrina.structure.lineroles import line_features

    out = []
    for name, path, gold in files:
        read = plain_lines(path)
        if read is None:
            continue
        lines, width, rules = read
        x = np.array(line_features(lines, width, rules), dtype=float)
        roles = gold_roles(lines, gold)
        # the veto is fitted where it is asked (the rules' heading lines), the others on
        # every line (heading) and every paragraph line (opens)
        y = {
            "heading": np.array([r["heading"] for r in roles]),
            "veto": np.array([1 - r["heading"] if rule == "heading" else -1 for r, rule in zip(roles, rules, strict=True)]),
            "opens": np.array([-1 if r["opens"] is None else r["opens"] for r in roles]),
        }
        out.append((name, x, y))
    return out


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Logistic regression by Newton steps, an L2 ridge on all but the intercept."""
    w = np.zeros(x.shape[1])
    ridge = np.full(x.shape[1], L2)
    ridge[0] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + ridge * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(ridge + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def _rule_columns() -> list[int]:
    from vitrina.structure.lineroles import FEATURE_NAMES

    return [k for k, name in enumerate(FEATURE_NAMES) if name.startswith("rule_")]


# The heading model reads the line alone, not the rules' decision (RULE_BLIND): fitted on
# every heading line the rules found too, it learns what a heading looks like and is asked
# only where the rules found none.
RULE_BLIND = ("heading",)


def pooled(data, role: str, keep) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for name, x, y in data:
        if keep(name):
            mask = y[role] >= 0
            if role in RULE_BLIND:
                x = x.copy()
                x[:, _rule_columns()] = 0.0
            xs.append(x[mask])
            ys.append(y[role][mask])
    if not xs:
        return np.zeros((0, 0)), np.zeros(0)
    return np.vstack(xs), np.concatenate(ys)


def _f1(y: np.ndarray, p: np.ndarray) -> float:
    hit = int(((p >= 0.5) & (y == 1)).sum())
    found, wanted = int((p >= 0.5).sum()), int((y == 1).sum())
    return 2 * hit / (found + wanted) if found + wanted else 1.0


def fit_all(data) -> dict[str, list[float]]:
    return {role: [round(float(v), 4) for v in fit(*pooled(data, role, lambda _: True))] for role in ROLES}


def line_report(data, sets: list[str]) -> None:
    for role in ROLES:
        x, y = pooled(data, role, lambda _: True)
        w = fit(x, y)
        p = 1 / (1 + np.exp(-(x @ w)))
        print(f"{role}: {len(y)} lines, {int(y.sum())} positive; in-sample F1 {_f1(y, p):.3f}")
        held_f1 = []
        for held in sets:
            xh, yh = pooled(data, role, lambda n, h=held: n == h)
            if not len(yh):
                continue
            wo = fit(*pooled(data, role, lambda n, h=held: n != h))
            held_f1.append((held, _f1(yh, 1 / (1 + np.exp(-(xh @ wo))))))
        print("  leave one set out F1: " + " ".join(f"{h.replace('handlaid-', 'h')}:{v:.2f}" for h, v in held_f1))


def loso(data, files, sets: list[str], grid: list[tuple[str, list[float]]]) -> None:
    """Per held-out set: the weights fitted on the other sets, every combination of the
    ``grid`` thresholds (PLAIN_LIMITS) scored on it; then the combination chosen on the
    other sets' (out-of-fold) scores, its score on the held-out set beside no model's."""
    import itertools

    from vitrina.ingest import reader_for
    from vitrina.structure.plainlayout import PLAIN_LIMITS
    from vitrina.structure.roleweights import ROLE_WEIGHTS

    saved, limits = dict(ROLE_WEIGHTS), dict(PLAIN_LIMITS)
    keys = ("sections", "paragraphs", "mean")
    combos = list(itertools.product(*(values for _, values in grid)))

    def score(held_files) -> list[float]:
        scores = [layoutscore.score_document(reader_for("text")(p.read_bytes(), str(p))[0], g) for p, g in held_files]
        return [sum(s[k] for s in scores) / len(scores) for k in keys]

    before: dict[str, list[float]] = {}
    after: dict[tuple[float, ...], dict[str, list[float]]] = {c: {} for c in combos}
    for held in sets:
        held_files = [(p, g) for n, p, g in files if n == held]
        if not held_files:
            continue
        ROLE_WEIGHTS.clear()
        before[held] = score(held_files)
        ROLE_WEIGHTS.update(fit_all([d for d in data if d[0] != held]))
        for combo in combos:
            for (key, _), value in zip(grid, combo, strict=True):
                PLAIN_LIMITS[key] = value
            after[combo][held] = score(held_files)
        PLAIN_LIMITS.update(limits)
    ROLE_WEIGHTS.clear()
    ROLE_WEIGHTS.update(saved)
    names = [key for key, _ in grid]
    for combo in combos:
        mean = sum(v[2] for v in after[combo].values()) / len(after[combo])
        print(f"  {dict(zip(names, combo, strict=True))}: all-set mean of held-out scores {mean:.4f}")
    rows = []
    for held in before:
        def others(combo, held=held):
            values = [v[2] for n, v in after[combo].items() if n != held]
            return sum(values) / len(values)
        best = max(combos, key=others)
        rows.append((held, before[held], after[best][held], best))
    for held, b, a, best in rows:
        print(f"{held:14} sections {b[0]:.3f} -> {a[0]:.3f}  paragraphs {b[1]:.3f} -> {a[1]:.3f}"
              f"  mean {b[2]:.3f} -> {a[2]:.3f}  chosen {best}")
    mb = [sum(r[1][k] for r in rows) / len(rows) for k in range(3)]
    ma = [sum(r[2][k] for r in rows) / len(rows) for k in range(3)]
    print(f"{'SET MEAN':14} sections {mb[0]:.3f} -> {ma[0]:.3f}  paragraphs {mb[1]:.3f} -> {ma[1]:.3f}"
          f"  mean {mb[2]:.3f} -> {ma[2]:.3f}")


def write(weights: dict[str, list[float]]) -> None:
    text = WEIGHTS.read_text(encoding="utf-8")
    head = text.split("ROLE_WEIGHTS:")[0]
    body = "ROLE_WEIGHTS: dict[str, list[float]] = {\n"
    for role, values in weights.items():
        body += f'    "{role}": [\n'
        for k in range(0, len(values), 6):
            body += "        " + ", ".join(f"{v}" for v in values[k : k + 6]) + ",\n"
        body += "    ],\n"
    WEIGHTS.write_text(head + body + "}\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--loso", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--grid", action="append", default=[],
                        help="with --loso: a PLAIN_LIMITS key and values to choose from, key=v1,v2,…")
    parser.add_argument("--show", default=None, help="print each line's gold role and score for ROLE")
    args = parser.parse_args()
    sets = args.sets or sorted(p.name for p in EXHIBITS.iterdir() if p.is_dir())
    files = raw_files(sets)
    data = dataset(files)
    if args.show:
        from vitrina.structure.lineroles import FEATURE_NAMES

        w = fit(*pooled(data, args.show, lambda _: True))
        print(" ".join(f"{n}={v:.2f}" for n, v in zip(FEATURE_NAMES, w, strict=True)))
    if args.loso:
        grid = [(spec.split("=")[0], [float(v) for v in spec.split("=")[1].split(",")]) for spec in args.grid]
        loso(data, files, sets, grid)
    else:
        line_report(data, sets)
    if args.write:
        write(fit_all(data))


if __name__ == "__main__":
    main()
