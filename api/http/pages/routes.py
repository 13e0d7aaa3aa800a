"""The pages under /ui: incidents, one incident, a claim, an actor, search.

Read-only: every page is a GET answered from the store's queries (the same
the JSON routes answer), needing a key only where every read does
(CLAIMGRAPH_READ_REQUIRES_KEY), which a browser gives once through the key form
(``/ui/key``, see ``auth``). Errors answer as pages (see ``PageRoute``).
"""
from __future__ import annotations

from importlib.resources import files
from urllib.parse import parse_qs

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from claimgraph.api.http.auth import READ_KEY_COOKIE, PageReadAccess, check_key
from claimgraph.api.http.deps import SettingsDep, StoreDep
from claimgraph.api.http.pages import views
from claimgraph.api.http.pages.params import FormDate, FormFlag, FormKind, FormMetric, FormText, PageOffset
from claimgraph.api.http.pages.render import PLOTLY_VERSION, STATIC_DIR, PageRoute, page
from claimgraph.api.http.routers.params import NodeId
from claimgraph.graph.model import INCIDENT_KINDS, Metric

ACTOR_CLAIMS_PAGE = 100
INCIDENTS_PAGE = 50
SEARCH_HITS = 20

router = APIRouter(prefix="/ui", tags=["pages"], dependencies=[PageReadAccess], route_class=PageRoute,
                   default_response_class=HTMLResponse)
key_router = APIRouter(prefix="/ui", tags=["pages"], route_class=PageRoute, default_response_class=HTMLResponse)


@router.get("/", response_class=HTMLResponse)
def incidents(
    request: Request,
    store: StoreDep,
    q: FormText = None,
    metric: FormMetric = None,
    kind: FormKind = None,
    since: FormDate = None,
    until: FormDate = None,
    conflict: FormFlag = False,
    offset: PageOffset = 0,
) -> HTMLResponse:
    """The incidents, newest first: place, date, kind, sources, the spread per metric, conflicts."""
    found = store.incidents(q=q, kind=kind, since=since, until=until, metric=metric,
                            has_conflict=True if conflict else None, limit=INCIDENTS_PAGE, offset=offset)
    filters = {"q": q or "", "metric": metric.value if metric else "", "kind": kind or "",
               "since": since.isoformat() if since else "", "until": until.isoformat() if until else "",
               "conflict": "1" if conflict else ""}
    return page(request, "incidents.html", found=found, filters=filters, metrics=list(Metric),
                kinds=INCIDENT_KINDS, pager=views.pager(found, {k: v for k, v in filters.items() if v},
                                                                 capped=found.total_capped))


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident(request: Request, store: StoreDep, incident_id: NodeId) -> HTMLResponse:
    """One incident: a chart per metric, a row per source; every figure with its claim and chain."""
    return page(request, "incident.html", view=views.incident_view(store.incident(incident_id)))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, store: StoreDep, q: FormText = None) -> HTMLResponse:
    """Actors and claims matching the words."""
    actors = store.search_actors(q, limit=SEARCH_HITS) if q else None
    claims = store.search_claims(q, limit=SEARCH_HITS) if q else None
    return page(request, "search.html", q=q or "", actors=actors, claims=claims)


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, store: StoreDep, settings: SettingsDep, claim_id: NodeId) -> HTMLResponse:
    """A claim's provenance chains, and the link that opens it in Neo4j Browser."""
    view = views.claim_page(store.claim_provenance(claim_id), settings.neo4j_browser_url)
    return page(request, "claim.html", view=view)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, store: StoreDep, actor_id: NodeId, offset: PageOffset = 0) -> HTMLResponse:
    """An actor's profile and what it asserted over time."""
    profile = store.actor_profile(actor_id)
    claims = store.claims_by_actor(actor_id, limit=ACTOR_CLAIMS_PAGE, offset=offset)
    groups = views.group_by_incident(claims.items)
    return page(request, "actor.html", profile=profile, claims=claims, groups=groups)


@key_router.get("/key", response_class=HTMLResponse)
def key_form(request: Request) -> HTMLResponse:
    """The form that gives this browser's pages the API key, where reads need one."""
    return page(request, "key.html")


_KEY_FORM_BODY = {"requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
    "type": "object", "properties": {"key": {"type": "string"}}, "required": ["key"]}}}}}


@key_router.post("/key", response_class=RedirectResponse, status_code=303, openapi_extra=_KEY_FORM_BODY)
async def use_key(request: Request, settings: SettingsDep) -> RedirectResponse:
    """Keep a right key in a cookie for the pages; a wrong one answers 401 and sets nothing."""
    form = parse_qs((await request.body()).decode("utf-8", errors="replace"))
    given = form.get("key", [None])[0]
    check_key(settings, given)
    response = RedirectResponse("/ui/", status_code=303)
    response.set_cookie(READ_KEY_COOKIE, given or "", path="/ui", httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")
    return response


def _plotly_js() -> FileResponse:
    path = files("plotly") / "package_data" / "plotly.min.js"
    # the address carries the version, so the file can be kept for long
    return FileResponse(str(path), media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=604800, immutable"})


def install(app: FastAPI) -> None:
    """Add the pages, their static files and plotly.js to the app; ``/`` leads to the pages."""
    app.include_router(router)
    app.include_router(key_router)
    app.add_api_route(f"/ui/static/plotly-{PLOTLY_VERSION}.min.js", _plotly_js, include_in_schema=False,
                      response_class=FileResponse)
    app.mount("/ui/static", StaticFiles(directory=STATIC_DIR), name="ui-static")
    app.add_api_route("/", lambda: RedirectResponse("/ui/"), include_in_schema=False,
                      response_class=RedirectResponse)
