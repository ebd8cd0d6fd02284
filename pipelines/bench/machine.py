"""What the figures were measured on: the same code ran a quarter faster here on a PGO-built CPython."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path


def describe_machine() -> dict:
    """Cores and the interpreter (version, build, compiler, resolved path) the benchmark ran with."""
    return {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "python_build": " ".join(platform.python_build()),
        "python_compiler": platform.python_compiler(),
        "python_executable": str(Path(sys.executable).resolve()),
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
    }
