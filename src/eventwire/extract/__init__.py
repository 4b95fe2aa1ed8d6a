"""Events, quotations and their attribution read off one parsed article, as frames with spans."""

from .events import find_events
from .frames import EventFrame, QuoteFrame
from .quotes import find_quotes

__all__ = ["EventFrame", "QuoteFrame", "find_events", "find_quotes"]
