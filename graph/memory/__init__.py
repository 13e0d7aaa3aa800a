"""The embedded store: the graph in memory (networkx), saved to one file."""
from claimgraph.graph.memory.store import MemoryStore

__all__ = ["MemoryStore"]
