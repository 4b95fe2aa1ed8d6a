"""The application factory: one store, the ``/api`` router, the dashboard and offline docs."""

from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..store import Store
from . import api
from .guards import DASHBOARD_CSP, Guard, SecurityHeaders, install_error_handlers

# Request bodies over this many bytes are refused with 413 before any handler runs.
MAX_BODY = 1_000_000

STATIC = Path(str(resources.files("eventwire.web") / "static"))

# Dashboard views: each path serves the same page, whose script draws the view the path names;
# each view shows the /api URL of its data (its JSON twin).
VIEWS = ("events", "incidents", "actors", "timeline", "escalation", "map", "network", "followthrough",
         "contradictions", "articles")

DESCRIPTION = """Source-attributed political event data: events, incidents, actors, articles with
their evidence and quotation spans, and analyses (dyad timelines, escalation, the actor network,
threat follow-through, contradictions).

Reads are open. Writes (`POST /api/articles`, `POST /api/extract`) need
`Authorization: Bearer TOKEN`. Every error is `{"ok": false, "error": "...", "status": N}`."""


def create_app(store_url: str | None, token: str | None = None, *, max_body: int = MAX_BODY,
               store: Store | None = None) -> FastAPI:
    """The eventwire HTTP app over the store at ``store_url`` (or an open ``store``).

    ``token`` enables the write endpoints; without one they always answer 401.
    """
    owned = store is None

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        if owned:
            app.state.store.close()

    app = FastAPI(title="eventwire", version=__version__, description=DESCRIPTION, docs_url=None,
                  redoc_url=None, lifespan=lifespan)
    app.state.store = store if store is not None else Store(store_url)
    app.state.token = token
    install_error_handlers(app)
    app.include_router(api.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _dashboard_routes(app)
    app.add_middleware(Guard, token=token, max_body=max_body)
    app.add_middleware(SecurityHeaders)
    return app


def _dashboard_routes(app: FastAPI) -> None:
    page = (STATIC / "index.html").read_text(encoding="utf-8")

    def dashboard() -> HTMLResponse:
        return HTMLResponse(page, headers={"Content-Security-Policy": DASHBOARD_CSP, "Cache-Control": "no-cache"})

    app.add_api_route("/", dashboard, include_in_schema=False, methods=["GET"])
    for view in VIEWS:
        app.add_api_route(f"/{view}", dashboard, include_in_schema=False, methods=["GET"])
    app.add_api_route("/articles/{article_id}", dashboard, include_in_schema=False, methods=["GET"])

    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="eventwire API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    app.add_api_route("/docs", docs, include_in_schema=False, methods=["GET"])

    def favicon() -> Response:
        return Response((STATIC / "favicon.svg").read_bytes(), media_type="image/svg+xml")

    app.add_api_route("/favicon.ico", favicon, include_in_schema=False, methods=["GET"])
