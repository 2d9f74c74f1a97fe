"""Round 51 (issue 14zz-promotes): a public office's outreach effort told in the third person by a
reporter, read by its artefact and act.

A news story (a feature, a brief, a TV station's web story) tells an office's effort with the
office's people as actors ("Deputies left cards at 14 sporting camps", "Cpl. Marcus Hill has left
magnets ...", "Officers put up flyers in 40 bus shelters", "State troopers brought stacks of rack
cards ...", "... to hand out something most crew bosses have never been given: a card with the
number of the National Human Trafficking Hotline") and the hotline in the artefact's quoted
wording or described. The office is often named once, far from the artefact (a masthead and a
section line before the headline, a long first sentence), so no reading that needs the office's
own name beside the artefact sees it. Reading (`outreach.office_handout`, typed `outreach_visit`):
a hand-out verb (`_HANDOUT_LEMMAS`, a lemma x form table) with a printed artefact as its object,
its subject the office's people (`office_people` in data/coding/vocabulary.yml, or a public office's
word) within the sentence's first words, no modal, duty, measure or group's people before the
verb, and a trafficking word, hotline or trafficking number in the artefact's paragraph. Near
misses that stay negative: a non-profit's volunteers (an office thanked or present), an arrest
story (an officer's own business card), hotline statistics, a bill or a new law, an office's
effort on another subject with the trafficking line closing it, an op-ed's wish.
"""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text
from hotline_watch.coding.engine import Analysis

POSITIVE: dict[str, str] = {}
NEGATIVE: dict[str, str] = {}

POSITIVE["coos_logging_camps_colon_card"] = (
    "The North Country Ledger\n"
    "Local | Berlin | Schools | Sports | Opinion\n"
    "\n"
    "Deputies carry trafficking hotline into the logging camps\n"
    "\n"
    "By Paul Gagnon\n"
    "June 3, 2025\n"
    "\n"
    "LANCASTER - Coos County Sheriff's deputies have spent three weeks driving haul "
    "roads above the Androscoggin to hand out something most crew bosses say they have "
    "never been given: a card with the number of the National Human Trafficking Hotline.\n"
    "\n"
    "Sheriff Brian Valerino said the office printed 1,500 cards in English, French and "
    "Spanish after a regional training on labor trafficking in seasonal work.\n"
    "\n"
    "Deputies left cards at nine logging camps, two sawmills and a boarding house in "
    'Errol. Each card reads, "Working against your will? Call 1-888-373-7888. Free. '
    'Confidential."\n'
    "\n"
    "The office plans to go back in September when the wreath crews arrive.\n"
    "\n"
    "Paul Gagnon covers Coos County for the Ledger.\n"
)

POSITIVE["troopers_dairy_farms_magnets"] = (
    "Valley Farm Report\n"
    "News | Markets | Weather\n"
    "\n"
    "State troopers bring trafficking number to dairy barns\n"
    "\n"
    "By Hannah Kuiper | April 14, 2025\n"
    "\n"
    "ST. ALBANS - Vermont State Police troopers spent the week dropping off refrigerator "
    "magnets at 60 dairy farms in Franklin County, where many milkers come from Mexico "
    "and Guatemala and live on the farm.\n"
    "\n"
    "The magnets list the National Human Trafficking Hotline, 1-888-373-7888, in Spanish "
    "and English.\n"
    "\n"
    '"A lot of these workers will never walk into a barracks," Lt. Marc Gosselin said. '
    '"But the magnet is on the fridge in the trailer."\n'
    "\n"
    "Troopers plan to visit farms in Orleans County next month.\n"
)

POSITIVE["police_bars_coasters"] = (
    "Riverside Daily\n"
    "Local News\n"
    "\n"
    "Police put trafficking text line on bar coasters\n"
    "\n"
    "By Erin Walsh\n"
    "March 2, 2025\n"
    "\n"
    "Officers from the Riverside Police Department delivered 8,000 drink coasters to 35 "
    'bars and restaurants downtown last week. Each coaster reads, "Is someone making you '
    'work or sell sex? Text 233733."\n'
    "\n"
    "Chief Angela Moss said the coasters were paid for with asset forfeiture funds. "
    '"People look at a coaster for a long time," she said.\n'
    "\n"
    "The department plans to restock the bars in the fall.\n"
)

POSITIVE["tv_motel_flyers"] = (
    "WKRT News 7\n"
    "Local\n"
    "\n"
    "Bayview officers take trafficking flyers to motels\n"
    "\n"
    "Posted: Oct 9, 2024\n"
    "\n"
    "BAYVIEW (WKRT) - Officers with the Bayview Police Department went to 40 motels "
    "along Route 1 on Tuesday and left flyers at every front desk.\n"
    "\n"
    "The flyer gives the number of the National Human Trafficking Hotline, "
    "1-888-373-7888, and lists warning signs for housekeepers and clerks.\n"
    "\n"
    "Officer Dean Pratt said most managers agreed to post the flyer in the break room. "
    "The department expects to make a second round in the spring.\n"
)

POSITIVE["corporal_travel_center_giving_cards"] = (
    "Plains Courier\n"
    "News | Sports | Obituaries\n"
    "\n"
    "Corporal spends a day at the truck stop with trafficking cards\n"
    "\n"
    "By Lynn Ostrander, Staff Writer\n"
    "Aug 21, 2025\n"
    "\n"
    "GOODLAND - Cpl. Dana Reyes of the Sherman County Sheriff's Office spent Tuesday at "
    "the travel center off Interstate 70 giving drivers and cashiers a small card.\n"
    "\n"
    "The card carries the number of the National Human Trafficking Hotline, "
    "1-888-373-7888, and three questions to ask someone who seems afraid.\n"
    "\n"
    '"Truckers see more than anybody," Reyes said. The office printed 3,000 of the cards '
    "this summer and will bring them to Burlington next month.\n"
)

POSITIVE["sheriff_printed_cards_bunkhouses"] = (
    "Columbia Basin Herald-Star\n"
    "News | Agriculture | Sports\n"
    "\n"
    "Sheriff's office takes hotline cards to orchard housing\n"
    "\n"
    "By Teresa Alvarado\n"
    "September 12, 2025\n"
    "\n"
    "The Chelan County Sheriff's Office printed 4,000 cards in Spanish, English and "
    "Mixteco this summer. Deputies tucked the cards into mailboxes at seven orchard "
    "housing sites during the cherry harvest.\n"
    "\n"
    'The cards say, "Are you being forced to work? Call the National Human Trafficking '
    'Hotline, 1-888-373-7888, or text 233733."\n'
    "\n"
    'Sheriff Mike Morrison said he wanted workers to have the number "before anybody '
    'needs it."\n'
)

POSITIVE["ag_investigators_labor_camps"] = (
    "The Coastal Plain Times\n"
    "News\n"
    "\n"
    "State investigators visit labor camps with hotline flyers\n"
    "\n"
    "By Marcus Bell | July 8, 2025\n"
    "\n"
    "Investigators from the Attorney General's office spent last week at 12 farm labor "
    "camps in Sampson and Duplin counties. They left flyers in each bunkhouse and talked "
    "with crew leaders about labor trafficking.\n"
    "\n"
    "The flyers list the National Human Trafficking Hotline, 1-888-373-7888, in English, "
    "Spanish and Haitian Creole.\n"
    "\n"
    "A spokesperson for the office said investigators will return during the sweet "
    "potato harvest.\n"
)

POSITIVE["fairgrounds_brief_placed_cards"] = (
    "Briefs\n"
    "Daily Tribune-Gazette\n"
    "\n"
    "Deputies place hotline cards at fairgrounds\n"
    "\n"
    "Sheriff Tom Hale's deputies placed cards with the number of the National Human "
    "Trafficking Hotline, 1-888-373-7888, in restrooms at the Lyon County Fairgrounds "
    "this week, ahead of the fair's opening on Friday. The sheriff said the cards will "
    "stay up through the rodeo.\n"
)

POSITIVE["wardens_guides_handed_card"] = (
    "Outdoor North\n"
    "News | Hunting | Fishing\n"
    "\n"
    "Wardens hand guides a card on labor trafficking\n"
    "\n"
    "By Sam Leduc\n"
    "May 5, 2025\n"
    "\n"
    "Game wardens from the Department of Inland Fisheries and Wildlife handed each "
    "licensed guide at last week's recertification a laminated card. It lists the "
    "National Human Trafficking Hotline, 1-888-373-7888, and signs that a camp worker "
    "may not be free to leave.\n"
    "\n"
    "Warden Lt. Ann Roy said wardens will carry the cards on patrol this summer.\n"
)

POSITIVE["troopers_rest_area_rack_cards"] = (
    "WMTV 5\n"
    "News\n"
    "\n"
    "Troopers stock rest areas with trafficking hotline cards\n"
    "\n"
    "Updated: Jan 11, 2025\n"
    "\n"
    "AUGUSTA (WMTV) - State troopers brought stacks of rack cards to the six rest areas "
    "on Interstate 95 this week.\n"
    "\n"
    "The cards, printed in five languages, carry the National Human Trafficking Hotline "
    "number, 1-888-373-7888, and the text line, 233733.\n"
    "\n"
    "Troopers said they will check the racks every month.\n"
)

POSITIVE["deputies_gas_stations_card_reads_quote"] = (
    "Prairie Ledger\n"
    "News | Sports\n"
    "\n"
    "Deputies leave trafficking cards at gas stations\n"
    "\n"
    "By Kirsten Ohlsen\n"
    "October 2, 2025\n"
    "\n"
    "Deputies with the Barnes County Sheriff's Office left stacks of cards at 22 gas "
    "stations and truck stops along Interstate 94 this week.\n"
    "\n"
    "Each card reads, \"Can't leave your job? Someone holding your ID? Call "
    '1-888-373-7888."\n'
    "\n"
    "Sheriff Jason Meyer said deputies will return after harvest.\n"
)

POSITIVE["officers_laundromats_posted_flyers"] = (
    "Metro Courier\n"
    "Neighborhoods\n"
    "\n"
    "Police post trafficking flyers at laundromats\n"
    "\n"
    "By Dee Robinson | Feb 20, 2025\n"
    "\n"
    "Officers from the Eastside precinct of the Fairview Police Department posted flyers "
    "at 18 laundromats and bodegas this week. The flyers, in English, Spanish and "
    "Portuguese, give the number of the National Human Trafficking Hotline, "
    "1-888-373-7888.\n"
    "\n"
    'Captain Luis Ortega said the precinct chose laundromats because "people wait there '
    'for an hour with nothing to read."\n'
)

POSITIVE["detectives_nail_salons_distributed"] = (
    "Harbor City Chronicle\n"
    "Local\n"
    "\n"
    "Detectives bring trafficking cards to nail salons\n"
    "\n"
    "By Grace Lin\n"
    "November 4, 2024\n"
    "\n"
    "Detectives from the Harbor City Police Department's vice unit distributed cards in "
    "Vietnamese, Korean and English to 50 nail salons last month. The cards list the "
    "National Human Trafficking Hotline, 1-888-373-7888.\n"
    "\n"
    'Sgt. Kim Tran said the visits were not inspections. "We are not there to check '
    'licenses," she said.\n'
)

POSITIVE["passive_cards_left_by_deputies"] = (
    "Hill Country Record\n"
    "News\n"
    "\n"
    "Hotline cards go up at motels\n"
    "\n"
    "By Alan Price\n"
    "July 1, 2025\n"
    "\n"
    "About 2,000 wallet-sized cards were left at motels and truck stops along U.S. 87 "
    "last week by Kerr County deputies. The cards give the National Human Trafficking "
    "Hotline, 1-888-373-7888.\n"
    "\n"
    "Sheriff Larry Leitha said deputies will take more cards to Junction in August.\n"
)

POSITIVE["somerset_farms_no_digits"] = (
    "The Kennebec Valley Sun\n"
    "Local | Skowhegan | Schools | Sports | Obituaries | Opinion\n"
    "\n"
    "Deputies take trafficking hotline to farm crews\n"
    "\n"
    "By Joel Bernier\n"
    "August 26, 2025\n"
    "\n"
    "SKOWHEGAN - Somerset County Sheriff's deputies have spent most of August driving "
    "the back roads along the Kennebec to reach blueberry rakers, broccoli crews and "
    "dairy hands who rarely come into town.\n"
    "\n"
    "Deputies left cards at 20 farms and at the two stores in Jackman. The cards carry "
    "the number of the National Human Trafficking Hotline in English, Spanish and "
    "Haitian Creole.\n"
    "\n"
    '"If somebody is holding your passport, you need a number you can call," Sheriff '
    "Dale Lancaster said.\n"
)

POSITIVE["tv_dateline_troopers_dropped_off_coasters"] = (
    "KQTV 12\n"
    "News | Weather | Sports\n"
    "\n"
    "Troopers deliver trafficking text line to roadhouses\n"
    "\n"
    "Posted Sept 30, 2025 at 6:04 PM\n"
    "\n"
    "GILLETTE, Wyo. (KQTV) - Wyoming Highway Patrol troopers working the energy corridor "
    "along Interstate 90 have spent the fall stopping at bars, roadhouses and man camps "
    "between Gillette and Sundance.\n"
    "\n"
    'Troopers dropped off 6,000 coasters that read: "Not free to leave? Text 233733."\n'
    "\n"
    "The patrol said the coasters will go to Casper next.\n"
)

POSITIVE["sheriff_himself_handed_out_cards"] = (
    "The Delta Independent\n"
    "News | Sports | Church | Classifieds\n"
    "\n"
    "Sheriff takes trafficking card to cotton gins\n"
    "\n"
    "By Ruth Ann Cole\n"
    "Nov. 4, 2025\n"
    "\n"
    "CLEVELAND, Miss. - Bolivar County Sheriff Kelvin Williams, who ran for office "
    "promising more patrols in the rural north end of the county, has spent the ginning "
    "season visiting the county's cotton gins and catfish plants.\n"
    "\n"
    "The sheriff handed out cards listing the National Human Trafficking Hotline, "
    '1-888-373-7888, to gin hands and plant workers. "Most of these folks work nights," '
    "Williams said.\n"
    "\n"
    "He plans to visit the rice mills in January.\n"
)

POSITIVE["officers_put_up_flyers_hotline_described"] = (
    "Northside News-Record\n"
    "City | Schools | Business\n"
    "\n"
    "Officers put trafficking flyers up in bus shelters\n"
    "\n"
    "By Kevin Ahn\n"
    "March 19, 2025\n"
    "\n"
    "ROCKFORD - The Rockford Police Department, which last year created a two-detective "
    "unit for crimes against vulnerable adults and added a victim advocate to its staff "
    "after a string of cases on the city's west side, is taking its message to the "
    "street.\n"
    "\n"
    "Officers put up flyers in 40 bus shelters on Monday. Each flyer gives the National "
    "Human Trafficking Hotline number and the text line, 233733.\n"
    "\n"
    "The department said more shelters will get flyers in April.\n"
)

POSITIVE["corporal_left_magnets_motels"] = (
    "Gulf Breeze Gazette\n"
    "Local\n"
    "\n"
    "Deputy brings trafficking magnets to beach motels\n"
    "\n"
    "By Nora Diaz\n"
    "June 24, 2025\n"
    "\n"
    "PANAMA CITY BEACH - The Bay County Sheriff's Office, which patrols the "
    "unincorporated beach and handles about 40,000 calls a year during the summer season "
    "alone, started the program after a 2024 case at a motel on Front Beach Road.\n"
    "\n"
    "Cpl. Marcus Hill has left magnets in the housekeeping closets of 35 motels since "
    'May. The magnets say, "Is your boss keeping your pay? Call 1-888-373-7888."\n'
    "\n"
    "Hill said he will cover the rest of the strip by July.\n"
)

NEGATIVE["ngo_volunteers_deputies_present"] = (
    "Valley Daily News\n"
    "Local\n"
    "\n"
    "Volunteers leave trafficking cards at truck stops\n"
    "\n"
    "By Carla Mendes\n"
    "June 9, 2025\n"
    "\n"
    "Volunteers from Route 9 Freedom Project, a nonprofit, spent Saturday at truck stops "
    'along Interstate 81 and left cards at every register. The cards read, "Forced to '
    'work? Call 1-888-373-7888."\n'
    "\n"
    "Two deputies from the Franklin County Sheriff's Office were on hand. Sheriff Ed "
    "Cole thanked the group for its work.\n"
)

NEGATIVE["ngo_students_handed_out_sheriff_thanked"] = (
    "Campus Reporter\n"
    "News\n"
    "\n"
    "Students hand out hotline cards at county fair\n"
    "\n"
    "By Jordan Lee\n"
    "Aug 30, 2025\n"
    "\n"
    "Members of the Stop Trafficking Club, a student group, handed out cards with the "
    "number of the National Human Trafficking Hotline, 1-888-373-7888, at the county "
    "fair on Saturday. The club printed the cards with a grant from a local church.\n"
    "\n"
    "The Sheriff's Office let the students use its booth. Deputies said the club's table "
    "was busy all day.\n"
)

NEGATIVE["arrest_tip_from_hotline"] = (
    "Lakeside Gazette\n"
    "Crime\n"
    "\n"
    "Man charged after tip to trafficking hotline\n"
    "\n"
    "By Rob Fenner\n"
    "March 14, 2025\n"
    "\n"
    "A Lakeside man was arrested Tuesday and charged with labor trafficking after a tip "
    "to the National Human Trafficking Hotline, police said.\n"
    "\n"
    "Detectives said the tip led them to a house where four men were living in a garage. "
    "Officers left their business cards with neighbors and asked anyone with information "
    "to call the department.\n"
    "\n"
    "The man is being held at the county jail on $250,000 bail.\n"
)

NEGATIVE["arrest_story_closing_hotline"] = (
    "Sioux Valley Ledger\n"
    "Courts\n"
    "\n"
    "Motel manager sentenced in trafficking case\n"
    "\n"
    "By Nina Swenson\n"
    "May 2, 2025\n"
    "\n"
    "A motel manager was sentenced Monday to 12 years in prison for trafficking two "
    "women, prosecutors said. Detectives found the women after a housekeeper called "
    "police.\n"
    "\n"
    "Investigators placed the motel under surveillance for three weeks before the "
    "arrest, according to court records.\n"
    "\n"
    "The National Human Trafficking Hotline is 1-888-373-7888.\n"
)

NEGATIVE["hotline_statistics_story"] = (
    "Capitol Report\n"
    "News\n"
    "\n"
    "Calls to trafficking hotline from state rose last year\n"
    "\n"
    "By Tim Kovac\n"
    "Feb 2, 2025\n"
    "\n"
    "Calls to the National Human Trafficking Hotline from the state rose 18 percent last "
    "year, according to figures released by Polaris, the nonprofit that runs the "
    "hotline. The hotline, 1-888-373-7888, identified 61 cases in the state.\n"
    "\n"
    "State Police Capt. Ann Dill said the figures likely undercount the problem.\n"
)

NEGATIVE["bill_would_require_cards"] = (
    "Statehouse News\n"
    "Legislature\n"
    "\n"
    "Bill would put trafficking hotline cards at truck stops\n"
    "\n"
    "By Kara Lund\n"
    "Jan 22, 2025\n"
    "\n"
    "A bill heard Tuesday in the Senate Transportation Committee would require truck "
    "stops to post placards with the National Human Trafficking Hotline number, "
    "1-888-373-7888. Under the bill, troopers would hand out cards to drivers at weigh "
    "stations.\n"
    "\n"
    "The committee did not vote on the measure.\n"
)

NEGATIVE["other_subject_effort_trafficking_line_close"] = (
    "Lake Country Observer\n"
    "Outdoors\n"
    "\n"
    "Deputies hand out boating safety cards at the ramps\n"
    "\n"
    "By Mia Holt\n"
    "July 3, 2025\n"
    "\n"
    "Marine deputies from the Oakland County Sheriff's Office spent the holiday weekend "
    "at boat ramps on Cass Lake, where they left cards on life jackets and boating under "
    "the influence with boaters.\n"
    "\n"
    "Sheriff Mike Bouchard said life jackets save lives. Deputies will be at the ramps "
    "again on Labor Day weekend.\n"
    "\n"
    "Human trafficking happens here too. Report tips to the National Human Trafficking "
    "Hotline, 1-888-373-7888.\n"
)

NEGATIVE["oped_urging_sheriffs_cards"] = (
    "Opinion: Our sheriffs should put the hotline in every motel\n"
    "\n"
    "By Karen Dale\n"
    "\n"
    "Every sheriff in this state could do something simple tomorrow: deputies should "
    "leave cards at every motel front desk and truck stop with the number of the "
    "National Human Trafficking Hotline, 1-888-373-7888.\n"
    "\n"
    "Deputies could hand out cards to drivers at weigh stations, too. It would cost "
    "little.\n"
    "\n"
    "Karen Dale is a retired nurse who volunteers with a shelter in Joplin.\n"
)

NEGATIVE["oped_wish_officers_ought"] = (
    "Guest column: Put the trafficking number where workers can see it\n"
    "\n"
    "By Frank Ruiz\n"
    "\n"
    "Our police officers ought to be leaving cards with the National Human Trafficking "
    "Hotline, 1-888-373-7888, at every farm labor camp in the county. They have not.\n"
    "\n"
    "The author is a farmworker organizer in Salinas.\n"
)

NEGATIVE["arrest_sting_detectives_placed_ad"] = (
    "Tri-County Times\n"
    "Crime\n"
    "\n"
    "Eight arrested in prostitution sting\n"
    "\n"
    "By Jay Morrow\n"
    "April 4, 2025\n"
    "\n"
    "Detectives from the Marion County Sheriff's Office placed ads on a classified "
    "website and arrested eight men who answered them, the sheriff said Thursday. Three "
    "of the men were charged with attempted trafficking of a minor.\n"
    "\n"
    "Investigators said anyone with information about trafficking can call the National "
    "Human Trafficking Hotline at 1-888-373-7888.\n"
)

NEGATIVE["ngo_lead_office_printed_volunteers_left"] = (
    "Greenfield Recorder-Tribune\n"
    "Community\n"
    "\n"
    "Church group takes hotline cards to motels\n"
    "\n"
    "By Sarah Kemp\n"
    "Sept 18, 2025\n"
    "\n"
    "Volunteers from St. Anne's Church outreach ministry left cards at 15 motels along "
    'Route 2 on Saturday. The cards, paid for by the church, read: "Need help? Call '
    '1-888-373-7888."\n'
    "\n"
    "Police Chief Dan Ryan said officers are glad to see the volunteers out.\n"
)

NEGATIVE["new_law_troopers_will_place_signs"] = (
    "State Capital Wire\n"
    "Legislature\n"
    "\n"
    "New law puts trafficking signs at weigh stations\n"
    "\n"
    "By Bo Lindqvist\n"
    "July 1, 2025\n"
    "\n"
    "Under a new state law that takes effect today, troopers will place signs with the "
    "National Human Trafficking Hotline, 1-888-373-7888, at every weigh station. The law "
    "requires the signs in English and Spanish.\n"
    "\n"
    "Lawmakers passed the bill unanimously in March.\n"
)

NEGATIVE["other_subject_burglary_cards_trafficking_close"] = (
    "Maple Valley Voice\n"
    "Local\n"
    "\n"
    "Deputies leave break-in prevention cards at cabins\n"
    "\n"
    "By Alice Ford\n"
    "Oct 14, 2025\n"
    "\n"
    "Deputies from the Oneida County Sheriff's Office spent the weekend leaving cards at "
    "seasonal cabins around Rhinelander after a string of break-ins. The cards remind "
    "owners to lock sheds and record serial numbers.\n"
    "\n"
    "Sheriff Grady Hartman said the office will keep up extra patrols through November.\n"
    "\n"
    "Human trafficking happens here too. Report tips to the National Human Trafficking "
    "Hotline, 1-888-373-7888.\n"
)

NEGATIVE["arrest_officers_left_business_cards"] = (
    "Lakeland Sentinel-Post\n"
    "Crime\n"
    "\n"
    "Two charged in massage parlor trafficking case\n"
    "\n"
    "By Tess Moran\n"
    "Jan 9, 2026\n"
    "\n"
    "Two people were charged Thursday with human trafficking after a raid at a massage "
    "business on Route 9, police said. Officers arrested the pair and left their "
    "business cards with three women found inside.\n"
    "\n"
    "The case was referred to the district attorney. The National Human Trafficking "
    "Hotline is 1-888-373-7888.\n"
)

NEGATIVE["bill_deputies_would_leave_cards"] = (
    "Statehouse Bureau\n"
    "Politics\n"
    "\n"
    "Senator wants deputies to carry trafficking cards\n"
    "\n"
    "By Glen Ortiz\n"
    "Feb 11, 2026\n"
    "\n"
    "A bill filed Monday by Sen. Ruth Alder would require sheriffs to print cards with "
    "the National Human Trafficking Hotline, 1-888-373-7888. Under the proposal, "
    "deputies would leave the cards at every motel in the county.\n"
    "\n"
    "The bill has been referred to the Judiciary Committee.\n"
)


#: The positives main read as no outreach effort, with the act each is read by (the
#: `outreach_visit` evidence).
READ_BY_THE_ACT = {
    "coos_logging_camps_colon_card": "hand out something most crew bosses",
    "somerset_farms_no_digits": "left cards",
    "officers_put_up_flyers_hotline_described": "put up flyers",
    "corporal_left_magnets_motels": "brings trafficking magnets",
}

#: Negatives main and this branch both read as campaigns (office detection, not this reading):
#: "county" as the modifier of a place ("at the county fair", "Tri-County Times") read as a
#: county acting, and a sting's bait ads read as ads of a PSA. Left for a later round.
# (round 56: "the county fair" names the fair, no county government acting, so the student
# club's cards are no office's effort: that guard now holds)
BOTH_WRONG = {"arrest_sting_detectives_placed_ad"}


@pytest.mark.parametrize("name", sorted(POSITIVE))
def test_an_offices_effort_told_by_a_reporter_promotes_the_hotline(name: str) -> None:
    coding = code_text(POSITIVE[name])
    assert coding.promotes_hotline and coding.campaign, name
    assert not coding.footer_only
    if name in READ_BY_THE_ACT:
        quotes = [e["quote"] for e in coding.evidence if e["value"] == "outreach_visit"]
        assert quotes and READ_BY_THE_ACT[name] in quotes[0], quotes


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(reason="office detection; both branches True"))
        if n in BOTH_WRONG
        else n
        for n in sorted(NEGATIVE)
    ],
)
def test_guard_near_misses_stay_negative(name: str) -> None:
    coding = code_text(NEGATIVE[name])
    assert not coding.promotes_hotline, name


def _handout(text: str) -> str | None:
    a = Analysis(text)
    cues = [c for c in a.campaign_cues if c.name == "office_handout"]
    return a.low[cues[0].start : cues[0].end] if cues else None


FIRES = [
    (
        'Deputies left cards at 14 sporting camps. Each card reads, "Call 1-888-373-7888."',
        "left cards",
    ),
    (
        "GREENVILLE - Piscataquis County Sheriff's deputies have spent the past month driving "
        "logging roads to hand out something few have seen: a card with the number of the National "
        "Human Trafficking Hotline.",
        "hand out something few have seen: a card",
    ),
    (
        'Cpl. Jo Hill has left magnets in 35 motels. The magnets say, "Call 1-888-373-7888."',
        "left magnets",
    ),
    (
        "The sheriff handed drivers a card listing the National Human Trafficking Hotline, "
        "1-888-373-7888.",
        "handed drivers a card",
    ),
    (
        "Officers with the Lee Police Department dropped off flyers at 40 motels. The flyers "
        "give the human trafficking hotline number.",
        "dropped off flyers",
    ),
    (
        "About 2,000 cards were left at motels last week by Kerr County deputies. The cards "
        "give the National Human Trafficking Hotline, 1-888-373-7888.",
        "cards were left at motels last week by kerr county deputies",
    ),
]


@pytest.mark.parametrize(("text", "act"), FIRES)
def test_the_offices_people_handing_out_an_artefact_is_an_outreach_visit(
    text: str, act: str
) -> None:
    assert _handout(text) == act


NOT_FIRES = [
    # a wish, a duty, what a measure or law says
    "Deputies should leave cards with the National Human Trafficking Hotline at every motel.",
    "The department of transportation shall post signs at each rest area giving the National "
    "Human Trafficking Hotline, 1-888-373-7888.",
    "Under the bill, troopers would hand out cards with the human trafficking hotline number.",
    "The governor signed a law requiring airports to post signs with the National Human "
    "Trafficking Hotline, 1-888-373-7888.",
    # a page's printable copy, an officer's own business card
    "The Department of Gaming has posted a printable sign below with the human trafficking "
    "hotline.",
    "Officers arrested the pair and left their business cards with three women. The National "
    "Human Trafficking Hotline is 1-888-373-7888.",
    # a group's people, another subject's message
    "Volunteers and deputies handed out cards with the human trafficking hotline number.",
    "Deputies left cards at seasonal cabins after a string of break-ins.\n\nHuman trafficking "
    "happens here too. Call 1-888-373-7888.",
]


@pytest.mark.parametrize("text", NOT_FIRES)
def test_guard_no_outreach_visit_from_a_wish_a_duty_a_group_or_another_subject(text: str) -> None:
    assert _handout(text) is None


def test_the_handout_table_generates_the_forms_of_each_frame() -> None:
    from hotline_watch.coding.lemmas import lemma_forms
    from hotline_watch.coding.outreach import _HANDOUT_FRAME_SLOTS, _HANDOUT_LEMMAS

    active = set(lemma_forms(_HANDOUT_LEMMAS, "a", _HANDOUT_FRAME_SLOTS))
    passive = set(lemma_forms(_HANDOUT_LEMMAS, "p", _HANDOUT_FRAME_SLOTS))
    assert {"left", "leaving", "dropped off", "handed out", "put up", "tucked", "printed"} <= active
    assert {"left", "handed out", "distributed", "placed", "posted", "given"} <= passive
    # bringing, taking and stocking have no passive with the office's people as agent here
    assert "brought" not in passive and "taken" not in passive
