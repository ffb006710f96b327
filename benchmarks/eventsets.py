"""Event-annotated corpora for the accuracy benchmarks, in one shape, with their splits.

Two corpora are read at run time from wherever they lie (their texts are never copied here):

* the development set (``../shared/corpus/dev``): 48 Arabic and English excerpts, gold
  events with trigger mentions (``gold.json``), six clusters of reports of one happening;
* the Gun Violence Corpus train part (``../shared/corpus/gvc/gvc-train.json``): English
  local news, 170 shooting incidents, 358 articles.

Both become an :class:`EventSet`: the articles, the gold in the dev scorer's shape
(``{"events": [{"id", "date": {"interval"}, "mentions": [{"file", "start", "end"}]}]}``) and
the groups the splits are made of (a dev cluster, a GVC incident), so that a benchmark can
build on one part and measure on the other.

Splits (fixed, documented in benchmarks/README.md):

* dev, by cluster: half ``A`` = clusters S (Shayrat), I (Iran/Israel), N (Nabeul) and the
  singleton 042 that points back at I; half ``B`` = Q (Soleimani), M (Al Haouz, with 040)
  and K (Kabul); folds = the six clusters.
* GVC, by incident: the incident id's MD5 decides: half ``A`` even, ``B`` odd; five folds
  by the MD5 modulo 5.
"""

from __future__ import annotations

import hashlib
import json
import pathlib
from datetime import date, timedelta
from typing import Iterable, NamedTuple, Optional

import timeline

from devset import articles as dev_articles, gold as dev_gold, load_scorer

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DEV_HALVES = {"A": ("S", "I", "N"), "B": ("Q", "M", "K")}


class EventSet(NamedTuple):
    name: str
    articles: list[timeline.Article]
    gold: dict                      # dev scorer shape
    group_of_event: dict[str, str]  # gold event id -> its group (cluster / incident)
    published: dict[str, str]       # article id -> publication date
    scorer: object

    def groups(self) -> list[str]:
        return sorted(set(self.group_of_event.values()))

    def half(self, which: str) -> set[str]:
        """The groups of half ``A`` or ``B`` (``all``: every group)."""
        gs = set(self.groups())
        if which == "all":
            return gs
        if self.name == "dev":
            return {g for g in gs if g in DEV_HALVES[which]}
        return {g for g in gs if int(hashlib.md5(g.encode()).hexdigest(), 16) % 2 == (0 if which == "A" else 1)}

    def folds(self, k: int = 5) -> list[set[str]]:
        """Disjoint groups of groups: the dev clusters one by one; GVC incidents in ``k`` folds."""
        if self.name == "dev":
            return [{g} for g in self.groups()]
        out: list[set[str]] = [set() for _ in range(k)]
        for g in self.groups():
            out[int(hashlib.md5(g.encode()).hexdigest(), 16) % k].add(g)
        return out

    def restricted(self, groups: Iterable[str]) -> dict:
        """The gold with only the events of ``groups``."""
        keep = set(groups)
        return {**self.gold, "events": [e for e in self.gold["events"] if self.group_of_event[e["id"]] in keep],
                "alternative_groupings": []}

    def articles_of(self, groups: Iterable[str]) -> set[str]:
        keep = set(groups)
        return {m["file"] for e in self.gold["events"] if self.group_of_event[e["id"]] in keep
                for m in e["mentions"]}


def load_dev(path: Optional[pathlib.Path] = None) -> EventSet:
    dev = pathlib.Path(path or CORPUS / "dev")
    g = dev_gold(dev)
    cluster_of_file = {f: c for c, info in g["clusters"].items() for f in info["files"]}
    # a file outside the clusters that mentions a clustered event (040 names the Al Haouz
    # quake, 042 Iran's attack) belongs to that cluster's fold, with its own events
    for e in g["events"]:
        files = {m["file"] for m in e["mentions"]}
        cs = sorted({cluster_of_file[f] for f in files if f in cluster_of_file})
        for f in files:
            if cs and f not in cluster_of_file:
                cluster_of_file[f] = cs[0]
    group: dict[str, str] = {}
    for e in g["events"]:
        files = {m["file"] for m in e["mentions"]}
        cs = sorted({cluster_of_file[f] for f in files if f in cluster_of_file})
        group[e["id"]] = cs[0] if cs else sorted(files)[0]
    arts = dev_articles(dev)
    pub = {a.id: str(a.published) for a in arts}
    return EventSet("dev", arts, g, group, pub, load_scorer(dev))


def load_gvc(path: Optional[pathlib.Path] = None, dev: Optional[pathlib.Path] = None) -> EventSet:
    p = pathlib.Path(path or CORPUS / "gvc" / "gvc-train.json")
    if p.is_dir():
        p = p / "gvc-train.json"
    data = json.loads(p.read_text(encoding="utf-8"))
    arts = [timeline.Article(id=d["id"], text=d["text"], published=d["published"], lang="en",
                             source=_outlet(d.get("url") or ""), url=d.get("url"))
            for d in data["documents"]]
    events, group = [], {}
    for e in data["events"]:
        day = date.fromisoformat(e["date"])
        events.append({"id": e["id"], "date": {"value": e["date"],
                                                "interval": [day.isoformat() + "T00:00",
                                                             (day + timedelta(days=1)).isoformat() + "T00:00"]},
                       "mentions": [{"file": m["article"], "start": m["start"], "end": m["end"]}
                                    for m in e["mentions"]]})
        group[e["id"]] = e["id"]
    gold = {"events": events, "articles": []}
    scorer = load_scorer(pathlib.Path(dev or CORPUS / "dev"))
    return EventSet("gvc", arts, gold, group, {a.id: str(a.published) for a in arts}, scorer)


def _outlet(url: str) -> str:
    """The outlet's host from a (web.archive.org-wrapped) URL."""
    u = url.split("://")[-1]
    if u.startswith("web.archive.org/"):
        u = u.split("/", 3)[-1].split("://")[-1]
    return u.split("/")[0].split(":")[0].removeprefix("www.") or "unknown"


def load(name: str, path: Optional[pathlib.Path] = None) -> EventSet:
    return load_dev(path) if name == "dev" else load_gvc(path)


def system_events(chron: timeline.Chronology) -> dict:
    """A chronology in the scorer's shape, each mention with its trigger span."""
    evs = []
    for e in chron.all_events:
        ms = []
        for m in e.mentions:
            row = {"file": m.article_id, "start": m.start, "end": m.end}
            ts = getattr(m, "trigger_start", None)
            if ts is not None:
                row["trigger_start"], row["trigger_end"] = ts, m.trigger_end
            ms.append(row)
        evs.append({"id": e.id, "date": {"interval": e.interval.to_json() if e.interval else None},
                    "mentions": ms})
    return {"articles": [], "events": evs}


def score(es: EventSet, system: dict, groups: Optional[Iterable[str]] = None) -> dict:
    """The EVENTS.md scores of ``system`` on the gold events of ``groups`` (all by default),
    with the publication-day baseline."""
    gold = es.restricted(groups) if groups is not None else {**es.gold, "alternative_groupings": []}
    return es.scorer.score_events(gold, system, es.published)  # type: ignore[attr-defined]


def summary(report: dict) -> dict:
    """The headline figures of a score report."""
    c = report["counts"]
    base = report.get("baselines_from_gold_mentions", {})
    pub = base.get("publication_day", {})
    return {
        "triggers_aligned": round(c["gold_mentions_aligned"] / max(1, c["gold_mentions"]), 4),
        "gold_mentions": c["gold_mentions"],
        "cross_P": report["pairwise_same_event"]["P"], "cross_R": report["pairwise_same_event"]["R"],
        "cross_F1": report["pairwise_same_event"]["F1"], "conll_F1": report["conll"]["F1"],
        "event_dates": report["event_date_overlap"],
        "pubday_cross_F1": pub.get("pairwise_same_event", {}).get("F1"),
        "pubday_conll_F1": pub.get("conll", {}).get("F1"),
    }
