"""One chart per metric of an incident: a row per source, each figure where its words put it.

The chart is a plotly.js figure (the spec built here, drawn in the browser by
the plotly.js the app serves): the sources are the rows, the count runs
along; a figure is a point ("eight") or the interval its words allow ("more
than 14,000", "several": from the low bound to the axis end, arrow at the open
side; "between 20 and 30"). A source's revisions are joined in time order, an
arrow on the newer one, and its latest figure is drawn solid with its words
and date written beside it, so no number is only on hover.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape
from typing import Any

LATEST = "#c0392b"
EARLIER = "#7f8c8d"
RANGE = "rgba(192, 57, 43, 0.28)"
RANGE_EARLIER = "rgba(127, 140, 141, 0.25)"
ROW_PX = 54
OPEN_END = 1.25
"""How far past the largest finite bound an open interval ("more than", "several") is drawn."""


@dataclass(frozen=True, slots=True)
class Point:
    """One figure of one source, as the chart draws it."""

    raw: str
    low: float | None
    high: float | None
    value: float | None
    date: dt.date | None
    latest: bool
    claim_id: str


@dataclass(frozen=True, slots=True)
class SourceRow:
    speakers: str
    organisation: str | None
    """the organisation the speakers speak for, when it is not the speaker itself"""
    points: list[Point]
    """in time order, as the source gave them"""

    @property
    def label(self) -> str:
        """The row's name as plotly draws it: text, escaped, since plotly.js reads
        a few HTML tags and entities in its labels; the organisation on a line of its own."""
        name = escape(self.speakers, quote=False)
        return f"{name}<br>({escape(self.organisation, quote=False)})" if self.organisation else name


def _bounds(p: Point) -> tuple[float | None, float | None]:
    if p.value is not None and p.low is None and p.high is None:
        return p.value, p.value
    return (p.low if p.low is not None else p.value), (p.high if p.high is not None else p.value)


def _anchor(p: Point, axis_end: float) -> float:
    """Where the figure's marker sits: its value, else the middle of its interval."""
    if p.value is not None:
        return p.value
    low, high = _bounds(p)
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else (high if high is not None else axis_end)


def _label(p: Point) -> str:
    date = p.date.isoformat() if p.date else "undated"
    return escape(p.raw, quote=False) + f" · {date}" + (" (latest)" if p.latest else "")


def _text_side(x: float, axis_end: float, *, below: bool) -> str:
    """Where a figure's words go: away from the edge they would run past."""
    side = "left" if x > axis_end * 0.6 else "right" if x < axis_end * 0.25 else "center"
    return f"{'bottom' if below else 'top'} {side}"


def figure_spec(metric: str, rows: list[SourceRow]) -> dict[str, Any]:
    """The plotly figure (data, layout) for one metric."""
    finite = [b for row in rows for p in row.points for b in _bounds(p) if b is not None]
    top = max(finite, default=1.0)
    axis_end = max(top * OPEN_END, top + 2)
    labels = [row.label for row in rows]

    ranges: dict[bool, dict[str, list[Any]]] = {True: {"x": [], "y": []}, False: {"x": [], "y": []}}
    open_ends: dict[str, list[Any]] = {"x": [], "y": []}
    marks: dict[bool, dict[str, list[Any]]] = {k: {"x": [], "y": [], "text": [], "customdata": [],
                                                    "textposition": []} for k in (True, False)}
    revisions: dict[str, list[Any]] = {"x": [], "y": []}
    for row in rows:
        anchors = []
        for p in row.points:
            low, high = _bounds(p)
            if low != high or low is None:
                start = low if low is not None else 0.0
                end = high if high is not None else axis_end
                ranges[p.latest]["x"] += [start, end, None]
                ranges[p.latest]["y"] += [row.label, row.label, None]
                if high is None:
                    open_ends["x"].append(axis_end)
                    open_ends["y"].append(row.label)
            x = _anchor(p, axis_end)
            anchors.append(x)
            m = marks[p.latest]
            m["x"].append(x)
            m["y"].append(row.label)
            m["text"].append(_label(p))
            m["customdata"].append(p.claim_id)
            m["textposition"].append(_text_side(x, axis_end, below=p.latest))
        if len(anchors) > 1:
            revisions["x"] += [*anchors, None]
            revisions["y"] += [row.label] * len(anchors) + [None]

    def trace(name: str, **kw: Any) -> dict[str, Any]:
        return {"type": "scatter", "name": name, "hoverinfo": "skip", "cliponaxis": False, **kw}

    data = [
        trace("range the words allow (earlier)", mode="lines", line={"color": RANGE_EARLIER, "width": 14},
              showlegend=False, **ranges[False]),
        trace("range the words allow", mode="lines", line={"color": RANGE, "width": 14}, **ranges[True]),
        trace("open end (no upper bound)", mode="markers", marker={"symbol": "triangle-right", "size": 12,
                                                                 "color": RANGE}, **open_ends),
        trace("revised to", mode="lines+markers", line={"color": EARLIER, "width": 1.5, "dash": "dot"},
              marker={"symbol": "arrow", "angleref": "previous", "size": 11, "color": EARLIER}, **revisions),
        trace("earlier figure", mode="markers+text",
              textfont={"color": EARLIER, "size": 12},
              marker={"symbol": "circle-open", "size": 11, "color": EARLIER, "line": {"width": 2}},
              **marks[False]),
        trace("latest figure", mode="markers+text",
              textfont={"color": LATEST, "size": 13},
              marker={"symbol": "circle", "size": 12, "color": LATEST}, **marks[True]),
    ]
    layout = {
        "height": 100 + ROW_PX * max(len(rows), 1),
        "margin": {"l": 10, "r": 30, "t": 36, "b": 44},
        "xaxis": {"title": {"text": metric}, "range": [0, axis_end * 1.04], "rangemode": "tozero",
                  "zeroline": True, "gridcolor": "#e5e5e5", "fixedrange": True},
        "yaxis": {"type": "category", "categoryarray": list(reversed(labels)), "categoryorder": "array",
                  "automargin": True, "fixedrange": True, "range": [-0.6, len(rows) - 0.4]},
        "legend": {"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom", "font": {"size": 12}},
        "showlegend": True,
        "plot_bgcolor": "white",
        "font": {"family": "system-ui, sans-serif", "size": 13},
    }
    return {"data": [t for t in data if t.get("x")], "layout": layout}
