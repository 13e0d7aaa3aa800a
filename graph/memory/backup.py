"""Backup and restore of the embedded store's file: ``make store-backup [FILE=]`` and
``make store-restore FILE=``.

A copy is taken, and a restore written, under the writers' lock
(``<file>.lock``, as :class:`~claimgraph.graph.memory.store.MemoryStore`
takes it), so neither sees half a write; a restore first checks that the
file is a graph this store wrote and replaces the store's file atomically,
and every process using it reloads it on its next read.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from claimgraph.graph.memory import file as memory_file
from claimgraph.settings import get_settings

BACKUPS = Path("var/backups")


@contextmanager
def _locked(store_path: Path) -> Iterator[None]:
    store_path.parent.mkdir(parents=True, exist_ok=True)
    with open(store_path.with_name(store_path.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def backup(store_path: Path, dest: Path | None = None) -> Path:
    """Copy the store's file to ``dest`` (default ``var/backups/embedded-<UTC time>.graph.json``)."""
    if dest is None:
        dest = BACKUPS / f"embedded-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}.graph.json"
    with _locked(store_path):
        text = store_path.read_text(encoding="utf-8")
    memory_file.save(text, dest)
    return dest


def restore(source: Path, store_path: Path) -> None:
    """Replace the store's file with ``source``, a graph file this store wrote (else GraphFileError)."""
    text = source.read_text(encoding="utf-8")
    memory_file.load(source)
    with _locked(store_path):
        memory_file.save(text, store_path)


def main(argv: list[str]) -> int:
    store_path = get_settings().store_path
    if argv[:1] == ["backup"] and len(argv) <= 2:
        print(f"backup written to {backup(store_path, Path(argv[1]) if len(argv) == 2 else None)}")
        return 0
    if argv[:1] == ["restore"] and len(argv) == 2:
        try:
            restore(Path(argv[1]), store_path)
        except (OSError, memory_file.GraphFileError) as e:
            print(f"error: nothing restored: {e}", file=sys.stderr)
            return 1
        print(f"{store_path} restored from {argv[1]}")
        return 0
    print("usage: python -m claimgraph.graph.memory.backup backup [FILE] | restore FILE", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
