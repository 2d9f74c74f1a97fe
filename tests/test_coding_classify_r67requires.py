# ruff: noqa: E501
"""Round 67 requires: a page's chrome, a law in force cited by a cut, a licence page's own duty.
A list of the signs a business must post, every item another subject's sign ("a sign warning that
it is illegal to sell alcohol to anyone under 21"), states no hotline duty whatever the site's menu
names; a signed measure told "but without" its posting provision takes the law in force cited as
background with it; a licence page's duty under its own trafficking heading is the page's own
(docs/coding-measurement.md, round 67 requires)."""

from __future__ import annotations

import pytest

from conftest import assert_duty, kept_text

H = "the National Human Trafficking Hotline"
MENU = "City of Elmwood\nGovernment | Departments | Business | Human Trafficking Awareness | How Do I...\n\n"
REL = "\n\nRelated: Human Trafficking Awareness | Privilege License Application | Permits"

# (class, duty, main wrong, text)
WORDINGS = [
    (
        "menu-list-signs",
        False,
        True,
        "City of Elmwood\nGovernment | Departments | Business | Human Trafficking Awareness | How Do I...\n\nBars: Required Signs\n\nEvery bar and tavern must post:\n- A sign warning that it is illegal to sell alcoholic beverages to anyone under 21\n- A sign warning that drinking alcohol during pregnancy can cause birth defects\n- A sign at each entrance stating whether carrying a firearm is prohibited\n\nInspectors check the signs once a year.",
    ),
    (
        "related-list-signs",
        False,
        True,
        "Tavern Required Postings\n\nEach licensed tavern must display:\n- A maximum occupancy sign issued by the fire marshal\n- A sign warning against serving alcohol to minors\n- A notice stating that smoking is prohibited indoors\n\nRelated: Human Trafficking Awareness | Privilege License Application | Permits",
    ),
    (
        "menu-list-signs-numbered",
        False,
        True,
        "City of Elmwood\nGovernment | Departments | Business | Human Trafficking Awareness | How Do I...\n\nLiquor Licensees: Signs\n\nAll on-premises licensees shall display the following:\n1. A sign warning that it is unlawful to sell alcohol to anyone under 21\n2. A sign stating whether firearms are permitted on the premises\n3. The maximum occupancy posted by the fire department\n\nQuestions? Call the City Clerk.",
    ),
    (
        "menu-list-with-hotline",
        True,
        False,
        "City of Elmwood\nGovernment | Departments | Business | Human Trafficking Awareness | How Do I...\n\nBars: Required Signs\n\nEvery bar and tavern must post:\n- A sign warning that it is illegal to sell alcoholic beverages to anyone under 21\n- A human trafficking notice with the National Human Trafficking Hotline\n- A sign at each entrance stating whether carrying a firearm is prohibited\n\nInspectors check the signs once a year.",
    ),
    (
        "related-real-duty",
        True,
        False,
        "Massage Business Licence\n\nEvery licensed massage business must post a notice with the National Human Trafficking Hotline in each treatment room.\n\nRelated: Human Trafficking Awareness | Privilege License Application | Permits",
    ),
    (
        "menu-body-duty",
        True,
        False,
        "City of Elmwood\nGovernment | Departments | Business | Human Trafficking Awareness | How Do I...\n\nLodging Licences\n\nUnder city code, every hotel and motel must post a sign with the National Human Trafficking Hotline at the front desk.\n\nLicences renew each January.",
    ),
    (
        "list-sign-hotline-item",
        True,
        False,
        "Truck Stop Postings\n\nEach truck stop must post:\n- A sign warning that smoking near the pumps is prohibited\n- A sign with the National Human Trafficking Hotline in each restroom\n",
    ),
    (
        "cut-signs-but-without",
        False,
        True,
        "Daily Ledger\nPolitics | Budget | Opinion\n\nGovernor signs budget bill, but without trafficking poster requirement\n\nThe governor signed the budget bill Tuesday. Operators of motels would have had to post notices with the National Human Trafficking Hotline under the House version.\n\nThe state already requires hotels and bars to post a trafficking notice under a 2017 law.",
    ),
    (
        "cut-passes-minus",
        False,
        True,
        "Senate passes lodging bill, minus hotline sign mandate\n\nThe Senate approved the lodging bill on Monday. The House version required hotels to post the National Human Trafficking Hotline in every lobby.\n\nState law already requires bars to post a trafficking notice.",
    ),
    (
        "cut-signed-law-without",
        False,
        True,
        "Mayor signs rental ordinance, but without the notice requirement\n\nThe mayor signed the short-term rental ordinance. A draft had required hosts to post the National Human Trafficking Hotline inside each unit.\n\nThe state already requires hotels to post a trafficking notice under a 2019 law.",
    ),
    (
        "kept-signed-with",
        True,
        False,
        "Governor signs budget bill with trafficking poster requirement\n\nThe governor signed the budget bill Tuesday. It requires operators of motels to post notices with the National Human Trafficking Hotline by January 1.",
    ),
    (
        "kept-signed-but-without-other",
        True,
        False,
        "Governor signs lodging bill, but without the fee increase\n\nThe governor signed the lodging bill Tuesday. It requires every hotel to post a notice with the National Human Trafficking Hotline at the front desk. A proposed fee increase was left out.",
    ),
    (
        "law-in-force-news",
        True,
        False,
        "Hotels reminded of trafficking poster law\n\nThe state already requires hotels, bars and truck stops to post a trafficking notice with the National Human Trafficking Hotline under a 2017 law, inspectors said Monday.",
    ),
    (
        "heading-licence-page",
        True,
        True,
        "Town of Ashby\nGovernment | Departments | Business | Residents\n\nMassage Establishment License\n\nAny business offering massage must hold a license from the Town Clerk. Licenses run July 1 through June 30.\n\nApplication checklist\n- Completed application and $100 fee\n- Copy of each therapist's license\n- Floor plan\n\nHuman trafficking notice\nUnder Chapter 12 of the Town Code, every licensed massage establishment must post a human trafficking notice in each treatment room.\n\nPenalties\nFailure to comply may lead to suspension of the license.\n\nContact the Town Clerk at 555-0100.",
    ),
    (
        "heading-condition",
        True,
        False,
        "Adult Entertainment License\n\nApplications are reviewed within 30 days. Fees are set by council.\n\nZoning\nBusinesses must be at least 500 feet from a school.\n\nTrafficking notice\nAs a condition of your license you must post the human trafficking notice in each dressing room and restroom.\n\nRenewal\nLicenses expire each December 31.\n\nContact the Clerk.",
    ),
    (
        "heading-licensees-required",
        True,
        False,
        "Liquor Licensing\n\nOn-premises licences are issued by the city council.\n\nHours\nSales end at 2 a.m.\n\nHuman trafficking hotline sign\nLicensees are required to post the human trafficking hotline sign in each restroom.\n\nFees\nSee the fee schedule.\n\nContact the Clerk.",
    ),
    (
        "heading-other-topic",
        False,
        False,
        "Food Truck Permit\n\nFood trucks need a permit from the Health Department. Permits run one year.\n\nSigns\nEvery food truck must post its permit and its health grade in the service window.\n\nEvents\nSee the special events page for the Human Trafficking Awareness Walk and other events.\n\nFees\nSee the fee schedule.\n\nContact the Clerk.",
    ),
    (
        "heading-trafficking-other-para",
        False,
        False,
        "Park Permits\n\nPicnic shelters can be reserved online. Permits run one day.\n\nHuman trafficking awareness month\nThe city joins the state campaign each January.\n\nRules\nEvery permit holder must post the permit at the shelter.\n\nFees\nSee the fee schedule.\n\nContact Parks.",
    ),
    (
        "checklist-no-trafficking",
        False,
        False,
        "Massage Establishment License\n\nApplication checklist\n- Completed application and $150 fee\n- Copy of each therapist's license\n- A sign stating the establishment's hours of operation\n\nEvery licensed establishment must post its license near the entrance. See also: Human Trafficking Awareness.",
    ),
    (
        "menu-only-no-duty",
        False,
        False,
        "City of Elmwood\nGovernment | Departments | Business | Human Trafficking Awareness | How Do I...\n\nBusiness Licences\n\nEvery business must post its business licence where customers can see it.\n\nLicences renew each January.",
    ),
    (
        "related-list-numbered-signs",
        False,
        True,
        "Nightclub Signs\n\nEvery nightclub must post:\n1. A sign warning that it is illegal to serve alcohol to anyone under 21\n2. A sign warning that drinking during pregnancy can cause birth defects\n\nRelated: Human Trafficking Awareness | Privilege License Application | Permits",
    ),
    (
        "menu-list-signs-passive",
        False,
        True,
        "City of Elmwood\nGovernment | Departments | Business | Human Trafficking Awareness | How Do I...\n\nSigns for bars\n\nThe following must be posted by every bar:\n- A sign warning that it is illegal to sell alcohol to minors\n- A no smoking sign at each entrance",
    ),
    (
        "list-hotline-first",
        True,
        False,
        "Bar Postings\n\nEvery bar must post:\n- A notice with the National Human Trafficking Hotline\n- A sign warning that it is illegal to sell alcohol to anyone under 21\n",
    ),
    (
        "cut-signed-comma-without",
        False,
        True,
        "Governor signs omnibus lodging bill, but without hotline notice requirement\n\nThe governor signed the bill Friday. The Senate version would have required motels to post the National Human Trafficking Hotline.\n\nThe state already requires truck stops to post a trafficking notice under a 2018 law.",
    ),
    (
        "kept-passes-without-amendment",
        True,
        False,
        "Senate passes hotel bill without amendment\n\nThe bill requires every hotel to post a notice with the National Human Trafficking Hotline at the front desk.",
    ),
    (
        "kept-signed-without-fanfare",
        True,
        False,
        "Governor signs hotel bill, quietly and without ceremony\n\nThe new law requires every hotel to post a notice with the National Human Trafficking Hotline at the front desk.",
    ),
    (
        "heading-licence-penalty",
        True,
        False,
        "Spa License\n\nSpas need a city license. Licenses run one year.\n\nChecklist\n- Application\n- Fee\n\nHuman Trafficking Notice\nEvery licensed spa must post the human trafficking notice near the entrance.\n\nPenalties\nFailure to post the notice is a municipal infraction.\n\nContact the Clerk.",
    ),
    (
        "heading-notice-not-first-sentence",
        False,
        False,
        "Spa License\n\nSpas need a city license. Licenses run one year.\n\nChecklist\n- Application\n- Fee\n\nHuman Trafficking Awareness\nThe city joined the state campaign in 2024. Every licensed spa must post its license near the entrance.\n\nFees\nSee the fee schedule.\n\nContact the Clerk.",
    ),
    (
        "menu-list-other-notices",
        False,
        True,
        "City of Elmwood\nGovernment | Departments | Business | Human Trafficking Awareness | How Do I...\n\nRequired postings for restaurants\n\nEvery restaurant must display:\n- its food safety grade\n- a sign warning against serving alcohol to minors\n- the maximum occupancy\n",
    ),
    (
        "denied-cut-kept",
        True,
        True,
        "The House version required transit agencies to post signs with "
        + H
        + ". The requirement was not dropped in the Senate, and the final law keeps it.",
    ),
    (
        "never-cut-kept",
        True,
        True,
        "The House version required transit agencies to post signs with "
        + H
        + ". The requirement was never dropped by the Senate, and the final law keeps it.",
    ),
    (
        "cut-not-kept",
        False,
        False,
        "The House version required transit agencies to post signs with "
        + H
        + ". The requirement was dropped in the Senate, and the final law does not include it.",
    ),
]


@pytest.mark.parametrize(
    ("label", "duty", "main_wrong", "text"), WORDINGS, ids=[w[0] for w in WORDINGS]
)
def test_chrome_cuts_and_licence_pages(label: str, duty: bool, main_wrong: bool, text: str) -> None:
    assert_duty(text, duty, label)


@pytest.mark.xfail(
    strict=True, reason="no trafficking word: the hotline poster alone opens no gate"
)
def test_a_hotline_poster_heading_without_trafficking() -> None:
    assert_duty(
        "Business Licensing\n\nLicences renew each year on July 1. Fees are listed on the fee schedule page.\n\nRenewals\nSubmit your renewal form before June 1.\n\nHotline poster\nEvery licensed spa must display the hotline poster near the front entrance.\n\nInspections\nThe city inspects licensed premises once a year.\n\nContact the Clerk's Office.",
        True,
    )


def test_the_audit_counts() -> None:
    assert len(WORDINGS) >= 29
    assert sum(w[2] for w in WORDINGS) == 13


@pytest.mark.parametrize(
    ("name", "duty"),
    [
        ("118/negative_MS_unknown_starkville-bars-nightclubs-required-signs-page", False),
        (
            "118/negative_CT_2026-06-24_news-lamont-signs-implementer-without-trafficking-poster-requirement",
            False,
        ),
        ("121/page_IA_unknown_coralville-massage-establishment-license-trafficking-notice", True),
    ],
)
def test_the_kept_sets_texts(name: str, duty: bool) -> None:
    from hotline_watch.coding import code_text

    text, url = kept_text(f"{name}.txt")
    assert code_text(text, url=url).requires_posting is duty
