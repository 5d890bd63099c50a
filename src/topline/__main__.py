"""``python -m topline``: the same command line as ``topline``, for environments without the script on PATH."""

from topline.cli import main

main()
