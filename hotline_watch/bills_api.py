"""Bill APIs: configuration, the requests each backend makes, and the request budget.

* `load_bills_config`: data/sources/bills.yml (or $HOTLINE_WATCH_BILLS): base URLs, limits and
  queries of each backend. API keys come from the environment only (OPENSTATES_API_KEY,
  LEGISCAN_API_KEY); base URLs may be overridden ($HOTLINE_WATCH_OPENSTATES_URL,
  $HOTLINE_WATCH_LEGISCAN_URL), which is how tests point them at a loopback server.
* URL builders: one canonical URL per request (fixed parameter order), so `crawl --replay`
  finds the archived copy of every API page.
* `RequestBudget` and `ApiBudgetMiddleware`: the crawler keeps each API's limits itself (Open
  States' free tier: 10 requests a minute, 250 a UTC day; LegiScan's: 30,000 a month), counts
  every request in `bill_api_usage`, waits out a per-minute 429 and stops for the day on a
  per-day one. A spent budget refuses the request (BudgetSpent); the spider then leaves the
  rest of its pass for the next run.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jsonschema
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.utils.defer import maybe_deferred_to_future

from hotline_watch.config import SOURCES_DIR, ConfigError, db_path, read_yaml_file

logger = logging.getLogger(__name__)

BILLS_FILE = SOURCES_DIR / "bills.yml"
ENV_BILLS = "HOTLINE_WATCH_BILLS"
BACKENDS = ("openstates", "legiscan")  # in order of preference
KEY_ENV = {"openstates": "OPENSTATES_API_KEY", "legiscan": "LEGISCAN_API_KEY"}
URL_ENV = {"openstates": "HOTLINE_WATCH_OPENSTATES_URL", "legiscan": "HOTLINE_WATCH_LEGISCAN_URL"}
#: Open States' include= parts asked for with every search (other fields are left out).
OPENSTATES_INCLUDE = ("actions", "versions", "sources", "abstracts")
META = "hw_api"  # request.meta key naming the backend of an API request

_POSITIVE = {"type": "integer", "minimum": 1}
_QUERIES = {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 3}}
SCHEMA: dict = {
    "type": "object",
    "required": ["openstates", "legiscan"],
    "additionalProperties": False,
    "properties": {
        "openstates": {
            "type": "object",
            "required": ["base_url", "queries"],
            "additionalProperties": False,
            "properties": {
                "base_url": {"type": "string", "pattern": "^https?://"},
                "per_page": {"type": "integer", "minimum": 1, "maximum": 20},
                "requests_per_minute": _POSITIVE,
                "requests_per_day": _POSITIVE,
                "max_pages": _POSITIVE,
                "sessions_every_days": _POSITIVE,
                "queries": _QUERIES,
            },
        },
        "legiscan": {
            "type": "object",
            "required": ["base_url", "queries"],
            "additionalProperties": False,
            "properties": {
                "base_url": {"type": "string", "pattern": "^https?://"},
                "requests_per_month": _POSITIVE,
                "max_pages": _POSITIVE,
                "queries": _QUERIES,
            },
        },
    },
}


@dataclass(frozen=True)
class OpenStatesConfig:
    base_url: str
    queries: tuple[str, ...]
    per_page: int = 20
    requests_per_minute: int = 10
    requests_per_day: int = 250
    max_pages: int = 50
    sessions_every_days: int = 7


@dataclass(frozen=True)
class LegiScanConfig:
    base_url: str
    queries: tuple[str, ...]
    requests_per_month: int = 30000
    max_pages: int = 20


@dataclass(frozen=True)
class BillsConfig:
    path: Path
    openstates: OpenStatesConfig
    legiscan: LegiScanConfig

    def keys(self) -> dict[str, str]:
        """The API keys set in the environment, by backend (read when asked, never stored)."""
        return {b: os.environ[v].strip() for b, v in KEY_ENV.items() if os.environ.get(v, "")}


def load_bills_config(path: str | os.PathLike | None = None) -> BillsConfig:
    """Read and validate the bills configuration; ConfigError names the file and field."""
    path = Path(path or os.environ.get(ENV_BILLS) or BILLS_FILE)
    raw = read_yaml_file(path, "bills configuration file", ConfigError)
    try:
        jsonschema.validate(raw, SCHEMA)
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "top level"
        raise ConfigError(f"{path}: field {where}: {exc.message}") from exc
    os_raw, ls_raw = dict(raw["openstates"]), dict(raw["legiscan"])
    for backend, section in (("openstates", os_raw), ("legiscan", ls_raw)):
        override = os.environ.get(URL_ENV[backend], "").strip()
        if override and not override.startswith(("http://", "https://")):
            raise ConfigError(f"${URL_ENV[backend]}: not an http(s) URL: {override!r}")
        section["base_url"] = (override or section["base_url"]).rstrip("/")
        section["queries"] = tuple(section["queries"])
    return BillsConfig(path, OpenStatesConfig(**os_raw), LegiScanConfig(**ls_raw))


# -- requests ----------------------------------------------------------------------------------


def openstates_search_url(cfg: OpenStatesConfig, query: str, page: int, since: str | None) -> str:
    """GET /bills for one simple query, newest updates first (so that resuming a pass at a
    later page can only see a bill twice, never miss one)."""
    params: list[tuple[str, Any]] = [("q", query), ("sort", "updated_desc")]
    params += [("include", part) for part in OPENSTATES_INCLUDE]
    params += [("per_page", cfg.per_page), ("page", page)]
    if since:
        params.append(("updated_since", since))
    return f"{cfg.base_url}/bills?{urlencode(params, quote_via=quote)}"


def openstates_sessions_url(cfg: OpenStatesConfig) -> str:
    """GET /jurisdictions with their legislative sessions (52 a page: all states in one)."""
    params = [
        ("classification", "state"),
        ("include", "legislative_sessions"),
        ("per_page", 52),
        ("page", 1),
    ]
    return f"{cfg.base_url}/jurisdictions?{urlencode(params, quote_via=quote)}"


def legiscan_url(cfg: LegiScanConfig, key: str, op: str, **params: Any) -> str:
    """A LegiScan API URL. The key is a query parameter: `config.redact` hides it in every
    stored URL, log line and archive record."""
    pairs = [("key", key), ("op", op), *params.items()]
    return f"{cfg.base_url}/?{urlencode(pairs, quote_via=quote)}"


# -- the request budget ------------------------------------------------------------------------


class BudgetSpent(IgnoreRequest):
    """The API's daily (or monthly) budget is spent: the request was not made."""


def _utc_day(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).date().isoformat()


class RequestBudget:
    """One backend's limits: requests a minute (sliding window), a UTC day, a month.

    Pure bookkeeping with an injectable clock: the middleware asks `wait()` before each
    request, `refusal()` for a spent day or month, and calls `spend()` when it lets one go.
    """

    def __init__(
        self,
        backend: str,
        per_minute: int | None = None,
        per_day: int | None = None,
        per_month: int | None = None,
        used_today: int = 0,
        used_month: int = 0,
        recent: list[float] | None = None,
        clock=time.time,
    ):
        self.backend = backend
        self.per_minute, self.per_day, self.per_month = per_minute, per_day, per_month
        self.clock = clock
        self.day = _utc_day(clock())
        self.used_today, self.used_month = used_today, used_month
        self.recent: deque[float] = deque(sorted(recent or []), maxlen=per_minute or 1)
        self.blocked_until = 0.0
        self.spent_reason: str | None = None

    def _roll(self, now: float) -> None:
        day = _utc_day(now)
        if day != self.day:  # a run across UTC midnight starts the new day's count
            if day[:7] != self.day[:7]:
                self.used_month = 0
            self.day, self.used_today, self.spent_reason = day, 0, None

    def refusal(self) -> str | None:
        """Why no request may be made today (None: requests are allowed)."""
        self._roll(self.clock())
        if self.spent_reason:
            return self.spent_reason
        if self.per_day and self.used_today >= self.per_day:
            return f"daily budget of {self.per_day} requests spent ({self.day} UTC)"
        if self.per_month and self.used_month >= self.per_month:
            return f"monthly budget of {self.per_month} requests spent ({self.day[:7]})"
        return None

    def wait(self) -> float:
        """Seconds to wait before the next request keeps within the per-minute limit."""
        now = self.clock()
        wait = self.blocked_until - now
        if self.per_minute and len(self.recent) >= self.per_minute:
            wait = max(wait, self.recent[0] + 60.0 - now)
        return max(0.0, wait)

    def spend(self) -> None:
        now = self.clock()
        self._roll(now)
        self.recent.append(now)
        self.used_today += 1
        self.used_month += 1

    def block(self, seconds: float) -> None:
        """The server said "too many this minute": no request for `seconds`."""
        self.blocked_until = max(self.blocked_until, self.clock() + seconds)

    def exhaust(self, reason: str) -> None:
        """The server said the day's requests are used up: none until the next UTC day."""
        self.spent_reason = reason


def rate_limit_detail(response: Response) -> str:
    """What a 429 says: Open States' JSON {"detail": "exceeded limit of 10/min: 11"}."""
    try:
        detail = json.loads(response.body).get("detail")
    except (ValueError, AttributeError, UnicodeDecodeError):
        detail = None
    return str(detail or response.body[:200].decode("utf-8", "replace")).strip()


class ApiBudgetMiddleware:
    """Keeps the API limits for requests marked `meta["hw_api"] = backend`; others pass.

    Sits after the HTTP cache and before the host gate, so only requests that go to the
    network are counted. Each one is counted in `bill_api_usage` (backend, UTC day) as it
    goes, so a later run the same day knows what is left. Replays never reach it.
    """

    def __init__(self, db: Path, limits: dict[str, dict[str, int | None]]):
        self.db, self.limits = db, limits
        self.budgets: dict[str, RequestBudget] = {}
        self.conn: sqlite3.Connection | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ApiBudgetMiddleware:
        if crawler.settings.getlist("HOTLINE_WATCH_REPLAY"):
            raise NotConfigured  # nothing goes to the network
        if not getattr(crawler.spidercls, "uses_bill_apis", False):
            raise NotConfigured
        cfg = load_bills_config()
        mw = cls(
            db_path(crawler.settings.get("HOTLINE_WATCH_DB")),
            {
                "openstates": {
                    "per_minute": cfg.openstates.requests_per_minute,
                    "per_day": cfg.openstates.requests_per_day,
                },
                "legiscan": {"per_month": cfg.legiscan.requests_per_month},
            },
        )
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def budget(self, backend: str) -> RequestBudget:
        if backend not in self.budgets:
            self.budgets[backend] = load_budget(self._connect(), backend, **self.limits[backend])
        return self.budgets[backend]

    def _connect(self) -> sqlite3.Connection:
        if self.conn is None:
            self.conn = sqlite3.connect(self.db, timeout=30, isolation_level=None)
        return self.conn

    async def process_request(self, request: Request, spider=None) -> None:
        backend = request.meta.get(META)
        if backend is None:
            return None
        budget = self.budget(backend)
        while True:
            reason = budget.refusal()
            if reason:
                raise BudgetSpent(f"{backend}: {reason}; not requested")
            wait = budget.wait()
            if wait <= 0:
                break
            logger.info("%s: waiting %.0f s to keep the per-minute limit", backend, wait)
            await maybe_deferred_to_future(_sleep(wait))
        budget.spend()
        record_request(self._connect(), budget)
        return None

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        backend = request.meta.get(META)
        if backend is None or response.status != 429 or "archived" in response.flags:
            return response
        budget = self.budget(backend)
        detail = rate_limit_detail(response)
        if "/day" in detail or "/month" in detail:
            budget.exhaust(f"the server says the limit is reached ({detail})")
            # Not retried: the spider records the 429 and leaves the page for the next run.
            request.meta["dont_retry"] = True
        elif response.headers.get(b"Retry-After") is None:
            budget.block(60.0)  # "/min": the minute's window; Retry-After, if sent, rules
        request.meta["hw_rate_limited"] = detail
        return response

    def spider_closed(self, spider=None) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def _sleep(seconds: float):
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    return deferLater(reactor, seconds, lambda: None)


def load_budget(
    conn: sqlite3.Connection, backend: str, clock=time.time, **limits: int | None
) -> RequestBudget:
    """A backend's budget with what earlier runs spent today (and this month)."""
    day = _utc_day(clock())
    row = conn.execute(
        "select requests, recent from bill_api_usage where backend = ? and day = ?",
        [backend, day],
    ).fetchone()
    month = conn.execute(
        "select coalesce(sum(requests), 0) from bill_api_usage where backend = ? and day like ?",
        [backend, day[:7] + "-%"],
    ).fetchone()[0]
    recent = json.loads(row[1] or "[]") if row else []
    return RequestBudget(
        backend,
        used_today=row[0] if row else 0,
        used_month=month,
        recent=recent,
        clock=clock,
        **limits,
    )


def record_request(conn: sqlite3.Connection, budget: RequestBudget) -> None:
    """Count one request against (backend, UTC day), with the last minute's request times."""
    conn.execute(
        "insert into bill_api_usage (backend, day, requests, last_request_at, recent) "
        "values (?, ?, 1, ?, ?) on conflict (backend, day) do update set "
        "requests = requests + 1, last_request_at = excluded.last_request_at, "
        "recent = excluded.recent",
        [
            budget.backend,
            budget.day,
            datetime.fromtimestamp(budget.clock(), UTC).replace(microsecond=0).isoformat(),
            json.dumps(list(budget.recent)),
        ],
    )
