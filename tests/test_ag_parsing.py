"""AG newsroom parsing (spiders/ag_parsing.py): every real capture in ../shared/captures, parsed
with the registry's own selectors, plus small inline pages for the edge cases.

Capture tests skip cleanly when ../shared/ is absent; the inline tests always run.
"""

# Expected values are verbatim URLs, titles and text from the captures: long lines are allowed.
# ruff: noqa: E501

from __future__ import annotations

import re

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse, TextResponse

from conftest import WARC
from hotline_watch.archive import ArchiveIndex
from hotline_watch.registry_ag import DetailConfig, ListingConfig, load_offices
from spiders.ag_parsing import (
    Listing,
    ListingEntry,
    clean_title,
    date_from_url,
    decoded_text,
    discover_feeds,
    fix_mojibake,
    parse_date,
    parse_detail,
    parse_feed,
    parse_js_data,
    parse_listing,
    parse_wp_json,
)
from spiders.sites.base import PageFormatError, squash

OFFICES = {office.jurisdiction: office for office in load_offices()}


@pytest.fixture(scope="module")
def archive() -> ArchiveIndex:
    if not WARC.exists():
        pytest.skip("../shared/captures/archive.warc.gz not present")
    return ArchiveIndex([WARC])


def captured(archive: ArchiveIndex, url: str):
    """The capture of `url` as the Scrapy response a crawl (or a replay) would give."""
    record = archive.get(url)
    assert record is not None, f"{url} is not in the archive"
    return record.to_scrapy()


def html_response(body: str | bytes, url: str = "https://example.gov/news/page", **kw):
    if isinstance(body, str):
        body = body.encode("utf-8")
        kw.setdefault("headers", {"Content-Type": "text/html; charset=utf-8"})
    return HtmlResponse(url=url, body=body, **kw)


def text_response(body: str | bytes, url: str, content_type: str) -> TextResponse:
    if isinstance(body, str):
        body = body.encode("utf-8")
    return TextResponse(url=url, body=body, headers={"Content-Type": content_type})


# ============================================================================ HTML listings

LISTINGS = {
    "CA": dict(
        url="https://oag.ca.gov/media/news",
        count=30,
        first="https://oag.ca.gov/news/press-releases/tell-everyone-attorney-general-bonta-warns-consumers-surge-text-based-toll-scam",
        first_title="Tell Everyone: Attorney General Bonta Warns Consumers of Surge in Text-Based Toll Scam Activity",
        first_date="2025-01-02",  # content="2025-01-02T00:00:00-08:00": no timezone shift
        last="https://oag.ca.gov/news/press-releases/attorney-general-bonta-demands-better-customer-service-californians",
        last_date="2024-12-11",
        next="https://oag.ca.gov/media/news?page=1",
    ),
    "NY": dict(
        url="https://ag.ny.gov/press-releases",
        count=25,
        first="https://ag.ny.gov/press-release/2026/attorney-general-james-urges-congress-pass-senates-kids-online-safety-act",
        first_title="Attorney General James Urges Congress to Pass Senate’s Kids Online Safety Act",
        first_date="2026-02-11",  # time[datetime="2026-02-11T12:00:00Z"]
        last="https://ag.ny.gov/press-release/2026/attorney-general-james-warns-new-yorkers-about-price-gouging-ahead-major-winter",
        last_date="2026-01-23",
        next="https://ag.ny.gov/press-releases?page=1",
    ),
    "TX": dict(
        url="https://www.texasattorneygeneral.gov/news/press_releases",
        count=10,
        first="https://www.texasattorneygeneral.gov/news/releases/attorney-general-ken-paxton-secures-50-year-sentence-against-human-trafficker-north-texas-child",
        # Soft hyphens (&shy;) in the link text and a <span> around "50" are both handled.
        first_title="Attorney General Ken Paxton Secures 50-Year Sentence Against Human Trafficker in North Texas Child Trafficking Case",
        first_date="2026-02-11",  # p.meta "February 11, 2026 | Press Release"
        last="https://www.texasattorneygeneral.gov/news/releases/attorney-general-ken-paxton-sues-muslim-brotherhood-and-cair-stop-terrorist-groups-operating-texas",
        last_date="2026-02-05",
        next="https://www.texasattorneygeneral.gov/news/press_releases?page=1",
    ),
    "OH": dict(
        url="https://www.ohioattorneygeneral.gov/Media/News-Releases",
        count=10,
        first="https://www.ohioattorneygeneral.gov/Media/News-Releases/February-2026/Eight-People-Plead-Guilty-in-Mahoning-Valley-Human",
        first_title="Eight People Plead Guilty in Mahoning Valley Human Trafficking Case",
        first_date="2026-02-11",  # .news-date "2/11/2026"
        last="https://www.ohioattorneygeneral.gov/Media/News-Releases/January-2026/AG-Yost-Sues-Solar-Company-for-Allegedly-Deceiving",
        last_date="2026-01-12",
        next="https://www.ohioattorneygeneral.gov/Media/News-Releases?page=2",
    ),
    "PA": dict(
        url="https://www.attorneygeneral.gov/taking-action/",
        count=30,  # the header row of table.stories has no link and is skipped
        first="https://www.attorneygeneral.gov/taking-action/teens-from-dallas-high-school-capture-pennsylvania-state-lifesmarts-title/",
        first_title="Teens from Dallas High School Capture Pennsylvania State LifeSmarts Title",
        first_date="2026-02-11",  # td.date "02/11/2026"
        last="https://www.attorneygeneral.gov/taking-action/ag-sundays-medicaid-fraud-control-section-secures-prison-sentence-for-office-manager-in-montgomery-county-based-companys-1-76-million-fraud-scheme/",
        last_date="2026-01-13",
        next="https://www.attorneygeneral.gov/taking-action/page/2/",
    ),
    "VA": dict(
        url="https://www.oag.state.va.us/media-center/news-releases",
        count=10,
        first="https://www.oag.state.va.us/media-center/news-releases/2960-attorney-general-jones-announces-major-legal-actions-to-hold-pharmaceutical-companies-accountable-and-put-money-back-in-virginians-pockets",
        first_title="Attorney General Jones Announces Major Legal Actions to Hold Pharmaceutical Companies Accountable and Put Money Back in Virginians’ Pockets",
        first_date=None,  # the Joomla table has no dates
        last="https://www.oag.state.va.us/media-center/news-releases/2948-january-17th-2026-attorney-general-jones-announces-day-one-actions-to-keep-virginians-safe-lower-costs-and-protect-fundamental-rights",
        last_date=None,
        next=None,  # Joomla pages with ?start=N and shows no next link here
    ),
    "OR": dict(
        url="https://www.doj.state.or.us/media/news-media-releases/oregon-doj-news/",
        count=5,
        first="https://www.doj.state.or.us/media-home/news-media-releases/ag-rayfield-secures-settlement-against-companies-inflating-generic-drug-prices/",
        first_title="AG Rayfield Announces Settlements with Lannett and Bausch Totalling $17.85 Million Over Conspiracies to Inflate Prices and Limit Competition",
        first_date="2026-02-02",  # "Posted in ... on February 2, 2026"
        last="https://www.doj.state.or.us/media-home/news-media-releases/former-orangetheory-fitness-instructor-pleads-guilty-in-charity-scheme/",
        last_date="2026-01-23",
        next="https://www.doj.state.or.us/media/news-media-releases/oregon-doj-news/?sf_paged=2",
    ),
    "CT": dict(
        url="https://portal.ct.gov/ag/press-releases/2025-press-releases",
        count=15,
        first="https://portal.ct.gov/ag/press-releases/2026-press-releases/attorney-general-tong-statement-following-meeting-with-concierge-management",
        first_title="Attorney General Tong Statement Following Meeting with Concierge Management",
        first_date="2026-02-10",  # span.date "2/10/2026"
        last="https://portal.ct.gov/ag/press-releases/2026-press-releases/attorney-general-tong-moves-to-block-latest-trump-attempt-to-stop-revolution-wind",
        last_date="2026-01-06",
        next="https://portal.ct.gov/ag/press-releases?page=2",
    ),
}


@pytest.mark.parametrize("code", sorted(LISTINGS))
def test_listing_capture(archive, code):
    expected = LISTINGS[code]
    office = OFFICES[code]
    listing = parse_listing(captured(archive, expected["url"]), office.listing)
    entries = listing.entries
    assert len(entries) == expected["count"]
    assert entries[0].url == expected["first"]
    assert entries[0].title == expected["first_title"]
    assert entries[0].published == expected["first_date"]
    assert entries[-1].url == expected["last"]
    assert entries[-1].published == expected["last_date"]
    assert listing.next_url == expected["next"]
    # Every link found is a release page of the office, with a title; none twice.
    assert [e.url for e in entries if not office.is_release(e.url)] == []
    assert all(e.title and "\u00ad" not in e.title for e in entries)
    assert len({e.url for e in entries}) == len(entries)
    if expected["first_date"]:
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.published) for e in entries)
    else:
        assert {e.published for e in entries} == {None}


def test_md_listing_discovery(archive):
    """The Maryland capture is the OAG home page: its news box links the latest releases."""
    office = OFFICES["MD"]
    response = captured(archive, "https://oag.maryland.gov/News/Pages/press-release-archive.aspx")
    listing = parse_listing(response, office.listing)
    releases = [e for e in listing.entries if office.is_release(e.url)]
    assert len(listing.entries) == 6  # plus the "News" and "Consumer Alerts" index links
    assert len(releases) == 4
    assert releases[0].url == (
        "https://oag.maryland.gov/News/Pages/Attorney-General-Brown-Announces-Health-Education"
        "-and-Advocacy-Unit-Saved-Nearly-$2.6-Million-for-Patients-in-FY-2025-.aspx"
    )
    assert releases[0].published is None  # the hero slider shows no date
    assert (
        releases[1].title == "Attorney General Brown Urges Congress to Pass Kids Online Safety Act"
    )
    assert releases[1].published == "2026-02-10"  # "Published: 2/10/2026"
    assert releases[-1].published == "2026-02-09"
    assert office.feed in discover_feeds(response)  # advertised as https://oag.maryland.gov:443/...


def test_co_listing_discovery_is_the_feed(archive):
    """Colorado's press archive is built by Vue.js: the static HTML holds no release links, the
    page head advertises the WordPress feed the registry uses."""
    office = OFFICES["CO"]
    response = captured(archive, "https://coag.gov/press-releases/")
    assert parse_listing(response, office.listing).entries == []
    assert discover_feeds(response) == ["https://coag.gov/feed/"]
    assert office.feed == "https://coag.gov/feed/"
    assert office.ways_in == ["feed", "listing"]


def test_wa_listing_discovery_is_the_feed(archive):
    """The Washington capture is the /news hub, not the release list: it links the RSS feeds."""
    office = OFFICES["WA"]
    response = captured(archive, "https://www.atg.wa.gov/pressrelease.aspx")
    assert parse_listing(response, office.listing).entries == []
    feeds = discover_feeds(response)
    assert len(feeds) == 3
    assert feeds[0] == office.feed == "https://www.atg.wa.gov/news/news-releases-rss"
    assert "https://www.atg.wa.gov/news/news-releases/consumer-alert-rss" in feeds
    assert not office.is_release("https://www.atg.wa.gov/news/news-releases/consumer-alert-rss")


def test_feeds_advertised_in_captured_heads_are_the_registry_feeds(archive):
    for code, url in (
        ("CA", "https://oag.ca.gov/media/news"),
        ("PA", "https://www.attorneygeneral.gov/taking-action/"),
        ("VA", "https://www.oag.state.va.us/media-center/news-releases"),
    ):
        assert OFFICES[code].feed in discover_feeds(captured(archive, url)), code


# ============================================================================ Minnesota JS data


def test_mn_js_data_2025(archive):
    response = captured(
        archive, "https://www.ag.state.mn.us/Office/Communications/_Scripts/pr2025.js"
    )
    listing = parse_js_data(response)
    assert len(listing.entries) == 85
    first = listing.entries[0]
    assert first == ListingEntry(
        url="https://www.ag.state.mn.us/Office/Communications/2025/04/16_SocialSecurity.asp",
        title="Attorney General Ellison defends Social Security from erratic, unlawful management",
        published="2025-04-16",
    )
    last = listing.entries[-1]
    assert last.url == "https://www.ag.state.mn.us/Office/Communications/2025/01/08_Willis.asp"
    assert last.published == "2025-01-08"
    assert all(e.published and e.published.startswith("2025-") for e in listing.entries)
    assert listing.next_url is None
    assert all(OFFICES["MN"].is_release(e.url) for e in listing.entries)


def test_mn_js_data_2018(archive):
    response = captured(
        archive, "https://www.ag.state.mn.us/Office/Communications/_Scripts/pr2018.js"
    )
    entries = parse_js_data(response).entries
    assert len(entries) == 3
    # "December 2018" names no day: no date rather than a guessed one.
    assert entries[0] == ListingEntry(
        url="https://www.ag.state.mn.us/Office/Communications/2018/12/SexualAssaultTaskForceReport.pdf",
        title="Attorney General’s Working Group on Sexual Assault Releases Report and Recommendations",
        published=None,
    )
    assert not OFFICES["MN"].is_release(entries[0].url)  # a PDF, not a release page
    assert entries[1].url.endswith("/2018/12/21_ComcastXfinity.asp")
    assert entries[1].published == "2018-12-21"
    assert entries[2].url == (
        "https://www.ag.state.mn.us/Office/Communications/2018/10/16_InsulinPriceHikes.asp"
    )
    assert entries[2].published == "2018-10-16"


# ============================================================================ release pages

# url, title, published, body start, a phrase at the end of the body
DETAILS = [
    (
        "https://oag.ca.gov/news/press-releases/attorney-general-bonta-combats-medi-cal-fraud-securing-10-million-settlement",
        "Attorney General Bonta Combats Medi-Cal Fraud, Securing a $10 Million Settlement Against Southern California Provider",
        "2025-01-02",
        "OAKLAND — Attorney General Rob Bonta today announced a settl",
        "A copy of the settlement agreement can be found here.",
    ),
    (
        "https://oag.ca.gov/news/press-releases/attorney-general-bonta-secures-preliminary-injunction-against-mv-realty",
        "Attorney General Bonta Secures Preliminary Injunction Against MV Realty, Benefiting Nearly 1,500 Homeowners",
        "2024-09-17",
        "Court order protects consumers, requires removal of illegal ",
        "a declaration from the California Department of Real Estate.",
    ),
    (
        "https://oag.ca.gov/news/press-releases/attorney-general-bonta-helps-secure-74-billion-purdue-pharma-and-sackler-family",
        "Attorney General Bonta Helps Secure $7.4 Billion from Purdue Pharma and the Sackler Family for Fueling the Opioid Crisis",
        "2025-01-23",
        "Sackler family will pay up to $6.5 billion over 15 years; Pu",
        "Tennessee, Texas, Vermont, Virginia, and West Virginia.",
    ),
    (
        "https://oag.ca.gov/news/press-releases/attorney-general-bonta-12-defendants-held-accountable-15-million-scheme-mortgage",
        "Attorney General Bonta: 12 Defendants Held Accountable for $15 Million Scheme of Mortgage Fraud, Money Laundering, and Identity Theft",
        "2024-09-17",
        "LOS ANGELES – California Attorney General Rob Bonta today an",
        "authorities on cases involving multijurisdictional criminal activity.",
    ),
    (
        "https://oag.ca.gov/news/press-releases/attorney-general-bonta-sues-exxonmobil-deceiving-public-recyclability-plastic",
        "Attorney General Bonta Sues ExxonMobil for Deceiving the Public on Recyclability of Plastic Products",
        "2024-09-23",  # dc:date; article:published_time says 2024-09-22: the configured one wins
        "The first-of-its-kind lawsuit seeks to hold one of the large",
        "A copy of the Attorney General’s complaint can be found here.",
    ),
    (
        "https://oag.ca.gov/news/press-releases/attorney-general-bonta-secures-77-million-settlement-la-county-based-healthcare",
        "Attorney General Bonta Secures $7.7 Million Settlement with L.A. County-Based Healthcare Provider, Resolving Corporate Fraud Allegations",
        "2024-09-24",
        "OAKLAND — California Attorney General Rob Bonta today announ",
        "A copy of the final judgment can be found here.",
    ),
    (
        "https://oag.ca.gov/news/press-releases/attorney-general-bonta-and-california-air-resources-board-announce-nearly-237",
        "Attorney General Bonta and California Air Resources Board Announce Nearly $237 Million Settlement with Heavy-Duty Engine Manufacturer Hino Motors, Ltd., a Subsidiary of Toyota Motors Corporation",
        "2025-01-15",
        "OAKLAND – California Attorney General Rob Bonta and the Cali",
        "consent decrees and settlement agreement are available here and here.",
    ),
    (
        "https://oag.ca.gov/news/press-releases/attorney-general-becerra-announces-approval-final-regulations-under-california",
        "Attorney General Becerra Announces Approval of Final Regulations Under the California Consumer Privacy Act",
        "2020-08-14",
        "SACRAMENTO – California Attorney General Xavier Becerra toda",
        "A copy of the approved final regulations can be found here.",
    ),
    (
        "https://oag.ca.gov/news/press-releases/tell-everyone-attorney-general-bonta-warns-consumers-surge-text-based-toll-scam",
        "Tell Everyone: Attorney General Bonta Warns Consumers of Surge in Text-Based Toll Scam Activity",
        "2025-01-02",
        "Be aware of any text or website that looks “official”— it ma",
        "visit oag.ca.gov/contact/general-contact-form.",
    ),
    (
        "https://oag.ca.gov/news/press-releases/attorney-general-bonta-issues-statement-legislation-authorizing-additional-civil",
        "Attorney General Bonta Issues Statement on Legislation Authorizing Additional Civil Penalties for Housing Law Violations",
        "2024-09-19",
        "SAN FRANCISCO — California Attorney General Rob Bonta today ",
        "A copy of the legislation can be found here.",
    ),
    (
        "https://oag.ca.gov/news/press-releases/attorney-general-bonta-strikes-wage-theft-launches-legal-fight-home-care-workers",
        "Attorney General Bonta Strikes at Wage Theft: Launches Legal Fight for In-Home Care Workers Misclassified in California",
        "2023-06-15",
        "OAKLAND – California Attorney General Rob Bonta today filed ",
        "P.O. Box 944255, Sacramento, CA 94244-2550.",
    ),
    (
        "https://ag.ny.gov/press-release/2026/attorney-general-james-recovers-over-47-million-nyc-truck-rental-companies-and",
        "Attorney General James Recovers Over $4.7 Million From NYC Truck Rental Companies and Their Accountant for Massive Tax Evasion Scheme",
        "2026-02-10",
        "NEW YORK – New York Attorney General Letitia James today rec",
        "Chris D’Angelo and First Deputy Attorney General Jennifer Levy.",
    ),
    (
        "https://ag.ny.gov/press-release/2026/attorney-general-james-announces-conviction-nypd-sergeant-manslaughter-charge",
        "Attorney General James Announces Conviction of NYPD Sergeant on Manslaughter Charge",
        "2026-02-06",
        "NEW YORK – New York Attorney General Letitia James today ann",
        "The Investigation Division is headed by Chief Oliver Pu-Folkes.",
    ),
    (
        "https://www.texasattorneygeneral.gov/news/releases/attorney-general-ken-paxton-secures-50-year-sentence-against-human-trafficker-north-texas-child",
        "Attorney General Ken Paxton Secures 50-Year Sentence Against Human Trafficker in North Texas Child Trafficking Case",
        "2026-02-11",
        "Attorney General Ken Paxton has secured a major victory in t",
        "alongside the Grayson County District Attorney John Kermit Hill.",
    ),
    (
        "https://www.texasattorneygeneral.gov/news/releases/attorney-general-paxton-sues-snapchat-deceiving-parents-endangering-texas-kids-exposing-them",
        "Attorney General Paxton Sues Snapchat for Deceiving Parents, Endangering Texas Kids by Exposing Them to Addictive Features, and Serving as a Breeding Ground for Obscene Conduct",
        "2026-02-11",
        "Attorney General Ken Paxton filed a lawsuit against Snap, In",
        "To read the lawsuit, click here.",
    ),
    (
        "https://www.ohioattorneygeneral.gov/Media/News-Releases/February-2026/Eight-People-Plead-Guilty-in-Mahoning-Valley-Human",
        "Eight People Plead Guilty in Mahoning Valley Human Trafficking Case",
        "2026-02-11",  # the <p>2/11/2026</p> after h2.news (the registry's detail.date)
        "(WARREN, Ohio) — Eight people have pleaded guilty in connect",
        "MEDIA CONTACT:\nSteve Irwin: 614-728-5417\n\n-30-",
    ),
    (
        "https://www.ohioattorneygeneral.gov/Media/News-Releases/February-2026/Fourth-Defendant-Pleads-Guilty-in-Decade-long-Ponz",
        "Fourth Defendant Pleads Guilty in Decade-long Ponzi Scheme",
        "2026-02-06",
        "(TOLEDO, Ohio) — The spouse of a former Northwest Capital ma",
        "MEDIA CONTACT:\nSteve Irwin: 614-728-5417\n\n-30-",
    ),
    (
        "https://www.attorneygeneral.gov/taking-action/office-of-attorney-general-secures-felony-conviction-3m-asset-payment-from-central-pa-based-company-that-installed-hundreds-of-illegal-video-gambling-machines/",
        "Office of Attorney General Secures Felony Conviction, $3M Asset Payment from Central Pa.-Based Company that Installed Hundreds of Illegal Video Gambling Machines",
        "2026-02-09",
        "HARRISBURG — Attorney General Dave Sunday announced that a c",
        "Chief Deputy Attorney General Adrian Shchuka.\n\n# # #",
    ),
    (
        "https://www.attorneygeneral.gov/taking-action/verdict-two-philadelphia-men-found-guilty-in-multiple-gang-related-murders-and-shootings/",
        "VERDICT: Two Philadelphia Men Found Guilty in Multiple Gang-Related Murders and Shootings",
        "2026-02-10",
        "HARRISBURG — Attorney General Dave Sunday announced that a P",
        "Senior Deputy Attorney General Helen Park.\n\n# # #",
    ),
    (
        "https://www.oag.state.va.us/media-center/news-releases/2960-attorney-general-jones-announces-major-legal-actions-to-hold-pharmaceutical-companies-accountable-and-put-money-back-in-virginians-pockets",
        "Attorney General Jones Announces Major Legal Actions to Hold Pharmaceutical Companies Accountable and Put Money Back in Virginians’ Pockets",
        None,  # the page carries no date anywhere: see test_va_date_comes_from_the_feed
        "AG Jones announces settlements with Lannett and Bausch Total",
        "West Viginia, Wisconsin, and Wyoming.\n\n###",
    ),
    (
        "https://www.oag.state.va.us/media-center/news-releases/2958-attorney-general-jones-moves-to-hold-big-polluters-accountable",
        "Attorney General Jones Moves To Hold Big Polluters Accountable",
        None,
        "Directs Virginia to Rejoin California Communities Against To",
        "children, older adults, and vulnerable populations.\n\n###",
    ),
    (
        "https://www.doj.state.or.us/media-home/news-media-releases/ag-rayfield-secures-settlement-against-companies-inflating-generic-drug-prices/",
        "AG Rayfield Announces Settlements with Lannett and Bausch Totalling $17.85 Million Over Conspiracies to Inflate Prices and Limit Competition",
        "2026-02-02",  # article:published_time 2026-02-02T20:23:36+00:00
        "If You Bought Certain Generic Prescription Drugs in the Unit",
        "West Viginia, Wisconsin, and Wyoming.",
    ),
    (
        "https://www.ag.state.mn.us/Office/Communications/2018/10/16_InsulinPriceHikes.asp",
        "Attorney General Lori Swanson Files Lawsuit Against Pharmaceutical Companies Over Deceptive Price Spikes For Insulin",
        "2018-10-16",  # from the URL /2018/10/16_...
        "Price Hikes More Than Doubled the Cost Of Diabetes Medicatio",
        "residents who paid out-of-pocket for their insulin.",
    ),
    (
        "https://www.ag.state.mn.us/Office/Communications/2019/07/10_HumanRights.asp",
        "Attorney General Ellison defends human rights of children in civil immigration detention",
        "2019-07-10",
        "Joins coalition of 21 AGs in filing amicus brief asking for ",
        "website of California Attorney General Xavier Becerra.",
    ),
    (
        "https://www.ag.state.mn.us/Office/Communications/2023/09/22_SpecialAchievementAward.asp",
        "Attorney General Ellison to accept award from International Association of Prosecutors for prosecution of murder of George Floyd",
        "2023-09-22",
        "IAP bestowing Special Achievement Award on entire prosecutio",
        "for its extensive assistance with the IAP award and conference.",
    ),
    (
        "https://www.ag.state.mn.us/Office/Communications/2024/09/27_GunTrafficking.asp",
        "Attorney General Ellison supports federal regulations on gun trafficking",
        "2024-09-27",
        "Joins 22 AGs in supporting ATF rule to curb gun trafficking\n",
        "Washington, and Wisconsin, and the District of Columbia.",
    ),
]

# Page chrome of each site (navigation, header, footer, letterhead): present on the captured
# page, never in a parsed body.
CHROME = {
    "oag.ca.gov": ["Subscribe to Our Newsletter", "History of the Office"],
    "ag.ny.gov": ["Appeal a background check", "The Capitol Albany NY"],
    "www.texasattorneygeneral.gov": ["PO Box 12548", "Receive email updates from the OAG"],
    "www.ohioattorneygeneral.gov": [
        "Task Force on Criminal Justice and Mental Illness",
        "Search News Releases",
    ],
    "www.attorneygeneral.gov": ["SUBMIT A COMPLAINT", "Strawberry Square"],
    "www.oag.state.va.us": ["The Barbara Johns Story", "FAX 804-786-1991", "Rae Pickett"],
    "www.doj.state.or.us": ["Data Breaches Database", "Choose to search"],
    "www.ag.state.mn.us": ["Seal My Criminal Records", "445 Minnesota Street"],
}


def page_text(response) -> str:
    """All the text of the page's <body>, squashed (chrome included)."""
    texts = Selector(text=decoded_text(response)).xpath("//body//text()").getall()
    return squash(" ".join(texts))


def _office_for(url: str):
    [office] = [o for o in OFFICES.values() if o.is_release(url)]
    return office


def test_every_captured_release_page_is_covered(archive):
    releases = {u for u in archive.urls() if any(o.is_release(u) for o in OFFICES.values())}
    assert releases == {row[0] for row in DETAILS}
    assert len(DETAILS) == 26  # CA 11, NY 2, TX 2, OH 2, PA 2, VA 2, OR 1, MN 4


@pytest.mark.parametrize(
    "url, title, published, start, end", DETAILS, ids=[d[0].split("/")[2] for d in DETAILS]
)
def test_release_capture(archive, url, title, published, start, end):
    office = _office_for(url)
    response = captured(archive, url)
    release = parse_detail(response, office.detail)
    assert release.url == url
    assert release.title == title
    assert release.published == published
    assert release.body.startswith(start)
    assert release.body.endswith(end)
    assert "\n\n\n" not in release.body and release.body == release.body.strip()
    page = page_text(response)
    host = url.split("/")[2]
    for chrome in CHROME[host]:
        assert chrome in page, f"{chrome!r} should be page chrome of {host}"
        assert chrome not in release.body
    for code in ("<script", "function(", "gtag(", "jQuery", "{", "\u00ad", "Â", "â€"):
        assert code not in release.body
        assert code not in release.title


def test_ca_first_pages_in_full(archive):
    """Three California releases checked beyond their ends: paragraphs, quotes, footnotes."""
    cfg = OFFICES["CA"].detail
    medi_cal = parse_detail(captured(archive, DETAILS[0][0]), cfg).body
    paragraphs = medi_cal.split("\n\n")
    assert len(paragraphs) == 6  # <br><br> inside the first <p> separate paragraphs
    assert paragraphs[1].startswith("“When healthcare professionals exploit the Medi-Cal program")
    assert "oag.ca.gov/dmfea/reporting." in paragraphs[3]
    assert paragraphs[4].startswith("The Division of Medi-Cal Fraud and Elder Abuse receives 75")

    toll = parse_detail(captured(archive, DETAILS[8][0]), cfg).body
    assert "FasTrak" in toll
    assert "91 Express Lanes: https://91expresslanes.com/" in toll

    privacy = parse_detail(captured(archive, DETAILS[7][0]), cfg)
    assert privacy.published == "2020-08-14"
    assert "California Consumer Privacy Act (CCPA)" in privacy.body


def test_tx_soft_hyphens_are_stripped(archive):
    url = DETAILS[13][0]
    response = captured(archive, url)
    assert "Attor\u00adney Gen\u00ader\u00adal" in decoded_text(response)
    release = parse_detail(response, OFFICES["TX"].detail)
    assert release.title.startswith("Attorney General Ken Paxton Secures 50-Year Sentence")


def test_tx_generic_title_drops_the_site_suffix(archive):
    """Without selectors the <title> is used, minus " | Office of the Attorney General"."""
    release = parse_detail(captured(archive, DETAILS[14][0]), DetailConfig())
    assert release.title == DETAILS[14][1]
    assert release.published == "2026-02-11"


class TestOhioDates:
    """Ohio release pages have no time/meta date. The registry's detail.date reads the
    "2/6/2026" line printed under the headline; without it the listing row (hint) supplies
    the date, and without either the URL month (/February-2026/) picks the text date."""

    url = DETAILS[16][0]  # .../February-2026/Fourth-Defendant-Pleads-Guilty-in-Decade-long-Ponz

    def test_configured_selector(self, archive):
        release = parse_detail(captured(archive, self.url), OFFICES["OH"].detail)
        assert release.published == "2026-02-06"

    def test_listing_hint(self, archive):
        listing = parse_listing(
            captured(archive, "https://www.ohioattorneygeneral.gov/Media/News-Releases"),
            OFFICES["OH"].listing,
        )
        [hint] = [e for e in listing.entries if e.url == self.url]
        assert hint.published == "2026-02-06"  # .news-date "2/6/2026"
        no_date = DetailConfig(title="h2.news", body=".newsbody")
        release = parse_detail(captured(archive, self.url), no_date, hint)
        assert release.published == hint.published
        other = ListingEntry(self.url, published="2026-02-07")  # the hint wins over text
        assert parse_detail(captured(archive, self.url), no_date, other).published == "2026-02-07"

    def test_url_month_and_text(self, archive):
        assert date_from_url(self.url) == (None, "2026-02")
        no_date = DetailConfig(title="h2.news", body=".newsbody")
        release = parse_detail(captured(archive, self.url), no_date)
        # The body's first full date is "May 27, 2025" (an earlier plea): not in February 2026.
        assert "May 27, 2025" in release.body
        assert release.published == "2026-02-06"

    def test_generic_title_from_the_title_element(self, archive):
        release = parse_detail(captured(archive, self.url), DetailConfig())
        assert release.title == "Fourth Defendant Pleads Guilty in Decade-long Ponzi Scheme"


def test_va_date_comes_from_the_feed(archive):
    """Virginia's release pages print no date at all; the RSS item's pubDate (the hint) is the
    only source. Nothing is guessed from the text ("late 2026", "May 2009" name no day)."""
    url = DETAILS[19][0]
    response = captured(archive, url)
    assert parse_detail(response, OFFICES["VA"].detail).published is None
    hint = ListingEntry(url, published="2026-02-02")
    assert parse_detail(response, OFFICES["VA"].detail, hint).published == "2026-02-02"


def test_or_title_is_the_second_h1(archive):
    response = captured(archive, DETAILS[21][0])
    assert decoded_text(response).count("<h1") == 2  # the first one says "Media"
    generic = parse_detail(response, DetailConfig())
    assert generic.title == DETAILS[21][1]  # og:title minus " - Oregon Department of Justice"


class TestMinnesotaMojibake:
    """The cached MN pages are UTF-8 that was decoded as latin-1 and stored as UTF-8 again
    ("â\x80\x99" for ’, "Â\xa0" for a no-break space), next to proper HTML entities; both the
    header and <meta charset> say UTF-8, and the bytes are valid UTF-8."""

    def test_bytes_are_double_encoded(self, archive):
        assert "children\u00e2\u0080\u0099s".encode() in archive.get(DETAILS[23][0]).body
        insulin = archive.get(DETAILS[22][0]).body
        assert "companies\u00e2\u0080\u0094Sanofi".encode() in insulin  # — mangled
        assert b"the nation&rsquo;s three" in insulin  # ... next to a proper entity
        assert "September\u00c2\u00a024".encode() in archive.get(DETAILS[24][0]).body

    def test_release_text_is_repaired(self, archive):
        office = OFFICES["MN"]
        bodies = {
            url: parse_detail(captured(archive, url), office.detail).body
            for url, *_ in DETAILS
            if "ag.state.mn.us" in url
        }
        insulin, rights, award, guns = bodies.values()
        assert "drug companies—Sanofi-Aventis U.S. LLC, Novo Nordisk, Inc." in insulin
        assert "the nation’s three major manufacturers" in insulin  # from &rsquo;
        assert "threats to children’s health and welfare" in rights
        assert "July 10, 2019 (SAINT PAUL) — In the wake of" in rights
        assert "U.S.–Mexico border" in rights
        assert "This Sunday, September 24, Minnesota Attorney General" in award
        assert "September 27, 2024 (SAINT PAUL) — Minnesota Attorney General" in guns
        for body in bodies.values():
            assert not re.search("[\u0080-\u009f\u00c2\u00c3]|â€", body)

    def test_description_meta_is_repaired_too(self, archive):
        page = decoded_text(captured(archive, DETAILS[22][0]))
        assert "against the nation’s three major manufacturers" in page


# ============================================================================ feeds (inline)

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Newsroom</title>
  <link>https://ag.example.gov/news</link>
  <atom:link rel="next" href="https://ag.example.gov/feed/?paged=2"/>
  <item>
    <title>AG Launches Human Trafficking Hotline Campaign &amp; Posters</title>
    <link>https://ag.example.gov/news/hotline-campaign/</link>
    <pubDate>Wed, 11 Feb 2026 17:30:00 -0500</pubDate>
    <description>Short teaser</description>
    <content:encoded><![CDATA[<p>Call <strong>1-888-373-7888</strong>.</p>
      <p>Text 233733.</p><script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Second release</title>
    <link>/news/second/</link>
    <pubDate>Tue, 10 Feb 2026 09:00:00 GMT</pubDate>
  </item>
  <item>
    <title>Same release again</title>
    <link>https://ag.example.gov/news/hotline-campaign/</link>
  </item>
  <item><title>No link, skipped</title></item>
</channel>
</rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Press releases</title>
  <link rel="next" href="/atom?page=2"/>
  <entry>
    <title type="html">Attorney General&#8217;s &lt;em&gt;hotline&lt;/em&gt; notice</title>
    <link rel="alternate" type="text/html" href="https://ag.example.gov/press/2026/notice"/>
    <link rel="enclosure" href="https://ag.example.gov/files/notice.pdf"/>
    <published>2026-01-30T23:30:00-08:00</published>
    <updated>2026-01-31T10:00:00Z</updated>
    <content type="html">&lt;p&gt;Businesses must post the hotline.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Only updated</title>
    <link href="https://ag.example.gov/press/2026/other"/>
    <updated>2026-01-29T10:00:00Z</updated>
  </entry>
</feed>"""


def feed_response(body: bytes, url: str = "https://ag.example.gov/feed/") -> TextResponse:
    return text_response(body, url, "application/rss+xml; charset=utf-8")


def test_rss_feed():
    listing = parse_feed(feed_response(RSS))
    assert listing == Listing(
        entries=[
            ListingEntry(
                url="https://ag.example.gov/news/hotline-campaign/",
                title="AG Launches Human Trafficking Hotline Campaign & Posters",
                published="2026-02-11",  # the date as printed, not shifted to UTC
                body="Call 1-888-373-7888.\n\nText 233733.",
            ),
            ListingEntry(
                url="https://ag.example.gov/news/second/",
                title="Second release",
                published="2026-02-10",
            ),
        ],
        next_url="https://ag.example.gov/feed/?paged=2",
    )


def test_atom_feed():
    listing = parse_feed(feed_response(ATOM, "https://ag.example.gov/atom"))
    assert listing.entries == [
        ListingEntry(
            url="https://ag.example.gov/press/2026/notice",
            title="Attorney General’s hotline notice",
            published="2026-01-30",
            body="Businesses must post the hotline.",
        ),
        ListingEntry(
            url="https://ag.example.gov/press/2026/other",
            title="Only updated",
            published="2026-01-29",
        ),
    ]
    assert listing.next_url == "https://ag.example.gov/atom?page=2"


def test_rss_with_bom_and_leading_whitespace():
    body = b"\xef\xbb\xbf\n  " + RSS
    assert len(parse_feed(feed_response(body)).entries) == 2


def test_empty_feeds():
    empty_rss = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'
    assert parse_feed(feed_response(empty_rss)) == Listing([])
    empty_atom = b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>'
    assert parse_feed(feed_response(empty_atom)) == Listing([])


@pytest.mark.parametrize(
    "body, message",
    [
        (b"", "feed: empty response"),
        (b"<rss><channel><item><title>cut off", "feed: not well-formed XML"),
        (
            b"<html><body><p>Just a moment...</p></body></html>",
            "not an RSS or Atom feed (root element <html>)",
        ),
        (b'<rss version="2.0"></rss>', "RSS document without a <channel>"),
    ],
)
def test_bad_feeds(body, message):
    with pytest.raises(PageFormatError, match=re.escape(message)):
        parse_feed(feed_response(body))


def test_feed_entities_are_not_expanded():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
    <rss version="2.0"><channel><item><title>&x;</title><link>https://a.gov/1</link></item>
    </channel></rss>"""
    [entry] = parse_feed(feed_response(bomb)).entries
    assert entry.title is None or "root:" not in entry.title


# ============================================================================ wp-json (inline)

WP_POSTS = """[
  {"id": 69120, "date": "2026-02-02T12:23:36", "date_gmt": "2026-02-02T20:23:36",
   "link": "https://www.doj.state.or.us/media-home/news-media-releases/ag-rayfield-secures/",
   "title": {"rendered": "AG Rayfield&#8217;s Settlement &amp; More"},
   "content": {"rendered": "<h2>Subtitle</h2>\\n<p>First paragraph.</p>\\n<p>Second<br>line.</p>",
               "protected": false}},
  {"id": 2, "date": "2026-01-29T08:00:00", "link": "https://www.doj.state.or.us/x/second/",
   "title": {"rendered": ""}, "content": {"rendered": ""}},
  {"id": 3, "title": {"rendered": "no link"}}
]"""


def wp_response(body: str) -> TextResponse:
    url = "https://www.doj.state.or.us/wp-json/wp/v2/posts?per_page=50&page=1"
    return text_response(body, url, "application/json; charset=UTF-8")


def test_wp_json_posts():
    listing = parse_wp_json(wp_response(WP_POSTS))
    assert listing.entries == [
        ListingEntry(
            url="https://www.doj.state.or.us/media-home/news-media-releases/ag-rayfield-secures/",
            title="AG Rayfield’s Settlement & More",
            published="2026-02-02",
            body="Subtitle\n\nFirst paragraph.\n\nSecond\nline.",
        ),
        ListingEntry(url="https://www.doj.state.or.us/x/second/", published="2026-01-29"),
    ]
    assert listing.next_url is None  # the spider pages wp-json itself
    assert parse_wp_json(wp_response("[]")) == Listing([])


@pytest.mark.parametrize(
    "body, message",
    [
        ("[{", "wp-json: not valid JSON"),
        (
            '{"code": "rest_post_invalid_page_number", "message": "The page number requested is'
            ' larger than the number of pages available."}',
            "wp-json: API error rest_post_invalid_page_number: The page number requested",
        ),
        ('{"posts": []}', "wp-json: expected a list of posts, got an object"),
        ('"text"', "wp-json: expected a list of posts, got str"),
        ("[1, 2]", "wp-json: post 0 is not an object"),
    ],
)
def test_bad_wp_json(body, message):
    with pytest.raises(PageFormatError, match=re.escape(message)):
        parse_wp_json(wp_response(body))


# ============================================================================ JS data (inline)


def js_response(body: str, year: int = 2022) -> TextResponse:
    url = f"https://www.ag.state.mn.us/Office/Communications/_Scripts/pr{year}.js"
    return text_response(body, url, "application/javascript; charset=utf-8")


def test_js_data_irregular_dates_and_keys():
    body = """var pr2022 = [
    { date: 'January 19 2022', file: '2022/01/19_Hotline.asp',
      title: 'Hotline &amp; posters', lede: '' },
    { date: "Sept. 5, 2022", file: "2022/09/05_Other.asp", title: "Other", },
    { date: 'December 2022', file: '2022/12/Report.pdf', title: 'Report' },
    { date: 'May 1, 2022', title: 'No file: skipped' },
    ];"""
    entries = parse_js_data(js_response(body)).entries
    assert [(e.url.rsplit("/", 3)[-3:], e.title, e.published) for e in entries] == [
        (["2022", "01", "19_Hotline.asp"], "Hotline & posters", "2022-01-19"),
        (["2022", "09", "05_Other.asp"], "Other", "2022-09-05"),
        (["2022", "12", "Report.pdf"], "Report", None),
    ]
    assert (
        entries[0].url == "https://www.ag.state.mn.us/Office/Communications/2022/01/19_Hotline.asp"
    )


@pytest.mark.parametrize(
    "body, message",
    [
        ("", "js data: empty file"),
        ("var pr2022 = [{date: 'x', file: 'a'", "js data: no JavaScript array literal"),
        ("var pr2022 = {date: 'x'};", "js data: expected an array of releases, got dict"),
        ("var pr2022 = ['a'];", "js data: entry 0 is not an object"),
    ],
)
def test_bad_js_data(body, message):
    with pytest.raises(PageFormatError, match=re.escape(message)):
        parse_js_data(js_response(body))


# ============================================================================ listings (inline)

LISTING_PAGE = """<html><body>
<nav><a href="/news">News</a></nav>
<div class="row"><h3><a href="/news/one">  First
   release </a></h3><span class="date">February 11, 2026</span></div>
<div class="row"><h3><a href="/news/two#top">Second</a></h3></div>
<div class="row"><p>No link in this row</p></div>
<div class="row"><h3><a href="javascript:void(0)">Script link</a></h3></div>
<div class="row"><h3><a href="https://other.example.gov/news/one">Elsewhere</a></h3>
  <time datetime="2026-02-09T10:00:00Z">Feb 9</time></div>
<div class="row"><h3><a href="/news/one">First again</a></h3><span class="date">junk</span></div>
<ul class="pager"><li class="next"><a href="?page=2">Next</a></li></ul>
</body></html>"""


def test_listing_row_without_date_is_kept():
    cfg = ListingConfig(
        url="https://ag.example.gov/news",
        item="div.row",
        link="h3 a",
        date="span.date, time::attr(datetime)",
        next="li.next a",
    )
    listing = parse_listing(html_response(LISTING_PAGE, "https://ag.example.gov/news"), cfg)
    assert listing.entries == [
        ListingEntry("https://ag.example.gov/news/one", "First release", "2026-02-11"),
        ListingEntry("https://ag.example.gov/news/two", "Second", None),
        ListingEntry("https://other.example.gov/news/one", "Elsewhere", "2026-02-09"),
    ]
    assert listing.next_url == "https://ag.example.gov/news?page=2"


def test_listing_links_alone_and_attribute_selectors():
    cfg = ListingConfig(url="https://ag.example.gov/news", link="h3 a", title="::attr(href)")
    listing = parse_listing(html_response(LISTING_PAGE, "https://ag.example.gov/news"), cfg)
    assert [e.url for e in listing.entries] == [
        "https://ag.example.gov/news/one",
        "https://ag.example.gov/news/two",
        "https://other.example.gov/news/one",
    ]
    assert listing.entries[0].title == "/news/one"
    assert listing.next_url is None
    empty = parse_listing(html_response("<html><body></body></html>"), cfg)
    assert empty == Listing([])


def test_next_link_to_the_same_page_is_ignored():
    page = '<html><body><a class="next" href="/news">Next</a></body></html>'
    cfg = ListingConfig(url="https://ag.example.gov/news", link="h3 a", next="a.next")
    assert parse_listing(html_response(page, "https://ag.example.gov/news"), cfg).next_url is None


# ======================================================================== release pages (inline)

RELEASE = """<html><head><title>AG Posts Hotline Notice | Office of the Attorney General</title>
<script>var secret = "alert(2)";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> Menu</nav>
<article><h1>AG Posts Hotline Notice</h1>
<time datetime="2026-02-03T09:00:00-05:00">Feb 3</time>
<div class="body"><p>First <b>paragraph</b> with the hotline 1-888-373-7888.<script>
alert(1)</script></p>
<noscript>Enable JavaScript</noscript>
<div class="share-buttons"><a href="#">Share on Facebook</a></div>
<ul><li>One</li><li>Two</li></ul>
<p>Last paragraph.<br><br>After a double break.<br>Same paragraph.</p></div></article>
<footer>Copyright Footer Text</footer></body></html>"""


def test_release_with_script_in_the_body():
    for cfg in (DetailConfig(body="div.body"), DetailConfig()):
        release = parse_detail(html_response(RELEASE), cfg)
        assert release.title == "AG Posts Hotline Notice"
        assert release.published == "2026-02-03"
        assert "alert" not in release.body and "secret" not in release.body
        assert "color" not in release.body and "Enable JavaScript" not in release.body
        assert "Share on Facebook" not in release.body
        assert "Copyright Footer Text" not in release.body and "Menu" not in release.body
        assert release.body.startswith("First paragraph with the hotline 1-888-373-7888.")
    configured = parse_detail(html_response(RELEASE), DetailConfig(body="div.body"))
    assert configured.body == (
        "First paragraph with the hotline 1-888-373-7888.\n\nOne\nTwo\n\nLast paragraph."
        "\n\nAfter a double break.\nSame paragraph."
    )


def test_release_without_body():
    page = "<html><head><title>Only a title</title></head><body><h1>Only a title</h1></body></html>"
    with pytest.raises(PageFormatError, match="no body found"):
        parse_detail(html_response(page), DetailConfig())
    with pytest.raises(PageFormatError, match="no body found"):
        parse_detail(html_response(page), DetailConfig(body="div.missing"))


def test_release_without_title_or_body():
    with pytest.raises(
        PageFormatError, match="https://example.gov/news/page: no title and no body"
    ):
        parse_detail(html_response("<html><body></body></html>"), DetailConfig())


def test_configured_selectors_fall_back_to_generic():
    cfg = DetailConfig(title="h1.gone", date="span.gone", body="div.gone")
    release = parse_detail(html_response(RELEASE), cfg)
    assert release.title == "AG Posts Hotline Notice"
    assert release.published == "2026-02-03"
    assert "1-888-373-7888" in release.body


def test_release_date_order():
    def page(extra_head: str = "", extra_body: str = "") -> str:
        return (
            f"<html><head><title>T</title>{extra_head}</head><body><h1>Headline here</h1>"
            f"{extra_body}<div class='b'><p>Body text, nothing dated.</p></div></body></html>"
        )

    cfg = DetailConfig(body="div.b")
    url = "https://ag.example.gov/2025/03/04/headline"
    meta = '<meta property="article:published_time" content="2025-01-02T23:00:00-08:00">'
    hint = ListingEntry(url, published="2025-02-02")

    def date_of(html: str, detail: DetailConfig = cfg, at: str = url, h=None) -> str | None:
        return parse_detail(html_response(html, at), detail, h).published

    both = page(meta, '<p class="d">June 1, 2024</p><time datetime="2024-07-01">x</time>')
    assert date_of(both, DetailConfig(date="p.d", body="div.b"), h=hint) == "2024-06-01"
    assert date_of(both, h=hint) == "2024-07-01"  # time[datetime] before meta
    assert date_of(page(meta), h=hint) == "2025-01-02"  # meta, no timezone shift
    assert date_of(page(), h=hint) == "2025-02-02"  # then the listing row
    assert date_of(page()) == "2025-03-04"  # then the URL
    text = page(extra_body="<p>Posted March 9, 2025 by the press office</p>")
    assert date_of(text, at="https://ag.example.gov/news/headline") == "2025-03-09"  # the text
    assert date_of(page(), at="https://ag.example.gov/news/headline") is None
    month_only = "https://ag.example.gov/Media/News-Releases/March-2025/headline"
    assert date_of(text, at=month_only) == "2025-03-09"
    assert date_of(page(extra_body="<p>June 1, 2024</p>"), at=month_only) is None


# ============================================================================ decoding


def test_utf8_page_with_mojibake_is_repaired():
    page = (
        "<html><head><meta charset='utf-8'><title>x</title></head><body>"
        "<h1>The nationâ\u0080\u0099s</h1><div class='b'>"
        "<p>SeptemberÂ\u00a024 â\u0080\u0094 done; cafÃ©, rÃ©sumÃ©</p></div></body></html>"
    )
    release = parse_detail(html_response(page), DetailConfig(title="h1", body="div.b"))
    assert release.title == "The nation’s"
    assert release.body == "September 24 — done; café, résumé"


def test_cp1252_style_mojibake_is_repaired():
    assert fix_mojibake("Itâ€™s â€œquotedâ€\u009d â€” ok") == "It’s “quoted” — ok"
    assert fix_mojibake("Proper ’ and “text” stay; Ã alone stays") == (
        "Proper ’ and “text” stay; Ã alone stays"
    )


def test_page_declared_utf8_but_encoded_cp1252():
    body = "<html><body><h1>Children\u2019s hotline</h1><p>Caf\u00e9 text.</p></body></html>"
    response = HtmlResponse(
        url="https://ag.example.gov/x",
        body=body.encode("cp1252"),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    assert "Children’s hotline" in decoded_text(response)
    assert "Café" in decoded_text(response)


def test_page_declared_cp1252_but_encoded_utf8():
    body = (
        '<html><head><meta charset="windows-1252"></head><body><h1>Children\u2019s hotline'
        "</h1><p>1\u20112</p></body></html>"
    ).encode()
    response = HtmlResponse(url="https://ag.example.gov/x", body=body)
    assert response.encoding == "cp1252"
    assert "Children’s hotline" in decoded_text(response)


def test_real_cp1252_page_is_left_alone():
    body = "<html><head><meta charset='windows-1252'></head><body>Caf\u00e9 \u2013 ok</body></html>"
    response = HtmlResponse(url="https://ag.example.gov/x", body=body.encode("cp1252"))
    assert "Café – ok" in decoded_text(response)


# ============================================================================ dates and titles


@pytest.mark.parametrize(
    "text, iso",
    [
        ("February 11, 2026", "2026-02-11"),
        ("2/11/2026", "2026-02-11"),
        ("02/11/2026", "2026-02-11"),
        ("2026-02-11T12:00:00Z", "2026-02-11"),
        ("2025-01-02T00:00:00-08:00", "2025-01-02"),
        ("2026-02-02T20:23:36+00:00", "2026-02-02"),
        ("Wed, 11 Feb 2026 17:30:00 -0500", "2026-02-11"),
        ("Tuesday, October 16, 2018", "2018-10-16"),
        ("January 19 2022", "2022-01-19"),
        ("Sept. 5, 2024", "2024-09-05"),
        ("January 17th, 2026 - Attorney General Jones", "2026-01-17"),
        ("February 11, 2026  | Press Release", "2026-02-11"),
        ("Posted in Media Release on January 29, 2026", "2026-01-29"),
        ("Published: 2/9/2026", "2026-02-09"),
        ("2/11/26", "2026-02-11"),  # dateparser, month first
        ("2026/02/11", "2026-02-11"),  # dateparser
        ("yesterday", None),
        ("2 days ago", None),
        ("today", None),
        ("December 2018", None),
        ("February 30, 2026", None),
        ("", None),
        (None, None),
        ("Press Release", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "url, expected",
    [
        (
            "https://www.ag.state.mn.us/Office/Communications/2018/10/16_InsulinPriceHikes.asp",
            ("2018-10-16", "2018-10"),
        ),
        ("https://law.georgia.gov/press-releases/2026-02-11/slug", ("2026-02-11", "2026-02")),
        (
            "https://www.tn.gov/attorneygeneral/news/2023/1/5/pr23-01.html",
            ("2023-01-05", "2023-01"),
        ),
        (
            "https://www.ohioattorneygeneral.gov/Media/News-Releases/February-2026/X",
            (None, "2026-02"),
        ),
        ("https://ag.ny.gov/press-release/2026/slug", (None, None)),
        ("https://example.gov/2026/13/45/slug", (None, None)),
    ],
)
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    "raw, from_title, clean",
    [
        (
            "Attor\u00adney Gen\u00ader\u00adal  Pax\u00adton\n Sues",
            False,
            "Attorney General Paxton Sues",
        ),
        (
            "Some Release Title | State of California - Department of Justice - Office of the "
            "Attorney General",
            True,
            "Some Release Title",
        ),
        ("Short | Office of the Attorney General", True, "Short | Office of the Attorney General"),
        ("Some Release Title - Ohio Attorney General Dave Yost", True, "Some Release Title"),
        ("Some Release Title – PA Office of Attorney General", True, "Some Release Title"),
        ("Some Release Title - Oregon Department of Justice : Media", True, "Some Release Title"),
        ("Some Release Title | Office of the Attorney General", False, "Some Release Title"),
        # A dash inside a headline is kept unless the text comes from <title>/og:title ...
        (
            "Settlement Update - Attorney General Sues Company",
            False,
            "Settlement Update - Attorney General Sues Company",
        ),
        # ... and a long tail is never a site name.
        (
            "January 17th, 2026 - Attorney General Jones Announces Day One Actions to Keep "
            "Virginians Safe, Lower Costs, and Protect Fundamental Rights",
            True,
            "January 17th, 2026 - Attorney General Jones Announces Day One Actions to Keep "
            "Virginians Safe, Lower Costs, and Protect Fundamental Rights",
        ),
        ("A | B", False, "A | B"),
    ],
)
def test_clean_title(raw, from_title, clean):
    assert clean_title(raw, from_title_tag=from_title) == clean
