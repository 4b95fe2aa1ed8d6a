"""The HTTP API and dashboard: ``create_app(store_url, token=None)`` → a FastAPI app.

    eventwire serve --db events.db     # http://127.0.0.1:8000/ (dashboard), /docs, /openapi.json

Reads are open; ``POST /api/articles`` and ``POST /api/extract`` need the bearer token.
Every error is ``{"ok": false, "error": "...", "status": N}``. See docs/api.md.
"""

from .app import MAX_BODY, create_app

__all__ = ["MAX_BODY", "create_app"]
