"""A loopback stand-in for Open States API v3, LegiScan and the legislatures' bill pages.

Shaped like ../shared/reference/openstates/ and the api-v3 code (api/pagination.py, auth.py):
`GET /bills` needs X-API-KEY (none: 403, wrong: 401), honours q (quoted phrases and words, all
required, crudely stemmed), updated_since, sort=updated_desc, include=, per_page (over 20: 400)
and page (past max_page: 404 {"detail": "invalid page, must be in [1, N]"}); fields not asked
for with include= are left out. `GET /jurisdictions` lists sessions. LegiScan answers under
/legiscan/?key=..&op=getSearch|getBill with its {"status": "OK"|"ERROR"} envelope. Anything
else is a document route (a bill text), or 404.

`script` holds one-off faults: (predicate(path, params), (status, headers, body)), each
served once, to the first request it matches. Every request is logged. Listens on 127.0.0.1
only; a watchdog stops it after `max_seconds`.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

KEY = "test-openstates-key"
LEGISCAN_KEY = "test-legiscan-key"
INCLUDABLE = ("actions", "versions", "sources", "abstracts", "documents", "sponsorships")

Response = tuple[int, dict[str, str], bytes]


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _words(text: str) -> list[str]:
    return [_stem(w) for w in re.findall(r"[A-Za-z0-9]+", text)]


def matches(query: str, text: str) -> bool:
    """websearch_to_tsquery, roughly: every "phrase" and word must occur (stemmed)."""
    words = _words(text)
    joined = " " + " ".join(words) + " "
    for phrase, word in re.findall(r'"([^"]+)"|(\S+)', query):
        wanted = _words(phrase or word)
        if wanted and " " + " ".join(wanted) + " " not in joined:
            return False
    return True


def json_body(data: Any) -> bytes:
    return json.dumps(data).encode()


class BillApiServer:
    def __init__(self, max_seconds: float = 600.0):
        self.bills: list[dict] = []  # Open States bills with every include, plus "_text"
        self.jurisdictions: list[dict] = []
        self.legiscan_bills: dict[int, dict] = {}  # bill_id -> getBill "bill" object
        self.docs: dict[str, Response] = {}
        self.script: list[tuple[Callable[[str, dict], bool], Response]] = []
        self.log: list[tuple[str, dict, dict]] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self):  # noqa: N802 - http.server API
                status, headers, body = server.handle(self)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_port
        self.base = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self._watchdog = threading.Timer(max_seconds, self.close)
        self._watchdog.daemon = True
        self._watchdog.start()

    def close(self) -> None:
        self._watchdog.cancel()
        self.httpd.shutdown()
        self.httpd.server_close()

    # -- what the tests look at --------------------------------------------------------------

    def requests(self, path: str | None = None) -> list[tuple[str, dict, dict]]:
        with self.lock:
            return [r for r in self.log if path is None or r[0] == path]

    def api_requests(self) -> int:
        """Requests that Open States would count (keyed requests to its endpoints)."""
        return sum(
            1
            for p, _, h in self.requests()
            if p in ("/bills", "/jurisdictions")
            and {k.lower(): v for k, v in h.items()}.get("x-api-key") == KEY
        )

    def clear_log(self) -> None:
        with self.lock:
            self.log.clear()

    # -- serving -----------------------------------------------------------------------------

    def handle(self, h: BaseHTTPRequestHandler) -> Response:
        parts = urlsplit(h.path)
        params = parse_qs(parts.query, keep_blank_values=True)
        with self.lock:
            self.log.append((parts.path, params, dict(h.headers.items())))
            for n, (predicate, response) in enumerate(self.script):
                if predicate(parts.path, params):
                    del self.script[n]
                    return response
        if parts.path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow:\n"
        if parts.path in ("/bills", "/jurisdictions"):
            refused = self._auth(h, params)
            if refused:
                return refused
            if parts.path == "/jurisdictions":
                return self._paginate(self.jurisdictions, params, 52, lambda j: j)
            return self._bills(params)
        if parts.path == "/legiscan/":
            return self._legiscan(params)
        if parts.path in self.docs:
            return self.docs[parts.path]
        return 404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>"

    def _auth(self, h, params) -> Response | None:
        key = h.headers.get("X-API-KEY") or (params.get("apikey") or [None])[0]
        if not key:
            return (
                403,
                {"Content-Type": "application/json"},
                json_body({"detail": "Must provide API Key as ?apikey or X-API-KEY."}),
            )
        if key != KEY:
            return (
                401,
                {"Content-Type": "application/json"},
                json_body({"detail": "Invalid API Key."}),
            )
        return None

    def _bills(self, params: dict) -> Response:
        query = (params.get("q") or [""])[0]
        since = (params.get("updated_since") or [""])[0]
        includes = set(params.get("include") or [])
        found = [
            b
            for b in self.bills
            if (not query or matches(query, self._searchable(b)))
            and (not since or b["updated_at"] >= since)
        ]
        found.sort(key=lambda b: (b["updated_at"], b["id"]), reverse=True)

        def shape(bill: dict) -> dict:
            out = {k: v for k, v in bill.items() if not k.startswith("_")}
            for name in INCLUDABLE:
                if name not in includes:
                    out.pop(name, None)
            return out

        return self._paginate(found, params, 20, shape)

    @staticmethod
    def _searchable(bill: dict) -> str:
        abstracts = " ".join(a["abstract"] for a in bill.get("abstracts") or [])
        return f"{bill['title']} {abstracts} {bill.get('_text', '')}"

    @staticmethod
    def _paginate(items: list, params: dict, max_per_page: int, shape) -> Response:
        per_page = int((params.get("per_page") or ["10"])[0])
        page = int((params.get("page") or ["1"])[0])
        headers = {"Content-Type": "application/json"}
        if per_page < 1 or per_page > max_per_page:
            detail = f"invalid per_page, must be in [1, {max_per_page}]"
            return 400, headers, json_body({"detail": detail})
        pages = math.ceil(len(items) / per_page) or 1
        if page < 1 or page > pages:
            return 404, headers, json_body({"detail": f"invalid page, must be in [1, {pages}]"})
        chunk = items[(page - 1) * per_page : page * per_page]
        return (
            200,
            headers,
            json_body(
                {
                    "results": [shape(x) for x in chunk],
                    "pagination": {
                        "per_page": per_page,
                        "page": page,
                        "max_page": pages,
                        "total_items": len(items),
                    },
                }
            ),
        )

    def _legiscan(self, params: dict) -> Response:
        headers = {"Content-Type": "application/json"}
        if (params.get("key") or [""])[0] != LEGISCAN_KEY:
            error = {"status": "ERROR", "alert": {"message": "Invalid API key"}}
            return 200, headers, json_body(error)
        op = (params.get("op") or [""])[0]
        if op == "getSearch":
            entries = {
                str(n): {
                    "relevance": 100 - n,
                    "state": bill["state"],
                    "bill_number": bill["bill_number"],
                    "bill_id": bill["bill_id"],
                    "change_hash": bill["change_hash"],
                    "url": bill["url"],
                    "title": bill["title"],
                }
                for n, bill in enumerate(self.legiscan_bills.values())
            }
            summary = {"page": "1 of 1", "count": len(entries), "page_current": 1, "page_total": 1}
            payload = {"status": "OK", "searchresult": {"summary": summary, **entries}}
            return 200, headers, json_body(payload)
        if op == "getBill":
            bill = self.legiscan_bills.get(int((params.get("id") or ["0"])[0]))
            if bill is None:
                error = {"status": "ERROR", "alert": {"message": "Unknown bill id"}}
                return 200, headers, json_body(error)
            return 200, headers, json_body({"status": "OK", "bill": bill})
        return 200, headers, json_body({"status": "ERROR", "alert": {"message": "Unknown op"}})


# -- bills shaped like Open States' -----------------------------------------------------------


def jurisdiction(code: str, name: str) -> dict:
    kind = "district" if code == "DC" else "state"
    return {
        "id": f"ocd-jurisdiction/country:us/{kind}:{code.lower()}/government",
        "name": name,
        "classification": "state",
    }


def chamber(kind: str) -> dict:
    names = {"lower": "House", "upper": "Senate", "executive": "Governor"}
    return {"id": f"ocd-organization/{kind}", "name": names[kind], "classification": kind}


def action(description: str, when: str, kind: str, classes: list[str], order: int) -> dict:
    return {
        "organization": chamber(kind),
        "description": description,
        "date": when,
        "classification": classes,
        "order": order,
    }


def os_bill(
    uuid: str,
    code: str,
    name: str,
    session: str,
    identifier: str,
    title: str,
    updated_at: str,
    *,
    actions: list[dict] | None = None,
    versions: list[dict] | None = None,
    abstracts: list[str] | None = None,
    text: str = "",
    classification: list[str] | None = None,
    extras: dict | None = None,
    source_url: str | None = None,
) -> dict:
    """One bill as GET /bills returns it with every include (the server strips the rest)."""
    actions = actions or []
    return {
        "id": f"ocd-bill/{uuid}",
        "session": session,
        "jurisdiction": jurisdiction(code, name),
        "from_organization": chamber("lower"),
        "identifier": identifier,
        "title": title,
        "classification": classification or ["bill"],
        "subject": [],
        "extras": extras or {},
        "created_at": "2025-01-10T08:00:00+00:00",
        "updated_at": updated_at,
        "openstates_url": f"https://openstates.org/{code.lower()}/bills/{session}/"
        f"{identifier.replace(' ', '')}/",
        "first_action_date": actions[0]["date"] if actions else "",
        "latest_action_date": actions[-1]["date"] if actions else "",
        "latest_action_description": actions[-1]["description"] if actions else "",
        "latest_passage_date": "",
        "actions": actions,
        "versions": versions or [],
        "sources": [{"url": source_url or f"https://legislature.example/{uuid}", "note": ""}],
        "abstracts": [{"abstract": a, "note": ""} for a in abstracts or []],
        "_text": text,  # what Open States' full-text search would see; never served
    }


def version(note: str, when: str, url: str, media_type: str) -> dict:
    return {"note": note, "date": when, "links": [{"url": url, "media_type": media_type}]}


# -- the environment a bills test runs the CLI in ----------------------------------------------


def write_bills_yml(path, per_day: int = 250, per_minute: int = 600) -> None:
    """The real data/sources/bills.yml with test limits (per minute high: tests are fast)."""
    from conftest import ROOT

    config = (ROOT / "data" / "sources" / "bills.yml").read_text()
    config = config.replace("requests_per_minute: 10 ", f"requests_per_minute: {per_minute} ")
    config = config.replace("requests_per_day: 250 ", f"requests_per_day: {per_day} ")
    path.write_text(config)


def bills_environment(tmp, server: BillApiServer, legiscan: bool = False) -> dict[str, str]:
    """CLI environment writing under `tmp`, both APIs on `server`, the Open States key set
    (and LegiScan's with `legiscan`), no politeness delay."""
    from fault_server import write_crawl_yml

    from conftest import cli_environment

    write_crawl_yml(tmp / "crawl.yml", timeout=10)
    write_bills_yml(tmp / "bills.yml")
    env = cli_environment(tmp)
    env.update(
        HOTLINE_WATCH_CONFIG=str(tmp / "crawl.yml"),
        HOTLINE_WATCH_BILLS=str(tmp / "bills.yml"),
        HOTLINE_WATCH_OPENSTATES_URL=server.base,
        HOTLINE_WATCH_LEGISCAN_URL=server.base + "/legiscan",
        OPENSTATES_API_KEY=KEY,
    )
    env.pop("LEGISCAN_API_KEY", None)
    if legiscan:
        env["LEGISCAN_API_KEY"] = LEGISCAN_KEY
    return env


def bill_page(body: str) -> tuple[int, dict[str, str], bytes]:
    """A legislature's bill text page (with navigation and footer around the bill)."""
    nav = "<nav><a href='/'>Home</a> | <a href='/bills'>Bills</a> | Session calendar</nav>"
    page = (
        f"<html><head><title>Bill text</title></head><body>{nav}<main><article><p>{body}</p>"
        "</article></main><footer>Legislative Research Department</footer></body></html>"
    )
    return 200, {"Content-Type": "text/html"}, page.encode()
