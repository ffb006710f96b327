"""timeline: reconstruct what happened when from Arabic and English news.

>>> import timeline
>>> timeline.resolve("Saturday last week", anchor="2025-12-20").value
'2025-12-13'
>>> [m.value for m in timeline.find_times("قتل في هجوم يوم السبت الماضي", published="2025-12-20")]
['2025-12-13']
"""

from __future__ import annotations

from .anchor import Anchor
from .chronology import ArticleInfo, Chronology, build_chronology
from .core import find_times, resolve
from .errors import (
    AnchorError, ArticleError, ExportError, InputError, LanguageError, ResolutionError,
    TimelineError, TimelineWarning,
)
from .io import SkippedArticle, read_articles
from .linking import LinkSettings
from .model import Article, Event, EventMention, Source, TimeConflict
from .published import PublishedDate, infer_published
from .settings import Settings
from .timeml import to_timeml
from .timex import Granularity, TimeInterval, TimeMention, TimexType

# The modules that read a chronology provide its tables, files and chart (the methods of
# Chronology delegate to them; see timeline.chronology.implements).
from . import export, tables, viz  # noqa: E402,F401  (isort: skip)

__version__ = "0.1.0"

__all__ = [
    "find_times", "resolve", "infer_published", "PublishedDate", "to_timeml",
    "Article", "read_articles", "build_chronology", "Chronology", "Event", "EventMention",
    "Source", "TimeConflict", "ArticleInfo", "SkippedArticle", "LinkSettings",
    "TimeMention", "TimeInterval", "Granularity", "TimexType", "Settings", "Anchor",
    "TimelineError", "InputError", "AnchorError", "LanguageError", "ResolutionError",
    "ArticleError", "ExportError", "TimelineWarning",
]
