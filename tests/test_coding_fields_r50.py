# ruff: noqa: E501  (the audit wordings are kept whole, one string each)
"""Round 50, fields (issue 14zy-fields): an audit of three classes in the round's own wordings,
both sides of each: (1) the agency when two offices have roles (one prescribes, approves or
provides the notice, another enforces, inspects, licenses or collects the penalty); (2)
establishments on who-must-post pages and in lists (bullets, tables, "the following", "including
but not limited to", "except"); (3) an office's own lines beside the hotline (main line,
non-emergency, dispatch, campus police by its initials, a unit's desk): no trafficking hotline,
while a state's trafficking hotline or tip line is kept."""

import pytest

from conftest import assert_coded_fields
from hotline_watch.coding import classify

HOTLINE = " The notice shall state the National Human Trafficking Hotline, 1-888-373-7888."

#: (1) the agency when two offices have roles
AGENCY = [
    (
        "Each hotel shall post the notice at the front desk. The notice shall be printed in at least 14-point boldface type in English, Spanish, Chinese and Korean, in a format approved by the Department of Public Health. The Department of Consumer Affairs may impose a fine of $200 on a hotel that fails to comply.",
        "Department of Public Health",
    ),
    (
        'A. As used in this section, "board" means the state gaming control board.\nB. Each casino licensee shall post the notice near the main entrance.\nC. The notice shall be at least eleven inches by seventeen inches, printed in English and Spanish and in any other language the licensee chooses, in the form prescribed by the board.',
        "state gaming control board",
    ),
    (
        "(1) Each truck stop shall post the notice in each public restroom.\n(2) The notice must be printed in at least 18-point type in English, Spanish and Vietnamese, in a form provided by the State Police, and must be at least 8.5 by 11 inches.\n(3) The Department of Revenue may suspend the permit of a truck stop that fails to comply.",
        "State Police",
    ),
    (
        "Each bar shall post the notice. The Alcoholic Beverage Control Commission shall make periodic inspections of licensed premises to ensure compliance. The notice shall be in a form prescribed by the Office of the Attorney General.",
        "Office of the Attorney General",
    ),
    (
        "The Department of Revenue, which licenses motor fuel retailers, shall determine compliance with this section at each annual inspection. Each gas station shall post the sign developed by the Department of Public Safety.",
        "Department of Public Safety",
    ),
    (
        "The Department of Health shall provide for the enforcement of this section through its licensing inspections. Each hospital shall post the notice designed by the Department of Justice.",
        "Department of Justice",
    ),
    (
        "Each massage establishment shall post the notice. The Board of Massage Therapy shall enforce this section and may impose a fine of $500 for each violation.",
        None,
    ),
    (
        "Each truck stop shall post a sign provided by the Department of Transportation. The Department of Public Safety shall make inspections and collect the penalties.",
        "Department of Transportation",
    ),
    (
        "Each nail salon shall post the notice. The Board of Cosmetology shall approve the notice, and the Department of Licensing shall collect any civil penalty.",
        "Board of Cosmetology",
    ),
    (
        'A. As used in this section, "commission" means the state athletic commission.\nB. Each arena licensee shall post the notice in each public restroom and near the main entrance.\nC. The notice shall be at least eight and one-half inches by eleven inches, printed in English, Spanish, Tagalog and Vietnamese, in the form prescribed by the commission, and shall read: "If you or someone you know is being made to work or trade sex and cannot leave, call the National Human Trafficking Hotline at 1-888-373-7888 or text 233733. The call is free and confidential, twenty-four hours a day."',
        "state athletic commission",
    ),
    (
        "(1) The operator of a campground shall post a notice at the registration desk.\n(2) The notice must be printed in at least 16-point type in English, Spanish, Russian, Somali and Vietnamese, in a form approved by the Minnesota Department of Health, and must include the National Human Trafficking Hotline telephone number, 1-888-373-7888, and text number, 233733.\n(3) The Commissioner of Commerce may impose a civil penalty of $250.",
        "Minnesota Department of Health",
    ),
]

#: (2) establishments on who-must-post pages and in lists
ESTABLISHMENTS = [
    (
        "Who must post\nThe notice must be posted by:\n- hotels and motels\n- businesses that place workers through job placement services\n- farm labor contractors",
        ["lodging", "job_recruitment", "farm_labor_contractor"],
    ),
    (
        "The following businesses shall post the notice: job placement agencies, truck stops and airports.",
        ["job_recruitment", "truck_stop", "airport"],
    ),
    (
        "Each employment agency, including but not limited to a job placement firm or a staffing agency, shall post the notice.",
        ["job_recruitment"],
    ),
    (
        "Does the law apply to me?\nYou must post the notice if you operate:\n| Business | Where to post |\n| Hotels and motels | front desk |\n| Truck stops | near the restrooms |\n| Job placement services | the lobby |",
        ["lodging", "truck_stop", "job_recruitment"],
    ),
    (
        "Each business that recruits workers for employment shall post the notice in a place visible to applicants.",
        ["job_recruitment"],
    ),
    (
        "The notice must be posted by each establishment licensed to sell alcohol for consumption on the premises, including but not limited to bars, taverns and nightclubs.",
        ["bar"],
    ),
    (
        "Each lodging establishment, including hotels, motels, inns and short-term rentals, shall post the notice.",
        ["lodging"],
    ),
    (
        "Places of public accommodation, including but not limited to hotels, motels and truck stops, shall post the notice.",
        ["lodging", "truck_stop"],
    ),
    (
        'As used in this section, "establishment" includes, but is not limited to, an airport, a bus station and a truck stop. Each establishment shall post the notice.',
        ["airport", "bus_station", "truck_stop"],
    ),
    (
        "Each business licensed to sell alcohol, except a restaurant that serves alcohol only with meals, shall post the notice.",
        ["bar"],
    ),
    (
        "Each hotel shall post the notice. Traffickers often recruit victims through fake job placement services.",
        ["lodging"],
    ),
]

#: (3) an office's own lines beside the hotline (a release's or page's sentence; no HOTLINE)
PHONES = [
    (
        "The Riverbend University Police Department (RUPD) is marking Human Trafficking Prevention Month. Anyone who sees signs of trafficking should call the National Human Trafficking Hotline at 1-888-373-7888 or text 233733, or contact RUPD at 803-777-4215.",
        ["1-888-373-7888", "233733"],
    ),
    (
        "Students who suspect human trafficking should call the National Human Trafficking Hotline at 1-888-373-7888 or call campus police at 704-687-2200.",
        ["1-888-373-7888"],
    ),
    (
        "To report human trafficking, call the National Human Trafficking Hotline at 1-888-373-7888 or the sheriff's office non-emergency line at 912-652-7600.",
        ["1-888-373-7888"],
    ),
    (
        "If you suspect human trafficking, call 911 in an emergency, the National Human Trafficking Hotline at 1-888-373-7888, or the department's main line at 410-396-2525.",
        ["1-888-373-7888"],
    ),
    (
        "Human trafficking awareness: call the National Human Trafficking Hotline at 1-888-373-7888, or call the Special Victims Unit desk at 614-645-4624.",
        ["1-888-373-7888"],
    ),
    (
        "Anyone with information about human trafficking can call the National Human Trafficking Hotline at 1-888-373-7888 or contact the Department of Public Safety at 864-656-2222.",
        ["1-888-373-7888"],
    ),
    (
        "Human trafficking training for hotel staff: report suspected trafficking to the National Human Trafficking Hotline at 1-888-373-7888 or to the Georgia statewide human trafficking hotline at 1-866-363-4842.",
        ["1-888-373-7888", "1-866-363-4842"],
    ),
    (
        "The sheriff's office launched a human trafficking tip line, 843-774-8477, where residents can report suspected trafficking, and reminded them of the National Human Trafficking Hotline at 1-888-373-7888.",
        ["1-843-774-8477", "1-888-373-7888"],
    ),
]


@pytest.mark.parametrize(("wording", "agency"), AGENCY)
def test_agency_two_offices(wording: str, agency: str | None) -> None:
    text = wording if "1-888-373-7888" in wording else wording + HOTLINE
    assert_coded_fields(classify(text), {"agency": agency})


@pytest.mark.parametrize(("wording", "codes"), ESTABLISHMENTS)
def test_establishments_lists(wording: str, codes: list[str]) -> None:
    assert_coded_fields(classify(wording + HOTLINE), {"establishments": codes})


@pytest.mark.parametrize(("wording", "numbers"), PHONES)
def test_office_own_lines(wording: str, numbers: list[str]) -> None:
    assert_coded_fields(classify(wording), {"hotline_numbers": numbers})
