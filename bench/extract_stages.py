"""Where extraction spends its time: articles/s on one core, and the share of each stage.

Runs :func:`claimgraph.ingest.extract.extract` over PolNeAR (as read, and with
an outlet, so claims in the outlet's own voice are made too) twice: once
plainly, for articles/s in CPU time (so other work on the machine does not
count), and once under cProfile, whose cumulative time per stage function
gives each stage's share (the profiler slows everything alike, so shares
hold while absolute times do not). cProfile does not see into the modules
compiled with mypyc, so with them only the rate is printed; the shares are
the pure modules' (``CLAIMGRAPH_PURE_PYTHON=1``).

    python -m bench.extract_stages
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from dataclasses import replace

from bench.corpus import OUTLETS, polnear_documents
from bench.server import load_average
from claimgraph import native
from claimgraph.ingest.aliases import AliasTable, load_aliases
from claimgraph.ingest.document import Document
from claimgraph.ingest.extract import extract

STAGES = {
    "sentences (split_sentences)": ("ingest/sentences.py", "split_sentences"),
    "attribution (find_attributions)": ("ingest/attribution/__init__.py", "find_attributions"),
    "actors (resolve_cast)": ("ingest/actors.py", "resolve_cast"),
    "dates (_claim_date: find_dates, date_beside_cue)": ("ingest/extract.py", "_claim_date"),
    "own voice (own_voice_spans)": ("ingest/own_voice.py", "own_voice_spans"),
    "figures (_figures: find_figures, relations)": ("ingest/extract.py", "_figures"),
    "places (_places)": ("ingest/extract.py", "_places"),
    "linking (link_figures + find_variants)": ("ingest/linking.py", "link_figures"),
}
"""Stage -> the function whose cumulative time is the stage's (file, name)."""
_EXTRA = {"linking (link_figures + find_variants)": ("ingest/linking.py", "find_variants")}


def _cpu_rate(docs: list[Document], aliases: AliasTable) -> tuple[float, int]:
    claims = 0
    started = time.process_time()
    for doc in docs:
        claims += len(extract(doc, aliases).claims)
    return len(docs) / (time.process_time() - started), claims


def _cumulative(stats: pstats.Stats, file: str, name: str) -> float:
    return sum(v[3] for (path, _, func), v in stats.stats.items()  # type: ignore[attr-defined]
               if func == name and path.endswith(file))


def stage_shares(docs: list[Document], aliases: AliasTable) -> dict[str, float] | None:
    """Each stage's share of ``extract``'s time; None when the profiler saw no ``extract`` (compiled)."""
    profile = cProfile.Profile()
    profile.enable()
    for doc in docs:
        extract(doc, aliases)
    profile.disable()
    stats = pstats.Stats(profile)
    total = _cumulative(stats, "ingest/extract.py", "extract")
    if not total:
        return None
    shares = {}
    for stage, (file, name) in STAGES.items():
        seconds = _cumulative(stats, file, name)
        if stage in _EXTRA:
            seconds += _cumulative(stats, *_EXTRA[stage])
        shares[stage] = seconds / total
    shares["rest (ids, claims, batch values)"] = 1 - sum(shares.values())
    return shares


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    aliases = load_aliases()
    print(f"extraction modules: {native.status()}")
    plain = list(polnear_documents())
    voiced = [Document(d.text, replace(d.meta, outlet=OUTLETS[i % len(OUTLETS)]), d.origin)
              for i, d in enumerate(plain)]
    for label, docs in (("PolNeAR as read", plain), ("PolNeAR with an outlet", voiced)):
        rate, claims = _cpu_rate(docs, aliases)
        print(f"{label}: {len(docs)} articles, {claims} claims, {rate:.0f} articles/s "
              f"({rate * claims / len(docs):.0f} claims/s) in CPU time, one core   [{load_average()}]")
        shares = stage_shares(docs, aliases)
        if shares is None:
            print("  stage shares: not seen in compiled modules (CLAIMGRAPH_PURE_PYTHON=1 shows the pure ones)")
            continue
        for stage, share in shares.items():
            print(f"  {stage:<48} {share:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
