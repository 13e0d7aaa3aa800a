"""Extraction: from an article's text to claims, actors and figures."""
from claimgraph.native import install

# Before any extraction module is imported: the compiled ones replace the pure ones only if they match.
install()
