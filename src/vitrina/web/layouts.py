"""Geometry for the server-rendered SVG figures: timeline, map and graph.

All positions are computed here as numbers and written into SVG attributes
by the templates (no inline styles: the Content-Security-Policy forbids them).
"""

from __future__ import annotations

import math
import re
from typing import Any

from vitrina.web.basemap import HEIGHT, WIDTH, project
from vitrina.web.render import edtf_qualifier

# ---------------------------------------------------------------- timeline

TIMELINE_WIDTH = 1000.0
TIMELINE_MARGIN = 24.0
LANE_HEIGHT = 16.0
AXIS_HEIGHT = 28.0
_ISO = re.compile(r"(-?\d{1,6})-(\d{2})-(\d{2})")
_NICE_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000)


def year_fraction(iso: str | None) -> float | None:
    """An ISO day as a fractional year (good enough to place marks on an axis)."""
    match = _ISO.fullmatch(iso or "")
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    return year + (month - 1) / 12 + (day - 1) / 365.25


def _tick_step(span_years: float) -> int:
    for step in _NICE_STEPS:
        if span_years / step <= 10:
            return step
    return _NICE_STEPS[-1]


def _year_span(event: dict[str, Any]) -> tuple[float, float] | None:
    """(from, to) in fractional years; one known bound stands for both."""
    lo, hi = year_fraction(event.get("lower")), year_fraction(event.get("upper"))
    if hi is None:
        return None if lo is None else (lo, lo)
    # upper is the last day: include it
    return (hi if lo is None else lo, hi + 1 / 365.25)


def timeline_layout(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Marks (points for exact days, bars for ranges) packed into lanes, and year ticks."""
    placed: list[tuple[int, float, float, dict[str, Any]]] = []
    for index, event in enumerate(events):
        span = _year_span(event)
        if span is not None:
            placed.append((index, span[0], span[1], event))
    if not placed:
        return {"marks": [], "ticks": [], "width": TIMELINE_WIDTH, "height": AXIS_HEIGHT,
                "first": None, "last": None}
    first = min(p[1] for p in placed)
    last = max(p[2] for p in placed)
    if last - first < 1:
        first, last = first - 0.5, last + 0.5
    pad = (last - first) * 0.02
    first, last = first - pad, last + pad
    scale = (TIMELINE_WIDTH - 2 * TIMELINE_MARGIN) / (last - first)

    def x_of(year: float) -> float:
        return round(TIMELINE_MARGIN + (year - first) * scale, 1)

    marks: list[dict[str, Any]] = []
    lane_ends: list[float] = []
    for index, lo, hi, event in sorted(placed, key=lambda p: (p[1], p[2])):
        x1, x2 = x_of(lo), x_of(hi)
        point = event.get("lower") == event.get("upper") or x2 - x1 < 3
        right = x1 + 6 if point else x2
        lane = next((k for k, end in enumerate(lane_ends) if end + 3 < (x1 - 6 if point else x1)), None)
        if lane is None:
            lane_ends.append(right)
            lane = len(lane_ends) - 1
        else:
            lane_ends[lane] = right
        marks.append({
            "index": index, "id": event["id"], "point": point, "x": x1, "x2": max(x2, x1 + 2),
            "width": round(max(x2 - x1, 2), 1), "y": AXIS_HEIGHT + lane * LANE_HEIGHT + LANE_HEIGHT / 2,
            "approx": edtf_qualifier(event["edtf"]) is not None, "label": event["label"],
        })
    step = _tick_step(last - first)
    ticks = [{"x": x_of(year), "label": str(year)}
             for year in range(math.ceil(first / step) * step, math.floor(last) + 1, step)]
    return {"marks": marks, "ticks": ticks, "width": TIMELINE_WIDTH,
            "height": AXIS_HEIGHT + max(len(lane_ends), 1) * LANE_HEIGHT + 8,
            "first": math.floor(first + pad), "last": math.floor(last - pad)}


# ---------------------------------------------------------------- map


def map_layout(places: list[dict[str, Any]], min_width: float = 60.0) -> dict[str, Any]:
    """Projected points and a 2:1 viewBox around them on the 360 x 180 base map."""
    points = []
    for place in places:
        x, y = project(place["lat"], place["lon"])
        points.append({**place, "x": round(x, 2), "y": round(y, 2)})
    if not points:
        return {"points": [], "viewbox": f"0 0 {WIDTH:g} {HEIGHT:g}", "r": 1.5, "font": 4.0}
    xs, ys = [p["x"] for p in points], [p["y"] for p in points]
    width = max(max(xs) - min(xs) + 20, (max(ys) - min(ys) + 10) * 2, min_width)
    width = min(width, WIDTH)
    height = width / 2
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    left = min(max(cx - width / 2, 0), WIDTH - width)
    top = min(max(cy - height / 2, 0), HEIGHT - height)
    font = round(width / 70, 2)
    _choose_labels(points, font)
    return {"points": points, "viewbox": f"{left:.1f} {top:.1f} {width:.1f} {height:.1f}",
            "r": round(width / 180, 2), "font": font}


def _choose_labels(points: list[dict[str, Any]], font: float) -> None:
    """Label the most mentioned places first; skip a label that would overlap one already placed."""
    boxes: list[tuple[float, float, float, float]] = []
    for point in sorted(points, key=lambda p: (-(p.get("mentions") or 0), p.get("name", ""))):
        x1, y1 = point["x"], point["y"] - font
        box = (x1, y1, x1 + font * 0.6 * len(point.get("name", "")) + font, point["y"] + font * 0.3)
        point["label"] = not any(
            box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes
        )
        if point["label"]:
            boxes.append(box)
