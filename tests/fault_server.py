"""A loopback HTTP server that misbehaves on purpose, for the fault and crash tests.

Routes map a path to a list of behaviours: the n-th request to a path gets the n-th behaviour,
the last one repeats. Every request is logged (path, Host, headers, start and end times) and the
server tracks how many requests each Host has in flight at once.

Safety: it listens on 127.0.0.1 only, every loop is bounded in count and time, a stop event
ends sleeps and trickles early, and a watchdog shuts the server down by itself after
`max_seconds` even if a test forgets to.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROBOTS = b"User-agent: *\nDisallow: /private/\n"
NOT_FOUND = b"<html><body>Not found</body></html>"
CHUNK_LIMIT = 100_000  # no response loop runs more iterations than this


@dataclass
class Hit:
    path: str
    host: str
    headers: dict[str, str]
    start: float
    end: float | None = None


class Behaviour:
    """How to answer one request. Subclasses implement serve(handler, server)."""

    def serve(self, h: BaseHTTPRequestHandler, server: FaultServer) -> None:
        raise NotImplementedError


@dataclass
class Page(Behaviour):
    body: bytes
    content_type: str | None = "text/html; charset=windows-1252"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)

    def serve(self, h, server):
        h.send_response(self.status)
        if self.content_type:
            h.send_header("Content-Type", self.content_type)
        for k, v in self.headers.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(self.body)))
        h.end_headers()
        h.wfile.write(self.body)


def status(code: int, headers: dict[str, str] | None = None, body: bytes = b"") -> Page:
    """A bare status, e.g. status(503) or status(429, {"Retry-After": "2"})."""
    return Page(
        body or f"<html><body>HTTP {code}</body></html>".encode(), "text/html", code, headers or {}
    )


def redirect(location: str, code: int = 302) -> Page:
    return Page(b"", "text/html", code, {"Location": location})


@dataclass
class Conditional(Behaviour):
    """200 with validators, 304 when the request's If-None-Match / If-Modified-Since match."""

    body: bytes
    etag: str = '"v1"'
    last_modified: str = "Mon, 02 Nov 2026 10:00:00 GMT"
    content_type: str = "text/html; charset=windows-1252"

    def serve(self, h, server):
        inm = h.headers.get("If-None-Match")
        ims = h.headers.get("If-Modified-Since")
        if (inm and self.etag in inm) or (not inm and ims == self.last_modified):
            h.send_response(304)
            h.send_header("ETag", self.etag)
            h.send_header("Last-Modified", self.last_modified)
            h.end_headers()
            return
        Page(
            self.body,
            self.content_type,
            headers={"ETag": self.etag, "Last-Modified": self.last_modified},
        ).serve(h, server)


@dataclass
class Sleep(Behaviour):
    """Say nothing for `seconds` (past the client's timeout), then answer with `then`."""

    seconds: float
    then: Behaviour | None = None

    def serve(self, h, server):
        server.stop.wait(min(self.seconds, server.max_seconds))
        if self.then is not None and not server.stop.is_set():
            self.then.serve(h, server)


@dataclass
class Drip(Behaviour):
    """Headers at once, then the body a few bytes at a time, slower than any timeout allows."""

    body: bytes
    chunk: int = 4
    interval: float = 0.2
    max_seconds: float = 15.0

    def serve(self, h, server):
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=windows-1252")
        h.send_header("Content-Length", str(len(self.body)))
        h.end_headers()
        h.wfile.flush()
        deadline = time.monotonic() + self.max_seconds
        for n, i in enumerate(range(0, len(self.body), self.chunk)):
            if n >= CHUNK_LIMIT or time.monotonic() > deadline or server.stop.is_set():
                return
            h.wfile.write(self.body[i : i + self.chunk])
            h.wfile.flush()  # raises once the client has hung up: the loop ends
            server.stop.wait(self.interval)


@dataclass
class Truncated(Behaviour):
    """Content-Length says more than is sent; then the connection closes."""

    body: bytes
    claimed: int

    def serve(self, h, server):
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=windows-1252")
        h.send_header("Content-Length", str(self.claimed))
        h.end_headers()
        h.wfile.write(self.body)
        h.wfile.flush()
        h.close_connection = True


@dataclass
class Huge(Behaviour):
    """A `size`-byte page streamed in 64 KiB chunks, with or without a Content-Length."""

    size: int
    content_length: bool = True
    max_seconds: float = 20.0

    def serve(self, h, server):
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        if self.content_length:
            h.send_header("Content-Length", str(self.size))
        h.end_headers()
        block = b"<p>" + b"x" * (65536 - 7) + b"</p>\n"
        sent, deadline = 0, time.monotonic() + self.max_seconds
        for _ in range(min(CHUNK_LIMIT, self.size // len(block) + 1)):
            if sent >= self.size or time.monotonic() > deadline or server.stop.is_set():
                break
            piece = block[: self.size - sent]
            h.wfile.write(piece)  # raises once the client has hung up: the loop ends
            sent += len(piece)
        server.bytes_sent[h.path] = server.bytes_sent.get(h.path, 0) + sent
        h.close_connection = True


@dataclass
class Fault(Behaviour):
    """Marks a behaviour as an injected fault, so the server can count them."""

    inner: Behaviour

    def serve(self, h, server):
        with server.lock:
            server.faults_served += 1
        self.inner.serve(h, server)


@dataclass
class Call(Behaviour):
    """Anything else: a function of (handler, server)."""

    fn: Callable[[BaseHTTPRequestHandler, FaultServer], None]

    def serve(self, h, server):
        self.fn(h, server)


class FaultServer:
    """Threaded loopback server with per-path scripted behaviours and a request log."""

    def __init__(self, max_seconds: float = 600.0, robots: bytes = ROBOTS):
        self.max_seconds = max_seconds
        self.robots = robots
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.routes: dict[str, list[Behaviour]] = {}
        self.counts: dict[str, int] = defaultdict(int)
        self.log: list[Hit] = []
        self.active: dict[str, int] = defaultdict(int)
        self.max_active: dict[str, int] = defaultdict(int)
        self.bytes_sent: dict[str, int] = {}
        self.faults_served = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"  # one request per connection: easy to reason about
            timeout = 30  # a client that stalls cannot hold a thread forever

            def do_GET(self):  # noqa: N802 - http.server API
                server._handle(self)

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False

            def handle_error(self, request, client_address):
                pass  # clients hanging up mid-response are part of the tests

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_port
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()
        self._watchdog = threading.Timer(max_seconds, self.close)
        self._watchdog.daemon = True
        self._watchdog.start()

    # -- scripting -------------------------------------------------------------------------

    def route(self, path: str, *behaviours: Behaviour) -> None:
        """Serve `path` with these behaviours in turn (the last one repeats)."""
        with self.lock:
            self.routes[path] = list(behaviours)
            self.counts[path] = 0

    def routes_from(self, mapping: dict[str, Behaviour | Iterable[Behaviour]]) -> None:
        for path, b in mapping.items():
            self.route(path, *([b] if isinstance(b, Behaviour) else b))

    def reset(self) -> None:
        """Forget routes, counters and the log (between tests sharing one server)."""
        with self.lock:
            self.routes.clear()
            self.counts.clear()
            self.log.clear()
            self.max_active.clear()
            self.bytes_sent.clear()

    def hits(self, path: str) -> list[Hit]:
        with self.lock:
            return [h for h in self.log if h.path == path]

    def paths(self) -> list[str]:
        with self.lock:
            return [h.path for h in self.log]

    def overlap(self) -> dict[str, int]:
        """The most requests each Host had in flight at once."""
        with self.lock:
            return dict(self.max_active)

    # -- serving ---------------------------------------------------------------------------

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        host = h.headers.get("Host", "")
        hit = Hit(h.path, host, dict(h.headers.items()), time.monotonic())
        with self.lock:
            self.log.append(hit)
            self.active[host] += 1
            self.max_active[host] = max(self.max_active[host], self.active[host])
            behaviours = self.routes.get(h.path)
            n = self.counts[h.path]
            self.counts[h.path] += 1
        try:
            if h.path == "/robots.txt" and behaviours is None:
                Page(self.robots, "text/plain").serve(h, self)
            elif behaviours is None:
                Page(NOT_FOUND, "text/html", 404).serve(h, self)
            else:
                behaviours[min(n, len(behaviours) - 1)].serve(h, self)
            h.wfile.flush()
        except OSError:  # BrokenPipe, ConnectionReset, socket timeouts
            h.close_connection = True  # the client gave up: that is what was being tested
        finally:
            with self.lock:
                hit.end = time.monotonic()
                self.active[host] -= 1

    def close(self) -> None:
        if self.stop.is_set():
            return
        self.stop.set()
        self._watchdog.cancel()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# -- pages and registries for the tests that use this server --------------------------------


def hi_page(number: str, text: str, heading: str = "Hotline posting") -> bytes:
    """A page in the Hawaii Revised Statutes format (what the hi_hrs adapter parses), cp1252."""
    return (
        '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
        "</head><body><div class=WordSection1>\n"
        f"<p class=RegularParagraphs><b>\u00a7{number}  {heading}.</b>  {text} "
        "[L 2013, c 245, \u00a71]</p>\n</div></body></html>"
    ).encode("cp1252")


def statute_entry(code: str, adapter: str, domain: str, sections: list[dict]) -> dict:
    return {
        "jurisdiction": code,
        "adapter": adapter,
        "allowed_domains": [domain],
        "law_status": "required" if sections else "none",
        "sections": sections,
    }


def write_statutes(path, entries: dict[str, dict]) -> None:
    """A valid 51-entry statute registry: `entries` by code, the rest without sections."""
    import yaml

    from hotline_watch.jurisdictions import JURISDICTIONS

    rows = [
        entries.get(code) or statute_entry(code, "hi_hrs", "127.0.0.1", [])
        for code in sorted(JURISDICTIONS)
    ]
    path.write_text(yaml.safe_dump({"jurisdictions": rows}, allow_unicode=True))


def write_offices(path, base: str, overrides: dict[str, dict] | None = None) -> None:
    """A valid 51-office AG registry on the loopback server: /ag/xx/news listings."""
    import yaml

    from hotline_watch.jurisdictions import JURISDICTIONS

    host = base.split("//", 1)[1].split(":", 1)[0]
    offices = []
    for code in sorted(JURISDICTIONS):
        lower = code.lower()
        office = {
            "jurisdiction": code,
            "office": f"Attorney General of {code}",
            "newsroom_url": f"{base}/ag/{lower}/news",
            "allowed_domains": [host],
            "listing": {"url": f"{base}/ag/{lower}/news", "link": "a.release"},
            "release_url_pattern": f"/ag/{lower}/releases/",
            "verified": "unverified",
        }
        office.update((overrides or {}).get(code, {}))
        offices.append(office)
    path.write_text(yaml.safe_dump({"offices": offices}, allow_unicode=True))


def write_crawl_yml(
    path, timeout: float = 1.5, max_page_bytes: int = 1_000_000, change_lists: bool = False
) -> None:
    """crawl.yml for a loopback crawl. Change lists are off unless asked for: these servers
    serve no directory listings, and the suites using the hi_hrs adapter as a convenient
    healthy source test what each page's fetch does (tests/test_change_list.py tests lists)."""
    path.write_text(
        "contact: operators@hotline-watch.test\n"
        "download_delay: 0\n"
        "autothrottle_max_delay: 1\n"
        f"download_timeout: {timeout}\n"
        f"max_page_bytes: {max_page_bytes}\n"
        f"change_lists: {'true' if change_lists else 'false'}\n"
    )


EMPTY_LISTING = b"<html><body><h1>News</h1><p>No releases yet.</p></body></html>"
