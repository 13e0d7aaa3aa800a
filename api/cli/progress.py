"""What `claimgraph ingest` shows while it works, on stderr.

A bar (articles done of the total, rate, time left) when the input's size is
known: files and folders are counted before the first article is read. A
spinner with the counts for a stream, whose end nobody knows in advance.
"""
from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Articles done per second since the start (a corpus's rate is steady; rich's
    own speed needs several updates, and a small corpus gives one or two)."""

    def render(self, task: Task) -> Text:
        elapsed = task.finished_time or task.elapsed
        rate = task.completed / elapsed if elapsed and task.completed else None
        return Text(f"{rate:.1f} articles/s" if rate else "", style="progress.data.speed")


def ingest_progress(console: Console, total: int | None) -> Progress:
    """A bar over ``total`` articles, or a spinner when ``total`` is None (a stream)."""
    if total is None:
        return Progress(SpinnerColumn(), TextColumn("{task.description}"), RateColumn(), TimeElapsedColumn(),
                        console=console, transient=True)
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                    TextColumn("left"), TimeRemainingColumn(), console=console, transient=True)
