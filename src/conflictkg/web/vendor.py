"""The browser libraries the workspace serves, from the copies `make` installs with npm into
conflictkg/web/assets/node_modules (package.json beside them pins their versions). Only the
files named here are served; a page never loads anything from another host.

- Leaflet 1.9: the map (well kept, small, draws GeoJSON without a tile server);
- world-atlas 2 (Natural Earth 1:50m country outlines as TopoJSON) with topojson-client 3;
- vis-timeline 7: the time axis (ranges, points, groups, zoom);
- Cytoscape.js 3: the actor network (graph layout and interaction).
"""

from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).parent / "assets" / "node_modules"

FILES: dict[str, tuple[str, str]] = {
    "leaflet.js": ("leaflet/dist/leaflet.js", "text/javascript"),
    "leaflet.css": ("leaflet/dist/leaflet.css", "text/css"),
    "topojson-client.js": ("topojson-client/dist/topojson-client.min.js", "text/javascript"),
    "countries.json": ("world-atlas/countries-50m.json", "application/json"),
    "vis-timeline.js": (
        "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
        "text/javascript",
    ),
    "vis-timeline.css": ("vis-timeline/styles/vis-timeline-graph2d.min.css", "text/css"),
    "cytoscape.js": ("cytoscape/dist/cytoscape.min.js", "text/javascript"),
}

MISSING = (
    "the workspace's browser libraries are not installed: run `make run` (it installs them "
    "with npm into src/conflictkg/web/assets/node_modules)"
)


def vendor_file(name: str) -> tuple[bytes, str] | None:
    """A library file by its public name, or None (unknown name, or not installed)."""
    entry = FILES.get(name)
    if entry is None:
        return None
    path = ASSETS / entry[0]
    try:
        return path.read_bytes(), entry[1]
    except OSError:
        return None


def installed() -> bool:
    return all((ASSETS / path).is_file() for path, _ in FILES.values())
