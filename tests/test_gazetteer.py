"""Places on the map: the gazetteer locates a record's place at a city of its countries, or not at all."""

from __future__ import annotations

import pytest

from accords.gazetteer import gazetteer

REGION = frozenset({"KZ", "UZ", "KG", "TJ", "TM", "TR", "AZ", "CN", "US", "EG"})


@pytest.mark.parametrize(("place", "countries", "city", "country", "near"), [
    ("Samarkand", {"UZ", "KZ"}, "Samarkand", "UZ", (39.65, 66.96)),  # not Temirtau (KZ), once named after it
    ("Presidential Complex, Ankara", {"TR", "UZ"}, "Ankara", "TR", (39.92, 32.85)),  # a venue, located at its city
    ("Nur-Sultan", {"KZ"}, "Astana", "KZ", (51.18, 71.45)),  # a former name
    ("Cholpon-Ata, Issyk-Kul region", {"KG"}, "Cholpon-Ata", "KG", (42.65, 77.08)),
    ("Washington, D.C.", {"KZ", "US"}, "Washington", "US", (38.90, -77.04)),  # the capital, not a smaller Washington
    ("Xi'an, Shaanxi Province", {"CN", "KZ"}, "Xi’an", "CN", (34.26, 108.93)),
])
def test_a_place_is_located_at_the_city_it_names(place, countries, city, country, near):
    found = gazetteer(REGION).locate(place, frozenset(countries))
    assert found is not None and (found.name, found.country) == (city, country)
    assert abs(found.latitude - near[0]) < 0.1 and abs(found.longitude - near[1]) < 0.1


@pytest.mark.parametrize(("place", "countries"), [
    ("Kuksaroy", {"UZ"}),  # a residence, not a city in GeoNames' lists
    ("COP27, Egypt", {"EG", "KZ"}),  # a conference and a country
    ("Tashkent", {"KZ", "KG"}),  # a city of none of the record's countries
])
def test_a_place_that_is_not_a_city_of_the_records_countries_is_not_located(place, countries):
    assert gazetteer(REGION).locate(place, frozenset(countries)) is None
