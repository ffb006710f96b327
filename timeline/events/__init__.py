"""The event layer: what happened, in each article (see docs/events.md)."""

from .legacy import MentionDraft, extract_mentions, novel

__all__ = ["MentionDraft", "extract_mentions", "novel"]
