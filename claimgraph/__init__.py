"""claimgraph: a provenance graph of who said what in the news.

The package's subpackages are the project's top-level folders (``api/``,
``graph/``, ``ingest/``, ``cypher/``, ``spark/``), reached through the links in this
folder, so ``claimgraph.graph.model`` is ``graph/model.py``. This folder itself
holds what every front end shares: settings, the store factory, the error root.
"""
