"""What ``import topline`` costs, beside importing spaCy alone and an empty interpreter.

Each case runs in a fresh interpreter (``python -c``), ``--repeat`` times; the figure is the
median CPU time (user + system) of that child process, from ``resource.getrusage``. The
table says whether the import loaded spaCy, and the ratio to ``import spacy`` measured in the
same run, so the numbers stay comparable on a loaded machine.

    python benchmarks/import_time.py --repeat 5
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys

CASES = {
    "empty interpreter": "pass",
    "import spacy (baseline)": "import spacy",
    "import topline": "import topline",
    "import topline.pipeline": "import topline.pipeline",
}
PROBE = "; import sys; print('spacy' in sys.modules)"


def cpu_seconds(code: str) -> tuple[float, bool] | None:
    """CPU seconds of one fresh interpreter running ``code``, and whether spaCy was loaded;
    None when the import fails (a module this checkout does not have)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([sys.executable, "-c", code + PROBE], capture_output=True, text=True)
    if out.returncode != 0:
        return None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return used, out.stdout.strip() == "True"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows: dict[str, tuple[float, bool]] = {}
    for name, code in CASES.items():
        runs = [run for run in (cpu_seconds(code) for _ in range(args.repeat)) if run]
        if runs:
            rows[name] = (statistics.median(t for t, _ in runs), runs[0][1])
    base = rows["import spacy (baseline)"][0]
    print(f"load average {os.getloadavg()[0]:.1f}; median of {args.repeat} fresh interpreters")
    print()
    print("| case | CPU s | ratio to `import spacy` | loads spaCy |")
    print("|---|---|---|---|")
    for name, (seconds, spacy) in rows.items():
        print(f"| {name} | {seconds:.2f} | {seconds / base:.2f} | {'yes' if spacy else 'no'} |")


if __name__ == "__main__":
    main()
