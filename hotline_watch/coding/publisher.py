"""Whose site a text comes from: its URL (provenance) as evidence of the publisher.

Every stored document has the URL it was fetched from. A government host (`.gov`, `.mil`, a
state's `state.XX.us` and the city, county and school `*.XX.us` hosts, or a host the Attorney
General registry lists as an office's newsroom, data/sources/ag_newsrooms.yml) means a public
office published it: on such a page the office speaks, even where the text never names it in
the third person (an agency's own campaign page). It is one input of the promotes_hotline model
(hotline_watch.coding.model), never a verdict: offices also publish prosecutions and
statistics, and news sites report offices' campaigns.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from urllib.parse import urlsplit

#: Government hosts by their name alone. `XX.us` hosts are governments' (the locality domain:
#: state.XX.us, ci.CITY.XX.us, co.COUNTY.XX.us, k12.XX.us); a bare `name.us` is anyone's.
_GOV_HOST = re.compile(
    r"(?:^|\.)(?:gov|mil)$|\.gov\.[a-z]{2}$"
    r"|(?:^|\.)(?:state|ci|co|city|county|town|twp|vil|k12|courts?|legis\w*|lib)\.[a-z.-]*[a-z]{2}\.us$"
    r"|(?:^|\.)[a-z]{2}\.us$"
)


def host_of(url: str | None) -> str | None:
    """The lower-cased host of `url` (without `www.`), or None when it has none."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.lower().removeprefix("www.")


@lru_cache(maxsize=4)
def _newsroom_hosts(path: str | None) -> frozenset[str]:
    from hotline_watch.registry_ag import load_offices

    return frozenset(d.lower() for office in load_offices(path) for d in office.allowed_domains)


def government_host(url: str | None) -> str | None:
    """The host of `url` when it is a public office's site (see the module docstring)."""
    host = host_of(url)
    if host is None:
        return None
    if _GOV_HOST.search(host):
        return host
    newsrooms = _newsroom_hosts(os.environ.get("HOTLINE_WATCH_AG"))
    if any(host == d or host.endswith("." + d) for d in newsrooms):
        return host
    return None


#: A news outlet's host: a broadcaster's call letters (K/W + two or three letters, "kwch.com",
#: "news9.com", "fox2detroit.com") or a newsroom's name ("...times", "...herald", "mlive",
#: "...matters", a public radio station). Read only where no government host is.
_NEWS_HOST = re.compile(
    r"(?:^|\.)(?:[kw][a-z]{2,3}(?:tv|-tv)?|(?:fox|abc|nbc|cbs|cw|news)\d+[a-z]*)\.com$"
    r"|(?:^|\.)[a-z0-9-]*(?:news|times|post|herald|tribune|record|journal|gazette|daily|courier"
    r"|press|observer|sentinel|chronicle|dispatch|examiner|inquirer|ledger|bulletin|mlive|patch"
    r"|matters|publicradio|public|radio|npr|pbs|telegraph|statesman|register|reporter|beacon"
    r"|tv|bee|globe|monitor|argus|enquirer|mercury|citizen|sun|star|democrat|eagle)(?:line|room|week|wire|now|today|online)?\.(?:com|org|net|news)$"
)


def news_outlet(url: str | None) -> str | None:
    """The host of `url` when a news outlet published it (a broadcaster or a newspaper, by its
    host's form): a story, whose closing lines are the outlet's own, never an office's release
    footer. A government host is never a news outlet."""
    host = host_of(url)
    # the host's form first: the government check (a registry scan) only for the few it matches
    if host is None or not _NEWS_HOST.search(host) or government_host(url) is not None:
        return None
    return host
