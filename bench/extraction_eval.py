"""Extraction quality in one run: conflict reporting, PolNeAR attribution, throughput.

1. The conflict development set (../shared/corpus/conflict-dev) scored by
   ../shared/tools/conflict_score.py: figures, attributed figures, headline
   figures, actor precision (its table and its summary line).
2. PolNeAR dev attribution and the throughput of the whole extract() on
   PolNeAR train (:mod:`attribution_eval`).

    python bench/extraction_eval.py [--workdir DIR] [--details FILE.json] [--skip-polnear]

Targets: figure F1 >= 0.90, attributed-figure F1 >= 0.80, headline
figures found >= 0.9, actor precision >= 0.97; PolNeAR source overlap F1 >=
0.80, attribution F1 >= 0.75 with precision >= 0.80; extract() >= 150
articles per CPU second.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import attribution_eval

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CONFLICT_SCORER = SHARED / "tools" / "conflict_score.py"
CONFLICT_TARGETS = ("targets: figure F1 >= 0.90, attributed-figure F1 >= 0.80, headline figures found >= 0.9, "
                    "actor precision >= 0.97")


def run_conflict_scorer(workdir: Path, details: Path | None) -> int:
    """Runs the conflict scorer with this interpreter's claimgraph, echoing its output."""
    claimgraph = Path(sys.executable).parent / "claimgraph"
    command = [sys.executable, str(CONFLICT_SCORER), "--claimgraph", str(claimgraph), "--workdir", str(workdir)]
    if details is not None:
        command += ["--details", str(details)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, help="scratch folder of the conflict scorer (default: a temporary one)")
    parser.add_argument("--details", type=Path, help="write every conflict match and miss here (JSON)")
    parser.add_argument("--skip-polnear", action="store_true", help="score the conflict set only")
    args = parser.parse_args(argv)
    if not CONFLICT_SCORER.is_file():
        print(f"conflict scorer not found at {CONFLICT_SCORER.resolve()}: this benchmark needs ../shared "
              "beside the repository.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="conflict-") as scratch:
        code = run_conflict_scorer(args.workdir or Path(scratch), args.details)
    if code != 0:
        return code
    print(CONFLICT_TARGETS)
    if args.skip_polnear:
        return 0
    print()
    return attribution_eval.main([])


if __name__ == "__main__":
    raise SystemExit(main())
