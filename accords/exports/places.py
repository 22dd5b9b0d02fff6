"""data/places.geojson: the events and agreements with a place, as points on a map (GeoJSON, RFC 7946).

Each feature is one record whose `place` the gazetteer locates (accords.gazetteer: a city of one of the record's
countries); the point is the city's. Its properties say what the record is, the place as the source writes it,
the city it was located as, and the record's date at the sources' precision. Records whose place is not located
are left out and counted in the file's description.
"""

from __future__ import annotations

import json
from typing import Any

from ..addresses import DATA_DIR
from ..gazetteer import ATTRIBUTION, gazetteer
from ..model import Agreement, Event
from .context import LICENCE, TITLE, ExportContext, Output

PLACES_PATH = f"{DATA_DIR}/places.geojson"


def countries_of(ctx: ExportContext, record_id: str) -> frozenset[str]:
    """The ISO codes of the countries a record concerns: an event's host and participants' countries, an agreement's."""
    d = ctx.data
    record = d.get(record_id)
    if isinstance(record, Agreement):
        ids = d.countries_of_agreement(record_id) + ([c] if record.event and (c := d.event(record.event).country) else [])
    else:
        ids = [c for c in (d.country_of(i) for i in [record.country, *record.participants] if i) if c]
    return frozenset(d.get(c).iso2 for c in ids)


def geojson(ctx: ExportContext) -> dict[str, Any]:
    d = ctx.data
    placed = [(i, countries_of(ctx, i)) for cls in (Event, Agreement) for i, r in d.of_type(cls) if r.place]  # type: ignore[attr-defined]
    places = gazetteer(frozenset(c for _, codes in placed for c in codes))
    features, unlocated = [], 0
    for record_id, codes in placed:
        record = d.get(record_id)
        city = places.locate(record.place, codes)
        if city is None:
            unlocated += 1
            continue
        date, from_event = d.date_of(record_id)
        properties = {"id": record_id, "type": d.kind(record_id), "name": d.name(record_id), "page": ctx.page(record_id),
                      "place": record.place, "city": city.name, "country": city.country, "geonames_id": city.geonameid}
        if date:
            properties["date"] = str(date)
            if from_event:
                properties["date_basis"] = "event"
        features.append({"type": "Feature", "id": record_id, "geometry": {"type": "Point", "coordinates": [city.longitude, city.latitude]},
                         "properties": properties})
    return {"type": "FeatureCollection", "name": f"{TITLE}: places", "features": features,
            "description": f"{len(features)} events and agreements located at the city their place names; {unlocated} with a place "
                           "that is not a city of their countries (a venue, a region) are left out.",
            "attribution": "Coordinates: GeoNames (geonames.org), CC BY 4.0. Records: Central Asia Cooperation Tracker, CC BY 4.0."}


def outputs(ctx: ExportContext) -> list[Output]:
    return [Output(PLACES_PATH, "application/geo+json", "places.geojson",
                   "Events and agreements with a place, as points at the city the place names (GeoJSON; coordinates from GeoNames)",
                   lambda: json.dumps(geojson(ctx), ensure_ascii=False, separators=(",", ":")) + "\n",
                   package={"format": "geojson", "encoding": "utf-8"}, licences=(LICENCE, ATTRIBUTION))]
