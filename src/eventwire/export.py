"""Exports of stored events: CSV, JSON Lines, Parquet, and GDELT 2.0 / ACLED column layouts.

Every row links back to its article and evidence: the article id, its URL and the
evidence offsets (``text[start:end]``). GDELT's 61 columns have no room for them, so
its SOURCEURL carries them as a URL fragment (``#eventwire:article=ID;evidence=S-E``).
The PLOVER→CAMEO and PLOVER→ACLED choices are data (``data/export.yaml``).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import yaml

from .errors import DataError, StoreError
from .formats import CSV_COLUMNS, event_row
from .incidents import Incident
from .model import Event
from .store import StoredEvent

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "acled")
LINK_COLUMNS = ["event_id", "article", "url", "outlet", "published", "title", "incident", "incident_reports",
                "incident_outlets"]
EXPORT_COLUMNS = ["event_id"] + CSV_COLUMNS[:1] + LINK_COLUMNS[2:6] + CSV_COLUMNS[1:] + LINK_COLUMNS[6:]

GDELT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code "
    "Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code "
    "Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()
assert len(GDELT_COLUMNS) == 61

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]
# eventwire's link back to the article, after ACLED's own columns.
ACLED_LINK_COLUMNS = ["eventwire_event_id", "article", "url", "evidence_start", "evidence_end"]

_CAMEO_LINE = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*?)\s*,")


@dataclass(frozen=True)
class Mappings:
    cameo_rows: tuple[tuple[str, str, str], ...]   # (code, PLOVER type, PLOVER mode)
    cameo_overrides: dict[str, dict[str | None, str]]
    quad_class: dict[str, int]
    acled: dict[str, dict[str | None, tuple[str, str]]]
    acled_civilian_kinds: frozenset[str]
    acled_disorder: dict[str, str]
    acled_inter: dict[str, int]

    def cameo(self, event_type: str, mode: str | None) -> str | None:
        """The CAMEO code for a PLOVER type and eventwire mode (see export.yaml for the rule)."""
        overrides = self.cameo_overrides.get(event_type, {})
        if mode in overrides:
            return overrides[mode]
        if None in overrides:
            return overrides[None]
        rows = [row for row in self.cameo_rows if row[1] == event_type]
        if not rows:
            return None
        return min(rows, key=lambda row: (len(row[0]), row[2] != "", row[0]))[0]


@functools.cache
def mappings() -> Mappings:
    folder = resources.files("eventwire.data")
    try:
        rows = []
        for line in (folder / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
            if match := _CAMEO_LINE.match(line.strip()):
                rows.append((match.group(1), match.group(2), match.group(3).strip()))
        data: Any = yaml.safe_load((folder / "export.yaml").read_text(encoding="utf-8"))
        return Mappings(
            cameo_rows=tuple(rows), cameo_overrides=data["cameo"],
            quad_class={str(k): int(v) for k, v in data["quad_class"].items()},
            acled={t: {m: (pair[0], pair[1]) for m, pair in modes.items()} for t, modes in data["acled"].items()},
            acled_civilian_kinds=frozenset(data["acled_civilian_kinds"]),
            acled_disorder=data["acled_disorder"], acled_inter=data["acled_inter"],
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, IndexError) as exc:
        raise DataError("E030", path="export.yaml / CAMEO2PLOVER-2021.txt", reason=exc) from exc


def write(stored: Iterable[StoredEvent], format: str, path: Path,
          incidents: Mapping[int, Incident] | None = None) -> int:
    """Write events to ``path`` in ``format``; returns the number of rows written."""
    if format not in FORMATS:
        raise StoreError("E070", format=format)
    incidents = incidents or {}
    try:
        if format == "parquet":
            return _write_parquet(stored, path, incidents)
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = {"csv": _write_csv, "jsonl": _write_jsonl, "gdelt": _write_gdelt,
                      "acled": _write_acled}[format]
            return writer(stored, out, incidents)
    except OSError as exc:
        raise StoreError("E071", path=path, reason=exc.strerror or exc) from exc


def flat_row(item: StoredEvent, incidents: Mapping[int, Incident]) -> dict[str, Any]:
    """One event as a flat row: the CSV columns of ``eventwire extract`` plus its links."""
    row = event_row(item.article_id, item.event)
    incident = incidents.get(item.id)
    row.update(event_id=item.id, url=item.url, outlet=item.outlet,
               published=item.published.isoformat() if item.published else None, title=item.title,
               incident=incident.id if incident else None,
               incident_reports=len(incident.reports) if incident else None,
               incident_outlets=incident.outlets if incident else None)
    return {column: row[column] for column in EXPORT_COLUMNS}


def _write_csv(stored: Iterable[StoredEvent], out: TextIO, incidents: Mapping[int, Incident]) -> int:
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    count = 0
    for item in stored:
        writer.writerow(flat_row(item, incidents))
        count += 1
    return count


def _write_jsonl(stored: Iterable[StoredEvent], out: TextIO, incidents: Mapping[int, Incident]) -> int:
    count = 0
    for item in stored:
        out.write(json.dumps(event_record(item, incidents), ensure_ascii=False) + "\n")
        count += 1
    return count


def event_record(item: StoredEvent, incidents: Mapping[int, Incident]) -> dict[str, Any]:
    """The DESIGN.md event record plus its id, article, URL, outlet, date and incident."""
    incident = incidents.get(item.id)
    return {"id": item.id, "article": item.article_id, "url": item.url, "outlet": item.outlet,
            "published": item.published.isoformat() if item.published else None, "title": item.title,
            **item.event.to_record(), "incident": incident.id if incident else None}


def _write_parquet(stored: Iterable[StoredEvent], path: Path, incidents: Mapping[int, Incident]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat_row(item, incidents) for item in stored]
    types = {"event_id": pa.int64(), "lat": pa.float64(), "lon": pa.float64(), "fatalities": pa.int64(),
             "confidence": pa.float64(), "start": pa.int64(), "end": pa.int64(), "source_anonymous": pa.bool_(),
             "incident_reports": pa.int64(), "incident_outlets": pa.int64()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in EXPORT_COLUMNS])
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)
    return len(rows)


# -- GDELT 2.0 event table -------------------------------------------------------------------

def _write_gdelt(stored: Iterable[StoredEvent], out: TextIO, incidents: Mapping[int, Incident]) -> int:
    maps = mappings()
    count = 0
    first_of_article: set[str] = set()
    for item in stored:
        is_root = item.article_id not in first_of_article
        first_of_article.add(item.article_id)
        out.write("\t".join(_cell(v) for v in gdelt_row(item, incidents.get(item.id), maps, is_root)) + "\n")
        count += 1
    return count


def gdelt_row(item: StoredEvent, incident: Incident | None, maps: Mappings, is_root: bool) -> list[Any]:
    event = item.event
    day = event.date or item.published
    code = maps.cameo(event.type, event.mode) or ""
    root = code[:2]
    geo = _gdelt_geo(event)
    added = item.ingested_at or dt.datetime.now()
    link = f"#eventwire:article={item.article_id};evidence={event.evidence.start}-{event.evidence.end}"
    return [
        item.id,
        day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "", day.year if day else "",
        f"{day.year + (day.timetuple().tm_yday / 365):.4f}" if day else "",
        *_gdelt_actor(event.actor), *_gdelt_actor(event.target),
        int(is_root), code, code[:3], root, maps.quad_class.get(root, ""),
        "",  # GoldsteinScale: eventwire ships no Goldstein table; left empty rather than guessed
        len(incident.reports) if incident else 1, incident.outlets if incident else 1,
        len({r.article_id for r in incident.reports}) if incident else 1,
        "",  # AvgTone: not computed
        *([""] * 8), *([""] * 8), *geo,
        added.strftime("%Y%m%d%H%M%S"),
        (item.url or f"urn:eventwire:article:{item.article_id}") + link,
    ]


def _gdelt_actor(participant) -> list[Any]:
    """Code, name, country, known group, ethnic, religion 1-2, type 1-3 (CAMEO-style codes)."""
    if participant is None:
        return [""] * 10
    code = participant.code or ""
    country = code[:3] if len(code) >= 3 and _is_country(code[:3]) else ""
    types = [code[i:i + 3] for i in range(3 if country else 0, len(code), 3)][:3]
    known_group = code if participant.kind == "armed_group" and not country else ""
    return [code, participant.name.upper(), country, known_group, "", "", "",
            *(types + ["", "", ""])[:3]]


@functools.cache
def _is_country(alpha3: str) -> bool:
    import pycountry

    return pycountry.countries.get(alpha_3=alpha3) is not None


def _gdelt_geo(event: Event) -> list[Any]:
    """ActionGeo fields. GDELT writes FIPS 10-4 country codes; eventwire writes ISO 3166-1 alpha-2."""
    place = event.location
    if place is None:
        return [0, "", "", "", "", "", "", ""]
    country_level = place.lat is None and place.geonameid is None
    return [1 if country_level else 4, place.name, place.country or "", "", "",
            place.lat if place.lat is not None else "", place.lon if place.lon is not None else "",
            place.geonameid or ""]


# -- ACLED -----------------------------------------------------------------------------------

def acled_type(event: Event, maps: Mappings) -> tuple[str, str] | None:
    """ACLED (event type, sub-event type) for an event, or None when ACLED would not code it."""
    if event.status != "occurred":
        return None
    modes = maps.acled.get(event.type)
    if modes is None:
        return None
    if event.type == "ASSAULT" and event.mode != "abduction" and event.target is not None \
            and event.target.kind in maps.acled_civilian_kinds:
        return ("Violence against civilians", "Attack")
    return modes.get(event.mode, modes.get(None))


def _write_acled(stored: Iterable[StoredEvent], out: TextIO, incidents: Mapping[int, Incident]) -> int:
    maps = mappings()
    writer = csv.writer(out)
    writer.writerow(ACLED_COLUMNS + ACLED_LINK_COLUMNS)
    count = 0
    for row in acled_rows(stored, maps):
        writer.writerow(row)
        count += 1
    return count


def acled_rows(stored: Iterable[StoredEvent], maps: Mappings) -> Iterator[list[Any]]:
    import pycountry

    for item in stored:
        event = item.event
        kinds = acled_type(event, maps)
        if kinds is None:
            continue
        event_type, sub_type = kinds
        place = event.location
        code = (place.country if place else None) or (event.actor.country if event.actor else None)
        country = pycountry.countries.get(alpha_2=code) if code else None
        day = event.date or item.published
        precision = {"day": 1, "range": 2, "month": 3}.get(event.date_precision, 3 if day else "")
        inter1 = maps.acled_inter.get(event.actor.kind or "", "") if event.actor else ""
        inter2 = maps.acled_inter.get(event.target.kind or "", "") if event.target else ""
        geo_precision = "" if place is None else (3 if place.lat is None else 1)
        yield [
            f"{country.alpha_3 if country else 'XXX'}{item.id}", day.isoformat() if day else "",
            day.year if day else "", precision, maps.acled_disorder.get(event_type, ""), event_type, sub_type,
            event.actor.name if event.actor else "Unidentified", event.actor.affiliation or "" if event.actor else "",
            inter1, event.target.name if event.target else "", event.target.affiliation or "" if event.target else "",
            inter2, f"{inter1}{inter2}" if inter1 != "" and inter2 != "" else "",
            "Civilian targeting" if event_type == "Violence against civilians" else "",
            int(country.numeric) if country else "", "", country.name if country else "", "", "", "",
            place.name if place else "", place.lat if place and place.lat is not None else "",
            place.lon if place and place.lon is not None else "", geo_precision,
            item.outlet or "", "", event.evidence.text, event.fatalities if event.fatalities is not None else 0,
            "", int(item.ingested_at.timestamp()) if item.ingested_at else "",
            item.id, item.article_id, item.url or "", event.evidence.start, event.evidence.end,
        ]


def _cell(value: Any) -> str:
    """A GDELT cell: tabs and newlines in names would break the row."""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)
