"""The offline base map: Natural Earth country outlines as one SVG file.

The outlines come from the ``world-atlas`` npm package (TopoJSON,
``countries-110m.json``; ISC licence, data from Natural Earth, public
domain). :func:`topojson_to_svg` converts it once, in an equirectangular
projection where x = longitude + 180 and y = 90 - latitude, so the file
has a 360 x 180 viewBox and pages can place points with :func:`project`.

Regenerate with::

    python -m vitrina.web.basemap path/to/countries-110m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

STATIC = Path(__file__).parent / "static"
BASEMAP_NAME = "world-110m.svg"
WIDTH, HEIGHT = 360.0, 180.0


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular: degrees to the base map's 360 x 180 plane."""
    return lon + 180.0, 90.0 - lat


def _decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute (lon, lat) points of every arc (delta-decoded, de-quantised)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points: list[tuple[float, float]] = []
        x = y = 0.0
        for dx, dy, *_ in arc:
            if transform:
                x, y = x + dx, y + dy
                (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
                points.append((x * sx + tx, y * sy + ty))
            else:
                points.append((dx, dy))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    """Stitch a ring from arc indexes (``~i`` means arc ``i`` reversed)."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Make longitudes continuous where a ring crosses the antimeridian."""
    out: list[tuple[float, float]] = []
    shift = 0.0
    for i, (lon, lat) in enumerate(ring):
        if i:
            jump = lon + shift - out[-1][0]
            if jump > 180:
                shift -= 360
            elif jump < -180:
                shift += 360
        out.append((lon + shift, lat))
    return out


def _path_data(rings: list[list[tuple[float, float]]]) -> str:
    """Path data; a ring crossing the antimeridian is drawn twice, 360 degrees
    apart, and the SVG viewport clips the overflow."""
    parts = []
    for ring in rings:
        unwrapped = _unwrap(ring)
        lons = [lon for lon, _ in unwrapped]
        offsets = [0.0]
        if max(lons) > 180:
            offsets.append(-360.0)
        if min(lons) < -180:
            offsets.append(360.0)
        for offset in offsets:
            coords = [project(lat, lon + offset) for lon, lat in unwrapped]
            parts.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in coords) + "Z")
    return "".join(parts)


def country_paths(topology: dict[str, Any], layer: str = "countries") -> list[tuple[str, str]]:
    """(name, SVG path data) of every country in the TopoJSON ``layer``."""
    arcs = _decode_arcs(topology)
    result = []
    for geometry in topology["objects"][layer]["geometries"]:
        polygons = []
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        rings = [_ring(arcs, ring) for polygon in polygons for ring in polygon]
        if rings:
            name = geometry.get("properties", {}).get("name", "")
            result.append((name, _path_data(rings)))
    return result


def topojson_to_svg(topology: dict[str, Any]) -> str:
    """A standalone SVG of all countries, one path element each."""
    paths = "\n".join(f'<path d="{d}"/>' for _, d in country_paths(topology))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:g} {HEIGHT:g}" '
        f'width="{WIDTH:g}" height="{HEIGHT:g}">\n'
        "<!-- Country outlines: Natural Earth (public domain) via world-atlas 2 (ISC). -->\n"
        f'<rect width="{WIDTH:g}" height="{HEIGHT:g}" fill="#dde7ee"/>\n'
        f'<g fill="#f1ede4" stroke="#b9b2a3" stroke-width="0.15" stroke-linejoin="round">\n{paths}\n</g>\n'
        "</svg>\n"
    )


def main(argv: list[str]) -> int:
    source = Path(argv[0])
    svg = topojson_to_svg(json.loads(source.read_text(encoding="utf-8")))
    (STATIC / BASEMAP_NAME).write_text(svg, encoding="utf-8")
    print(f"wrote {STATIC / BASEMAP_NAME} ({len(svg)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
