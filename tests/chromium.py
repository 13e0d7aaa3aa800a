"""The headless Chromium the browser tests drive (Debian's, which `make test` installs)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
OUTPUT = REPO / "test-output"
"""Where the screenshots go (the docs show some of them)."""
TIMEOUT_MS = 60_000


def needs(condition: bool, message: str) -> None:
    """Skips the test where a part of the browser set-up is missing; fails under CI."""
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
