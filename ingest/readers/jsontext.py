"""Strict JSON parsing with errors that say where and what."""
from __future__ import annotations

import json


def parse_json(text: str, *, one_line: bool = False) -> object:
    """The JSON value in ``text``; raises ValueError naming the problem.

    Stricter than :func:`json.loads`: NaN and Infinity (not JSON) and an
    object naming the same key twice (which value was meant?) are refused.
    ``one_line`` reports positions as a column only, for a JSON Lines record.
    """
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_constant)
    except json.JSONDecodeError as error:
        kind = "truncated JSON" if error.pos >= len(text.rstrip()) else "malformed JSON"
        where = f"column {error.colno}" if one_line else f"line {error.lineno} column {error.colno}"
        raise ValueError(f"{kind} at {where}: {error.msg}") from None
    except RecursionError:
        raise ValueError("malformed JSON: nested too deeply") from None
    except ValueError as error:
        # Raised by the hooks below, and by int() for a number with thousands of digits.
        raise ValueError(f"malformed JSON: {error}") from None


def _object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"key {key!r} appears twice in one object")
        result[key] = value
    return result


def _constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON value")
