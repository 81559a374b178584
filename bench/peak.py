"""Run a Python script as ``__main__`` and write its peak resident memory (VmHWM, MB) to a file at exit.

``wait4``'s ``ru_maxrss`` for a child also counts the parent's pages the child shared before exec,
so a benchmark holding a large corpus would see it in every child; VmHWM is the new program's own.

    python -m bench.peak OUT_FILE SCRIPT [ARGS...]
"""

from __future__ import annotations

import atexit
import runpy
import sys
from pathlib import Path


def peak_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def main() -> None:
    out, script, *args = sys.argv[1:]
    atexit.register(lambda: Path(out).write_text(f"{peak_mb():.1f}\n"))
    sys.argv = [script, *args]
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
