"""topline: grounded, structured news briefs in the Topline format.

    >>> import topline
    >>> brief = topline.brief(text, published="2020-01-16")    # text, HTML, a path or a URL
    >>> topline.sniff("<html><body><p>…</p></body></html>")     # what it was taken for
    'html'

Every element of a brief carries spans into the cleaned article text; nothing is invented.
Importing topline is cheap: spaCy loads on the first analysis.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

# The subpackage topline.brief is imported first, so that the function below, bound last,
# is what ``topline.brief`` names (a later ``import topline.brief`` does not rebind it).
import topline.brief  # noqa: F401  (see above)
from topline.api_python import (
    analyze_text,
    brief,
    brief_file,
    brief_html,
    brief_text,
    brief_url,
    document,
    extract,
    parse,
    read,
    sniff,
)

try:
    __version__ = version("topline")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.1.0"

__all__ = [
    "__version__",
    "analyze_text",
    "brief",
    "brief_file",
    "brief_html",
    "brief_text",
    "brief_url",
    "document",
    "extract",
    "parse",
    "read",
    "sniff",
]
