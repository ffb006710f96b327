"""Reading the development set (``../shared/corpus/dev``) for the accuracy benchmarks.

The texts stay in the dev folder: these helpers only read them at run time.
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
from types import ModuleType

import timeline


def load_scorer(dev: pathlib.Path) -> ModuleType:
    """The set's own ``score.py``, imported from its folder."""
    spec = importlib.util.spec_from_file_location("dev_score", dev / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no score.py in {dev}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def manifest(dev: pathlib.Path) -> list[dict]:
    """The manifest rows: file, published, source, url, lang."""
    return json.loads((dev / "manifest.json").read_text(encoding="utf-8"))


def read_text(dev: pathlib.Path, row: dict) -> str:
    return (dev / "articles" / row["file"]).read_text(encoding="utf-8")


def articles(dev: pathlib.Path) -> list[timeline.Article]:
    """Every excerpt as an Article, with the manifest's date, outlet and language."""
    return [timeline.Article(id=r["file"], text=read_text(dev, r), published=r["published"],
                             source=r.get("source"), url=r.get("url"), lang=r.get("lang"))
            for r in manifest(dev)]


def gold(dev: pathlib.Path) -> dict:
    return json.loads((dev / "gold.json").read_text(encoding="utf-8"))
