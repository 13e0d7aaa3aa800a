"""`claimgraph` run in-process by Typer's runner, with the environment a user would set.

Settings are read once per process (``get_settings`` is cached), so each run
reads them afresh from the environment it is given. Only what needs a real
process (signals, serve, a kill) runs `claimgraph` as a subprocess, through
:data:`COMMAND`: the running interpreter, never a path into a virtualenv.
"""
from __future__ import annotations

import re
import sys

from click.testing import Result
from typer.testing import CliRunner

from claimgraph.api.cli.main import app
from claimgraph.settings import get_settings

COMMAND = [sys.executable, "-m", "claimgraph.api.cli.main"]
"""`claimgraph` as a subprocess runs it, under the interpreter running the tests."""

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
    """``claimgraph ARGS`` with ``env`` over the current environment; a wide console so tables do not wrap."""
    get_settings.cache_clear()
    try:
        return CliRunner().invoke(app, list(args), input=input, env={"COLUMNS": "160", **(env or {})},
                                  catch_exceptions=False)
    finally:
        get_settings.cache_clear()


def plain(text: str) -> str:
    """Terminal output without its colour and cursor codes."""
    return _ANSI.sub("", text)
