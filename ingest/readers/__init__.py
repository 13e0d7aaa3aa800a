"""Readers: article files in, :class:`~claimgraph.ingest.document.Document` out.

Formats: plain text ``NAME.txt`` (optional ``NAME.meta.json`` sidecar), JSON
``.json`` (an object or a list of objects), JSON Lines ``.jsonl`` (or a
stream of it on standard input), and HTML
``.html``/``.htm`` (the document text is the extracted main text). A
document's text is the file's text as read: UTF-8 decoded, a leading byte
order mark dropped, newlines kept as in the file.

Bad input raises (or, from :func:`iter_documents`, yields) a :class:`ReadError`
whose message names the file, the record where there is one, and the problem:
``"samples/x.json: malformed JSON at line 3 column 5: Expecting ',' delimiter"``,
``"samples/x.jsonl:3: field 'published': 'yesterday' is not an ISO 8601 date or datetime"``.
No document of a refused file is handed on.
"""
from claimgraph.ingest.readers.errors import ReadError
from claimgraph.ingest.readers.files import SUFFIXES, read_path
from claimgraph.ingest.readers.jsonfiles import iter_jsonl_stream
from claimgraph.ingest.readers.read_limits import DEFAULT_LIMITS, ReadLimits
from claimgraph.ingest.readers.walk import count_documents, iter_documents

__all__ = ["DEFAULT_LIMITS", "SUFFIXES", "ReadError", "ReadLimits", "count_documents", "iter_documents",
           "iter_jsonl_stream", "read_path"]
