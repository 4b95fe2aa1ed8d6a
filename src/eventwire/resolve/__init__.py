"""Mentions to canonical entries: actors, places and dates, in the context of one article."""

from .events import resolve_article

__all__ = ["resolve_article"]
