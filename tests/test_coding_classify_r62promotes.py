"""Round 62 (issue 14r62-promotes): whose text it is, and who acts.

Three classes, in wordings of our own (both sides):

* a public body that oversees a trade (a lottery, liquor stores, racing) shipping hotline decals
  or signs to its retailers: its own release, not a seller's page, even where its words are a
  trade's ("checkout counters", "is shipping decals", "retailers"); near misses: a vendor's
  product page selling decals for those retailers (a price, a cart).
* a public body named by a non-office word (an Association, a Corporation) known as public by
  its markers ("the state authority that oversees ...", "an agency of the State of ...",
  "created by the General Assembly"); near misses: a trade association, a sheriffs'
  association's own event, a park's friends foundation that calls itself a nonprofit.
* a nonprofit's event with an office present (deputies closing a street, a mayor welcoming the
  walkers): the group hands out the cards ("The group handed out cards ..."), no office's
  effort; near misses: an office partnering with the nonprofit or handing out cards itself.
"""

from __future__ import annotations

import pytest

from conftest import campaign_record

CASES = [
    # -- a public body over a trade: its own release ------------------------------------------
    pytest.param(
        (
            "Ohio Lottery\nGames | Winning Numbers | Retailers | About Us\n\nFOR IMMEDIATE "
            "RELEASE\n\nOhio Lottery puts trafficking hotline at checkout counters\n\nCLEVELAND "
            "- The Ohio Lottery Commission is shipping counter decals with the National Human "
            "Trafficking Hotline number, 1-888-373-7888, to its 9,000 retailers this month. "
            "Retailers are asked to place the decals beside the lottery terminal at the "
            "checkout counter.\n\nMedia contact: Ohio Lottery Commission, Public Affairs\n"
        ),
        "https://www.ohiolottery.com/news/2026/trafficking-decals",
        (True, True),
        id="lottery_decals",
    ),
    pytest.param(
        (
            "Liquor Control Board puts hotline signs in state stores\n\nHARRISBURG - The "
            "Pennsylvania Liquor Control Board is shipping human trafficking hotline signs to "
            "all 580 Fine Wine & Good Spirits stores, where they will hang beside every checkout "
            'lane. The signs read: "Forced to work? Call the National Human Trafficking '
            'Hotline at 1-888-373-7888."\n\nThe Board will also train store clerks in '
            "recognizing the signs of trafficking.\n"
        ),
        "https://www.finewineandgoodspirits.com/news/hotline-signs",
        (True, True),
        id="liquor_board",
    ),
    pytest.param(
        (
            "Racing Commission posts hotline at the backstretch\n\nThe Kentucky Horse Racing "
            "and Gaming Corporation has posted human trafficking hotline signs in the "
            "backstretch barns and at the wagering windows of every licensed track, in English "
            "and Spanish. Call 1-888-373-7888 or text 233733. Orders for additional signs are "
            "shipping to the tracks this week.\n"
        ),
        None,
        (True, True),
        id="racing_corp",
    ),
    pytest.param(
        (
            "Lottery Retailer Human Trafficking Decal - 4 x 6 in\n\nPrice: $4.95\nIn stock - "
            "ships next business day\n\nKeep your lottery counter ready: this vinyl decal "
            "gives the National Human Trafficking Hotline, 1-888-373-7888, for customers and "
            "clerks. The Texas Lottery Commission asks retailers to display hotline decals. "
            "Bulk pricing for chains.\n\nAdd to cart\n"
        ),
        "https://www.compliancedecals.example.com/products/lottery-trafficking-decal",
        (False, False),
        id="decal_vendor",
    ),
    pytest.param(
        (
            "State Store Trafficking Sign - Laminated 8.5 x 11\n\nThe Liquor Control Board "
            "encourages every state store to post a human trafficking hotline sign at the "
            "register. Our laminated sign gives the National Human Trafficking Hotline, "
            "1-888-373-7888.\n\nPrice: $12.00 | Add to cart | Quantity discounts for "
            "multi-location orders\n"
        ),
        None,
        (False, False),
        id="liquor_sign_vendor",
    ),
    pytest.param(
        (
            "The Ohio Lottery Commission asks its retailers to keep the trafficking hotline at "
            "the counter.\n\nOur vinyl counter decal gives the National Human Trafficking "
            "Hotline, 1-888-373-7888, in English and Spanish.\n\nPrice: $3.50 each | Add to "
            "cart | Ships next business day\n"
        ),
        "https://www.buckeyedecals.example.com/products/lottery-hotline-decal",
        (False, False),
        id="vendor_office_in_lead",
    ),
    # -- a public body named by a non-office word ---------------------------------------------
    pytest.param(
        (
            "Jekyll Shores Memorial Association\nAbout | Board Meetings | Park Rules | Contact\n\n"
            "Human Trafficking Awareness\n\nThe Jekyll Shores Memorial Association, the state "
            "authority that oversees Jekyll Shores Park, is part of Georgia's effort to end "
            "human trafficking.\n\nWhat we are doing\n- Hotline signs are posted in every "
            "public restroom in the park.\n- All park employees complete awareness training "
            "each spring.\n\nNational Human Trafficking Hotline: 1-888-373-7888\n"
        ),
        "https://www.jekyllshorespark.org/about/human-trafficking",
        (True, True),
        id="memorial_association",
    ),
    pytest.param(
        (
            "Fair Park Corporation posts trafficking hotline at the State Fair\n\nThe Oklahoma "
            "State Fair Park Corporation, an agency of the State of Oklahoma, has placed human "
            "trafficking hotline posters in every restroom on the fairgrounds and trained its "
            "gate staff to recognize the signs. Call the National Human Trafficking Hotline "
            "at 1-888-373-7888.\n"
        ),
        None,
        (True, True),
        id="fair_corporation",
    ),
    pytest.param(
        (
            "Capitol Grounds Association trains its staff\n\nThe Capitol Grounds Association, "
            "created by the General Assembly to run the state capitol grounds, has trained "
            "every guide and guard to spot human trafficking and posted the National Human "
            "Trafficking Hotline, 1-888-373-7888, at each visitor entrance.\n"
        ),
        None,
        (True, True),
        id="created_association",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "no effort cue reads 'has trained every guide ... and posted the National "
                "Human Trafficking Hotline' (effort vocabulary, not this part)"
            ),
        ),
    ),
    pytest.param(
        (
            "Hotel association hands out hotline cards\n\nThe Georgia Hotel and Lodging "
            "Association, a trade group of 600 member hotels, handed out cards with the "
            "National Human Trafficking Hotline, 1-888-373-7888, to front-desk staff at its "
            "annual conference and trained 300 managers.\n"
        ),
        None,
        (False, False),
        id="hotel_association",
    ),
    pytest.param(
        (
            "Friends of Jekyll Shores Park\n\nFriends of Jekyll Shores Park is a nonprofit "
            "that supports the park. This summer our volunteers posted human trafficking "
            "hotline signs at the trailheads and handed out cards with the National Human "
            "Trafficking Hotline, 1-888-373-7888.\n"
        ),
        None,
        (False, False),
        id="friends_foundation",
    ),
    # -- a nonprofit's event, an office present ------------------------------------------------
    pytest.param(
        (
            "Freedom Walk draws 200 to Elkins\n\nELKINS - About 200 people walked through "
            "downtown Elkins on Saturday in the Freedom Walk, organized by Hope Harbor, a "
            "Randolph County nonprofit that works with survivors of human trafficking. Deputies "
            "from the Randolph County Sheriff's Office closed Main Street during the walk.\n\n"
            "Hope Harbor director Ann Lee said the group raised $5,000 for survivors.\n\nThe "
            "group handed out cards with its own support line and the National Human "
            "Trafficking Hotline, 1-888-373-7888.\n"
        ),
        "https://www.elkinsnews.example.com/news/freedom-walk",
        (False, False),
        id="walk_deputies",
    ),
    pytest.param(
        (
            "Hundreds rally against trafficking in Dalton\n\nDALTON - Mayor Annalee Harris "
            "welcomed about 300 people to the courthouse square Saturday for a rally organized "
            "by Safe Path, a local nonprofit. Police Chief Cliff Cason spoke about the signs of "
            "trafficking.\n\nThe nonprofit distributed hotline cards giving the National Human "
            "Trafficking Hotline, 1-888-373-7888, and its volunteers will visit motels next "
            "month.\n"
        ),
        None,
        (False, False),
        id="rally_mayor",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "a mayor welcoming and a chief speaking at a nonprofit's rally are read as the "
                "office's own cues (who organised the event is not yet read)"
            ),
        ),
    ),
    pytest.param(
        (
            "Church ministry takes hotline posters to truck stops\n\nMembers of Grace Chapel's "
            "anti-trafficking ministry spent Saturday visiting truck stops along I-20. County "
            "Commissioner Ray Ellis joined them at the first stop.\n\nThe ministry gave each "
            "truck stop posters and cards with the National Human Trafficking Hotline, "
            "1-888-373-7888.\n"
        ),
        None,
        (False, False),
        id="ministry_commissioner",
    ),
    pytest.param(
        (
            "Volunteers hand out hotline cards at the fair\n\nThe county fair opened Friday "
            "with Sheriff Tom Bragg cutting the ribbon. At a booth near the gate, the "
            "organization Freedom Now handed out cards with the National Human Trafficking "
            "Hotline, 1-888-373-7888, and the coalition's volunteers talked with parents about "
            "online safety.\n"
        ),
        None,
        (False, False),
        id="fair_booth_sheriff",
    ),
    pytest.param(
        (
            "Sheriff partners with nonprofit to hand out hotline cards\n\nThe Randolph County "
            "Sheriff's Office partnered with Hope Harbor, a local nonprofit, to hand out cards "
            "with the National Human Trafficking Hotline, 1-888-373-7888, at Saturday's "
            "Freedom Walk. Deputies also put hotline posters in motel lobbies.\n"
        ),
        None,
        (True, True),
        id="sheriff_partners",
    ),
    pytest.param(
        (
            "Police and nonprofit hand out hotline cards\n\nOfficers from the Dalton Police "
            "Department and volunteers from Safe Path handed out cards with the National Human "
            "Trafficking Hotline, 1-888-373-7888, at the courthouse square on Saturday.\n"
        ),
        None,
        (True, True),
        id="police_and_volunteers",
    ),
    pytest.param(
        (
            "City funds hotline billboards\n\nThe City of Dalton is paying for three "
            "billboards on I-75 giving the National Human Trafficking Hotline, 1-888-373-7888. "
            "The billboards were designed by Safe Path, a local nonprofit, and the group "
            "handed out cards at the unveiling.\n"
        ),
        None,
        (True, True),
        id="city_funds_billboards",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'The City of ... is paying for three billboards': paying for is no acting "
                "verb of an office yet"
            ),
        ),
    ),
    pytest.param(
        (
            "The Elkins Courier\nNews | Sports | Obituaries | Community\n\nFreedom Walk draws "
            "150 to Elkins on a cold morning\n\nBy Dana Cole\nSept. 28, 2025\n\nELKINS - About "
            "150 people walked a mile and a half through downtown Elkins on Saturday morning in "
            "the third annual Freedom Walk, organized by Hope Harbor, a Randolph County "
            "nonprofit that works with survivors of human trafficking.\n\nDeputies from the "
            "Randolph County Sheriff's Office closed Main Street to traffic during the walk.\n\n"
            "The group handed out cards with its own support line, 304-555-0100, and the "
            "National Human Trafficking Hotline, 1-888-373-7888.\n\nNext year's walk is "
            "planned for September.\n"
        ),
        "https://www.elkinscourier.example.com/news/2025/09/28/freedom-walk",
        (False, False),
        id="walk_nonprofit_after_lead",
    ),
    pytest.param(
        (
            "Sheriffs gather in Savannah\n\nSAVANNAH - Sheriffs from across the state met "
            "this week for the summer conference of the Georgia Sheriffs' Association, a "
            "professional association of the state's 159 sheriffs. Sheriff Tom Bragg was "
            "elected president.\n\nThe association handed out cards with the National Human "
            "Trafficking Hotline, 1-888-373-7888, to every member at the conference.\n"
        ),
        None,
        (False, False),
        id="sheriffs_association_event",
    ),
    pytest.param(
        (
            "University foundation volunteers hand out hotline cards\n\nThe Ridge State "
            "University Foundation is a private nonprofit that raises money for the "
            "university. Its volunteers handed out cards with the National Human Trafficking "
            "Hotline, 1-888-373-7888, at Saturday's homecoming game.\n"
        ),
        None,
        (False, False),
        id="university_foundation",
    ),
    pytest.param(
        (
            "ABC stores post trafficking hotline at the register\n\nRICHMOND - Virginia ABC "
            "is placing human trafficking hotline signs beside the checkout in all 400 ABC "
            "stores this month and shipping wallet cards for clerks. The signs give the "
            "National Human Trafficking Hotline, 1-888-373-7888, and text 233733.\n"
        ),
        None,
        (True, True),
        id="abc_stores",
    ),
    pytest.param(
        (
            "Attorney General funds hotline cards for truck stops\n\nThe Attorney General's "
            "Office gave Safe Path, a local nonprofit, a $20,000 grant to print cards with the "
            "National Human Trafficking Hotline, 1-888-373-7888, which the group handed out at "
            "truck stops along I-75.\n"
        ),
        None,
        (True, True),
        id="ag_grant_cards",
    ),
    pytest.param(
        (
            "Task force visits motels\n\nThe Marion County Human Trafficking Task Force, made "
            "up of the Sheriff's Office, city police and the prosecutor, visited 20 motels on "
            "Tuesday to talk with owners about the signs of trafficking.\n\nThe group handed "
            "out posters with the National Human Trafficking Hotline, 1-888-373-7888, at every "
            "stop.\n"
        ),
        None,
        (True, True),
        id="task_force_group",
    ),
    pytest.param(
        (
            "Rally fills courthouse square\n\nDALTON - Safe Path, a local nonprofit, held its "
            "yearly rally against trafficking on Saturday. At the rally, Sheriff Tom Bragg "
            "handed out cards with the National Human Trafficking Hotline, 1-888-373-7888, and "
            "his deputies will take hotline posters to motels next week.\n"
        ),
        None,
        (True, True),
        id="rally_sheriff_cards",
    ),
]


@pytest.mark.parametrize(("text", "url", "expected"), CASES)
def test_whose_text(text: str, url: str | None, expected: tuple[bool, bool]) -> None:
    promotes, campaign, _footer = campaign_record(text, url)
    assert (promotes, campaign) == expected


#: why the rules decide, and the evidence they quote
REASONS = [
    pytest.param(
        "walk_nonprofit_after_lead",
        "a non-government organisation's own effort (its sentence's subject)",
        id="walk_nonprofit_after_lead",
    ),
    pytest.param(
        "sheriffs_association_event",
        "a non-government organisation's own effort (its sentence's subject)",
        id="sheriffs_association_event",
    ),
    pytest.param(
        "decal_vendor",
        "a non-government organisation's text (a seller's product page)",
        id="decal_vendor",
    ),
    pytest.param(
        "vendor_office_in_lead",
        "a non-government organisation's text (a seller's product page)",
        id="vendor_office_in_lead",
    ),
]


def _case(name: str) -> tuple[str, str | None]:
    return next(p.values[:2] for p in CASES if p.id == name)


@pytest.mark.parametrize(("name", "reason"), REASONS)
def test_reason(name: str, reason: str) -> None:
    from hotline_watch.coding import explain

    text, url = _case(name)
    assert explain(text, url=url)["top_campaign_cue"].startswith(reason)


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        ("lottery_decals", "The Ohio Lottery Commission is shipping counter decals"),
        ("liquor_board", "Liquor Control Board"),
        ("memorial_association", "Hotline signs are posted in every public restroom"),
    ],
)
def test_evidence(name: str, quote: str) -> None:
    """The public body's own effort is what the promotes decision quotes."""
    from conftest import evidence_quote

    text, url = _case(name)
    assert quote in evidence_quote(text, "promotes_hotline", url)
