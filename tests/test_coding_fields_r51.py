# ruff: noqa: E501  (the audit wordings are kept whole, one string each)
"""Round 51, fields (issue 14zz-fields): an audit of two classes in the round's own wordings,
both sides of each: (1) establishments named by a licence or permit class, read by what the
licence allows (on-premises consumption of beverages, a licence "for consumption on the
premises", an on-premises licence; a licence to conduct gaming, slot machine licences; beauty
shop and hairdressing licences), while a class whose kind the text never says, and off-premises,
off-sale and package licences, name no class; (2) lines of another subject beside the hotline (a
general crime tip line, sexual or dating violence, runaway, protective services, child
protection, problem gambling): no trafficking hotline, while a state's trafficking hotline, a
tip line named for trafficking tips and the bureau's tip line in a sentence about trafficking
are kept."""

import pytest

from conftest import assert_coded_fields
from hotline_watch.coding import classify

LAW = (
    "Section 12. Human trafficking notice.\n(a) {who} shall post, in a conspicuous place near the "
    "main entrance of the licensed premises and in each restroom, a notice containing information "
    "about the National Human Trafficking Hotline, 1-888-373-7888.\n(b) A licensee who fails to "
    "comply with this section shall be subject to a fine of $100.\n"
)

#: (1) who must post, named by a licence or permit class: (wording, codes, evidence quoted)
LICENCES = [
    (
        "Every holder of a Class B or Class C retail license for the sale of beverages for consumption on the premises",
        ["bar"],
        "beverages for consumption on the premises",
    ),
    (
        "Each holder of a Class A-General retail permit for the sale of alcoholic beverages for consumption on the licensed premises",
        ["bar"],
        "for consumption on the licensed premises",
    ),
    (
        "Each person licensed to sell intoxicating liquor at retail for consumption on the premises where sold",
        ["bar"],
        "liquor at retail for consumption",
    ),
    (
        "Every holder of a Class 2 license to sell malt beverages and wine for consumption on the premises",
        ["bar"],
        "wine for consumption on the premises",
    ),
    (
        "Each holder of a retail license for on-premises consumption",
        ["bar"],
        "premises consumption",
    ),
    (
        "Each holder of a license for consumption on the premises",
        ["bar"],
        "license for consumption on the premises",
    ),
    (
        "Each holder of a Class C license, which authorizes the sale of beer, wine and spirits by the glass for consumption on the licensed premises,",
        ["bar"],
        "spirits by the glass",
    ),
    ("Every holder of a retail dealer's on-premises license", ["bar"], "on-premises license"),
    (
        "Each permittee of the Alcohol Beverage Control Board holding a retail permit for consumption on premises",
        ["bar"],
        "permit for consumption on premises",
    ),
    (
        "Each holder of a Class B license issued under section 3-7-7 (a retail license for the sale of beverages for consumption on the premises)",
        ["bar"],
        "beverages for consumption",
    ),
    (
        "Each holder of a retail liquor license for on-premises or off-premises consumption",
        ["bar"],
        "liquor license",
    ),
    ("Each holder of an on-premises or off-premises liquor license", ["bar"], "on-premises"),
    ("Each holder of a tavern license", ["bar"], "tavern"),
    ("Each holder of a brewpub license", ["bar"], "brewpub"),
    ("Each holder of an on-sale beer license", ["bar"], "on-sale"),
    ("Each holder of a Class II gaming license", ["casino"], "gaming license"),
    ("Each holder of a slot machine license", ["casino"], "slot machine license"),
    (
        "Each person licensed under section 9 to conduct gambling games",
        ["casino"],
        "to conduct gambling",
    ),
    ("Each holder of a public lodging establishment license", ["lodging"], "lodging"),
    ("Each holder of a massage establishment permit", ["massage"], "massage"),
    ("Each holder of a beauty shop license", ["cosmetology"], "beauty shop"),
    ("Each holder of a hairdressing shop license", ["cosmetology"], "hairdressing"),
    ("Each holder of a barber shop license", ["cosmetology"], "barber shop"),
    ("Each holder of a body art establishment license", ["tattoo"], "body art"),
    # near misses: a class whose kind the text never says, off-premises (package) licences,
    # food for consumption on the premises
    ("Every holder of a Class B or Class C license", [], None),
    ("Each holder of a Class 3 permit issued under section 12", [], None),
    (
        "Each holder of a retail package license for the sale of alcoholic beverages for consumption off the premises",
        [],
        None,
    ),
    ("Each holder of an off-premises liquor license", [], None),
    ("Each holder of a package store liquor license", [], None),
    ("Each holder of a retail license for off-premises consumption", [], None),
    ("Each holder of an off-sale liquor license", [], None),
    (
        "Each holder of a Class A license, which authorizes the sale of beer and wine in sealed containers for consumption off the premises,",
        [],
        None,
    ),
    (
        "Each holder of a retail liquor license for the sale of liquor for consumption off the premises only",
        [],
        None,
    ),
    ("Each establishment that sells food and beverages for consumption on the premises", [], None),
    (
        "Each restaurant licensed to sell food for consumption on the premises",
        ["restaurant"],
        "restaurant",
    ),
]

PAGE = (
    "Sheriff's Office and local motels partner against human trafficking\n\n"
    "The Sheriff's Office has signed up 12 motels to train staff to recognize human trafficking and "
    "to post the National Human Trafficking Hotline, 1-888-373-7888, in lobbies.\n\n{line}\n\n"
    "Motels interested in joining can call the Sheriff's Office at 785-762-5912.\n"
)
LIST = "Resources\n- National Human Trafficking Hotline: 1-888-373-7888\n"
NATIONAL = ["1-888-373-7888"]

#: (2) lines of another subject beside the hotline, and the trafficking lines kept
OTHER_LINES = [
    (
        "Tips about crimes in Kansas can also be reported to the KBI tip line at 1-800-KS-CRIME.",
        NATIONAL,
    ),
    (
        "Information about any crime can be given anonymously to the state bureau's tip line at 1-800-452-6327.",
        NATIONAL,
    ),
    ("To report other crimes, call the bureau's tip line at 1-800-KS-CRIME.", NATIONAL),
    ("Crime Stoppers also takes anonymous tips at 1-800-222-TIPS.", NATIONAL),
    (
        "Get help\nNational Human Trafficking Hotline: 1-888-373-7888 (call)\nStrongHearts Native Helpline (domestic and sexual violence): 1-844-762-8483",
        NATIONAL,
    ),
    (
        LIST
        + "- Sexual violence helpline: 1-844-352-7273\n- Problem gambling helpline: 1-800-522-4700",
        NATIONAL,
    ),
    (LIST + "- Dating violence line (loveisrespect): 1-866-331-9474", NATIONAL),
    (LIST + "- Adult Protective Services: 1-877-SOS-ADULT", NATIONAL),
    (LIST + "- Child protection reporting line: 1-877-597-2331", NATIONAL),
    (LIST + "- Runaway and homeless youth line: 1-800-786-2929", NATIONAL),
    (
        "If you are thinking about suicide or are in crisis, call or text 988 or the state crisis line at 1-800-273-5555.",
        NATIONAL,
    ),
    (
        "Sexual assault survivors can call the statewide sexual assault line at 1-888-569-7287.",
        NATIONAL,
    ),
    # kept: trafficking lines, by vanity letters too
    (
        "Report suspected human trafficking to the KBI tip line at 1-800-KS-CRIME.",
        [*NATIONAL, "1-800-572-7463"],
    ),
    ("The state's own human trafficking hotline is 1-833-406-STOP.", [*NATIONAL, "1-833-406-7867"]),
    (
        LIST
        + "- Ohio Human Trafficking Tip Line: 1-844-END-OHHT\n- Domestic violence helpline: 1-800-799-7233",
        [*NATIONAL, "1-844-363-6448"],
    ),
    (
        "Tips about trafficking can also be given to the sheriff's new tip line at (828) 356-TIPS.",
        [*NATIONAL, "1-828-356-8477"],
    ),
    (
        LIST + "- Human trafficking tip line (state police): 1-844-424-5487",
        [*NATIONAL, "1-844-424-5487"],
    ),
    (
        "Report human trafficking and other crimes to the county's anonymous tip line at 1-800-452-6327.",
        [*NATIONAL, "1-800-452-6327"],
    ),
    (
        "Survivors of sexual assault or human trafficking can call the statewide advocacy line at 1-888-569-7287.",
        [*NATIONAL, "1-888-569-7287"],
    ),
]


@pytest.mark.parametrize(("who", "codes", "quoted"), LICENCES)
def test_licence_classes(who: str, codes: list[str], quoted: str | None) -> None:
    coding = classify(LAW.format(who=who))
    assert_coded_fields(coding, {"establishments": codes})
    if quoted is not None:
        quotes = [e["quote"] for e in coding["evidence"] if e["field"] == "establishments"]
        assert any(quoted.lower() in q.lower() for q in quotes), quotes


@pytest.mark.parametrize(("line", "numbers"), OTHER_LINES)
def test_other_lines_beside_the_hotline(line: str, numbers: list[str]) -> None:
    coding = classify(
        PAGE.format(line=line), url="https://www.example-county.gov/sheriff/news/partnership"
    )
    assert_coded_fields(coding, {"hotline_numbers": numbers})
