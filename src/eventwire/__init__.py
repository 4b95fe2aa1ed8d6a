"""eventwire: source-attributed political event data from news articles, offline.

    import eventwire
    result = eventwire.extract(text, published="2024-08-02")
    for event in result.events: ...
"""

from .config import Options
from .errors import EventwireError
from .model import Article, ArticleResult, Event, Failure, Participant, Place, Quote, Source, Span
from .pipeline import extract, process

__all__ = ["Article", "ArticleResult", "Event", "EventwireError", "Failure", "Options",
           "Participant", "Place", "Quote", "Source", "Span", "extract", "process"]
__version__ = "0.1.0"
