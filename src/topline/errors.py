"""The whole error vocabulary of topline, in one place: library, batch and shell errors.

Library code raises these and never prints; the shells turn them into a one-line message and
an exit code (``topline.cli._common.exit_code_for``) or an HTTP status and JSON body
(``topline.web.errors.status_and_body``), in one function each. Lower-layer errors (OSError,
UnicodeDecodeError, sqlite3.Error, httpx errors) are translated where they happen so that no
caller has to know about them. A batch does not raise for a bad item: it yields an
:class:`~topline.ingest.result.IngestFailure` that carries the error and goes on.

The tree (``code`` · CLI exit code · HTTP status)::

    ToplineError                     topline_error        2  400
    ├── InputError                   bad_input            2  422   what the user gave
    │   ├── EmptyInput               empty_input          2  422
    │   ├── NotText                  not_text             2  422
    │   ├── TooLarge                 too_large            2  413
    │   │   └── TooLong              too_long             2  413   text over MAX_CHARS
    │   ├── Unreadable               unreadable           2  422   exists, cannot be read
    │   ├── BadEncoding              bad_encoding         2  422
    │   ├── NotAFile                 not_a_file           2  422
    │   ├── UnsupportedFormat        unsupported_format   2  415
    │   ├── BadDate                  bad_date             2  422   a given date is not a date
    │   ├── UnsupportedLanguage      unsupported_language 2  422   not English (--language)
    │   └── FetchError               fetch_failed         2  502
    │       ├── RobotsDisallowed     robots_disallowed    2  403
    │       └── URLForbidden         url_forbidden        -  403   (HTTP shell only)
    ├── ExtractionError              extraction_failed    2  422   read, but nothing usable
    ├── OffsetsUnavailable           offsets_unavailable  2  400   no map back to the input
    ├── ModelMissing                 model_missing        2  503
    ├── ItemFailed                   internal_error       2  400   a batch item's unexpected error
    ├── StoreError                   store_error          3  503
    │   ├── ReadOnlyStore            store_read_only      3  503
    │   └── NotFound                 not_found            3  404
    ├── WorkerDied                   worker_died          2  -     a batch worker process died
    ├── SparkUnavailable             spark_unavailable    2  -     pyspark or Java missing
    └── WebError                     bad_request          -  400   the HTTP shell refuses
        ├── InvalidJSON              invalid_json            400
        ├── EmptyBody                empty_body              400
        ├── InvalidRequest           invalid_request         422
        ├── WrongContentType         unsupported_media_type  415
        ├── BodyTooLarge             request_too_large       413
        ├── TimeLimit                timeout                 503
        ├── HostNotAllowed           host_not_allowed        421
        ├── CrossOrigin              cross_origin            403
        ├── Busy                     busy                    503
        └── WorkerCrashed            worker_crashed          503

Exit codes besides these: 0 success, 1 internal error (a bug: one line, no traceback unless
``TOPLINE_DEBUG=1``), 130 interrupted.
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


class UnsupportedLanguage(InputError):
    """The text is not in a language topline's model reads (``topline.analyze.language``)."""

    code = "unsupported_language"


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


class URLForbidden(FetchError):
    """The URL points at a private, loopback or link-local address, which the server refuses."""

    code = "url_forbidden"


# --- processing --------------------------------------------------------------------------


class ExtractionError(ToplineError):
    """The article was read but no usable text or structure could be extracted from it."""

    code = "extraction_failed"


class OffsetsUnavailable(ToplineError):
    """Spans were asked for in the input's coordinates, but the article has no map back to
    its input (it was read from the store)."""

    code = "offsets_unavailable"


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


# --- batches and scale-out -----------------------------------------------------------------


class WorkerDied(ToplineError):
    """A worker process died (killed, out of memory); the output so far is kept."""

    code = "worker_died"


class SparkUnavailable(ToplineError):
    """pyspark (the ``topline[spark]`` extra) or Java is not installed."""

    code = "spark_unavailable"


# --- the HTTP shell --------------------------------------------------------------------------


class WebError(ToplineError):
    """A request the HTTP shell refuses before the library sees it."""

    code = "bad_request"


class InvalidJSON(WebError):
    """The body is declared as JSON but does not parse."""

    code = "invalid_json"


class EmptyBody(WebError):
    """The request has no body at all."""

    code = "empty_body"


class InvalidRequest(WebError):
    """The body or the query parses but does not have the fields the route needs."""

    code = "invalid_request"


class WrongContentType(WebError):
    """The body is in a media type the route does not read."""

    code = "unsupported_media_type"


class BodyTooLarge(WebError):
    """The body is larger than the server's request limit."""

    code = "request_too_large"


class TimeLimit(WebError):
    """The work took longer than the server's per-request time limit."""

    code = "timeout"


class HostNotAllowed(WebError):
    """The request's ``Host`` is not one the server answers to (DNS rebinding)."""

    code = "host_not_allowed"


class CrossOrigin(WebError):
    """A page on another origin tried to change the server's state."""

    code = "cross_origin"


class Busy(WebError):
    """Every analysis worker is busy for longer than the request may wait."""

    code = "busy"


class WorkerCrashed(WebError):
    """The analysis worker died while working on the request (it has been replaced)."""

    code = "worker_crashed"
