"""Attribution quality on PolNeAR dev and extraction throughput on train.

Quality: runs the project's scorer (../shared/tools/polnear_score.py) on the
dev split with an extraction command (default: ``claimgraph extract --json``,
to which the scorer appends each article path) and prints its figures.
Throughput: articles per second over every train article (read with
:func:`read_path` before timing), in this process (one core): of the whole
:func:`extract` (attributions, actors, claims, figures, linking; what the
target means) and of :func:`find_attributions` alone, each by the wall clock
and by this process's CPU time, which other load on a shared machine disturbs
less. A pass is what an ingest of those articles makes: the alias table is
loaded fresh before it (outside the clock), so its memos start empty. The
figure is the median of ``--passes`` passes, printed with the slowest and the
fastest: on a shared two-core machine one pass's CPU time moves by a third
from one pass to the next with the code unchanged.

    python bench/attribution_eval.py [--cmd "claimgraph extract --json"] [--skip-score] [--passes 5]
"""
from __future__ import annotations

import argparse
import shlex
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from claimgraph import native
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.attribution import find_attributions
from claimgraph.ingest.document import Document
from claimgraph.ingest.extract import extract
from claimgraph.ingest.readers import read_path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
POLNEAR = SHARED / "polnear"
SCORER = SHARED / "tools" / "polnear_score.py"
TARGETS = "targets: source overlap F1 >= 0.80, attribution F1 >= 0.75 (precision >= 0.80), extract >= 150 articles per CPU s"


@dataclass(frozen=True, slots=True)
class Throughput:
    articles: int
    seconds: float
    cpu_seconds: float

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else float("inf")

    @property
    def per_cpu_second(self) -> float:
        return self.articles / self.cpu_seconds if self.cpu_seconds else float("inf")


def default_command() -> list[str]:
    """`claimgraph extract --json` under the interpreter running the benchmark."""
    return [sys.executable, "-m", "claimgraph.api.cli.main", "extract", "--json"]


def run_scorer(split_dir: Path, command: list[str]) -> str:
    """Runs the scorer, echoing its output; returns its last line."""
    result = subprocess.run(
        [sys.executable, str(SCORER), str(split_dir), *command],
        capture_output=True,
        text=True,
        check=False,
    )
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        raise SystemExit(f"scorer failed with exit code {result.returncode}")
    lines = result.stdout.strip().splitlines()
    return lines[-1] if lines else ""


def read_articles(text_dir: Path) -> list[Document]:
    return [doc for path in sorted(text_dir.glob("*.txt")) for doc in read_path(path)]


def measure_extract(docs: list[Document]) -> Throughput:
    """One pass with a new alias table (empty memos)."""
    aliases = load_aliases()
    started, cpu_started = time.perf_counter(), time.process_time()
    for doc in docs:
        extract(doc, aliases)
    return Throughput(len(docs), time.perf_counter() - started, time.process_time() - cpu_started)


def measure_attributions(docs: list[Document]) -> Throughput:
    started, cpu_started = time.perf_counter(), time.process_time()
    for doc in docs:
        find_attributions(doc.text)
    return Throughput(len(docs), time.perf_counter() - started, time.process_time() - cpu_started)


def median_pass(passes: list[Throughput]) -> Throughput:
    """The pass of median CPU time (the upper middle one of an even count)."""
    return sorted(passes, key=lambda speed: speed.cpu_seconds)[len(passes) // 2]


def _rate_line(label: str, passes: list[Throughput]) -> str:
    speed = median_pass(passes)
    rates = [p.per_cpu_second for p in passes]
    return (f"throughput ({label}, median of {len(passes)} passes): {speed.articles} articles in {speed.seconds:.2f} s"
            f" = {speed.per_second:.0f} articles/s, {speed.per_cpu_second:.0f} per CPU second (one core);"
            f" passes {min(rates):.0f} to {max(rates):.0f}, spread {statistics.pstdev(rates):.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmd", help="extraction command; the article path is appended")
    parser.add_argument("--split", type=Path, default=POLNEAR / "dev")
    parser.add_argument("--throughput-texts", type=Path, default=POLNEAR / "train" / "text")
    parser.add_argument("--skip-score", action="store_true", help="measure throughput only")
    parser.add_argument("--passes", type=int, default=5, help="throughput passes of each kind (median printed)")
    args = parser.parse_args(argv)
    if not POLNEAR.is_dir():
        print(f"PolNeAR not found at {POLNEAR.resolve()}: this benchmark needs ../shared/polnear "
              "(train and dev splits) beside the repository.", file=sys.stderr)
        return 2
    command = shlex.split(args.cmd) if args.cmd else default_command()
    score_line = "polnear: not scored (--skip-score)"
    if not args.skip_score:
        score_line = run_scorer(args.split, command)
    docs = read_articles(args.throughput_texts)
    if args.passes < 1:
        parser.error(f"--passes must be at least 1, not {args.passes}")
    wholes = [measure_extract(docs) for _ in range(args.passes)]
    attribution_passes = [measure_attributions(docs) for _ in range(args.passes)]
    whole, attributions = median_pass(wholes), median_pass(attribution_passes)
    print(f"extraction modules: {native.status()}")
    print(_rate_line("whole extract()", wholes))
    print(_rate_line("find_attributions only", attribution_passes))
    print(f"summary: {score_line.removeprefix('polnear: ')} | extract {whole.per_second:.0f} articles/s "
          f"({whole.per_cpu_second:.0f} per CPU s) | find_attributions {attributions.per_second:.0f} "
          f"articles/s ({attributions.per_cpu_second:.0f} per CPU s) | {TARGETS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
