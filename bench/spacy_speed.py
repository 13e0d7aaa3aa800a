"""What a statistical pipeline would cost: spaCy's articles per CPU second over PolNeAR train.

Not a dependency of the project: run it in an environment of its own with spaCy and an English
model package installed, and name the package (default ``en_core_web_sm``). It prints the articles
per CPU second of the whole pipeline, without entities, and of the tagger alone, to set beside the
floor of 150 that the whole of extraction must keep (README, "How well it works").

    python bench/spacy_speed.py [--model en_core_web_sm] [--articles 150]
"""
from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

TRAIN = Path(__file__).resolve().parents[1] / ".." / "shared" / "polnear" / "train" / "text"
CONFIGS = (("whole pipeline", ()), ("without entities", ("ner",)), ("tagger alone", ("parser", "ner", "lemmatizer")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--model", default="en_core_web_sm", help="the model's package name")
    parser.add_argument("--articles", type=int, default=150)
    args = parser.parse_args(argv)
    try:
        model = importlib.import_module(args.model)
    except ImportError as e:
        print(f"spacy_speed: cannot import {args.model!r} ({e}); install spaCy and the model first", file=sys.stderr)
        return 2
    texts = [p.read_text(errors="replace") for p in sorted(TRAIN.glob("*.txt"))][:args.articles]
    if not texts:
        print(f"spacy_speed: no articles under {TRAIN}", file=sys.stderr)
        return 2
    for label, disabled in CONFIGS:
        nlp = model.load(disable=list(disabled))
        list(nlp.pipe(texts[:5]))  # loading and first-call costs stay out of the clock
        start = time.process_time()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
        cpu = time.process_time() - start
        print(f"{label}: {len(texts) / cpu:.1f} articles per CPU s, {tokens / cpu:.0f} tokens per CPU s "
              f"({', '.join(nlp.pipe_names)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
