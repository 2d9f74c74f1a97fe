"""Paths and operator configuration, resolved from the environment with repository defaults.

Everything an operator may change lives here so the rest of the code never reads os.environ.
"""

from __future__ import annotations

import logging
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
SOURCES_DIR = DATA_DIR / "sources"
DEFAULT_DB = DATA_DIR / "hotline.db"
DEFAULT_ARCHIVE_DIR = DATA_DIR / "archive"
CRAWL_CONFIG = DATA_DIR / "crawl.yml"
METADATA = ROOT / "metadata.yml"

ENV_DB = "HOTLINE_WATCH_DB"
ENV_CONTACT = "HOTLINE_WATCH_CONTACT"
ENV_CONFIG = "HOTLINE_WATCH_CONFIG"
ENV_ARCHIVE_DIR = "HOTLINE_WATCH_ARCHIVE_DIR"

#: Longest Retry-After (seconds) honoured by default (crawl.yml `retry_after_max`).
DEFAULT_RETRY_AFTER_MAX = 120.0

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Query parameters that carry secrets (the NY Open Legislation API key is `key=`).
_SECRET_PARAM = re.compile(r"([?&](?:key|api_key|apikey|token|access_token)=)[^&#\s'\">]*", re.I)


class ConfigError(Exception):
    """A configuration file or value is wrong; the message names the file and the field."""


@dataclass(frozen=True)
class CrawlConfig:
    """Politeness settings for live crawls (data/crawl.yml)."""

    contact: str
    project_url: str
    download_delay: float
    autothrottle_max_delay: float
    download_timeout: float
    max_page_bytes: int
    retry_after_max: float = DEFAULT_RETRY_AFTER_MAX
    #: Site change lists (hotline_watch/change_list.py): used at all, and how old a page's last
    #: fetch may be for its listing to confirm it unchanged without a request.
    change_lists: bool = True
    change_list_max_age_days: float = 7.0

    @property
    def user_agent(self) -> str:
        from hotline_watch import __version__

        return f"hotline-watch/{__version__} (+{self.project_url}; {self.contact})"


def db_path(explicit: str | os.PathLike | None = None) -> Path:
    """The SQLite database: --db, else $HOTLINE_WATCH_DB, else data/hotline.db.

    An empty --db is an error, never a silent fall back to the default (which would write a
    crawl into a database nobody asked for). An empty $HOTLINE_WATCH_DB counts as unset.
    """
    if explicit is not None:
        return check_path(explicit, "--db")
    if os.environ.get(ENV_DB):
        return check_path(os.environ[ENV_DB], f"${ENV_DB}")
    return DEFAULT_DB


def check_path(value: str | os.PathLike, what: str) -> Path:
    """A path given by the operator, checked for what would otherwise fail later with a
    traceback: empty, or not valid UTF-8 (SQLite, Datasette and the logs need text)."""
    text = os.fspath(value)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    if not text.strip():
        raise ConfigError(f"{what}: empty path")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ConfigError(
            f"{what}: {show_path(text)} is not valid UTF-8; rename it or use another path"
        ) from None
    return Path(text)


def show_path(path: str | os.PathLike) -> str:
    """A path for a message, printable whatever bytes it holds (undecodable ones as \\xNN)."""
    text = os.fsdecode(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text


def read_text_file(path: Path, what: str, error: type[Exception]) -> str | None:
    """An operator's file as text, or None when it does not exist. Any other problem (a
    directory, no permission, not UTF-8) raises `error` naming the file."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise error(f"{show_path(path)}: {what} is a directory, not a file") from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise error(
            f"{show_path(path)}: {what} is not UTF-8 text (byte 0x{exc.object[exc.start]:02x} "
            f"on line {line})"
        ) from None
    except OSError as exc:
        raise error(f"{show_path(path)}: cannot read {what}: {exc.strerror or exc}") from None


# libyaml's loader when PyYAML was built with it: yaml.safe_load's rules, in C.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml_file(path: Path, what: str, error: type[Exception]) -> object:
    """An operator's YAML file, parsed. Every problem (missing, a directory, unreadable, not
    UTF-8, not YAML) raises `error` naming the file: the one reader for the registries,
    crawl.yml, bills.yml, the site rules and the subscriptions."""
    text = read_text_file(path, what, error)
    if text is None:
        raise error(f"{show_path(path)}: {what} not found")
    try:
        return yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise error(f"{show_path(path)}: not valid YAML: {exc}") from exc


def archive_dir() -> Path:
    """Where live crawls write their WARC files: $HOTLINE_WATCH_ARCHIVE_DIR, else data/archive."""
    return Path(os.environ.get(ENV_ARCHIVE_DIR) or DEFAULT_ARCHIVE_DIR)


def httpcache_dir() -> Path:
    """Scrapy's HTTP cache (validators for conditional re-fetches): $HOTLINE_WATCH_HTTPCACHE_DIR,
    else data/httpcache."""
    return Path(os.environ.get("HOTLINE_WATCH_HTTPCACHE_DIR") or DATA_DIR / "httpcache")


#: crawl.yml fields: (kind, default, smallest allowed value). Anything else is refused, so a
#: misspelt field is an error rather than a silently ignored setting.
_NUMBERS: dict[str, tuple[type, float, float]] = {
    "download_delay": (float, 5.0, 0),
    "autothrottle_max_delay": (float, 60.0, 0),
    "download_timeout": (float, 30.0, 0.001),
    # Scrapy's DOWNLOAD_MAXSIZE: 0 means no limit, which must be said, never reached by rounding.
    "max_page_bytes": (int, 10 * 1024 * 1024, 0),
    "retry_after_max": (float, DEFAULT_RETRY_AFTER_MAX, 0),
    "change_list_max_age_days": (float, 7.0, 0),
}
_TEXTS = ("contact", "project_url")
_FLAGS = {"change_lists": True}


def load_crawl_config(path: str | os.PathLike | None = None) -> CrawlConfig:
    """Read crawl.yml; $HOTLINE_WATCH_CONTACT overrides the contact address.

    Every field is checked: numbers must be real finite numbers (not true/false, .nan or
    1e400), max_page_bytes a whole number, and unknown fields are refused.
    """
    path = Path(path or os.environ.get(ENV_CONFIG) or CRAWL_CONFIG)
    raw = read_yaml_file(path, "crawl configuration file", ConfigError) or {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping at top level")
    unknown = sorted(str(k) for k in raw if k not in _NUMBERS and k not in _TEXTS | _FLAGS.keys())
    if unknown:
        raise ConfigError(
            f"{path}: unknown field{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(repr(k) for k in unknown)} "
            f"(allowed: {', '.join(sorted([*_NUMBERS, *_TEXTS, *_FLAGS]))})"
        )
    contact = os.environ.get(ENV_CONTACT) or raw.get("contact")
    if not isinstance(contact, str) or not _EMAIL.match(contact):
        raise ConfigError(
            f"{path}: field 'contact' must be an e-mail address for the User-Agent "
            f"(or set ${ENV_CONTACT}); got {contact!r}"
        )
    project_url = raw.get("project_url", "https://github.com/hotline-watch/hotline-watch")
    if not isinstance(project_url, str) or not re.match(r"^https?://\S+$", project_url):
        raise ConfigError(
            f"{path}: field 'project_url' must be an http(s) URL, got {project_url!r}"
        )
    numbers = {field: _number(path, raw, field, *spec) for field, spec in _NUMBERS.items()}
    flags = {field: raw.get(field, default) for field, default in _FLAGS.items()}
    for field, value in flags.items():
        if not isinstance(value, bool):
            raise ConfigError(f"{path}: field '{field}' must be true or false, got {value!r}")
    return CrawlConfig(contact=contact, project_url=project_url, **numbers, **flags)


def _number(path: Path, raw: dict, field: str, kind: type, default: float, least: float):
    value = raw.get(field, default)
    if isinstance(value, str):
        # YAML 1.1 reads `1e3` (no dot) as a string; accept it when it is a plain number.
        try:
            value = float(value.strip())
        except ValueError:
            raise ConfigError(f"{path}: field '{field}' must be a number, got {value!r}") from None
    # bool is an int to Python, and YAML turns `yes`/`true` into one: never a delay.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{path}: field '{field}' must be a number, got {value!r}")
    if not math.isfinite(value):
        raise ConfigError(f"{path}: field '{field}' must be a finite number, got {value!r}")
    if kind is int:
        if value != int(value):
            raise ConfigError(f"{path}: field '{field}' must be a whole number, got {value!r}")
        value = int(value)
    if value < least:
        bound = "must not be negative" if least == 0 else f"must be at least {least}"
        raise ConfigError(f"{path}: field '{field}' {bound}, got {value!r}")
    return kind(value)


def redact(text: str) -> str:
    """Replace secret query-parameter values in a URL (or any text) with REDACTED.

    Applied to every URL we store, archive or log: API keys come from the environment and
    must never leave it.
    """
    return _SECRET_PARAM.sub(r"\1REDACTED", text)


def redact_every_log_record() -> None:
    """Redact secrets in every log record as it is made, whichever handler writes it.

    Not a filter on a handler: Scrapy installs a new root handler when each crawler starts,
    and its retry middleware logs a failed request's whole URL ("Gave up retrying
    <GET ...?key=...>"), LegiScan's API key included."""
    make = logging.getLogRecordFactory()
    if getattr(make, "redacting", False):
        return

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = make(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a record that cannot render is the handler's to report
            return record
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return record

    factory.redacting = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
