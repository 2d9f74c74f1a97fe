"""Change alerts for advocates: subscriptions, an outbox of deliveries, sending with apprise.

Delivery guarantee (tested by injecting crashes, see tests/test_alerts.py):

* Every (change, subscription) pair gets exactly one `deliveries` row, created before any send.
* A row is marked `sending` (committed) before the transport is called and `sent` right after.
  A failed send becomes `failed` and is retried on later runs with exponential backoff
  (5 min doubling, at most 24 h); it never blocks other subscribers.
* A crash between the transport accepting a message and `sent` being committed leaves the row in
  `sending`; the next run marks it `unconfirmed` and does NOT send it again. So: at most once,
  and exactly once unless the process dies inside that window. `alerts preview` lists
  unconfirmed rows; `alerts send --resend-unconfirmed` re-sends them when an operator decides to.
* Webhook (json://) payloads carry the delivery id, so a receiver can deduplicate by itself.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import jsonschema

from hotline_watch.changes import AUDIENCES, CHANGE_TYPES, audience_of
from hotline_watch.config import DATA_DIR, ConfigError, read_yaml_file
from hotline_watch.items import utcnow
from hotline_watch.jurisdictions import JURISDICTIONS
from hotline_watch.storage import Store

SUBSCRIPTIONS_FILE = DATA_DIR / "subscriptions.yml"
ENV_SUBSCRIPTIONS = "HOTLINE_WATCH_SUBSCRIPTIONS"
_PLACEHOLDER = re.compile(r"\$\{([A-Z_][A-Z0-9_]*)\}")
_SECRET_QUERY = {"token", "key", "apikey", "api_key", "password", "pass", "secret", "pw"}
# Schemes whose host/path *are* the secret (webhook tokens): they must be placeholders.
_TOKEN_SCHEMES = {"slack", "discord", "msteams", "tgram", "pover", "gotify", "gotifys"}

SCHEMA: dict = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "datasette_url": {"type": "string", "pattern": "^https?://"},
        "subscriptions": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "url"],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$"},
                    "who": {"type": "string"},
                    "url": {"type": "string", "pattern": "^[a-z0-9+.-]+://"},
                    "jurisdictions": {
                        "oneOf": [
                            {"const": "all"},
                            {"type": "array", "items": {"type": "string"}, "minItems": 1},
                        ]
                    },
                    "change_types": {
                        "oneOf": [
                            {"const": "all"},
                            {"type": "array", "items": {"enum": list(CHANGE_TYPES)}, "minItems": 1},
                        ]
                    },
                    "mode": {"enum": ["immediate", "digest"]},
                    "audience": {"enum": ["advocates", "operators", "all"]},
                    "scope": {"enum": ["hotline", "all"]},
                },
            },
        },
    },
}


@dataclass(frozen=True)
class Subscription:
    name: str
    url: str  # with ${VAR} placeholders: never a secret
    who: str = ""
    jurisdictions: tuple[str, ...] = ()  # empty: all
    change_types: tuple[str, ...] = ()  # empty: all of the audience's
    mode: str = "immediate"
    audience: str = "advocates"  # advocates, operators or all
    scope: str = "hotline"  # hotline: only changes about the hotline; all: every release too

    def matches(self, change: dict[str, Any]) -> bool:
        """Whether a `changes` row is for this subscriber."""
        types = change_types_of(change)
        audience = change.get("audience") or audience_of(types)
        return (
            (not self.jurisdictions or change["jurisdiction"] in self.jurisdictions)
            and (self.audience == "all" or audience in (self.audience, "both"))
            and (not self.change_types or bool(set(types) & set(self.change_types)))
            and (self.scope == "all" or change.get("relevant") != 0)
        )

    def resolved_url(self, env: dict[str, str] | None = None) -> str:
        """The URL with ${VAR}s filled in from the environment (only at send time)."""
        env = os.environ if env is None else env

        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in env:
                raise ConfigError(
                    f"subscription {self.name!r}: environment variable {name} is not set"
                )
            return env[name]

        return _PLACEHOLDER.sub(fill, self.url)


@dataclass(frozen=True)
class AlertConfig:
    subscriptions: tuple[Subscription, ...] = ()
    datasette_url: str = "http://127.0.0.1:8001"
    path: Path | None = None


def _check_no_literal_secret(where: str, url: str) -> None:
    parts = urlsplit(url)
    if parts.password and not _PLACEHOLDER.fullmatch(parts.password):
        raise ConfigError(
            f"{where}: field url: the password must be an environment reference "
            "like ${SMTP_PASSWORD}, not a literal secret"
        )
    for key, value in parse_qsl(parts.query):
        if key.lower() in _SECRET_QUERY and not _PLACEHOLDER.fullmatch(value):
            raise ConfigError(
                f"{where}: field url: query parameter {key!r} must be an "
                "environment reference like ${TOKEN}"
            )
    if parts.scheme in _TOKEN_SCHEMES and not _PLACEHOLDER.search(parts.netloc + parts.path):
        raise ConfigError(
            f"{where}: field url: {parts.scheme}:// URLs carry tokens; write them "
            "as environment references like ${SLACK_TOKEN}"
        )


def _check_apprise_understands(where: str, url: str) -> None:
    """Refuse, before any crawl, a URL apprise cannot turn into a notifier (unknown scheme,
    missing host or address): otherwise it would only show when an alert fails to go out.
    ${VAR} references are parsed with a stand-in value; secrets are read only when sending."""
    import apprise

    probe = _PLACEHOLDER.sub("placeholder0", url)
    quiet = logging.getLogger("apprise")
    propagate, quiet.propagate = quiet.propagate, False  # its words go in our one line only
    try:
        with apprise.LogCapture(level=apprise.logging.WARNING) as log:
            notifier = apprise.Apprise.instantiate(probe)
    finally:
        quiet.propagate = propagate
    if notifier is None:
        said = [line.split(" - ", 2)[-1] for line in log.getvalue().strip().splitlines()]
        reason = "; ".join(s for s in said if s) or "unknown scheme or malformed URL"
        raise ConfigError(f"{where}: field url: apprise cannot use {url!r} ({reason})")


def load_config(path: str | os.PathLike | None = None) -> AlertConfig:
    """Read and validate the subscriptions file. A missing default file means no subscribers."""
    explicit = path or os.environ.get(ENV_SUBSCRIPTIONS)
    path = Path(explicit or SUBSCRIPTIONS_FILE)
    if not explicit and not path.exists():
        return AlertConfig(path=None)  # no subscriptions file: no subscribers
    raw = read_yaml_file(path, "subscriptions file", ConfigError) or {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping with a 'subscriptions' list")
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(raw))
    if errors:
        error = jsonschema.exceptions.best_match(errors)
        while error.context:  # oneOf: say which alternative failed, not "not valid under any"
            error = jsonschema.exceptions.best_match(error.context)
        loc = list(error.absolute_path)
        where = str(path)
        if len(loc) >= 2 and loc[0] == "subscriptions":
            sub = raw["subscriptions"][loc[1]]
            name = sub.get("name") if isinstance(sub, dict) else None
            where += f": subscription {loc[1]}" + (f" ({name})" if name else "")
            if loc[2:]:
                where += ": field " + ".".join(map(str, loc[2:]))
        raise ConfigError(f"{where}: {error.message}")
    subs: list[Subscription] = []
    seen: set[str] = set()
    for i, s in enumerate(raw.get("subscriptions") or []):
        where = f"{path}: subscription {i} ({s['name']})"
        if s["name"] in seen:
            raise ConfigError(f"{where}: field name: duplicate name")
        seen.add(s["name"])
        _check_no_literal_secret(where, s["url"])
        _check_apprise_understands(where, s["url"])
        jurisdictions = () if s.get("jurisdictions", "all") == "all" else tuple(s["jurisdictions"])
        for code in jurisdictions:
            if code not in JURISDICTIONS:
                raise ConfigError(f"{where}: field jurisdictions: {code!r} is not a state or DC")
        types = () if s.get("change_types", "all") == "all" else tuple(s["change_types"])
        subs.append(
            Subscription(
                name=s["name"],
                url=s["url"],
                who=s.get("who", ""),
                jurisdictions=jurisdictions,
                change_types=types,
                mode=s.get("mode", "immediate"),
                audience=_audience(where, s.get("audience"), types),
                scope=s.get("scope", "hotline"),
            )
        )
    return AlertConfig(
        subscriptions=tuple(subs),
        datasette_url=raw.get("datasette_url", AlertConfig.datasette_url).rstrip("/"),
        path=path,
    )


def _audience(where: str, given: str | None, types: tuple[str, ...]) -> str:
    """The subscription's audience: as given (its change types must belong to it), else
    inferred from its change types (advocates when it names none)."""
    if given is None:
        for name in ("advocates", "operators"):
            if set(types) <= set(AUDIENCES[name]):
                return name
        return "all"
    if given != "all":
        for change_type in types:
            if change_type not in AUDIENCES[given]:
                raise ConfigError(
                    f"{where}: field change_types: {change_type!r} is not a change type for "
                    f"{given} (theirs: {', '.join(AUDIENCES[given])}); set audience: all "
                    "or leave audience out"
                )
    return given


def change_types_of(change: dict[str, Any]) -> list[str]:
    """All the types of a `changes` row (rows from before m003 have only change_type)."""
    return json.loads(change.get("types") or "null") or [change["change_type"]]


# -- outbox ----------------------------------------------------------------------------------


def sync_subscriptions(store: Store, config: AlertConfig) -> None:
    """Mirror the subscriptions (without secrets) into the database.

    A new subscription starts from the latest change: it hears about what happens next, not
    the whole history.
    """
    db = store.db
    latest = db.execute("select coalesce(max(id), 0) from changes").fetchone()[0]
    with db.atomic():
        for sub in config.subscriptions:
            existing = db.execute(
                "select since_change_id from subscriptions where name = ?", [sub.name]
            ).fetchone()
            db["subscriptions"].upsert(
                {
                    "name": sub.name,
                    "who": sub.who,
                    "url": sub.url,
                    "jurisdictions": json.dumps(list(sub.jurisdictions) or "all"),
                    "change_types": json.dumps(list(sub.change_types) or "all"),
                    "audience": sub.audience,
                    "scope": sub.scope,
                    "mode": sub.mode,
                    "since_change_id": existing[0] if existing else latest,
                    "updated": utcnow(),
                },
                pk="name",
            )


def enqueue(store: Store, config: AlertConfig, now: str | None = None) -> int:
    """Create one pending delivery per new (non-baseline change, matching subscription)."""
    db = store.db
    created = 0
    now = now or utcnow()
    with db.atomic():
        for sub in config.subscriptions:
            since = db.execute(
                "select since_change_id from subscriptions where name = ?", [sub.name]
            ).fetchone()[0]
            rows = list(
                db.query(
                    "select id, jurisdiction, change_type, types, audience, relevant "
                    "from changes where id > ? and baseline = 0 order by id",
                    [since],
                )
            )
            for change in rows:
                if not sub.matches(change):
                    continue
                cursor = db.execute(
                    "insert or ignore into deliveries "
                    "(change_id, subscription, status, attempts, created_at, next_attempt_at) "
                    "values (?, ?, 'pending', 0, ?, ?)",
                    [change["id"], sub.name, now, now],
                )
                created += cursor.rowcount
    return created


def _change(store: Store, change_id: int) -> dict[str, Any]:
    return next(store.db.query("select * from changes where id = ?", [change_id]))


_RECORD_LABEL = {
    "statute_sections": "Citation",
    "press_releases": "Release",
    "bills": "Bill",
    "sources": "Source",
}


def _place(code: str) -> str:
    return JURISDICTIONS[code].name if code in JURISDICTIONS else code


def change_json(change: dict[str, Any], datasette_url: str) -> dict[str, Any]:
    """One change as webhook receivers get it: the same content as the e-mail, as data."""
    return {
        "id": change["id"],
        "change_type": change["change_type"],
        "types": change_types_of(change),
        "audience": change.get("audience") or audience_of(change_types_of(change)),
        "jurisdiction": change["jurisdiction"],
        "jurisdiction_name": _place(change["jurisdiction"]),
        "summary": change["summary"],
        "what_changed": json.loads(change.get("words") or "[]"),
        "fields": json.loads(change.get("fields") or "[]"),
        "session_law": change.get("session_law"),
        "redline": change.get("redline"),
        "lead": change.get("lead"),
        "record": {
            "table": change["record_table"],
            "id": change["record_id"],
            "label": change["label"],
        },
        "official_url": change["url"],
        "datasette_url": _row_link(change, datasette_url),
        "fetched_at": change["fetched_at"],
        "detected_at": change["detected_at"],
    }


def _row_link(change: dict[str, Any], datasette_url: str) -> str:
    return f"{datasette_url}/hotline/{change['record_table']}/{_tilde(change['record_id'])}"


def format_change(change: dict[str, Any], datasette_url: str) -> tuple[str, str]:
    """(title, body) of the message for one change: what changed in words first, then the
    session law, the redline (or the release's lead), citation and links."""
    data = change_json(change, datasette_url)
    name = data["jurisdiction_name"]
    title = f"[hotline-watch] {name}: {change['summary']}"
    lines = [f"{name} ({change['jurisdiction']}): {change['summary']}", ""]
    if data["what_changed"]:
        lines += ["What changed:", *(f"- {w}" for w in data["what_changed"]), ""]
    elif change.get("field"):  # a row from before m003
        lines += [f"{change['field']}: {change['old_value']} -> {change['new_value']}", ""]
    if change.get("session_law"):
        lines += [f"Session law (from the history note): {change['session_law']}", ""]
    if change.get("redline"):
        lines += [
            "Redline ([-removed-] {+added+}; unchanged subsections by their labels only):",
            change["redline"],
            "",
        ]
    if change.get("lead"):
        lines += ["From the release:", change["lead"], ""]
    lines += [
        f"{_RECORD_LABEL.get(change['record_table'], 'Record')}: {change['label']}",
        f"Official page: {change['url']}",
        f"In hotline-watch: {data['datasette_url']}",
        f"Fetched: {change['fetched_at']}",
    ]
    return title, "\n".join(lines)


@dataclass
class Message:
    title: str
    body: str
    payload: dict[str, Any]


def compose(
    changes: list[dict[str, Any]], datasette_url: str, subscription: str, digest: bool = False
) -> Message:
    """One message for a subscriber: one record's changes of one run, or a day's digest."""
    blocks = [format_change(c, datasette_url) for c in changes]
    payload = {
        "subscription": subscription,
        "mode": "digest" if digest else "immediate",
        "changes": [change_json(c, datasette_url) for c in changes],
    }
    if len(blocks) == 1:
        return Message(blocks[0][0], blocks[0][1], payload)
    places = sorted({_place(c["jurisdiction"]) for c in changes})
    title = (
        f"[hotline-watch] {'Daily digest: ' if digest else ''}{len(changes)} changes "
        f"({', '.join(places)})"
    )
    index = [f"{n}. {_place(c['jurisdiction'])}: {c['summary']}" for n, c in enumerate(changes, 1)]
    body = "\n".join(index) + "\n\n" + "\n\n----\n\n".join(b for _, b in blocks)
    return Message(title, body, payload)


def _tilde(value: str) -> str:
    from datasette.utils import tilde_encode

    return tilde_encode(value)


Sender = Callable[[str, str, str, dict[str, Any]], None]


def apprise_sender(url: str, title: str, body: str, extra: dict[str, Any]) -> None:
    """Send with apprise; raise RuntimeError with apprise's own words on failure.

    JSON webhooks (json://, jsons://) also get the message as data under "hotline_watch"
    (`extra["payload"]`), and the delivery id in an X-Hotline-Watch-Delivery header.
    """
    import apprise

    ap = apprise.Apprise()
    if url.startswith(("json://", "jsons://")):
        from apprise.plugins.custom_json import NotifyJSON

        # Idempotency key for receivers: the delivery id travels in a header.
        sep = "&" if "?" in url else "?"
        url = f"{url}{sep}+X-Hotline-Watch-Delivery={extra['delivery_id']}"
        options = NotifyJSON.parse_url(url)
        if not options:
            raise RuntimeError("apprise does not understand this URL (check the scheme)")
        if extra.get("payload") is not None:
            options["payload"] = {**options.get("payload", {}), "hotline_watch": extra["payload"]}
        ok = ap.add(NotifyJSON(**options))
    else:
        ok = ap.add(url)
    if not ok:
        raise RuntimeError("apprise does not understand this URL (check the scheme)")
    with apprise.LogCapture(level=apprise.logging.WARNING) as log:
        ok = ap.notify(body=body, title=title, body_format=apprise.NotifyFormat.TEXT)
        if not ok:
            detail = log.getvalue().strip().splitlines()
            raise RuntimeError(detail[-1] if detail else "apprise reported a failed send")


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    pending: int = 0
    unconfirmed: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.failed or self.unconfirmed)


def _backoff(attempts: int) -> str:
    delay = min(timedelta(minutes=5) * (2 ** max(attempts - 1, 0)), timedelta(hours=24))
    return (datetime.now(UTC) + delay).replace(microsecond=0).isoformat()


def send(
    store: Store,
    config: AlertConfig,
    sender: Sender = apprise_sender,
    now: str | None = None,
    resend_unconfirmed: bool = False,
    force_digest: bool = False,
) -> SendReport:
    """Deliver due messages. Each subscriber's failures are isolated from the others."""
    sync_subscriptions(store, config)
    db = store.db
    with db.atomic():
        # Left in 'sending' by a crash: the message may have gone out. Never silently resend.
        db.execute("update deliveries set status = 'unconfirmed' where status = 'sending'")
        if resend_unconfirmed:
            db.execute("update deliveries set status = 'pending' where status = 'unconfirmed'")
    now = now or utcnow()
    enqueue(store, config, now)
    report = SendReport()
    for sub in config.subscriptions:
        due = [
            r[0]
            for r in db.execute(
                "select change_id from deliveries where subscription = ? and "
                "status in ('pending', 'failed') and next_attempt_at <= ? order by change_id",
                [sub.name, now],
            )
        ]
        if not due:
            continue
        try:
            url = sub.resolved_url()
        except ConfigError as exc:
            _mark(store, sub.name, due, "failed", str(exc))
            report.failed += len(due)
            report.errors.append(str(exc))
            continue
        digest = sub.mode == "digest"
        if digest:
            last = db.execute(
                "select last_digest_at from subscriptions where name = ?", [sub.name]
            ).fetchone()[0]
            if not force_digest and last and last > _hours_before(now, 20):
                continue  # one digest a day
        for batch in _batches([_change(store, c) for c in due], digest):
            message = compose(batch, config.datasette_url, sub.name, digest)
            ids = [c["id"] for c in batch]
            delivery_id = f"{ids[0]}:{sub.name}"
            message.payload["delivery_id"] = delivery_id
            _mark(store, sub.name, ids, "sending", None, count_attempt=True)
            try:
                sender(
                    url,
                    message.title,
                    message.body,
                    {"delivery_id": delivery_id, "payload": message.payload},
                )
            except Exception as exc:  # any transport error: retry later, others go on
                error = f"subscription {sub.name!r}: {type(exc).__name__}: {exc}"
                _mark(store, sub.name, ids, "failed", error, retry=True)
                report.failed += len(ids)
                report.errors.append(error)
                continue
            _mark(store, sub.name, ids, "sent", None)
            report.sent += len(ids)
            if sub.mode == "digest":
                with db.atomic():
                    db["subscriptions"].update(sub.name, {"last_digest_at": now})
    counts = dict(db.execute("select status, count(*) from deliveries group by status").fetchall())
    report.pending = counts.get("pending", 0) + counts.get("failed", 0)
    report.unconfirmed = counts.get("unconfirmed", 0)
    report.failed = counts.get("failed", 0)
    return report


def _batches(changes: list[dict[str, Any]], digest: bool) -> list[list[dict[str, Any]]]:
    """What goes in one message: everything due (digest), else one record's changes of one
    run (one amendment is one message, whatever its rows)."""
    if digest:
        return [changes]
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for change in changes:
        key = (change["record_table"], change["record_id"], change["run_id"])
        groups.setdefault(key, []).append(change)
    return list(groups.values())


def _hours_before(iso: str, hours: int) -> str:
    return (datetime.fromisoformat(iso) - timedelta(hours=hours)).isoformat()


def _mark(
    store: Store,
    subscription: str,
    change_ids: Iterable[int],
    status: str,
    error: str | None,
    count_attempt: bool = False,
    retry: bool = False,
) -> None:
    db = store.db
    with db.atomic():
        for change_id in change_ids:
            row = db.execute(
                "select attempts from deliveries where change_id = ? and subscription = ?",
                [change_id, subscription],
            ).fetchone()
            attempts = row[0] + (1 if count_attempt else 0)
            update: dict[str, Any] = {"status": status, "attempts": attempts}
            if error is not None or status == "sent":
                update["last_error"] = error
            if status == "sent":
                update["sent_at"] = utcnow()
            if retry:
                update["next_attempt_at"] = _backoff(attempts)
            db["deliveries"].update((change_id, subscription), update)


def preview(store: Store, config: AlertConfig) -> list[dict[str, Any]]:
    """What `send` would deliver now, without sending or marking anything."""
    out = []
    for sub in config.subscriptions:
        row = store.db.execute(
            "select since_change_id from subscriptions where name = ?", [sub.name]
        ).fetchone()
        since = (
            row[0]
            if row
            else store.db.execute("select coalesce(max(id), 0) from changes").fetchone()[0]
        )
        waiting = {
            r[0]: r[1]
            for r in store.db.execute(
                "select change_id, status from deliveries where subscription = ? "
                "and status in ('pending', 'failed', 'unconfirmed')",
                [sub.name],
            )
        }
        for change in store.db.query(
            "select * from changes where baseline = 0 and (id > ? or id in (select change_id "
            "from deliveries where subscription = ? and status in "
            "('pending', 'failed', 'unconfirmed'))) order by id",
            [since, sub.name],
        ):
            if not sub.matches(change):
                continue
            if change["id"] <= since and change["id"] not in waiting:
                continue
            delivered = store.db.execute(
                "select status from deliveries where change_id = ? and subscription = ?",
                [change["id"], sub.name],
            ).fetchone()
            if delivered and delivered[0] == "sent":
                continue
            title, body = format_change(change, config.datasette_url)
            out.append(
                {
                    "subscription": sub.name,
                    "change_id": change["id"],
                    "status": delivered[0] if delivered else "new",
                    "title": title,
                    "body": body,
                }
            )
    return out
