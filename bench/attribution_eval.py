"""Attribution quality on PolNeAR dev and extraction throughput on train.

Quality: runs the project's scorer (../shared/tools/polnear_score.py) on the
dev split with an extraction command (default: ``claimgraph extract --json``,
to which the scorer appends each article path) and prints its figures.
Throughput: articles per second of :func:`find_attributions` over every train
article, in this process (one core), timing extraction only: by the wall
clock and by this process's CPU time, which other load on a shared machine
disturbs less.

    python bench/attribution_eval.py [--cmd "claimgraph extract --json"] [--skip-score]
"""
from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from claimgraph.ingest.attribution import find_attributions

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
POLNEAR = SHARED / "polnear"
SCORER = SHARED / "tools" / "polnear_score.py"
TARGETS = "targets: source overlap F1 >= 0.80, attribution F1 >= 0.70, >= 200 articles/s"


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
    return [str(Path(sys.executable).parent / "claimgraph"), "extract", "--json"]


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


def measure_throughput(text_dir: Path) -> Throughput:
    texts = [p.read_text() for p in sorted(text_dir.glob("*.txt"))]
    started, cpu_started = time.perf_counter(), time.process_time()
    for text in texts:
        find_attributions(text)
    return Throughput(len(texts), time.perf_counter() - started, time.process_time() - cpu_started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmd", help="extraction command; the article path is appended")
    parser.add_argument("--split", type=Path, default=POLNEAR / "dev")
    parser.add_argument("--throughput-texts", type=Path, default=POLNEAR / "train" / "text")
    parser.add_argument("--skip-score", action="store_true", help="measure throughput only")
    args = parser.parse_args(argv)
    if not POLNEAR.is_dir():
        print(f"PolNeAR not found at {POLNEAR.resolve()}: this benchmark needs ../shared/polnear "
              "(train and dev splits) beside the repository.", file=sys.stderr)
        return 2
    command = shlex.split(args.cmd) if args.cmd else default_command()
    score_line = "polnear: not scored (--skip-score)"
    if not args.skip_score:
        score_line = run_scorer(args.split, command)
    speed = measure_throughput(args.throughput_texts)
    print(f"throughput: {speed.articles} articles in {speed.seconds:.2f} s = "
          f"{speed.per_second:.0f} articles/s, {speed.per_cpu_second:.0f} per CPU second "
          "(find_attributions, one core)")
    print(f"summary: {score_line.removeprefix('polnear: ')} | {speed.per_second:.0f} articles/s "
          f"({speed.per_cpu_second:.0f} per CPU s) | {TARGETS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
