"""Posting laws as statutes write them, and explainers of them (round 9 of issue 14).

* requires_posting: a duty list ("X shall: (a) ... (c) Post a sign ...") whose item begins with a
  posting verb is a mandatory posting clause; what the sign carries may be named in a sibling
  item it cites ("under paragraph (b)"). Lists that are not duties (training only, "may:",
  an agency's website, definitions, contents) stay False.
* campaign: what a posting law requires ("the law requires truck stops to post ...") describes
  the law, in a law firm's alert, a vendor's page or news of the law: no outreach effort. An
  office's own reminder of the duty is a campaign that promotes the hotline; a trade
  association's reminder to its members is not an office's.

Every fixture here is written for these tests (no held-out text is copied).
"""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text, explain

HEAD = "Sec. 4. Massage establishments; human trafficking duties.\n"

DUTY_LISTS = {
    # lettered items; the hotline is named in the sibling item the posting item cites
    "cross-reference": HEAD + "(1) Each massage establishment shall:\n"
    "(a) Train each employee to recognize the signs of abuse.\n"
    "(b) Adopt a written policy for reporting suspected human trafficking to the National Human"
    " Trafficking Hotline at 1-888-373-7888.\n"
    "(c) Display near the entrance a sign that states the policy adopted under paragraph (b).\n"
    "(2) A violation is a misdemeanor.",
    # numbered items inline, after "must do all of the following:"
    "inline numbered": "An operator of a truck stop must do all of the following: 1. provide"
    " training to staff; 2. post, in each restroom, a notice stating the telephone number of the"
    " human trafficking hotline; and 3. keep records.",
    # roman items after "must:", the verb "affix"
    "roman affix": "Human trafficking notices.\nEvery hospital must:\n(i) designate a"
    " coordinator;\n(ii) affix to the inside of each restroom door a sticker bearing the human"
    " trafficking hotline number.",
    # "is required to:" and "Conspicuously post"
    "required to": "Sec. 9. Every bus station operator is required to:\nA. Keep a log of"
    " reports.\nB. Conspicuously post a notice of the national human trafficking hotline in"
    " each waiting area.",
    # an agency page: "requires X to do the following:", paragraphs opened by a short label
    "labelled paragraphs": "Marina Safety Rules\n\nSection 12.4 requires every marina operator to"
    " do the following:\n\nTraining. Train dock staff to recognize human trafficking.\n\n"
    "Reporting. Adopt a policy for reporting suspected trafficking to the National Human"
    " Trafficking Hotline.\n\nSign. Post near the fuel dock a sign that contains the reporting"
    " policy.\n\nPenalties. The department may fine a marina $500.",
}


@pytest.mark.parametrize("name", sorted(DUTY_LISTS))
def test_a_posting_item_of_a_mandatory_duty_list_requires_posting(name):
    text = DUTY_LISTS[name]
    coding = code_text(text)
    assert coding.requires_posting is True
    assert "duty list: post" in explain(text)["mandate_cues"]
    quote = next(e["quote"] for e in coding.evidence if e["field"] == "requires_posting")
    assert quote in text
    assert any(verb in quote.lower() for verb in ("post", "display", "affix"))


def test_the_duty_holder_of_a_duty_list_is_the_subject_of_its_lead():
    assert code_text(DUTY_LISTS["cross-reference"]).who_must_post == "Each massage establishment"
    assert code_text(DUTY_LISTS["roman affix"]).who_must_post == "Every hospital"
    assert code_text(DUTY_LISTS["labelled paragraphs"]).who_must_post == "every marina operator"


NOT_DUTY_LISTS = {
    "training only": HEAD + "(1) Each massage establishment shall:\n(a) Train each employee to"
    " recognize human trafficking.\n(b) Report suspected human trafficking to the National"
    " Human Trafficking Hotline.\n(2) A violation is a misdemeanor.",
    "may": HEAD + "(1) A massage establishment may:\n(a) Adopt a policy for reporting human"
    " trafficking to the National Human Trafficking Hotline.\n(b) Post a sign that states the"
    " policy adopted under paragraph (a).",
    "shall not": HEAD + "(1) A massage establishment shall not:\n(a) Post a sign advertising"
    " services near the human trafficking hotline notice.",
    "agency website": "Human trafficking hotline information.\nThe department shall:\n(a)"
    " Develop a model notice of the National Human Trafficking Hotline.\n(b) Post the model"
    " notice on its website.",
    "definitions": "Definitions relating to human trafficking notices. As used in this"
    ' section:\n(a) "Sign" means a notice of the National Human Trafficking Hotline.\n(b)'
    ' "Post" means to display in a conspicuous place.',
    "contents": "Human trafficking training. The training must include:\n(a) Display of the"
    " National Human Trafficking Hotline number in the break room.",
    # a sign that carries no hotline, under a trafficking heading: nothing ties it to one
    "other sign": HEAD + "(1) Each massage establishment shall:\n(a) Train each employee to"
    " recognize human trafficking.\n(b) Post in the lobby a sign listing the hours of"
    " operation.",
    # items out of order: no list before the posting item
    # labelled paragraphs under a lead that is no duty
    "labelled, may": "Section 12.4 allows every marina operator to do the following:\n\nTraining."
    " Train dock staff to recognize human trafficking.\n\nSign. Post near the fuel dock a sign"
    " with the National Human Trafficking Hotline.",
    "no list": HEAD + "The human trafficking hotline is 1-888-373-7888. Each establishment"
    " shall:\n(c) Post a sign listing the hours of operation.",
}


@pytest.mark.parametrize("name", sorted(NOT_DUTY_LISTS))
def test_lists_that_are_no_posting_duty_stay_false(name):
    assert code_text(NOT_DUTY_LISTS[name]).requires_posting is False


def test_may_be_required_to_post_hotlines_is_a_proposed_duty():
    text = (
        "Downtown nightclubs and massage parlors may be required to post hotlines for human"
        " trafficking victims or face fines, under an ordinance a commissioner proposed."
    )
    coding = code_text(text)
    assert coding.requires_posting is True
    assert coding.who_must_post == "Downtown nightclubs and massage parlors"


WORDINGS = {
    # an ordinance that enforces the posting: a duty
    "enforces the posting": (
        "Agenda item: public hearing on an ordinance that enforces the posting of human"
        " trafficking public awareness signs in certain establishments.",
        True,
    ),
    # "posted" as an adjective ("for posted notices"): no duty stated
    "posted notices": (
        "Human trafficking awareness poster, 8.5 x 11 inches, with the National Human"
        " Trafficking Hotline 1-888-373-7888. Ideal for break rooms and lobbies.\n"
        "Note: Some states require specific wording for posted human trafficking notices.",
        False,
    ),
}


@pytest.mark.parametrize("name", sorted(WORDINGS))
def test_wordings_of_a_duty(name):
    text, expected = WORDINGS[name]
    assert code_text(text).requires_posting is expected


def test_the_name_of_a_notification_act_is_a_duty_only_in_its_own_text():
    story = (
        "The committee reported House Bill 12, which amends the Human Trafficking Hotline"
        " Notification Act to require hotels to provide human trafficking awareness training"
        " to employees. The sponsor cited hotline statistics."
    )
    assert code_text(story).requires_posting is False
    act = (
        "AN ACT providing for the Human Trafficking Hotline Notification Act; imposing duties;"
        " and prescribing penalties.\nSection 1. Short title.\nThis act shall be known and may"
        " be cited as the Human Trafficking Hotline Notification Act.\nSection 2. Definitions."
        "\nThe following words and phrases when used in this act shall have the meanings given"
        " to them in this section.\nSection 3. Required posting."
    )
    assert code_text(act).requires_posting is True


def test_a_chapter_heading_is_not_who_must_post():
    text = (
        "Chapter 77 LODGING AND FOOD SERVICE ESTABLISHMENTS\n\n"
        "77.010 Human trafficking signs.\n(1) Each public lodging establishment shall post a"
        " sign with the National Human Trafficking Hotline number in the lobby. This section"
        " shall be enforced by the division pursuant to this chapter."
    )
    coding = code_text(text)
    assert (coding.requires_posting, coding.establishments) == (True, ["lodging"])


# -- campaign: explainers of a posting law are no office's outreach -----------------------------

LAW_FIRM_ALERT = (
    "Client alert: Michigan employers and the human trafficking notice\n\n"
    "The Act requires certain businesses to post a notice about the National Human Trafficking"
    " Hotline in a conspicuous place near the entrance. The Department of Attorney General has"
    " developed a model notice that employers can download and print. Employers who fail to"
    " post the notice face a civil fine of up to $250. Contact our employment group with"
    " questions."
)
NEW_LAW_STORY = (
    "ALBANY - Truck stops will have to display signs with the National Human Trafficking"
    " Hotline under a bill signed into law by the governor this week. The law requires truck"
    " stops to post the signs in each restroom and near the entrance. The sponsor said the"
    " bill passed both houses unanimously."
)
ASSOCIATION_REMINDER = (
    "Alcohol permittees: human trafficking sign requirement\n\n"
    "Members who hold an on-premises alcohol permit are reminded that state law requires them"
    " to post a human trafficking awareness sign where employees can see it. The sign gives"
    " the National Human Trafficking Hotline, 1-888-373-7888. The Alcohol Commission has"
    " prepared the sign and makes it available at no cost. Questions? Contact the State"
    " Restaurant & Lodging Association's compliance team."
)
OFFICE_REMINDER = (
    "Attorney General Smith reminds businesses to post human trafficking hotline notices\n\n"
    "Attorney General Jane Smith today reminded businesses to post the notices that state law"
    " requires, giving the National Human Trafficking Hotline, 1-888-373-7888, in English and"
    " Spanish. The notices can be downloaded from the Attorney General's website."
)


@pytest.mark.parametrize("text", [LAW_FIRM_ALERT, NEW_LAW_STORY, ASSOCIATION_REMINDER])
def test_an_explainer_of_a_posting_law_is_no_campaign(text):
    coding = code_text(text)
    assert coding.requires_posting is True
    assert coding.campaign is False
    assert coding.promotes_hotline is False
    assert "posting_reminder" not in coding.campaign_types


def test_an_offices_own_reminder_of_a_posting_duty_is_a_campaign_that_promotes_the_hotline():
    coding = code_text(OFFICE_REMINDER)
    assert coding.campaign is True
    assert coding.promotes_hotline is True
    assert "posting_reminder" in coding.campaign_types
    # the same reminder on the office's own site, its name not in the lead
    page = OFFICE_REMINDER.replace("Attorney General Smith reminds", "Reminder:").replace(
        "Attorney General Jane Smith today reminded", "We remind"
    )
    on_site = code_text(page, url="https://ag.example.gov/news/reminder")
    assert on_site.campaign is True and on_site.promotes_hotline is True


def test_a_line_numbered_bill_with_another_enacting_formula_is_bill_text():
    lines = [
        "STATE OF NORTH HAVEN IN GENERAL ASSEMBLY JANUARY SESSION, A.D. 2017",
        "RELATING TO CRIMINAL OFFENSES - TRAFFICKING OF PERSONS AND INVOLUNTARY SERVITUDE",
        "Introduced By: Senators Able, Baker, Cole and Dunn; Date Introduced: March 02, 2017",
        "Referred To: Senate Judiciary, for hearing and consideration on a later date",
        "It is enacted by the General Assembly as follows:",
        "SECTION 1. Chapter 9 of the General Laws is hereby amended by adding thereto the",
        "following section: 9-1-4. Public awareness signs. (a) Any transit agency shall",
        "display public awareness signs that contain the human trafficking hotline",
        "information in every transportation station, rest area, and welcome center in",
        "the state which is open to the public.",
    ]
    text = "".join(f"{line}\n\n{n}\n\n" for n, line in enumerate(lines, start=1))
    assert explain(text)["legal_text"] is True
    assert {"rest_area", "welcome_center"} <= set(code_text(text).establishments)
