"""`conflictkg import-acled FILE.csv` and `import-ucdp FILE.csv`: rows of a file in ACLED's
or UCDP GED's layout become a report of their own, attributed to the dataset (a
ckg:CodedDataset: its facts are in the coded dataset's voice), beside the news reports, so
that `timeline`, `disagreements` and the questions compare them.

The CSV is kept byte for byte in the dataset's sources/ as the report's source text, and
each event's evidence is its row, quoted whole: the build resolves it like any quote. Each
row is checked: its event type (the ones the alignment module codes: a territorial change
becomes a ckg:Capture, an armed clash a ckg:Battle, an air or drone strike a ckg:AirStrike,
shelling a ckg:Shelling; its fatalities a count of the killed; a UCDP event of state-based or
non-state violence a ckg:Battle, its deaths counts by side), its dates and precision, its
coordinates, its place (the gazetteer's place of that name, or the nearest within 25 km of
the coordinates in the row's country), its actors (the gazetteer's names, English labels
and altLabels, ACLED's and UCDP's names among them). A row that fails is reported with its line and what is wrong, and left
out; the good rows are kept. Nothing is guessed: a name the gazetteer lacks is said, for the
analyst to add.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from ..draft.newreport import PREFIXES, _literal
from ..errors import InputError
from ..namespaces import CKG
from ..rdfio import parse_turtle
from .geojson import geometry, representative_point

ACLED_REQUIRED = [
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "location", "latitude", "longitude", "source",
]  # fmt: skip
# ACLED (event type, sub-event type) -> the class it becomes (the alignment module's
# mappings read backwards; a transfer without a fight has no destination to be a withdrawal)
CLASSES = {
    ("Battles", "Government regains territory"): "Capture",
    ("Battles", "Non-state actor overtakes territory"): "Capture",
    ("Battles", "Armed clash"): "Battle",
    ("Explosions/Remote violence", "Air/drone strike"): "AirStrike",
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"): "Shelling",
}
NEAR_KM = 25.0  # UCDP's «within 25 km» precision
ACLED = "https://w3id.org/conflict-kg/id/actor/acled"
UCDP = "https://w3id.org/conflict-kg/id/actor/ucdp"


@dataclass
class Imported:
    report: Path
    source: Path
    rows: int
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, what is wrong)


@dataclass(frozen=True)
class Gazetteer:
    actors: dict[str, str]  # a folded English name -> the actor
    places: dict[str, str]  # a folded English name -> the place
    points: dict[str, tuple[float, float]]  # place -> (lat, lon)
    countries: dict[str, str]  # place -> the country it lies in (its English name, folded)

    @classmethod
    def of(cls, files: list[Path]) -> Gazetteer:
        graph = Graph()
        for path in files:
            graph += parse_turtle(path)
        actors: dict[str, str] = {}
        places: dict[str, str] = {}
        points: dict[str, tuple[float, float]] = {}
        for node in set(graph.subjects(RDF.type, None)):
            iri = str(node)
            kind = "actor" if "/id/actor/" in iri else "place" if "/id/place/" in iri else ""
            for prop in (RDFS.label, SKOS.altLabel):
                for label in graph.objects(node, prop):
                    if isinstance(label, Literal) and label.language == "en":
                        (actors if kind == "actor" else places if kind == "place" else {})[
                            _key(str(label))
                        ] = iri
        for node, geo in graph.subject_objects(
            URIRef("http://www.opengis.net/ont/geosparql#hasGeometry")
        ):
            for wkt in graph.objects(geo, URIRef("http://www.opengis.net/ont/geosparql#asWKT")):
                try:
                    (lon, lat), _ = representative_point(geometry(str(wkt), str(node)))
                except InputError:
                    continue
                points[str(node)] = (lat, lon)
        within = URIRef(str(CKG) + "within")
        names = {
            str(c): _key(str(label))
            for c in graph.subjects(RDF.type, CKG.Country)
            for label in graph.objects(c, RDFS.label)
            if isinstance(label, Literal) and label.language == "en"
        }
        countries: dict[str, str] = {}
        for place in points:
            seen: set[str] = set()
            todo = [place]
            while todo:  # up the containment to a country
                up = todo.pop()
                if up in names:
                    countries[place] = names[up]
                    break
                if up not in seen:
                    seen.add(up)
                    todo += [str(o) for o in graph.objects(URIRef(up), within)]
        return cls(actors, places, points, countries)

    def place(self, name: str, lat: float, lon: float, country: str = "") -> str | None:
        """The gazetteer's place of that name, or the nearest within NEAR_KM of the point
        that lies in the row's country (Al Qaim is 16 km from Albu Kamal, across a border)."""
        named = self.places.get(_key(name))
        if named is not None:
            return named
        near = [
            (_km(lat, lon, *point), place)
            for place, point in self.points.items()
            if _km(lat, lon, *point) <= NEAR_KM
            and (not country or self.countries.get(place) in (None, _key(country)))
        ]
        return min(near)[1] if near else None


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, a 6371 km sphere)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@dataclass(frozen=True)
class Layout:
    name: str  # as said to the user
    required: list[str]
    suffix: str  # of the CSV kept in sources/
    agency: str  # the dataset's actor
    node: Callable[[dict[str, str], str, Gazetteer, str], tuple[str, str]]


def import_rows(
    csv_path: Path,
    data_dir: Path,
    root: Path,
    gazetteer_files: list[Path],
    slug: str,
    layout: Layout,
) -> Imported:
    """Write the report of the rows of `csv_path` (in `layout`) into the dataset folder."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{2,80}", slug):
        raise InputError(f"«{slug}» is not a report name (lower-case letters, digits, hyphens)")
    try:
        raw = csv_path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        raise InputError(f"cannot read it: {exc.strerror or exc}", csv_path) from None
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 (byte {exc.start})", csv_path) from None
    source = data_dir / "sources" / f"{slug}{layout.suffix}"
    report = data_dir / "reports" / f"{slug}.ttl"
    for path in (source, report):
        if path.exists():
            raise InputError("already there: choose another --slug", path)
    lines = text.splitlines()
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in layout.required if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"not {layout.name}'s layout: no column {', '.join(missing)}", csv_path, 1)
    gazetteer = Gazetteer.of(gazetteer_files)
    nodes: list[str] = []
    problems: list[tuple[int, str]] = []
    latest = ""
    for row in reader:
        line = reader.line_num
        try:
            node, day = layout.node(row, lines[line - 1], gazetteer, slug)
        except InputError as exc:
            problems.append((line, exc.message))
            continue
        nodes.append(node)
        latest = max(latest, day)
    if not nodes:
        raise InputError(
            "no row could be imported: " + "; ".join(f"line {n}: {m}" for n, m in problems[:5]),
            csv_path,
        )
    relative = source.resolve().relative_to(root.resolve()).as_posix()
    header = f"""# Events imported from {csv_path.name} ({layout.name}'s layout) by `conflictkg`: the
# dataset's coding, not a news report. Source: {relative} (kept byte for byte).
{PREFIXES.format(slug=slug)}
report:{slug} a ckg:Report ;
    dcterms:title {_literal(f"Events coded in {layout.name}'s layout ({csv_path.name})")}@en ;
    prov:wasAttributedTo <{layout.agency}> ;
    rdfs:comment {_literal(f"Imported rows of a file in {layout.name}'s layout; the report's date is its latest event's (the file says no date of its own).")}@en ;
    ckg:sourceText source:{slug} ;
    ckg:reportDate "{latest}"^^xsd:date .

source:{slug} a ckg:SourceText ;
    ckg:sourcePath {_literal(relative)} ;
    ckg:sha256 "{hashlib.sha256(raw).hexdigest()}" .

"""
    report.parent.mkdir(parents=True, exist_ok=True)
    source.parent.mkdir(parents=True, exist_ok=True)
    tmp_source = source.with_name(f".{source.name}.tmp-{os.getpid()}")
    tmp_report = report.with_name(f".{report.name}.tmp-{os.getpid()}")
    try:
        tmp_source.write_bytes(raw)
        tmp_report.write_text(header + "\n".join(nodes), encoding="utf-8")
        parse_turtle(tmp_report)  # what is written reads back, or nothing is written
        os.replace(tmp_source, source)
        os.replace(tmp_report, report)
    finally:
        tmp_source.unlink(missing_ok=True)
        tmp_report.unlink(missing_ok=True)
    return Imported(report, source, len(nodes), problems)


def _acled_node(row: dict[str, str], line: str, gazetteer: Gazetteer, slug: str) -> tuple[str, str]:
    """One ACLED row as a report node (Turtle), and its day; InputError says what is wrong."""
    kind = CLASSES.get((row["event_type"].strip(), row["sub_event_type"].strip()))
    if kind is None:
        known = "; ".join(f"{a} / {b}" for a, b in CLASSES)
        raise InputError(
            f"event type «{row['event_type']} / {row['sub_event_type']}» is not one conflict-kg "
            f"codes ({known})"
        )
    try:
        day = dt.date.fromisoformat(row["event_date"].strip())
    except ValueError:
        raise InputError(f"event_date «{row['event_date']}» is not a date (YYYY-MM-DD)") from None
    precision = row["time_precision"].strip()
    if precision not in ("1", "2", "3"):
        raise InputError(f"time_precision «{precision}» is not 1, 2 or 3")
    place = _place(row, row["location"], gazetteer)
    agent = _actor(row, "actor1", gazetteer)
    opponent = _actor(row, "actor2", gazetteer) if row["actor2"].strip() else None
    name = re.sub(r"[^a-z0-9-]+", "-", row["event_id_cnty"].strip().lower()).strip("-")
    if not name:
        raise InputError("no event_id_cnty")
    if precision == "1":
        when = f'    ckg:date "{day.isoformat()}"^^xsd:date ;'
    elif precision == "3":
        when = f'    ckg:date "{day.isoformat()[:7]}"^^xsd:gYearMonth ;'
    else:  # within the week of the date
        when = (
            f'    ckg:earliestBegin "{(day - dt.timedelta(days=6)).isoformat()}"^^xsd:date ;\n'
            f'    ckg:latestEnd "{(day + dt.timedelta(days=6)).isoformat()}"^^xsd:date ;'
        )
    fatalities = (row.get("fatalities") or "").strip()
    if fatalities and not fatalities.isdigit():
        raise InputError(f"fatalities «{fatalities}» is not a whole number")
    sides = ("hasParticipant", "hasParticipant") if kind == "Battle" else ("agent", "opponent")
    parts = [
        f"ev:{name} a ckg:{kind} ;",
        f"    rdfs:label {_literal(row['sub_event_type'].strip() + ': ' + row['actor1'].strip() + ', ' + row['location'].strip() + ' (ACLED ' + row['event_id_cnty'].strip() + ')')}@en ;",
        f"    ckg:{sides[0]} <{agent}> ;",
    ]
    if opponent is not None:
        parts.append(
            f"    ckg:{'opponent' if kind == 'Capture' else 'hasParticipant'} <{opponent}> ;"
        )
    quote = f"    ckg:evidence [ ckg:quote {_literal(line)} ]"
    parts += [f"    ckg:place <{place}> ;", when]
    if kind == "Capture":  # a change of territory starts the taker's control
        parts.append(f"    ckg:startsControl sit:{name} ;")
    if fatalities and int(fatalities) > 0:  # ACLED's 0 is «none reported»: nothing said
        parts.append(
            f"    ckg:casualties [ a ckg:CasualtyCount ; ckg:harm ckg:Killed ; "
            f"ckg:value {int(fatalities)} ; ckg:unit ckg:PersonCount ] ;"
        )
    parts += [quote + " .", ""]
    if kind == "Capture":
        began = when.replace("ckg:date", "ckg:beginDate").replace(
            "ckg:latestEnd", "ckg:latestBegin"
        )
        parts += [
            f"sit:{name} a ckg:ControlPeriod ;",
            f"    rdfs:label {_literal(row['actor1'].strip() + ' holds ' + row['location'].strip() + ' (ACLED ' + row['event_id_cnty'].strip() + ')')}@en ;",
            f"    ckg:controller <{agent}> ;",
            f"    ckg:controlledPlace <{place}> ;",
            "    ckg:extent ckg:FullControl ;",
            f"    ckg:startedBy ev:{name} ;",
            began,
            quote + " ;",
            "    ckg:inference [ ckg:inferenceKind ckg:Entailment ; ckg:aboutProperty ckg:extent ;",
            '        rdfs:comment "ACLED codes a change of territory at the location; how much of it is not said: read as the whole place."@en ] .',
            "",
        ]
    return "\n".join(parts), day.isoformat()


def _place(row: dict[str, str], name: str, gazetteer: Gazetteer) -> str:
    try:
        lat, lon = float(row["latitude"]), float(row["longitude"])
    except ValueError:
        raise InputError("no coordinates (latitude, longitude)") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"coordinates out of range: {lat}, {lon}")
    place = gazetteer.place(name, lat, lon, (row.get("country") or "").strip())
    if place is None:
        raise InputError(
            f"no gazetteer place «{name}» nor any within {NEAR_KM:g} km of "
            f"{lat}, {lon}: add it to the gazetteer"
        )
    return place


def _actor(row: dict[str, str], column: str, gazetteer: Gazetteer) -> str:
    actor = gazetteer.actors.get(_key(row[column]))
    if actor is None:
        raise InputError(f"{column} «{row[column]}» is not in the gazetteer: add it (an altLabel)")
    return actor


UCDP_REQUIRED = [
    "id", "date_start", "date_end", "type_of_violence", "side_a", "side_b",
    "where_coordinates", "latitude", "longitude", "best",
]  # fmt: skip


def _ucdp_node(row: dict[str, str], line: str, gazetteer: Gazetteer, slug: str) -> tuple[str, str]:
    """One UCDP GED row as a battle between its two sides (state-based or non-state
    violence; one-sided violence has no class here yet), with its dates and deaths."""
    violence = row["type_of_violence"].strip()
    if violence not in ("1", "2"):
        raise InputError(
            f"type_of_violence «{violence}»: conflict-kg codes state-based (1) and non-state (2) "
            "violence as battles; one-sided violence (3) has no class yet"
        )
    try:
        first = dt.date.fromisoformat(row["date_start"].strip()[:10])
        last = dt.date.fromisoformat(row["date_end"].strip()[:10])
    except ValueError:
        raise InputError(
            f"date_start «{row['date_start']}» or date_end «{row['date_end']}» is not a date"
        ) from None
    if last < first:
        raise InputError(f"date_end {last} is before date_start {first}")
    place = _place(row, row["where_coordinates"], gazetteer)
    side_a, side_b = _actor(row, "side_a", gazetteer), _actor(row, "side_b", gazetteer)
    counts = []
    for column, extra in (
        ("deaths_a", f"ckg:casualtiesOf <{side_a}> ; "),
        ("deaths_b", f"ckg:casualtiesOf <{side_b}> ; "),
        ("deaths_civilians", "ckg:civilian true ; "),
        ("deaths_unknown", ""),
    ):
        value = (row.get(column) or "").strip()
        if value and not value.isdigit():
            raise InputError(f"{column} «{value}» is not a whole number")
        if value and int(value) > 0:
            counts.append((extra, f"ckg:value {int(value)} ; "))
    if not counts:  # no deaths by side: the totals, best with its low and high
        figures = []
        for column, prop in (("best", "value"), ("low", "minValue"), ("high", "maxValue")):
            value = (row.get(column) or "").strip()
            if value and not value.isdigit():
                raise InputError(f"{column} «{value}» is not a whole number")
            if value and int(value) > 0:
                figures.append(f"ckg:{prop} {int(value)} ; ")
        if figures:
            counts.append(("", "".join(figures)))
    name = re.sub(r"[^a-z0-9-]+", "-", row["id"].strip().lower()).strip("-")
    if not name:
        raise InputError("no id")
    when = (
        f'    ckg:date "{first.isoformat()}"^^xsd:date ;'
        if first == last
        else f'    ckg:earliestBegin "{first.isoformat()}"^^xsd:date ;\n'
        f'    ckg:latestEnd "{last.isoformat()}"^^xsd:date ;'
    )
    label = f"{row['side_a'].strip()} - {row['side_b'].strip()}, {row['where_coordinates'].strip()} (UCDP {row['id'].strip()})"
    parts = [
        f"ev:ucdp-{name} a ckg:Battle ;",
        f"    rdfs:label {_literal(label)}@en ;",
        f"    ckg:hasParticipant <{side_a}> , <{side_b}> ;",
        f"    ckg:place <{place}> ;",
        when,
        *(
            f"    ckg:casualties [ a ckg:CasualtyCount ; ckg:harm ckg:Killed ; {extra}{figures}"
            "ckg:unit ckg:PersonCount ] ;"
            for extra, figures in counts
        ),
        f"    ckg:evidence [ ckg:quote {_literal(line)} ] .",
        "",
    ]
    return "\n".join(parts), last.isoformat()


ACLED_LAYOUT = Layout("ACLED", ACLED_REQUIRED, ".acled.csv", ACLED, _acled_node)
UCDP_LAYOUT = Layout("UCDP GED", UCDP_REQUIRED, ".ucdp.csv", UCDP, _ucdp_node)
