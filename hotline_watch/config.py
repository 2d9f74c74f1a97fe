"""Paths and operator configuration, resolved from the environment with repository defaults.

Everything an operator may change lives here so the rest of the code never reads os.environ.
"""

from __future__ import annotations

import logging
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

    @property
    def user_agent(self) -> str:
        from hotline_watch import __version__

        return f"hotline-watch/{__version__} (+{self.project_url}; {self.contact})"


def db_path(explicit: str | os.PathLike | None = None) -> Path:
    """The SQLite database: --db, else $HOTLINE_WATCH_DB, else data/hotline.db."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV_DB):
        return Path(os.environ[ENV_DB])
    return DEFAULT_DB


def archive_dir() -> Path:
    """Where live crawls write their WARC files: $HOTLINE_WATCH_ARCHIVE_DIR, else data/archive."""
    return Path(os.environ.get(ENV_ARCHIVE_DIR) or DEFAULT_ARCHIVE_DIR)


def httpcache_dir() -> Path:
    """Scrapy's HTTP cache (validators for conditional re-fetches): $HOTLINE_WATCH_HTTPCACHE_DIR,
    else data/httpcache."""
    return Path(os.environ.get("HOTLINE_WATCH_HTTPCACHE_DIR") or DATA_DIR / "httpcache")


def load_crawl_config(path: str | os.PathLike | None = None) -> CrawlConfig:
    """Read crawl.yml; $HOTLINE_WATCH_CONTACT overrides the contact address."""
    path = Path(path or os.environ.get(ENV_CONFIG) or CRAWL_CONFIG)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: crawl configuration file not found") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping at top level")
    contact = os.environ.get(ENV_CONTACT) or raw.get("contact")
    if not contact or not _EMAIL.match(str(contact)):
        raise ConfigError(
            f"{path}: field 'contact' must be an e-mail address for the User-Agent "
            f"(or set ${ENV_CONTACT}); got {contact!r}"
        )

    def number(field: str, default: float, kind: type = float) -> float:
        value = raw.get(field, default)
        try:
            value = kind(value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{path}: field '{field}' must be a number, got {value!r}") from exc
        if value < 0:
            raise ConfigError(f"{path}: field '{field}' must not be negative")
        return value

    return CrawlConfig(
        contact=str(contact),
        project_url=str(raw.get("project_url", "https://github.com/hotline-watch/hotline-watch")),
        download_delay=number("download_delay", 5.0),
        autothrottle_max_delay=number("autothrottle_max_delay", 60.0),
        download_timeout=number("download_timeout", 30.0),
        max_page_bytes=int(number("max_page_bytes", 10 * 1024 * 1024, int)),
        retry_after_max=number("retry_after_max", DEFAULT_RETRY_AFTER_MAX),
    )


def redact(text: str) -> str:
    """Replace secret query-parameter values in a URL (or any text) with REDACTED.

    Applied to every URL we store, archive or log: API keys come from the environment and
    must never leave it.
    """
    return _SECRET_PARAM.sub(r"\1REDACTED", text)


class RedactingFilter(logging.Filter):
    """A logging filter that redacts secrets from every record's rendered message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True
