"""Shared pieces of the benchmarks: a synthetic statute corpus, the loopback server that serves
it, running crawls as child processes (wall time, CPU, peak RSS) and writing results.

Everything here is loopback-only and bounded in time: the server lives in a daemon thread of
the benchmark process and stops itself after `lifetime` seconds at the latest; every child
process is killed (by its own pid) when it overruns its timeout.
"""

from __future__ import annotations

import asyncio
import csv
import email.utils
import hashlib
import json
import math
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results"
#: The labelled texts shared with the sibling projects (texts/index.csv lists them).
SHARED = ROOT.parent / "shared"
#: The Scrapy settings module benchmark crawls use (hotline-watch's settings, politeness off).
SETTINGS_DIR = BENCH / "settings"
SETTINGS_MODULE = "hw_bench_settings"
BIN = Path(sys.executable).parent
#: How often a crawl child's resident size is sampled from /proc, seconds.
SAMPLE_EVERY = 0.5


# -- results -----------------------------------------------------------------------------------


def results_dir(override: Path | None = None) -> Path:
    """bench/results, or $HOTLINE_WATCH_BENCH_RESULTS (bench/run_all.py --results); created."""
    path = Path(override or os.environ.get("HOTLINE_WATCH_BENCH_RESULTS") or RESULTS)
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_result(name: str, data: dict[str, Any], out_dir: Path | None = None) -> Path:
    """Write <results>/<name>.json (see results_dir) and return its path."""
    path = results_dir(out_dir) / f"{name}.json"
    data = {"benchmark": name, "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"), **data}
    path.write_text(json.dumps(data, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {path}")
    return path


def shared_index(shared: Path) -> list[dict[str, str]] | None:
    """The rows of <shared>/texts/index.csv (file, label, ...), or None (with a message on
    stderr) when there is no such file."""
    index = shared / "texts" / "index.csv"
    if not index.exists():
        print(f"{index} not found", file=sys.stderr)
        return None
    with index.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def machine() -> dict[str, Any]:
    import platform
    import sqlite3

    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }


def verdict(value: float | None, target: float, higher_is_better: bool) -> str:
    if value is None:
        return "n/a"
    ok = value >= target if higher_is_better else value <= target
    return "PASS" if ok else "FAIL"


def workdir(prefix: str, keep: bool = False) -> Path:
    """A scratch directory; removed at exit unless keep."""
    path = Path(tempfile.mkdtemp(prefix=f"hw-bench-{prefix}-"))
    if not keep:
        import atexit

        atexit.register(shutil.rmtree, path, True)
    return path


# -- the synthetic corpus ----------------------------------------------------------------------

# The <head> of a Word "filtered" HTML export, as capitol.hawaii.gov serves it (abridged from
# ../shared/captures/hi-hrs/HRS_0371-0020_hotline_posting.htm; the real one is ~4.4 kB).
_STYLE_RULES = [
    ("p.MsoNormal, li.MsoNormal, div.MsoNormal", None),
    ("h1", "text-align:center;"),
    ("h3", "text-align:center;"),
    ("p.XNotesHeading, li.XNotesHeading, div.XNotesHeading", "text-align:center;"),
    ("p.XNotes, li.XNotes, div.XNotes", None),
    ("p.Constitution, li.Constitution, div.Constitution", None),
    ("p.1Paragraph, li.1Paragraph, div.1Paragraph", "margin-left:1.0in;text-indent:-1.0in;"),
    ("p.aSubsection, li.aSubsection, div.aSubsection", None),
    ("p.ASubparagraph, li.ASubparagraph, div.ASubparagraph", "margin-left:1.5in;"),
    ("p.iClause, li.iClause, div.iClause", "margin-left:2.0in;text-indent:-2.0in;"),
    ("p.ASubparagraphContd, li.ASubparagraphContd", "margin-left:1.5in;line-height:200%;"),
    ("p.1ParagraphContd, li.1ParagraphContd, div.1ParagraphContd", "margin-left:1.0in;"),
    ("p.RegularParagraphs, li.RegularParagraphs, div.RegularParagraphs", None),
    ("p.Style1, li.Style1, div.Style1", None),
    ("span.1ParagraphChar", None),
    ("span.RegularParagraphsChar", None),
]
_HEAD = (
    "<html>\r\n\r\n<head>\r\n"
    '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\r\n'
    '<meta name=Generator content="Microsoft Word 15 (filtered)">\r\n'
    "<title>House Bill</title>\r\n<style>\r\n<!--\r\n /* Font Definitions */\r\n"
    ' @font-face\r\n\t{font-family:"Cambria Math";\r\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\r\n'
    " /* Style Definitions */\r\n"
    + "".join(
        f"{sel}\r\n\t{{margin:0in;\r\n\tmargin-bottom:.0001pt;\r\n\t{extra or ''}"
        '\r\n\tfont-size:12.0pt;\r\n\tfont-family:"Courier New";}\r\n'
        for sel, extra in _STYLE_RULES
    )
    + " /* Page Definitions */\r\n @page WordSection1\r\n\t{size:8.5in 11.0in;\r\n"
    "\tmargin:1.0in 1.25in 1.0in 1.25in;}\r\ndiv.WordSection1\r\n\t{page:WordSection1;}\r\n"
    "-->\r\n</style>\r\n\r\n</head>\r\n\r\n<body lang=EN-US>\r\n\r\n<div class=WordSection1>\r\n"
)

_HEADINGS = [
    "Definitions",
    "Licenses; fees; renewal",
    "Records; inspection",
    "Duties of the department",
    "Rules",
    "Penalties",
    "Administrative review",
    "Confidentiality of records",
    "Notice to employees; posting requirement; penalty",
    "Annual report to the legislature",
    "Enforcement; injunctions",
    "Special fund; deposits",
]
_SENTENCES = [
    "The department shall adopt rules pursuant to chapter {c} to carry out the purposes of "
    "this part.",
    "Every person licensed under this chapter shall keep records of each transaction for not "
    "less than {n} years and shall make the records available for inspection upon request.",
    "An application for a license shall be made on a form prescribed by the director and "
    "shall be accompanied by a nonrefundable fee of ${fee}.",
    "The director may deny, suspend, or revoke any license issued under this chapter for "
    "cause after notice and an opportunity for a hearing pursuant to chapter 91.",
    "Any person aggrieved by a final decision of the director may appeal to the circuit court "
    "in the manner provided in chapter {c}.",
    "As used in this section, unless the context otherwise requires, the terms defined in "
    "section {c}-{s} shall have the meanings given therein.",
    "Nothing in this section shall be construed to limit any other remedy available under "
    "state or federal law.",
    "Moneys collected under this section shall be deposited into the general fund of the State.",
    "The department shall submit a report of its findings and recommendations, including any "
    "proposed legislation, to the legislature not later than twenty days prior to the "
    "convening of each regular session.",
    "A license shall expire on June 30 of each odd-numbered year unless renewed as provided "
    "by rule.",
    "Service of any notice required by this section may be made by certified mail, return "
    "receipt requested, to the last known address of the licensee.",
    "The attorney general or the prosecuting attorney of any county may bring an action to "
    "enjoin any violation of this part.",
]
_POSTING = [
    "Every employer specified in subsection (b) shall post and keep posted in a place readily "
    "accessible to individuals in the employer's employ a poster no smaller than eight and "
    "one-half inches by eleven inches in size that states the following:",
    "&quot;If you or someone you know is being forced to engage in any activity and cannot "
    "leave \u2013 whether it is commercial sex, housework, farm work, or any other similar "
    "activity \u2013 call the National Human Trafficking Resource Center Hotline at "
    "1-888-373-7888 to access help and services.",
    "Victims of human trafficking are protected under United States and Hawaii law.&quot;",
]
_LIST_ITEMS = [
    "Holds a class 5 or class 11 liquor license pursuant to section 281-31",
    "Maintains a massage therapy establishment that employs five or more people",
    "Operates a place of business open to the public",
    "Employs one or more persons in the State",
    "Is registered with the department",
]
#: Appended to one paragraph when a page's legal text is amended (incremental benchmark):
#: changes the text, not what the coding rules extract from it.
AMENDMENT = " Amounts collected under this subsection shall be deposited into the general fund."


def _wrap(text: str, width: int = 78) -> str:
    """Word's exporter breaks lines around 80 columns (CRLF)."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\r\n".join(lines)


@dataclass
class Page:
    index: int
    path: str
    section: str  # e.g. "371-20"
    version: int = 0
    body: bytes = b""
    etag: str = ""
    last_modified: int = 0  # epoch seconds
    last_modified_http: str = ""


@dataclass
class Corpus:
    """N Hawaii-HRS-shaped section pages, deterministic for (n, seed); sizes like the captures
    (lognormal, median ~7 kB like HRS §371-20, clipped to 4.5-40 kB)."""

    n: int
    seed: int = 20260
    posting_share: float = 0.3  # pages carrying a hotline-posting duty (coded True)
    pages: dict[str, Page] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    #: Chapter directory path ("/hrscurrent/.../HRS0001/") -> its pages' paths: the server
    #: answers a directory with an IIS listing of them (the site's change list).
    directories: dict[str, list[str]] = field(default_factory=dict)

    BASE_TIME = 1_700_000_000  # Last-Modified of version 0 (Nov 2023)

    def __post_init__(self) -> None:
        for i in range(self.n):
            chapter, sec = 1 + i // 50, 1 + i % 50
            band = chapter // 40  # 40 chapters a volume
            lo = band * 40 + 1
            path = (
                f"/hrscurrent/Vol{band + 1:02d}_Ch{lo:04d}-{lo + 39:04d}/HRS{chapter:04d}/"
                f"HRS_{chapter:04d}-{sec:04d}.htm"
            )
            page = Page(index=i, path=path, section=f"{chapter}-{sec}")
            self._render(page)
            self.pages[path] = page
            self.order.append(path)
            self.directories.setdefault(path.rsplit("/", 1)[0] + "/", []).append(path)

    def section_id(self, path: str) -> str:
        return f"HI:HRS:{self.pages[path].section}"

    @property
    def total_bytes(self) -> int:
        return sum(len(p.body) for p in self.pages.values())

    def listing(self, directory: str) -> bytes:
        """The IIS directory listing of a chapter: each page's Last-Modified and size, so an
        amended page (amend) shows a new entry."""
        from hotline_watch.change_list import render_iis_listing

        entries = [
            (p.rsplit("/", 1)[1], self.pages[p].last_modified, len(self.pages[p].body))
            for p in self.directories[directory]
        ]
        return render_iis_listing(directory, entries).encode("utf-8")

    def amend(self, share: float, seed: int = 7) -> list[str]:
        """Amend the legal text of `share` of the pages (new ETag and Last-Modified, hence a
        new entry in their chapter's listing)."""
        count = max(1, round(self.n * share))
        chosen = sorted(random.Random(seed).sample(self.order, count))
        for path in chosen:
            page = self.pages[path]
            page.version += 1
            self._render(page)
        return chosen

    def _render(self, page: Page) -> None:
        rng = random.Random(f"{self.seed}:{page.index}")
        target = int(min(40_000, max(4_500, rng.lognormvariate(math.log(7_000), 0.45))))
        posting = rng.random() < self.posting_share
        heading = (
            "National Human Trafficking Resource Center hotline; posting requirement; penalty"
            if posting
            else rng.choice(_HEADINGS)
        )
        chapter = page.section.split("-")[0]

        def sentence() -> str:
            return rng.choice(_SENTENCES).format(
                c=rng.randint(1, 900), n=rng.randint(2, 7), fee=rng.randint(2, 40) * 25, s=1
            )

        paras: list[tuple[str, str]] = []  # (css class, text)
        letters = "abcdefghijklmnopqrstuvwxyz"
        first = _POSTING[0] if posting else " ".join(sentence() for _ in range(2))
        paras.append(("RegularParagraphs", f"(a)  {first}"))
        if posting:
            paras += [("RegularParagraphs", p) for p in _POSTING[1:]]
        size = len(_HEAD) + 600
        k = 1
        while size < target:
            if rng.random() < 0.25:
                for j in range(1, rng.randint(2, 5)):
                    item = f"     ({j})  {rng.choice(_LIST_ITEMS)};"
                    paras.append(("1Paragraph", item))
                    size += len(item) + 40
            text = f"     ({letters[k % 26]})  " + " ".join(
                sentence() for _ in range(rng.randint(1, 4))
            )
            paras.append(("RegularParagraphs", text))
            size += len(text) + 60
            k += 1
        if posting:
            paras.append(
                (
                    "RegularParagraphs",
                    f"     ({letters[k % 26]})  Any employer who wilfully and knowingly fails, "
                    "neglects, or refuses to perform any act required by this section shall be "
                    f"fined not more than ${rng.choice((100, 250, 500))} for each separate "
                    "offense.",
                )
            )
        if page.version:
            cls, text = paras[1]
            paras[1] = (cls, text + AMENDMENT * page.version)
        year = 1990 + page.index % 34
        cls, text = paras[-1]
        paras[-1] = (cls, f"{text} [L {year}, c {1 + page.index % 300}, \xa71]")
        out = [_HEAD]
        out.append(
            f"<p class=RegularParagraphs>     <b>\xa7{page.section}  {_wrap(heading)}.  </b>"
        )
        for i, (cls, text) in enumerate(paras):
            if i:
                out.append(f"\r\n\r\n<p class={cls}>")
            out.append(_wrap(text) + "</p>")
        out.append(
            "\r\n\r\n<p class=RegularParagraphs>&nbsp;</p>\r\n\r\n"
            "<p class=RegularParagraphs>&nbsp;</p>\r\n\r\n</div>\r\n\r\n</body>\r\n\r\n</html>\r\n"
            '<center><table border="0" width="90%"><tr>\r\n'
            f'<td align="left"><a href="/hrscurrent/HRS{int(chapter):04d}/prev.htm">Previous</a>'
            "</td>\r\n"
            f'<td align="center"><a href=/hrscurrent>Vol{chapter}</a></td>\r\n'
            '<td align="right"><a href="/hrscurrent/next.htm">Next</a></td>\r\n'
            "</tr></table></center>\r\n"
        )
        page.body = "".join(out).encode("cp1252")
        page.etag = '"' + hashlib.sha1(page.body).hexdigest()[:20] + '"'
        page.last_modified = self.BASE_TIME + page.version * 86_400
        page.last_modified_http = email.utils.formatdate(page.last_modified, usegmt=True)


# -- the loopback server -----------------------------------------------------------------------


ROBOTS = b"User-agent: *\nDisallow: /private/\n"


@dataclass
class ServerStats:
    page_requests: int = 0
    listing_requests: int = 0  # chapter directory listings (the change list)
    conditional: int = 0
    bytes_sent: int = 0
    page_bytes_sent: int = 0
    statuses: Counter = field(default_factory=Counter)
    first_request: float | None = None  # time.monotonic()

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "page_requests": self.page_requests,
            "listing_requests": self.listing_requests,
            "conditional_requests": self.conditional,
            "bytes_sent": self.bytes_sent,
            "page_bytes_sent": self.page_bytes_sent,
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
        }


class CorpusServer:
    """An asyncio HTTP/1.1 server on 127.0.0.1 serving a Corpus, with keep-alive, ETag /
    If-None-Match and Last-Modified / If-Modified-Since (304), counting requests and bytes.

    Runs in a daemon thread; stops on `stop()`, on leaving the `with` block, or by itself after
    `lifetime` seconds.
    """

    def __init__(self, corpus: Corpus, lifetime: float = 1800.0):
        self.corpus = corpus
        self.lifetime = lifetime
        self.stats = ServerStats()
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._date = (0, "")

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def urls(self) -> list[str]:
        return [self.base + p for p in self.corpus.order]

    def registry_sections(self) -> list[tuple[str, str]]:
        """(citation, URL) of every page, for the generated registry."""
        pages = self.corpus.pages
        return [
            (f"Haw. Rev. Stat. \u00a7 {pages[p].section}", self.base + p) for p in self.corpus.order
        ]

    def reset_stats(self) -> ServerStats:
        old, self.stats = self.stats, ServerStats()
        return old

    def __enter__(self) -> CorpusServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="corpus-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("corpus server did not start")

    def stop(self) -> None:
        loop = self._loop
        if loop is not None and loop.is_running():
            loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        server = loop.run_until_complete(
            loop.create_server(lambda: _Http(self), "127.0.0.1", 0, backlog=256)
        )
        self.port = server.sockets[0].getsockname()[1]
        loop.call_later(self.lifetime, loop.stop)  # never outlive the benchmark
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            server.close()
            loop.run_until_complete(server.wait_closed())
            loop.close()

    def _http_date(self) -> str:
        now = int(time.time())
        if self._date[0] != now:
            self._date = (now, email.utils.formatdate(now, usegmt=True))
        return self._date[1]

    def respond(self, method: bytes, target: bytes, headers: dict[bytes, bytes]) -> bytes:
        stats = self.stats
        if stats.first_request is None:
            stats.first_request = time.monotonic()
        path = target.split(b"?", 1)[0].decode("latin-1")
        date = self._http_date()
        page = self.corpus.pages.get(path)
        if page is not None:
            stats.page_requests += 1
            inm = headers.get(b"if-none-match")
            ims = headers.get(b"if-modified-since")
            not_modified = False
            if inm is not None:
                stats.conditional += 1
                tags = {t.strip().removeprefix("W/") for t in inm.decode("latin-1").split(",")}
                not_modified = page.etag in tags or "*" in tags
            elif ims is not None:
                stats.conditional += 1
                try:
                    since = email.utils.parsedate_to_datetime(ims.decode("latin-1")).timestamp()
                    not_modified = page.last_modified <= since
                except (TypeError, ValueError):
                    not_modified = False
            common = (
                f"Date: {date}\r\nETag: {page.etag}\r\nLast-Modified: {page.last_modified_http}\r\n"
            )
            if not_modified:
                out = f"HTTP/1.1 304 Not Modified\r\n{common}\r\n".encode("latin-1")
                status = 304
            else:
                body = b"" if method == b"HEAD" else page.body
                out = (
                    f"HTTP/1.1 200 OK\r\n{common}Content-Type: text/html\r\n"
                    f"Content-Length: {len(page.body)}\r\n\r\n"
                ).encode("latin-1") + body
                status = 200
            stats.page_bytes_sent += len(out)
        elif path in self.corpus.directories:
            stats.listing_requests += 1
            body = self.corpus.listing(path)
            etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            inm = headers.get(b"if-none-match")
            tags = {t.strip().removeprefix("W/") for t in (inm or b"").decode("latin-1").split(",")}
            if etag in tags:
                out = f"HTTP/1.1 304 Not Modified\r\nDate: {date}\r\nETag: {etag}\r\n\r\n"
                out, status = out.encode("latin-1"), 304
            else:
                out = (
                    f"HTTP/1.1 200 OK\r\nDate: {date}\r\nETag: {etag}\r\n"
                    f"Content-Type: text/html; charset=UTF-8\r\nContent-Length: {len(body)}\r\n\r\n"
                ).encode("latin-1") + (b"" if method == b"HEAD" else body)
                status = 200
        elif path == "/robots.txt":
            out = (
                f"HTTP/1.1 200 OK\r\nDate: {date}\r\nContent-Type: text/plain\r\n"
                f"Content-Length: {len(ROBOTS)}\r\n\r\n"
            ).encode("latin-1") + ROBOTS
            status = 200
        else:
            body = b"<html><body>Not found</body></html>"
            out = (
                f"HTTP/1.1 404 Not Found\r\nDate: {date}\r\nContent-Type: text/html\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode("latin-1") + body
            status = 404
        stats.statuses[status] += 1
        stats.bytes_sent += len(out)
        return out


class _Http(asyncio.Protocol):
    """Minimal HTTP/1.1 for GET/HEAD without request bodies (what crawlers send)."""

    def __init__(self, server: CorpusServer):
        self.server = server
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > 65536:
                    self.transport.close()
                return
            head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            lines = head.split(b"\r\n")
            try:
                method, target, version = lines[0].split(b" ", 2)
            except ValueError:
                self.transport.close()
                return
            headers = {}
            for line in lines[1:]:
                key, _, value = line.partition(b":")
                headers[key.strip().lower()] = value.strip()
            self.transport.write(self.server.respond(method, target, headers))
            connection = headers.get(b"connection", b"").lower()
            if connection == b"close" or (version == b"HTTP/1.0" and connection != b"keep-alive"):
                self.transport.close()
                return


# -- registries and configuration for a benchmark crawl ----------------------------------------


def write_crawl_inputs(
    directory: Path, sections: list[tuple[str, str]], concurrency: int, change_lists: bool = True
) -> dict[str, str]:
    """Registry (HI lists every URL; the other 50 entries none), crawl.yml with no delay (and
    the sites' change lists on or off) and an empty subscriptions file. Returns the environment
    for `hotline-watch crawl` at `concurrency` requests at a time."""
    import yaml

    from hotline_watch.jurisdictions import JURISDICTIONS

    directory.mkdir(parents=True, exist_ok=True)
    hi_sections = [
        {"citation": citation, "url": url, "verified": "unverified"} for citation, url in sections
    ]
    entries = [
        {
            "jurisdiction": code,
            "adapter": "hi_hrs",
            "allowed_domains": ["127.0.0.1"],
            "law_status": "required" if code == "HI" else "none",
            "sections": hi_sections if code == "HI" else [],
        }
        for code in sorted(JURISDICTIONS)
    ]
    registry = directory / "statutes.yml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    registry.write_text(
        yaml.dump({"jurisdictions": entries}, Dumper=dumper, allow_unicode=True), "utf-8"
    )
    crawl_yml = directory / "crawl.yml"
    crawl_yml.write_text(
        "contact: bench@hotline-watch.test\ndownload_delay: 0\ndownload_timeout: 30\n"
        f"change_lists: {'true' if change_lists else 'false'}\n",
        encoding="utf-8",
    )
    subscriptions = directory / "subscriptions.yml"
    subscriptions.write_text("subscriptions: []\n", encoding="utf-8")
    env = dict(os.environ)
    env.pop("HOTLINE_WATCH_DB", None)
    env.update(
        {
            "HOTLINE_WATCH_STATUTES": str(registry),
            "HOTLINE_WATCH_CONFIG": str(crawl_yml),
            "HOTLINE_WATCH_SUBSCRIPTIONS": str(subscriptions),
            "HOTLINE_WATCH_ARCHIVE_DIR": str(directory / "archive"),
            "HOTLINE_WATCH_HTTPCACHE_DIR": str(directory / "httpcache"),
            # Politeness off for the benchmark only: bench/settings/hw_bench_settings.py.
            "SCRAPY_SETTINGS_MODULE": SETTINGS_MODULE,
            "HOTLINE_WATCH_BENCH_CONCURRENCY": str(concurrency),
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(SETTINGS_DIR), os.environ.get("PYTHONPATH", "")) if p
            ),
        }
    )
    return env


def hotline_watch_cmd() -> list[str]:
    exe = BIN / "hotline-watch"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "hotline_watch.cli"]


# -- child processes ---------------------------------------------------------------------------


@dataclass
class ChildResult:
    returncode: int
    wall_s: float
    user_s: float
    sys_s: float
    # Peak resident set size of the child and its own children (the crawl's offload worker):
    # the sum of the last VmHWM each reported, an upper bound as their peaks need not coincide.
    # Not wait4's ru_maxrss, which on Linux carries the parent's RSS at fork time over exec (a
    # bench process holding a 160 MB corpus would make every child look 250 MB at its peak).
    maxrss_mb: float
    started: float  # time.monotonic() at spawn
    ended: float
    stdout: str
    stderr: str
    #: (seconds since spawn, resident MB of the child and its children) sampled from /proc
    #: every SAMPLE_EVERY seconds
    rss_samples: list[tuple[float, float]] = field(default_factory=list)
    #: The child's own peak (VmHWM), and each of its children's (pid -> MB).
    own_maxrss_mb: float = 0.0
    children_maxrss_mb: dict[int, float] = field(default_factory=dict)
    #: CPU seconds of the child alone and of its children (the offload worker), as last
    #: sampled from /proc (up to SAMPLE_EVERY before the end): where the work was done.
    own_cpu_s: float = 0.0
    children_cpu_s: float = 0.0

    def rss_at(self, when: float) -> float | None:
        """Resident MB sampled closest to time.monotonic() value `when`."""
        if not self.rss_samples:
            return None
        rel = when - self.started
        return min(self.rss_samples, key=lambda s: abs(s[0] - rel))[1]

    def to_dict(self) -> dict[str, Any]:
        return {
            "returncode": self.returncode,
            "wall_s": round(self.wall_s, 3),
            "cpu_user_s": round(self.user_s, 3),
            "cpu_sys_s": round(self.sys_s, 3),
            "peak_rss_mb": round(self.maxrss_mb, 1),
            "own_peak_rss_mb": round(self.own_maxrss_mb, 1),
            "children_peak_rss_mb": [round(v, 1) for v in self.children_maxrss_mb.values()],
            "own_cpu_s_sampled": round(self.own_cpu_s, 2),
            "children_cpu_s_sampled": round(self.children_cpu_s, 2),
        }


def run_child(
    cmd: list[str], env: dict[str, str], timeout: float, log_dir: Path, cwd: Path = ROOT
) -> ChildResult:
    """Run cmd (stdout and stderr to files in log_dir), wait for it with wait4 (its own CPU
    time), sampling its RSS and high-water mark from /proc; kill it (its pid only) if it runs
    longer than timeout."""
    log_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = log_dir / "stdout.txt", log_dir / "stderr.txt"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=err)
        deadline = started + timeout
        status, usage = 0, None
        samples: list[tuple[float, float]] = []
        high_water = 0.0
        children: dict[int, float] = {}  # pid -> last VmHWM
        own_cpu, children_cpu = 0.0, {}  # CPU seconds, as last sampled
        next_sample = started
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                break
            now = time.monotonic()
            if now >= next_sample:
                rss, hwm = _proc_rss_mb(proc.pid)
                high_water = max(high_water, hwm or 0.0)
                own_cpu = _proc_cpu_s(proc.pid) or own_cpu
                for child in _children(proc.pid):
                    child_rss, child_hwm = _proc_rss_mb(child)
                    children[child] = max(children.get(child, 0.0), child_hwm or 0.0)
                    children_cpu[child] = _proc_cpu_s(child) or children_cpu.get(child, 0.0)
                    if rss is not None and child_rss is not None:
                        rss += child_rss
                if rss is not None:
                    samples.append((round(now - started, 2), rss))
                next_sample = now + SAMPLE_EVERY
            if time.monotonic() > deadline:
                os.kill(proc.pid, signal.SIGKILL)
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        ended = time.monotonic()
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait
    timed_out = ended > deadline
    stdout = out_path.read_text("utf-8", "replace")
    stderr = err_path.read_text("utf-8", "replace")
    if timed_out:
        stderr += f"\n[bench] killed after {timeout:.0f} s timeout"
    return ChildResult(
        returncode=proc.returncode,
        wall_s=ended - started,
        user_s=usage.ru_utime,
        sys_s=usage.ru_stime,
        maxrss_mb=(high_water or usage.ru_maxrss / 1024) + sum(children.values()),  # kB on Linux
        own_maxrss_mb=high_water or usage.ru_maxrss / 1024,
        children_maxrss_mb=children,
        own_cpu_s=own_cpu,
        children_cpu_s=sum(children_cpu.values()),
        started=started,
        ended=ended,
        stdout=stdout,
        stderr=stderr,
        rss_samples=samples,
    )


def _children(pid: int) -> list[int]:
    """The live descendants of a process (children, their children...), from /proc."""
    found: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        kids: list[int] = []
        try:
            for task in os.listdir(f"/proc/{parent}/task"):  # a child belongs to a thread
                with open(f"/proc/{parent}/task/{task}/children", encoding="ascii") as fh:
                    kids += [int(k) for k in fh.read().split()]
        except OSError:
            continue
        found += kids
        todo += kids
    return found


def _proc_cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of a live process itself (not its children), from /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rpartition(")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _proc_rss_mb(pid: int) -> tuple[float | None, float | None]:
    """(VmRSS, VmHWM) of a live process in MB: resident now, and its high-water mark so far."""
    found: dict[str, float] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    found[line[:5]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return found.get("VmRSS"), found.get("VmHWM")


def run_hotline_crawl(
    env: dict[str, str], db: Path, timeout: float, log_dir: Path, profile: Path | None = None
) -> ChildResult:
    """`hotline-watch crawl statutes_hi --db DB`: the real spiders, middlewares and pipelines
    (profiled into `profile`, when given: cProfile for a .prof file, else py-spy)."""
    cmd = hotline_watch_cmd()
    if profile is not None and profile.suffix == ".prof":
        # the console script, or `-m hotline_watch.cli` without one
        cmd = [sys.executable, "-m", "cProfile", "-o", str(profile), *(cmd[1:] or cmd)]
    elif profile is not None:
        pyspy = os.environ.get("HOTLINE_WATCH_BENCH_PYSPY") or shutil.which("py-spy") or "py-spy"
        cmd = [pyspy, "record", "-r", "100", "-f", "raw", "-o", str(profile), "--", *cmd]
    return run_child(cmd + ["crawl", "statutes_hi", "--db", str(db)], env, timeout, log_dir)


def run_bare_crawl(
    urls_file: Path, concurrency: int, timeout: float, log_dir: Path, not_modified: bool = False
) -> ChildResult:
    """A plain Scrapy spider that only fetches the URLs (bench/bare_spider.py); with
    `not_modified`, every request is conditional and answered 304."""
    env = dict(os.environ)
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    extra = ["not-modified"] if not_modified else []
    return run_child(
        [sys.executable, str(BENCH / "bare_spider.py"), str(urls_file), str(concurrency), *extra],
        env,
        timeout,
        log_dir,
        cwd=BENCH,
    )


def memory_profile(child: ChildResult, crawl_started: float | None) -> dict[str, Any]:
    """Peak RSS (VmHWM) and the /proc samples: at the first request, at the end, the growth."""
    samples = child.rss_samples
    at_start = child.rss_at(crawl_started) if crawl_started else None
    at_end = samples[-1][1] if samples else None
    peak_at = max(samples, key=lambda s: s[1])[0] if samples else None
    return {
        "peak_rss_mb": round(child.maxrss_mb, 1),
        "rss_at_first_request_mb": round(at_start, 1) if at_start else None,
        "rss_at_end_mb": round(at_end, 1) if at_end else None,
        "growth_during_crawl_mb": round(at_end - at_start, 1) if at_start and at_end else None,
        "peak_sampled_at_s": peak_at,
        "first_request_at_s": round(crawl_started - child.started, 2) if crawl_started else None,
        "samples": len(samples),
    }


def tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])
