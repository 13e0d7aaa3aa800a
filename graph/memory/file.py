"""The embedded graph in one JSON file, replaced atomically on every save.

JSON rather than pickle: a file anyone can read, diff and repair, that never
runs code when loaded. Property values keep their types through explicit
tags: ``{"$date": "2024-03-05"}``, ``{"$datetime": "...+00:00"}``, and
``{"$float": "nan"}`` for the floats JSON has no literal for; enums are
already their plain values in the graph.

A save writes a temporary file beside the target, flushes and fsyncs it,
renames it over the target (``os.replace``, atomic on POSIX), then fsyncs the
folder so the rename itself survives a power cut. A crash at any point leaves
either the old file or the new one, never half of one.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from claimgraph.errors import ClaimgraphError
from claimgraph.graph.memory.write import ID_LABELS, RELATIONSHIP_QUERIES, hashable

FORMAT = "claimgraph-embedded-graph"
VERSION = 1

# The relationship properties in a MERGE pattern, per type: the edge key.
_MERGE_KEYS: dict[str, tuple[str, ...]] = {
    q.type: tuple(prop for prop, _ in q.merge_on) for q in RELATIONSHIP_QUERIES.values()
}


class GraphFileError(ClaimgraphError):
    """The file is not a graph this store wrote; the message says where it breaks."""


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What tells one version of the file from the next: a save writes a new
    file (new inode) and renames it over the old one."""

    inode: int
    mtime_ns: int
    size: int


def stamp(path: Path) -> FileStamp | None:
    """The stamp of the file now; None when there is no file."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return FileStamp(st.st_ino, st.st_mtime_ns, st.st_size)


_PLAIN = frozenset({str, int, bool})


def _encode(value: Any) -> Any:
    if type(value) in _PLAIN or (type(value) is float and math.isfinite(value)):
        return value
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, float):
        return {"$float": repr(value)}
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        [(tag, text)] = value.items()
        if tag == "$date":
            return dt.date.fromisoformat(text)
        if tag == "$datetime":
            return dt.datetime.fromisoformat(text)
        if tag == "$float":
            return float(text)
        raise GraphFileError(f"unknown value tag {tag!r}")
    return value


def _encoded(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v if type(v) in _PLAIN else _encode(v) for k, v in props.items()}


def _decoded(props: dict[str, Any]) -> dict[str, Any]:
    return {k: _decode(v) if type(v) in (dict, list) else v for k, v in props.items()}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class Encoder:
    """The graph as the file's text, re-encoding only what changed since the last save.

    Each node and relationship keeps its JSON text between saves; a write
    tells the encoder which it touched (:meth:`forget`), so a save costs one
    join of cached texts plus the changed elements, not a whole re-encoding.
    """

    def __init__(self) -> None:
        self._nodes: dict[Any, str] = {}
        self._edges: dict[Any, str] = {}

    def forget(self, nodes: Iterable[Any], edges: Iterable[Any]) -> None:
        for key in nodes:
            self._nodes.pop(key, None)
        for key in edges:
            self._edges.pop(key, None)

    def clear(self) -> None:
        self._nodes.clear()
        self._edges.clear()

    def document(self, graph: nx.MultiDiGraph) -> str:
        nodes = self._nodes
        edges = self._edges
        node_texts = [nodes.get(key) or nodes.setdefault(key, _node_json(key, data))
                      for key, data in graph.nodes(data=True)]
        edge_texts = [edges.get((u, v, k)) or edges.setdefault((u, v, k), _edge_json(u, v, data))
                      for u, v, k, data in graph.edges(keys=True, data=True)]
        return (f'{{"format":{_json(FORMAT)},"version":{VERSION},"nodes":[{",".join(node_texts)}],'
                f'"relationships":[{",".join(edge_texts)}]}}')


def _node_json(key: Any, data: dict[str, Any]) -> str:
    return _json([key[0], sorted(data["labels"] - {key[0]}), _encoded(data["props"])])


def _edge_json(u: Any, v: Any, data: dict[str, Any]) -> str:
    return _json([data["type"], [u[0], _encode(u[1])], [v[0], _encode(v[1])], _encoded(data["props"])])


def from_document(doc: Any) -> nx.MultiDiGraph:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise GraphFileError(f"not a {FORMAT} file")
    if doc.get("version") != VERSION:
        raise GraphFileError(f"version {doc.get('version')!r}; this claimgraph reads version {VERSION}")
    graph = nx.MultiDiGraph()
    nodes = []
    for label, extra, props in doc["nodes"]:
        if label not in ID_LABELS:
            raise GraphFileError(f"unknown node label {label!r}")
        decoded = _decoded(props)
        nodes.append(((label, hashable(decoded["id"])), {"labels": {label, *extra}, "props": decoded}))
    graph.add_nodes_from(nodes)
    edges = []
    for rel_type, (u_label, u_id), (v_label, v_id), props in doc["relationships"]:
        u, v = (u_label, hashable(_decode(u_id))), (v_label, hashable(_decode(v_id)))
        if u not in graph or v not in graph:
            raise GraphFileError(f"a {rel_type} relationship names a node the file does not hold: {u} -> {v}")
        decoded = _decoded(props)
        key = (rel_type, *(hashable(decoded[p]) for p in _MERGE_KEYS.get(rel_type, ())))
        edges.append((u, v, key, {"type": rel_type, "props": decoded}))
    graph.add_edges_from(edges)
    return graph


def load(path: Path) -> tuple[nx.MultiDiGraph, FileStamp | None]:
    """The graph in the file and the stamp of the version read; empty when there is no file."""
    try:
        with open(path, encoding="utf-8") as f:
            st = os.fstat(f.fileno())
            doc = json.load(f)
    except FileNotFoundError:
        return nx.MultiDiGraph(), None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise GraphFileError(f"{path}: not valid JSON ({e})") from None
    try:
        graph = from_document(doc)
    except GraphFileError as e:
        raise GraphFileError(f"{path}: {e}") from None
    except (KeyError, TypeError, ValueError) as e:
        raise GraphFileError(f"{path}: malformed graph ({type(e).__name__}: {e})") from None
    return graph, FileStamp(st.st_ino, st.st_mtime_ns, st.st_size)


def save(text: str, path: Path) -> FileStamp:
    """Replace the file with ``text``, atomically and durably; the stamp of the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "x", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
            st = os.fstat(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)
    return FileStamp(st.st_ino, st.st_mtime_ns, st.st_size)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
