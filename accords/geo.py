"""Country shapes for the maps: Natural Earth 1:110m via the `world-atlas` npm package, drawn as SVG.

TopoJSON stores shared borders once as quantised, delta-encoded arcs; `load_shapes` decodes the
countries that fall in the region, projects them (equirectangular, scaled for the region's middle
latitude, good enough for a locator map) and keeps SVG path data with one decimal.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import pycountry

SHAPES_CREDIT = "Country shapes: Natural Earth (public domain), 1:110m, via the world-atlas package"

# The region drawn: from the Aegean to the Yellow Sea.
WEST, EAST, SOUTH, NORTH = 24.0, 124.0, 18.0, 56.0
WIDTH = 1000.0
_SCALE_X = math.cos(math.radians((SOUTH + NORTH) / 2))
HEIGHT = round(WIDTH * (NORTH - SOUTH) / ((EAST - WEST) * _SCALE_X), 1)


@dataclass(frozen=True)
class Shape:
    iso2: str
    name: str
    path: str  # SVG path data in map coordinates
    centre: tuple[float, float]  # centroid of the largest ring, in map coordinates


def project(lon: float, lat: float) -> tuple[float, float]:
    x = (lon - WEST) / (EAST - WEST) * WIDTH
    y = (NORTH - lat) / (NORTH - SOUTH) * HEIGHT
    return x, y


def load_shapes(topojson_path: Path) -> dict[str, Shape]:
    """ISO alpha-2 -> Shape, for every country with a part inside the region."""
    topology = json.loads(topojson_path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    shapes: dict[str, Shape] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        country = pycountry.countries.get(numeric=str(geometry.get("id", "")).zfill(3)) if geometry.get("id") else None
        if country is None or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        rings = [_ring(arcs, ring) for polygon in polygons for ring in polygon]
        if not any(_in_region(ring) for ring in rings):
            continue
        projected = [_clip([project(lon, lat) for lon, lat in ring]) for ring in rings]
        projected = [ring for ring in projected if len(ring) >= 3]
        if not projected:
            continue
        path = "".join(_path(ring) for ring in projected)
        largest = max(projected, key=lambda ring: abs(_area(ring)))
        shapes[country.alpha_2] = Shape(country.alpha_2, geometry["properties"].get("name", country.name), path, _centroid(largest))
    return shapes


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _in_region(ring: list[tuple[float, float]]) -> bool:
    lons = [p[0] for p in ring]
    lats = [p[1] for p in ring]
    return max(lons) >= WEST and min(lons) <= EAST and max(lats) >= SOUTH and min(lats) <= NORTH


def _clip(ring: list[tuple[float, float]], margin: float = 4.0) -> list[tuple[float, float]]:
    """Sutherland–Hodgman clipping of a ring to the map rectangle (plus a margin hidden by the frame)."""
    edges = [
        (lambda p: p[0] >= -margin, lambda a, b: _cross_x(a, b, -margin)),
        (lambda p: p[0] <= WIDTH + margin, lambda a, b: _cross_x(a, b, WIDTH + margin)),
        (lambda p: p[1] >= -margin, lambda a, b: _cross_y(a, b, -margin)),
        (lambda p: p[1] <= HEIGHT + margin, lambda a, b: _cross_y(a, b, HEIGHT + margin)),
    ]
    for inside, cross in edges:
        if not ring:
            break
        clipped = []
        for current, previous in zip(ring, ring[-1:] + ring[:-1], strict=True):
            if inside(current):
                if not inside(previous):
                    clipped.append(cross(previous, current))
                clipped.append(current)
            elif inside(previous):
                clipped.append(cross(previous, current))
        ring = clipped
    return ring


def _cross_x(a: tuple[float, float], b: tuple[float, float], x: float) -> tuple[float, float]:
    return x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])


def _cross_y(a: tuple[float, float], b: tuple[float, float], y: float) -> tuple[float, float]:
    return a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y


def _path(ring: list[tuple[float, float]]) -> str:
    """Relative path data in whole map units (precise enough at this scale, and half the bytes)."""
    points = [(round(x), round(y)) for x, y in ring]
    x0, y0 = points[0]
    steps = []
    for (xa, ya), (xb, yb) in zip(points, points[1:], strict=False):
        if (xa, ya) != (xb, yb):
            steps.append(f"{xb - xa} {yb - ya}")
    return (f"M{x0} {y0}l" + " ".join(steps) + "z").replace(" -", "-")  # a minus sign separates numbers too


def _area(ring: list[tuple[float, float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def _centroid(ring: list[tuple[float, float]]) -> tuple[float, float]:
    area = _area(ring)
    if abs(area) < 1e-9:
        xs, ys = zip(*ring, strict=True)
        return sum(xs) / len(xs), sum(ys) / len(ys)
    cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / (6 * area)
    cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / (6 * area)
    return cx, cy
