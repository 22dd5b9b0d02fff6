"""Reference facts about countries from well-kept packages, not typed by hand.

ISO 3166 codes and names come from pycountry; each country's name in its official languages comes
from the Unicode CLDR through Babel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages

ISO_SOURCE = "ISO 3166-1, via the pycountry package"
CLDR_SOURCE = "Unicode CLDR, via the Babel package"


@dataclass(frozen=True)
class CountryFacts:
    iso2: str
    iso3: str
    numeric: str
    short_name: str
    official_name: str | None
    # language tag -> the country's name in that language
    official_language_names: dict[str, str] = field(default_factory=dict)


@cache
def facts_for_iso2(iso2: str) -> CountryFacts:
    entry = pycountry.countries.get(alpha_2=iso2)
    if entry is None:  # the model checks codes first; this keeps the promise explicit
        raise ValueError(f"'{iso2}' is not an ISO 3166-1 alpha-2 code")
    names: dict[str, str] = {}
    for language in get_official_languages(iso2, de_facto=True):
        try:
            name = Locale.parse(language).territories.get(iso2)
        except (UnknownLocaleError, ValueError):
            continue
        if name:
            names[language.replace("_", "-")] = name
    return CountryFacts(
        iso2=iso2,
        iso3=entry.alpha_3,
        numeric=entry.numeric,
        short_name=getattr(entry, "common_name", None) or entry.name,
        official_name=getattr(entry, "official_name", None),
        official_language_names=names,
    )
