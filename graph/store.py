"""The store interface both stores implement, and what they raise."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from claimgraph.graph.model import Batch, Figure


class StoreError(Exception):
    """A store operation failed; the message says what and why."""


class StoreUnavailable(StoreError):
    """The database cannot be reached (down, restarting, refusing the login)."""


class IncompleteWrite(StoreError):
    """A write would have dropped rows (an endpoint missing); nothing was written."""


@dataclass(frozen=True, slots=True)
class WriteResult:
    """Rows applied per write query, in the order they ran."""

    applied: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.applied.values())


@dataclass(frozen=True, slots=True)
class GraphCounts:
    nodes: dict[str, int]
    relationships: dict[str, int]


@dataclass(frozen=True, slots=True)
class StoredFigure:
    """A figure already in the graph, with its claim and speaker (for linking)."""

    claim_id: str
    claim_text: str
    speaker_id: str
    chain_root: str
    figure: Figure


class GraphStore(ABC):
    """Where the provenance graph lives: Neo4j, or the embedded store."""

    @abstractmethod
    def setup_schema(self) -> None:
        """Create constraints and indexes (idempotent)."""

    @abstractmethod
    def write(self, batch: Batch) -> WriteResult:
        """Apply the whole batch in one transaction: all of it, or none of it."""

    @abstractmethod
    def existing_articles(self, ids: list[str]) -> dict[str, str]:
        """Of the given article ids, those stored: id -> text_sha256."""

    @abstractmethod
    def figure_candidates(self, metrics: list[str]) -> list[StoredFigure]:
        """Stored figures of these metrics, for linking new figures against."""

    @abstractmethod
    def ping(self) -> bool:
        """True when the store answers."""

    @abstractmethod
    def counts(self) -> GraphCounts:
        """Nodes per label and relationships per type."""

    @abstractmethod
    def clear(self) -> None:
        """Delete the whole graph."""

    @abstractmethod
    def close(self) -> None:
        """Release connections and files."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
