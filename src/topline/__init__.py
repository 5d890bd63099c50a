"""topline: grounded, structured news briefs in the Topline format.

    >>> import topline
    >>> brief = topline.brief(text, published="2020-01-16")

Every element of a brief carries spans into the cleaned article text; nothing is invented.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

# The subpackage topline.brief is imported first, so that the function below, bound last,
# is what ``topline.brief`` names (a later ``import topline.brief`` does not rebind it).
import topline.brief  # noqa: F401  (see above)
from topline.api_python import analyze_text, brief, extract, parse

try:
    __version__ = version("topline")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.1.0"

__all__ = ["__version__", "analyze_text", "brief", "extract", "parse"]
