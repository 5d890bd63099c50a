"""The whole error vocabulary of topline, in one place.

Library code raises these and never prints; the shells (CLI, HTTP API) turn them into a
one-line message and an exit code or an HTTP status in one function each. Lower-layer
errors (OSError, UnicodeDecodeError, sqlite3.Error, httpx errors) are translated where they
happen so that no caller has to know about them.
"""

from __future__ import annotations


class ToplineError(Exception):
    """Base class of every error topline raises on purpose."""

    #: A short stable code, used in the API's JSON errors.
    code = "topline_error"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


# --- input -------------------------------------------------------------------------------


class InputError(ToplineError):
    """What the user gave cannot be read as an article."""

    code = "bad_input"


class EmptyInput(InputError):
    """The input is empty or holds only white space."""

    code = "empty_input"


class NotText(InputError):
    """The input is binary data, not text."""

    code = "not_text"


class TooLarge(InputError):
    """The input is larger than the configured limit."""

    code = "too_large"


class TooLong(TooLarge):
    """The article's text is longer than the analysis accepts (see ``ingest.text.MAX_CHARS``)."""

    code = "too_long"


class Unreadable(InputError):
    """A file or folder exists but cannot be read (permissions, I/O error)."""

    code = "unreadable"


class BadEncoding(InputError):
    """The bytes are not valid in any encoding we could detect."""

    code = "bad_encoding"


class NotAFile(InputError):
    """A path names a directory or something else that is not a readable file."""

    code = "not_a_file"


class UnsupportedFormat(InputError):
    """The input is text, but in a form topline does not read."""

    code = "unsupported_format"


class BadDate(InputError):
    """A date the caller gave (``--published``, ``"published"``, ``--since``) is not a date."""

    code = "bad_date"


class FetchError(InputError):
    """A URL could not be fetched (refused, timed out, too large, wrong status)."""

    code = "fetch_failed"


class RobotsDisallowed(FetchError):
    """The site's robots.txt disallows fetching the URL (for topline's User-Agent)."""

    code = "robots_disallowed"


# --- processing --------------------------------------------------------------------------


class ExtractionError(ToplineError):
    """The article was read but no usable text or structure could be extracted from it."""

    code = "extraction_failed"


class ModelMissing(ToplineError):
    """The spaCy model that topline needs is not installed."""

    code = "model_missing"


class ItemFailed(ToplineError):
    """One item of a batch failed for an unexpected reason; the batch went on without it."""

    code = "internal_error"


# --- store -------------------------------------------------------------------------------


class StoreError(ToplineError):
    """The SQLite store cannot be opened, is locked, corrupt, or not a topline store."""

    code = "store_error"


class ReadOnlyStore(StoreError):
    """The store can be read here but not written (read-only file, folder or medium)."""

    code = "store_read_only"


class NotFound(StoreError):
    """No article or story has the requested id."""

    code = "not_found"
