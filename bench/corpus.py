"""The ingest benchmark's corpora: PolNeAR as read, and a scaled copy of it.

PolNeAR articles (``../shared/polnear/{train,dev}/text``) are read through the
project's readers, as ``claimgraph ingest`` reads them. The scaled copy repeats
them, copy after copy, each document given what PolNeAR lacks and what makes
it a distinct article: a URL of its own (so its article id differs and nothing
is skipped as already stored), a publication date, a publishing outlet and,
for every fourth one, a wire agency it was syndicated from (so claims in the
outlet's or the agency's own voice, and the provenance edges, are exercised).
The copy is generated while it is consumed: one PolNeAR file is read at a
time, and nothing of the scaled corpus is ever written to disk or held whole.

Claims are the same claim when the same speaker says the same words (see
:func:`claimgraph.graph.ids.claim_id`): a quote repeated by every copy of an
article is one Claim node reported in many articles, as wire copy carried by
many outlets is; claims in an outlet's own voice differ by outlet.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path

from claimgraph.ingest.document import Document
from claimgraph.ingest.readers import ReadError, iter_documents

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
POLNEAR_TEXTS = (SHARED / "polnear" / "train" / "text", SHARED / "polnear" / "dev" / "text")

OUTLETS = tuple(f"Bench {kind} {n:02d}" for kind in ("Herald", "Gazette", "Courier", "Tribune") for n in range(1, 11))
"""Publishing outlets of the scaled copy (made-up names)."""
AGENCIES = ("AFP", "Reuters", "AP", "dpa", "EFE")
"""Wire agencies, by the names the readers know them under."""
SYNDICATED_EVERY = 4
FIRST_DAY = dt.date(2016, 1, 1)
DAYS = 3 * 365


def polnear_available() -> bool:
    return all(p.is_dir() for p in POLNEAR_TEXTS)


def polnear_documents() -> Iterator[Document]:
    """Every PolNeAR article as the readers give it (a file they refuse is left out)."""
    for item in iter_documents(list(POLNEAR_TEXTS)):
        if not isinstance(item, ReadError):
            yield item


def scaled_documents(count: int) -> Iterator[Document]:
    """``count`` articles: PolNeAR again and again, each with its own URL, date and outlet."""
    produced = 0
    copy = 0
    while produced < count:
        for doc in islice(polnear_documents(), count - produced):
            yield _variant(doc, produced, copy)
            produced += 1
        copy += 1


def _variant(doc: Document, number: int, copy: int) -> Document:
    outlet = OUTLETS[number % len(OUTLETS)]
    agency = AGENCIES[number % len(AGENCIES)] if number % SYNDICATED_EVERY == 0 else None
    stem = Path(doc.origin).stem
    meta = replace(
        doc.meta,
        url=f"https://bench.example/{copy}/{stem}",
        outlet=outlet,
        syndicated_from=agency,
        published=FIRST_DAY + dt.timedelta(days=(number * 7 + copy) % DAYS),
    )
    return Document(doc.text, meta, origin=f"{doc.origin}#copy{copy}")
