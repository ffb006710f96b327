"""The ACLED-style fields of events (where, how many killed and injured) scored against the
incident records of the Gun Violence Corpus train part.

    python benchmarks/fields_eval.py ../shared/corpus/gvc [--errors 20] [--record]

Every GVC incident comes with its city, state and the numbers killed and injured (the
Gun Violence Archive's record), and every article tells one incident.  For each article
and each incident it tells, the article event holding most of the incident's gold trigger
mentions (aligned as the EVENTS.md scorer aligns them: overlapping spans) is scored:

* **place, city**: the event's first place is a town of that name in that state (or of the
  locale the record adds in brackets, "Saint Louis (Hanley Hills)"; "St." is "Saint");
* **place, state**: the event's first place is in that state (a town, a county, the state);
* **placed**: the event has a place at all;
* **killed / injured**: the event's figure equals the record's (no figure counts as 0, a
  record's "0 injured" is most often a story that names no injured);

and the same for the chronology event holding most of the incident's mentions (after
linking, the figures and place of the merged event).  Figures are given for the two
fixed halves of incidents (``eventsets``: the MD5 of the incident id), so a change built
on one half is checked on the other.  No fitting reads these figures: they measure the
extraction rules (gazetteer, place cues, casualty reading) on text those rules were not
written from, except where a commit says it was prompted by a GVC report.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import unicodedata
from collections import Counter
from typing import Optional

import timeline
from timeline.events.extract import read_article
from timeline.events.gazetteer import get_place

import eventsets
from _common import record, table


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace(".", "").strip()
    return "saint " + s[3:] if s.startswith("st ") else s


def _town_names(city: str) -> set[str]:
    """The record's town, and the locale it adds in brackets ("Saint Louis (Hanley
    Hills)", "Cartersville (Euharlee)"): either is the right town."""
    main, _, rest = city.partition(" (")
    return {_fold(main), _fold(rest.rstrip(")"))} - {""}


def _state_codes() -> dict[str, str]:
    """US state name (folded) -> ISO code, from the gazetteer."""
    from timeline.events.gazetteer import _gazetteer

    out = {}
    for row in _gazetteer().rows:
        if row[2] == "region" and row[3] == "US" and row[0].startswith("US-"):
            out[_fold(row[1])] = row[0]
    return out


def _judge(place_id: Optional[str], city: str, state: Optional[str]) -> tuple[bool, bool, bool]:
    """(placed, state right, city right) of a place id against a record."""
    if not place_id:
        return False, False, False
    try:
        p = get_place(place_id)
    except KeyError:
        return True, False, False
    in_state = state is not None and (p.id == state or state in p.parents)
    city_ok = in_state and p.kind == "city" and _fold(p.name) in _town_names(city)
    return True, in_state, city_ok


def _best(events, gold_spans: list[tuple[int, int]], article: Optional[str] = None):
    """The event holding most of the gold spans (by trigger overlap), ``None`` if none."""
    best, n_best = None, 0
    for e in events:
        n = 0
        for m in e.mentions:
            if article is not None and m.article_id != article:
                continue
            s, t = m.trigger_start, m.trigger_end
            n += sum(1 for gs, ge in gold_spans if s < ge and gs < t)
        if n > n_best:
            best, n_best = e, n
    return best


def evaluate(gvc: pathlib.Path, errors: int = 0, errors_half: str = "A") -> dict:
    p = gvc / "gvc-train.json" if gvc.is_dir() else gvc
    raw = json.loads(p.read_text(encoding="utf-8"))
    es = eventsets.load_gvc(p)
    half_a = es.half("A")
    codes = _state_codes()
    arts = {a.id: a for a in es.articles}
    article_events = {a.id: read_article(a) for a in es.articles}
    chron = timeline.build_chronology(es.articles)
    rows: dict[str, Counter] = {}
    shown = 0
    for inc in raw["events"]:
        half = "A" if inc["id"] in half_a else "B"
        state = codes.get(_fold(inc.get("state") or ""))
        city = inc.get("city") or ""
        killed, injured = int(inc.get("killed") or 0), int(inc.get("injured") or 0)
        by_article: dict[str, list[tuple[int, int]]] = {}
        for m in inc["mentions"]:
            by_article.setdefault(m["article"], []).append((m["start"], m["end"]))
        judged = []
        for aid, spans in sorted(by_article.items()):
            if aid not in article_events:
                continue
            e = _best(article_events[aid], spans)
            judged.append(("article", aid, e))
        e = _best(chron.all_events, [s for v in by_article.values() for s in v], None)
        if e is not None:
            # the chronology's events hold mentions of many articles: align per article
            n = {}
            for ev in chron.all_events:
                k = sum(1 for m in ev.mentions for gs, ge in by_article.get(m.article_id, ())
                        if m.trigger_start < ge and gs < m.trigger_end)
                if k:
                    n[ev.id] = (k, ev)
            e = max(n.values(), key=lambda x: (x[0], x[1].id))[1] if n else None
        judged.append(("chronology", None, e))
        for level, aid, e in judged:
            c = rows.setdefault(f"{level} {half}", Counter())
            c["n"] += 1
            if e is None:
                c["unaligned"] += 1
                continue
            place_id = (e.places[0] if e.places else None) if level == "article" else e.place_id
            placed, st, ct = _judge(place_id, city, state)
            got_k = e.fatalities or 0
            got_i = (e.injured or 0) if level == "article" else None
            c["placed"] += placed
            c["state"] += st
            c["city"] += ct
            c["killed"] += got_k == killed
            if got_i is not None:
                c["injured"] += got_i == injured
            if errors and shown < errors and level == "chronology" and half == errors_half and not ct:
                shown += 1
                where = get_place(place_id).name if placed and place_id else None
                print(f"{inc['id']} chronology {e.id} want {city}, {inc.get('state')} | got {where} ({place_id})",
                      file=sys.stderr)
            if errors and shown < errors and level == "article" and half == errors_half and (not ct or got_k != killed or (e.injured or 0) != injured):
                shown += 1
                where = get_place(place_id).name if placed and place_id else None
                print(f"{inc['id']} {aid[:10]} want {city}, {inc.get('state')} killed {killed} inj {injured}"
                      f" | got {where} ({place_id}) killed {e.fatalities} inj {e.injured}"
                      f" | {arts[aid].text[:90]!r}", file=sys.stderr)
    out = {}
    for key, c in sorted(rows.items()):
        n = c["n"]
        out[key] = {"n": n, **{k: round(c[k] / n, 4) for k in ("placed", "state", "city", "killed", "injured")
                               if not (k == "injured" and key.startswith("chronology"))}}
    return out


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gvc", type=pathlib.Path, help="the GVC folder (or gvc-train.json)")
    ap.add_argument("--errors", type=int, default=0, help="print this many article-level misses")
    ap.add_argument("--errors-half", default="A", choices=("A", "B"),
                    help="of this half only (build on one half, measure on the other)")
    ap.add_argument("--record", action="store_true", help="append the table to RESULTS.md")
    args = ap.parse_args(argv)
    got = evaluate(args.gvc, args.errors, args.errors_half)
    cols = ["placed", "state", "city", "killed", "injured"]
    lines = table(["level, half", "n"] + cols,
                  [[k, v["n"]] + [v.get(c, "") for c in cols] for k, v in got.items()])
    print("\n".join(lines))
    record("ACLED fields against the GVC incident records", lines, enabled=args.record)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
