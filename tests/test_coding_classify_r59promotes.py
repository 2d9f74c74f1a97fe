"""Round 59 (issue 14r59-promotes): an unrelated release's trafficking line read as its effort.

Three classes, in wordings of our own (both sides):

* the closing trafficking line is not the text's last line: the release's sign-off stands
  between it and the signature (the signer by title and name, "Sheriff Dana Ruiz", "Dana Ruiz,
  Sheriff"; the posting date, "Posted March 3, 2025", "Updated: 05/20/2025"): still the closing
  block, a footer; near misses: a release whose subject IS trafficking outreach (hotline cards
  at truck stops, an awareness month) with the same sign-off stays a campaign.
* a standing sentence of the office's ("The ... Police Department supports efforts to end human
  trafficking. Report tips to ...") closing a release of another subject is its footer; near
  miss: the same sentence under a release on the office's own hotline posters.
* a sticker or decal in the sense of a permit ("Beach parking requires a resident sticker or
  daily pass", "Transfer station decals are on sale") is no poster put up; near misses: hotline
  stickers in every restroom, a sticker campaign against trafficking in beach lots.
"""

from __future__ import annotations

import pytest

from conftest import campaign_record, evidence_quote

ICE_SIGNER = (
    "Harlan County Sheriff's Office\n"
    "\n"
    "NEWS RELEASE\n"
    "\n"
    "Deputies urge caution on county lakes\n"
    "\n"
    "The Harlan County Sheriff's Office is reminding anglers that ice on county lakes "
    "remains thin after the warm spell.\n"
    "\n"
    "Stay off the ice near inlets and carry ice picks.\n"
    "\n"
    "To report suspected human trafficking, call the National Human Trafficking Hotline "
    "at 1-888-373-7888 or text 233733.\n"
    "\n"
    "Sheriff Dana Ruiz\n"
    "Harlan County Sheriff's Office | 120 Main St., Harlan, IA 51537\n"
)
HARVEST_POSTED = (
    "Harlan County Sheriff's Office\n"
    "\n"
    "Watch for farm equipment this spring\n"
    "\n"
    "Planting season is underway and the Sheriff's Office reminds drivers to slow down "
    "for tractors on county roads.\n"
    "\n"
    "Farm equipment often travels at 25 miles per hour or less and may take up more than "
    "one lane. Pass only where it is legal and safe, and never on a hill or a curve.\n"
    "\n"
    "The Harlan County Sheriff's Office supports efforts to end human trafficking. "
    "Report tips to the National Human Trafficking Hotline at 1-888-373-7888.\n"
    "\n"
    "Posted March 3, 2025\n"
    "Harlan County Sheriff's Office | 120 Main St., Harlan, IA 51537\n"
)
BURN_BAN_SIGNER_AFTER = (
    "Harlan County Sheriff's Office\n"
    "\n"
    "Burn ban lifted\n"
    "\n"
    "The Harlan County Sheriff's Office announced Monday that the countywide burn ban "
    "has been lifted after weekend rain.\n"
    "\n"
    "Residents should still call dispatch before burning brush piles.\n"
    "\n"
    "Human trafficking hotline: 1-888-373-7888 | Text 233733\n"
    "\n"
    "Dana Ruiz, Sheriff\n"
    "Harlan County Sheriff's Office | 120 Main St., Harlan, IA 51537\n"
)
PARADE_UPDATED = (
    "Town of Millbrook Police Department\n"
    "\n"
    "Road closure for the Memorial Day parade\n"
    "\n"
    "The Millbrook Police Department announced that Main Street will be closed from 9 "
    "a.m. to noon on Monday for the Memorial Day parade.\n"
    "\n"
    "Detours will be posted on Oak Street and Elm Street.\n"
    "\n"
    "To report suspected human trafficking, call the National Human Trafficking Hotline "
    "at 1-888-373-7888.\n"
    "\n"
    "Updated: 05/20/2025\n"
)
TRUCK_STOP_CARDS_SIGNER = (
    "Harlan County Sheriff's Office\n"
    "\n"
    "Deputies hand out trafficking hotline cards at truck stops\n"
    "\n"
    "The Harlan County Sheriff's Office spent Tuesday visiting truck stops along "
    "Interstate 29, handing out wallet cards with the National Human Trafficking Hotline "
    "to drivers and clerks.\n"
    "\n"
    "Anyone who sees signs of trafficking can call the National Human Trafficking "
    "Hotline at 1-888-373-7888 or text 233733.\n"
    "\n"
    "Sheriff Dana Ruiz\n"
    "Harlan County Sheriff's Office | 120 Main St., Harlan, IA 51537\n"
)
AWARENESS_MONTH_POSTED = (
    "Harlan County Sheriff's Office\n"
    "\n"
    "Sheriff's Office marks Human Trafficking Awareness Month\n"
    "\n"
    "The Harlan County Sheriff's Office is marking January as Human Trafficking "
    "Awareness Month with posters in every county building and a talk at the high "
    "school.\n"
    "\n"
    "Call the National Human Trafficking Hotline at 1-888-373-7888.\n"
    "\n"
    "Posted Jan. 8, 2025\n"
    "Harlan County Sheriff's Office | 120 Main St., Harlan, IA 51537\n"
)
POOL_STANDING_LINE = (
    "Millbrook Police Department\n"
    "\n"
    "Pool safety reminders\n"
    "\n"
    "The Millbrook Police Department reminds families that the town pool opens Saturday "
    "and children under 10 must be with an adult.\n"
    "\n"
    "Lifeguards will be on duty from noon to 7 p.m.\n"
    "\n"
    "The Millbrook Police Department supports efforts to end human trafficking. Report "
    "tips to the National Human Trafficking Hotline at 1-888-373-7888.\n"
)
BLUE_CAMPAIGN_STANDING_LINE = (
    "Millbrook Police Department\n"
    "\n"
    "Police department joins trafficking hotline campaign\n"
    "\n"
    "The Millbrook Police Department has joined the state's Blue Campaign, placing "
    "hotline posters in the lobby and at the train station.\n"
    "\n"
    "The Millbrook Police Department supports efforts to end human trafficking. Report "
    "tips to the National Human Trafficking Hotline at 1-888-373-7888.\n"
)
BEACH_RESIDENT_STICKER = (
    "Town of Westhaven Police Department\n"
    "\n"
    "Summer parking reminders\n"
    "\n"
    "WESTHAVEN - The Westhaven Police Department reminds residents and visitors of the "
    "town's summer parking rules.\n"
    "\n"
    "- Beach parking requires a resident sticker or daily pass; passes are sold at the "
    "gate.\n"
    "- Parking is prohibited on Shore Road.\n"
    "\n"
    "Human trafficking hotline: 1-888-373-7888 | Text 233733\n"
    "\n"
    "###\n"
    "\n"
    "Westhaven Police Department | 12 Shore Road, Westhaven, RI 02891\n"
)
TRANSFER_STATION_DECALS = (
    "Town of Westhaven Police Department\n"
    "\n"
    "Transfer station hours change\n"
    "\n"
    "WESTHAVEN - The Westhaven Police Department reminds residents that the transfer "
    "station will close at noon on Saturdays starting June 1.\n"
    "\n"
    "Transfer station decals are on sale at Town Hall for $40.\n"
    "\n"
    "Human trafficking hotline: 1-888-373-7888 | Text 233733\n"
    "\n"
    "###\n"
    "\n"
    "Westhaven Police Department | 12 Shore Road, Westhaven, RI 02891\n"
)
FAIR_HOTLINE_STICKERS = (
    "Westhaven Police Department\n"
    "\n"
    "Hotline stickers go up at the fairgrounds\n"
    "\n"
    "The Westhaven Police Department has placed hotline stickers in every restroom at "
    "the county fairgrounds ahead of the summer fair.\n"
    "\n"
    "The stickers give the National Human Trafficking Hotline, 1-888-373-7888, and the "
    "text line 233733.\n"
)
BEACH_LOT_STICKER_CAMPAIGN = (
    "Westhaven Police Department\n"
    "\n"
    "Sticker campaign against human trafficking reaches beach lots\n"
    "\n"
    "The Westhaven Police Department is fighting human trafficking this summer with a "
    "sticker campaign.\n"
    "\n"
    "Officers put up stickers in every restroom at the beach parking lots.\n"
    "\n"
    "Victims or witnesses can call the National Human Trafficking Hotline at "
    "1-888-373-7888.\n"
)

# (text, campaign, footer_only, evidence field, quote the evidence starts with or holds)
CASES = [
    pytest.param(
        ICE_SIGNER,
        False,
        True,
        "footer_only",
        "To report suspected human trafficking",
        id="ice_signer",
    ),
    pytest.param(
        HARVEST_POSTED,
        False,
        True,
        "footer_only",
        "Report tips to the National Human Trafficking Hotline",
        id="harvest_posted",
    ),
    pytest.param(
        BURN_BAN_SIGNER_AFTER,
        False,
        True,
        "footer_only",
        "Human trafficking hotline: 1-888-373-7888",
        id="burn_ban_signer_after",
    ),
    pytest.param(
        PARADE_UPDATED,
        False,
        True,
        "footer_only",
        "To report suspected human trafficking",
        id="parade_updated",
    ),
    pytest.param(
        TRUCK_STOP_CARDS_SIGNER,
        True,
        False,
        "promotes_hotline",
        "hand out trafficking hotline cards",
        id="truck_stop_cards_signer",
    ),
    pytest.param(
        AWARENESS_MONTH_POSTED, True, False, "promotes_hotline", None, id="awareness_month_posted"
    ),
    pytest.param(
        POOL_STANDING_LINE,
        False,
        True,
        "footer_only",
        "Report tips to the National Human Trafficking Hotline",
        id="pool_standing_line",
    ),
    pytest.param(
        BLUE_CAMPAIGN_STANDING_LINE,
        True,
        False,
        "promotes_hotline",
        None,
        id="blue_campaign_standing_line",
    ),
    pytest.param(
        BEACH_RESIDENT_STICKER,
        False,
        True,
        "footer_only",
        "Human trafficking hotline: 1-888-373-7888",
        id="beach_resident_sticker",
    ),
    pytest.param(
        TRANSFER_STATION_DECALS,
        False,
        True,
        "footer_only",
        "Human trafficking hotline: 1-888-373-7888",
        id="transfer_station_decals",
    ),
    pytest.param(
        FAIR_HOTLINE_STICKERS,
        True,
        False,
        "promotes_hotline",
        "hotline stickers in every restroom",
        id="fair_hotline_stickers",
    ),
    pytest.param(
        BEACH_LOT_STICKER_CAMPAIGN,
        True,
        False,
        "promotes_hotline",
        None,
        id="beach_lot_sticker_campaign",
    ),
]


@pytest.mark.parametrize(("text", "campaign", "footer", "field", "quote"), CASES)
def test_r59_promotes_audit(text: str, campaign: bool, footer: bool, field: str, quote: str | None):
    promotes, coded_campaign, coded_footer = campaign_record(text)
    assert (coded_campaign, coded_footer) == (campaign, footer)
    assert promotes is (campaign and not footer)
    if quote is not None:
        assert quote in evidence_quote(text, field)
