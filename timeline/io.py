"""Read articles from folders, files and manifests.

A folder may hold a ``manifest.json``: a list of ``{"file", "published", "source", "url",
"lang"}`` objects (only ``file`` is required).  Without a manifest every ``*.txt`` file is
an article and its publication date is read from its dateline; an article whose date
can be found neither way is rejected with :class:`~timeline.ArticleError`.

>>> arts = read_articles("examples/seeds")
>>> [(a.id[:3], str(a.published)[:10]) for a in arts][:2]
[('000', '2025-12-20'), ('001', '2025-12-20')]
"""

from __future__ import annotations

import json
import os
import pathlib
from typing import Iterable, Union

from .errors import ArticleError, TimelineError
from .model import Article
from .published import infer_published

__all__ = ["read_articles"]

PathLike = Union[str, "os.PathLike[str]"]


def _read_text(path: pathlib.Path, error: type[TimelineError] = ArticleError) -> str:
    """A UTF-8 file's text; an unreadable or undecodable file raises ``error`` in one line."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _infer(path: pathlib.Path, text: str, lang: object = None) -> Article:
    found = infer_published(text, lang=lang if isinstance(lang, str) else None)
    if found is None:
        raise ArticleError(f"{path}: no publication date in a manifest and none could be read from "
                           "the text; add it to manifest.json")
    published = found.when.isoformat() if found.has_time else found.when.date().isoformat()
    return Article(id=path.stem, text=text, published=published, lang=lang if isinstance(lang, str) else None)


def _from_manifest(folder: pathlib.Path) -> list[Article]:
    manifest = folder / "manifest.json"
    try:
        rows = json.loads(_read_text(manifest))
    except json.JSONDecodeError as exc:
        raise ArticleError(f"{manifest}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(rows, list):
        raise ArticleError(f"{manifest}: expected a list of {{file, published, source, url, lang}}")
    out = []
    for k, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("file"), str):
            raise ArticleError(f"{manifest}: entry {k} has no 'file'")
        path = folder / row["file"]
        if not path.is_file():
            raise ArticleError(f"{manifest}: entry {k} names {row['file']!r}, which does not exist")
        text = _read_text(path)
        if row.get("published") in (None, ""):
            art = _infer(path, text, row.get("lang"))
            out.append(Article(id=art.id, text=text, published=art.published, source=row.get("source"),
                               url=row.get("url"), lang=row.get("lang")))
        else:
            out.append(Article(id=path.stem, text=text, published=row["published"],
                               source=row.get("source"), url=row.get("url"), lang=row.get("lang")))
    return out


def read_articles(source: Union[PathLike, Iterable[Union[Article, PathLike]]]) -> list[Article]:
    """Articles from a folder (with or without ``manifest.json``), a ``.txt`` file, or an
    iterable of :class:`Article` objects and paths."""
    if isinstance(source, Article):
        return [source]
    if isinstance(source, (str, os.PathLike)):
        path = pathlib.Path(source)
        if path.is_dir():
            if (path / "manifest.json").is_file():
                return _from_manifest(path)
            files = sorted(path.glob("*.txt"))
            if not files:
                raise ArticleError(f"{path}: no .txt articles and no manifest.json")
            return [_infer(f, _read_text(f)) for f in files]
        if path.is_file():
            return [_infer(path, _read_text(path))]
        raise ArticleError(f"{path}: no such file or folder")
    try:
        items = list(source)  # type: ignore[arg-type]
    except TypeError:
        raise ArticleError(f"expected articles, a folder or a file, not {type(source).__name__}") from None
    out: list[Article] = []
    for item in items:
        if isinstance(item, Article):
            out.append(item)
        elif isinstance(item, (str, os.PathLike)):
            out.extend(read_articles(item))
        else:
            raise ArticleError(f"expected an Article or a path, not {type(item).__name__}")
    return out
