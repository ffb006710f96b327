"""Read articles from folders, files and manifests.

A folder may hold a ``manifest.json``: a list of ``{"file", "published", "source", "url",
"lang"}`` objects (only ``file`` is required).  Without a manifest every ``*.txt`` file is
an article and its publication date is read from its dateline.  A single file takes its
row of the ``manifest.json`` beside it, when there is one that lists it.

What is not read is never dropped in silence:

* ``.txt`` files of a folder that its manifest does not list are named in a
  :class:`~timeline.TimelineWarning` (and in ``Chronology.unlisted``);
* an empty file is named in a warning;
* articles whose date can be found neither way, unreadable files and bad manifest entries
  are all named in one :class:`~timeline.ArticleError` (or, with
  ``build_chronology(..., errors="skip")``, each becomes a :class:`SkippedArticle`).

>>> arts = read_articles("examples/seeds")
>>> [(a.id[:3], str(a.published)[:10]) for a in arts][:2]
[('000', '2025-12-20'), ('001', '2025-12-20')]
"""

from __future__ import annotations

import json
import os
import pathlib
import warnings
from typing import Iterable, Optional, Union

import attrs

from .errors import ArticleError, InputError, TimelineError, TimelineWarning
from .model import Article
from .published import infer_published

__all__ = ["read_articles", "SkippedArticle"]

PathLike = Union[str, "os.PathLike[str]"]

#: How ``build_chronology`` and the reader treat an article they cannot use.
ERROR_MODES = ("raise", "skip")


@attrs.frozen
class SkippedArticle:
    """An article left out of a chronology, and why.

    Attributes:
        id: the article's id (a file's name without ``.txt``; ``"entry 3"`` for a manifest
            entry that names no file).
        path: the file it was read from, or ``None`` for an :class:`~timeline.Article`
            passed in directly.
        reason: what was wrong, in one line.

    >>> import timeline
    >>> chron = timeline.build_chronology(
    ...     [timeline.Article(id="a", text="قتل جنديان في هجوم يوم السبت الماضي", published="2025-12-20"),
    ...      timeline.Article(id="b", text="قتل جنديان في هجوم")], errors="skip")
    >>> chron.skipped  # doctest: +ELLIPSIS
    (SkippedArticle(id='b', path=None, reason="article 'b' has no publication date and none could be read..."),)
    """

    id: str
    path: Optional[str]
    reason: str

    def __str__(self) -> str:
        """``"path: reason"`` (or ``"article 'id': reason"``), as warnings and errors say it."""
        if self.path is None and self.reason.startswith(f"article {self.id!r}"):
            return self.reason
        return f"{self.path or 'article ' + repr(self.id)}: {self.reason}"


@attrs.define
class Batch:
    """What :func:`collect` read: usable articles (with the file each came from), the ones it
    could not use, and the files a manifest left out."""

    articles: list[tuple[Optional[str], Article]] = attrs.Factory(list)
    skipped: list[SkippedArticle] = attrs.Factory(list)
    unlisted: list[str] = attrs.Factory(list)


def _read_text(path: pathlib.Path, error: type[TimelineError] = ArticleError) -> str:
    """A UTF-8 file's text; an unreadable or undecodable file raises ``error`` in one line."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror or exc})") from None


_NO_DATE = "no publication date in a manifest and none could be read from the text"
_HINT = "; add \"published\" to manifest.json"


class _Reader:
    """One pass over the caller's sources, with the overrides and the error mode."""

    def __init__(self, errors: str, published: Optional[str], lang: Optional[str], require_date: bool,
                 hint: str = _HINT) -> None:
        if errors not in ERROR_MODES:
            raise InputError(f"errors must be 'raise' or 'skip', not {errors!r}")
        self.errors = errors
        self.published = published
        self.lang = lang
        self.require_date = require_date
        self.hint = hint
        self.batch = Batch()
        self.problems: list[SkippedArticle] = []  # per article, raised together when errors="raise"

    # -- one article ----------------------------------------------------------------------
    def problem(self, ident: str, path: Optional[pathlib.Path], reason: str) -> None:
        self.problems.append(SkippedArticle(ident, str(path) if path is not None else None, reason))

    def file(self, path: pathlib.Path, row: Optional[dict] = None) -> None:
        """Read one article file; ``row`` is its manifest entry."""
        try:
            text = _read_text(path)
        except ArticleError as exc:
            self.problem(path.stem, path, str(exc).removeprefix(f"{path}: "))
            return
        self.text(path.stem, text, path, row)

    def text(self, ident: str, text: str, path: Optional[pathlib.Path] = None, row: Optional[dict] = None,
             name: Optional[str] = None) -> None:
        """One article's text, read from ``path`` (or named ``name``: ``<stdin>``)."""
        row = row or {}
        where = str(path) if path is not None else (name or ident)
        lang = self.lang or row.get("lang")
        published = self.published or row.get("published") or None
        if published is None and text.strip():
            found = infer_published(text, lang=lang if isinstance(lang, str) else None)
            if found is not None:
                published = found.when.isoformat() if found.has_time else found.when.date().isoformat()
            elif self.require_date:
                self.problems.append(SkippedArticle(ident, where, _NO_DATE + self.hint))
                return
        elif self.published is not None and text.strip():
            _check_dateline(where, text, self.published, lang if isinstance(lang, str) else None)
        try:
            art = Article(id=ident, text=text, published=published, source=row.get("source"),
                          url=row.get("url"), lang=lang)
        except ArticleError as exc:
            self.problems.append(SkippedArticle(ident, where, str(exc).removeprefix(f"article {ident!r}: ")))
            return
        self.batch.articles.append((where, art))

    # -- folders and manifests -----------------------------------------------------------
    def manifest_rows(self, manifest: pathlib.Path) -> list:
        """The entries of a manifest; a manifest that cannot be read stops everything."""
        try:
            rows = json.loads(_read_text(manifest))
        except json.JSONDecodeError as exc:
            raise ArticleError(f"{manifest}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
        if not isinstance(rows, list):
            raise ArticleError(f"{manifest}: expected a list of {{file, published, source, url, lang}}")
        return rows

    def manifest(self, folder: pathlib.Path) -> None:
        manifest = folder / "manifest.json"
        listed: set[pathlib.Path] = set()
        for k, row in enumerate(self.manifest_rows(manifest)):
            if not isinstance(row, dict) or not isinstance(row.get("file"), str) or not row["file"].strip():
                self.problem(f"entry {k}", manifest, f"entry {k} of manifest.json has no 'file'")
                continue
            path = folder / row["file"]
            listed.add(_same(path))
            if not path.is_file():
                self.problem(path.stem or f"entry {k}", path, f"listed in {manifest} (entry {k}) but does not exist")
                continue
            self.file(path, row)
        left_out = [str(p) for p in sorted(folder.glob("*.txt")) if _same(p) not in listed]
        if left_out:
            self.batch.unlisted.extend(left_out)

    def folder(self, folder: pathlib.Path) -> None:
        if (folder / "manifest.json").is_file():
            self.manifest(folder)
            return
        files = sorted(folder.glob("*.txt"))
        if not files:
            raise ArticleError(f"{folder}: no .txt articles and no manifest.json")
        for f in files:
            self.file(f)

    def single(self, path: pathlib.Path) -> None:
        """A file on its own, with its row of the manifest beside it when one lists it."""
        manifest = path.parent / "manifest.json"
        if manifest.is_file():
            for row in self.manifest_rows(manifest):
                if isinstance(row, dict) and isinstance(row.get("file"), str) \
                        and _same(path.parent / row["file"]) == _same(path):
                    self.file(path, row)
                    return
        self.file(path)

    def source(self, source: object) -> None:
        if isinstance(source, Article):
            self.batch.articles.append((None, source))
            return
        if isinstance(source, (str, os.PathLike)):
            path = pathlib.Path(source)
            if isinstance(source, str) and not source.strip():
                raise ArticleError("an empty string is not a file or folder")
            if path.is_dir():
                self.folder(path)
            elif path.is_file():
                self.single(path)
            else:
                self.problem(path.stem or str(path), path, "no such file or folder")
            return
        if isinstance(source, (bytes, bytearray)):
            raise ArticleError(f"expected articles, a folder or a file, not {type(source).__name__}")
        try:
            items = list(source)  # type: ignore[call-overload]
        except TypeError:
            raise ArticleError(f"expected articles, a folder or a file, not {type(source).__name__}") from None
        for item in items:
            if not isinstance(item, (Article, str, os.PathLike)):
                raise ArticleError(f"expected an Article or a path, not {type(item).__name__}")
            self.source(item)

    def finish(self) -> Batch:
        if self.problems and self.errors == "raise":
            raise _problems_error(self.problems, self.hint)
        self.batch.skipped.extend(self.problems)
        return self.batch


def _same(path: pathlib.Path) -> pathlib.Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _problems_error(problems: list[SkippedArticle], hint: str = _HINT) -> ArticleError:
    """One error naming every article that could not be used (each on a line)."""
    if len(problems) == 1:
        return ArticleError(str(problems[0]))
    if all(p.reason.startswith(_NO_DATE) for p in problems):
        return ArticleError(f"{len(problems)} articles have no publication date in a manifest and none could be "
                            f"read from their text{hint}:\n" + "\n".join(f"  {p.path or p.id}" for p in problems))
    return ArticleError(f"{len(problems)} articles cannot be used:\n" + "\n".join(f"  {p}" for p in problems))


def _check_dateline(name: str, text: str, published: object, lang: Optional[str]) -> None:
    """Warn when a publication date given for ``text`` contradicts its own dateline."""
    from .published import contradicts_dateline

    why = contradicts_dateline(text, published, lang=lang)
    if why:
        warnings.warn(f"{name}: {why}", TimelineWarning, stacklevel=2)


def collect(source: object, *, errors: str = "raise", published: Optional[str] = None,
            lang: Optional[str] = None, require_date: bool = True, stdin: Optional[str] = None,
            hint: str = _HINT) -> Batch:
    """Read ``source`` (see :func:`read_articles`) into a :class:`Batch`, without warning.

    ``published``/``lang`` override every file's (the command line's ``--published`` and
    ``--lang``; a ``published`` that contradicts a file's dateline warns).  With
    ``errors="raise"`` every article that cannot be used is named in one
    :class:`~timeline.ArticleError`; with ``"skip"`` each is a :class:`SkippedArticle`.
    ``require_date=False`` keeps files with no date at all (``published=None``).  ``"-"``
    in ``source`` (a list) is the text ``stdin``, as the article ``"stdin"``; ``hint`` ends
    the reason of an article with no date (how to give one).
    """
    reader = _Reader(errors, published, lang, require_date, hint)
    if stdin is not None:
        items = list(source) if isinstance(source, (list, tuple)) else [source]
        for item in items:
            if item == "-":
                reader.text("stdin", stdin, name="<stdin>")
            else:
                reader.source(item)
    else:
        reader.source(source)
    return reader.finish()


def warn_unlisted(unlisted: Iterable[str], stacklevel: int = 3) -> None:
    """One :class:`~timeline.TimelineWarning` naming the files a manifest left out."""
    files = list(unlisted)
    if files:
        n = len(files)
        warnings.warn(f"{n} .txt file{'s' if n != 1 else ''} not listed in manifest.json, not read: "
                      + ", ".join(files), TimelineWarning, stacklevel=stacklevel)


def warn_empty(articles: Iterable[tuple[Optional[str], Article]], stacklevel: int = 3) -> None:
    """A :class:`~timeline.TimelineWarning` for each article whose text is empty or blank."""
    for path, a in articles:
        if not a.text.strip():
            warnings.warn(f"{path or 'article ' + repr(a.id)}: empty file, no text to read"
                          if path else f"article {a.id!r}: empty text", TimelineWarning, stacklevel=stacklevel)


def read_articles(source: Union[PathLike, Iterable[Union[Article, PathLike]]]) -> list[Article]:
    """Articles from a folder (with or without ``manifest.json``), a ``.txt`` file, or an
    iterable of :class:`Article` objects and paths.

    Raises :class:`~timeline.ArticleError` naming every file that cannot be used (no
    publication date, not UTF-8, listed in the manifest but missing).  Warns
    (:class:`~timeline.TimelineWarning`) about ``.txt`` files the manifest leaves out and
    about empty files.

    >>> [a.source for a in read_articles("examples/seeds/001_c6b91f5c9de080bd.txt")]
    ['شينخوا (Xinhua, Arabic service)']
    """
    batch = collect(source)
    warn_unlisted(batch.unlisted)
    warn_empty(batch.articles)
    return [a for _, a in batch.articles]
