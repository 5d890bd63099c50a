"""Helpers of the fault suite: inputs written on the fly, and runs without root's powers."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

GOOD = [
    "The city council voted 7-2 on Tuesday to spend $3 million on new buses, officials said. "
    "The mayor said the buses would arrive in March.",
    "Heavy rain flooded roads across the county on Friday, and two schools closed early. "
    "Forecasters expect more storms over the weekend.",
    "The company said on Monday that profits rose 12% in the quarter. Its shares climbed "
    "in early trading after the report.",
]


def write_jsonl(path: Path, records: list[Any]) -> Path:
    """Records as JSONL; a str record is written as the raw line itself."""
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write((r if isinstance(r, str) else json.dumps(r)) + "\n")
    return path


def unprivileged(args: list[str]) -> list[str]:
    """``args`` run without root's power to ignore file permissions (as root), else as is."""
    if os.geteuid() != 0:
        return args
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file permissions cannot be tested")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *args]
