"""Round 48 (issue 14zw-footer): an office's release about another subject (a season's safety
reminders, a traffic advisory, a closure, a new chief) whose trafficking line is its closing
paragraph, above the release's own close: its end marker ("###", "-30-"), its contact block
("Media contact: ..."), the site's chrome ("Follow us on ...", "Share this page") or the office's
boilerplate ("About the Department of ..."). The release's topic is read from its headline, lead
and body, not from its last line: the closing line is a footer (promotes False, campaign False,
footer True). Guards: campaigns whose hotline comes last (an awareness month, a training,
traffickers at the fair, a posting reminder, cards handed out) stay campaigns."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

_FOOTER = (False, False, True)
_CAMPAIGN = (True, True, False)

_CASES = [
    (
        "fire_burn_ban_hash",
        "https://www.examplecounty.gov/fire/news/burn-ban",
        (
            "Example County | Fire Marshal | News\n\n"
            "County Fire Marshal Issues Burn Ban Ahead of Dry Weekend\n\n"
            "March 3, 2025\n\n"
            "The Example County Fire Marshal's Office has issued a countywide burn ban "
            "beginning Friday because of low humidity and high winds.\n\n"
            "Open burning, including yard debris and campfires, is prohibited until further "
            "notice. Violators may be fined up to $500.\n\n"
            "To report an illegal burn, call the non-emergency line at 555-210-4400.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "###\n"
            "Example County Fire Marshal's Office | 12 Main Street, Exampleton\n"
        ),
        _FOOTER,
    ),
    (
        "sheriff_fireworks_dash30",
        "https://www.examplecounty.gov/sheriff/news/fireworks",
        (
            "Example County Sheriff | Home | Jail | News\n\n"
            "Sheriff's Office Reminds Residents of Fireworks Rules\n\n"
            "March 3, 2025\n\n"
            "With Independence Day approaching, the Example County Sheriff's Office is "
            "reminding residents that aerial fireworks are prohibited in unincorporated "
            "areas.\n\n"
            "- Use only legal fireworks.\n"
            "- Keep a bucket of water nearby.\n"
            "- Never let children light fireworks.\n\n"
            "Deputies will patrol neighborhoods on July 4.\n\n"
            "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n\n"
            "-30-\n"
        ),
        _FOOTER,
    ),
    (
        "police_halloween_media_contact",
        "https://www.examplecity.gov/police/news/halloween-safety",
        (
            "City of Exampleton Police Department\n\n"
            "Halloween Safety Tips from the Exampleton Police Department\n\n"
            "March 3, 2025\n\n"
            "The Exampleton Police Department wants everyone to have a safe Halloween and is "
            "sharing tips for trick-or-treaters and drivers.\n\n"
            "Drivers should slow down in neighborhoods between 5 and 9 p.m. Children should "
            "carry a flashlight and stay in groups.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "Media contact: Sgt. Dana Ortiz, Public Information Officer, 555-301-2200\n"
        ),
        _FOOTER,
    ),
    (
        "dot_road_closure_about",
        "https://www.dot.example.gov/news/bridge-closure",
        (
            "Example Department of Transportation | Newsroom\n\n"
            "Route 9 Bridge to Close for Repairs\n\n"
            "March 3, 2025\n\n"
            "The Example Department of Transportation will close the Route 9 bridge over the "
            "Green River for deck repairs from April 1 to May 15.\n\n"
            "Detours will be posted. Drivers should allow extra travel time. For traffic "
            "updates, call 511.\n\n"
            "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n\n"
            "About the Example Department of Transportation:\n"
            "The department maintains 12,000 miles of state highways.\n"
        ),
        _FOOTER,
    ),
    (
        "health_heat_advisory_share",
        "https://health.example.gov/news/heat-advisory",
        (
            "Example Department of Health | News\n\n"
            "Health Department Urges Precautions During Heat Wave\n\n"
            "March 3, 2025\n\n"
            "The Example Department of Health is urging residents to take precautions as "
            "temperatures are expected to exceed 100 degrees this week.\n\n"
            "Cooling centers are open at all county libraries. Check on elderly neighbors "
            "and never leave children or pets in parked cars.\n\n"
            "For a list of cooling centers, call 211.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "###\n"
            "Share this page: Facebook | Twitter | Email\n"
            "© 2025 Example Department of Health\n"
        ),
        _FOOTER,
    ),
    (
        "ag_scam_alert_hash",
        "https://www.ag.example.gov/news/utility-scam",
        (
            "Office of the Attorney General | Press Releases\n\n"
            "Attorney General Warns of Utility Shut-off Scam\n\n"
            "March 3, 2025\n\n"
            "Attorney General Pat Lee is warning residents about callers who pose as utility "
            "workers and demand payment by gift card.\n\n"
            "Utilities never demand payment by gift card. Hang up and call your utility at "
            "the number on your bill. Consumers can file a complaint at 1-800-555-0199.\n\n"
            "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n\n"
            "###\n"
            "Contact: Press Office, 555-555-0100\n"
        ),
        _FOOTER,
    ),
    (
        "county_parks_two_lines_then_hash",
        "https://www.examplecounty.gov/parks/news/summer-hours",
        (
            "Example County Parks | News\n\n"
            "County Parks Announce Summer Hours and Pool Openings\n\n"
            "March 3, 2025\n\n"
            "Example County Parks and Recreation will open its three public pools on "
            "Memorial Day weekend and extend park hours until 9 p.m.\n\n"
            "Pool passes are on sale at the parks office. Lifeguards are on duty at every "
            "pool during open hours.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888.\n"
            "You can also text 233733.\n\n"
            "###\n"
            "Example County Parks and Recreation | 55 Lake Road\n"
        ),
        _FOOTER,
    ),
    (
        "police_new_chief_hash",
        "https://www.examplecity.gov/police/news/new-chief",
        (
            "Exampleton Police | News\n\n"
            "City Names New Police Chief\n\n"
            "March 3, 2025\n\n"
            "Mayor Jordan Reyes today named Captain Lee Chen as the next chief of the "
            "Exampleton Police Department.\n\n"
            "Chen joined the department in 2004 and has led its patrol division since 2019. "
            "She will be sworn in on June 2.\n\n"
            "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n\n"
            "###\n"
            "Exampleton Police Department | 300 Center Street\n"
        ),
        _FOOTER,
    ),
    (
        "schools_traffic_back_to_school",
        "https://www.examplecounty.gov/sheriff/news/back-to-school",
        (
            "Example County Sheriff's Office | News\n\n"
            "Deputies Remind Drivers: School Zones Are Back in Effect\n\n"
            "March 3, 2025\n\n"
            "Classes resume Monday, and the Example County Sheriff's Office is reminding "
            "drivers that school zone speed limits are back in effect.\n\n"
            "Deputies will be in school zones each morning and afternoon. Passing a stopped "
            "school bus carries a $675 fine.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "###\n"
            "Media contact: Lt. Sam Ward, 555-888-1200\n"
        ),
        _FOOTER,
    ),
    (
        "housing_code_closure_hash",
        "https://www.examplecity.gov/code/news/motel-closure",
        (
            "Exampleton Code Enforcement | News\n\n"
            "City Orders Closure of Unsafe Motel on Route 1\n\n"
            "March 3, 2025\n\n"
            "The Exampleton Code Enforcement Division today ordered the Starlite Motel on "
            "Route 1 closed after inspectors found fire code violations.\n\n"
            "Inspectors found blocked exits, missing smoke detectors and exposed wiring. "
            "Guests were relocated with help from the Red Cross.\n\n"
            "To report a code violation, call 555-777-3100.\n\n"
            "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n\n"
            "###\n"
            "City of Exampleton | 1 City Hall Plaza\n"
        ),
        _FOOTER,
    ),
    (
        "winter_storm_footer_line_after_address",
        "https://www.examplecounty.gov/em/news/winter-storm",
        (
            "Example County Emergency Management | News\n\n"
            "Emergency Management Prepares for Winter Storm\n\n"
            "March 3, 2025\n\n"
            "Example County Emergency Management is urging residents to prepare for a winter "
            "storm expected to bring up to 10 inches of snow on Tuesday.\n\n"
            "Stock up on food, water and medications. Keep phones charged. Report downed "
            "power lines to Example Power at 1-800-555-0142.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "###\n"
        ),
        _FOOTER,
    ),
    (
        "dmv_hours_no_marker",
        "https://www.dmv.example.gov/news/holiday-hours",
        (
            "Example Division of Motor Vehicles | News\n\n"
            "DMV Offices Closed for the Holiday\n\n"
            "March 3, 2025\n\n"
            "All Example DMV offices will be closed on Monday, January 20, for Martin Luther "
            "King Jr. Day.\n\n"
            "Online services remain available. Offices reopen Tuesday at 8 a.m.\n\n"
            "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n\n\n"
        ),
        _FOOTER,
    ),
    (
        "sheriff_boat_media_contact_no_hash",
        "https://www.examplecounty.gov/sheriff/news/lake-patrol",
        (
            "Example County Sheriff | News\n\n"
            "Lake Patrol Begins Weekend Enforcement\n\n"
            "March 3, 2025\n\n"
            "The Example County Sheriff's Office Lake Patrol will begin weekend enforcement "
            "on Lake Example on Saturday.\n\n"
            "Deputies will check life jackets and boat registrations. Boating under the "
            "influence is illegal.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "For more information, contact Deputy Kim Lowe at 555-401-2020.\n"
        ),
        _FOOTER,
    ),
    (
        "ag_settlement_footer_hash",
        "https://www.ag.example.gov/news/car-dealer-settlement",
        (
            "Attorney General | News\n\n"
            "Attorney General Reaches Settlement with Used Car Dealer\n\n"
            "March 3, 2025\n\n"
            "Attorney General Pat Lee today announced a $250,000 settlement with Ace Auto "
            "Sales over hidden fees.\n\n"
            "Consumers who bought a car from Ace Auto between 2021 and 2023 may be eligible "
            "for a refund. Call the Consumer Protection Division at 1-800-555-0199.\n\n"
            "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n\n"
            "###\n"
            "Media Contact: Press Office\n"
        ),
        _FOOTER,
    ),
    (
        "police_nye_patrols_about_dept",
        "https://www.examplecity.gov/police/news/new-years-eve",
        (
            "Exampleton Police | Newsroom\n\n"
            "Extra Patrols on New Year's Eve\n\n"
            "March 3, 2025\n\n"
            "The Exampleton Police Department will add patrols on New Year's Eve to stop "
            "impaired drivers.\n\n"
            "Plan a sober ride home. Call 911 to report an impaired driver.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "About the Exampleton Police Department\n"
            "The department serves 80,000 residents.\n"
        ),
        _FOOTER,
    ),
    (
        "fair_traffic_hotline_then_social",
        "https://www.examplecounty.gov/sheriff/news/county-fair-traffic",
        (
            "Example County Sheriff | News\n\n"
            "County Fair Traffic Advisory\n\n"
            "March 3, 2025\n\n"
            "The Example County Fair opens Wednesday, and the Example County Sheriff's "
            "Office will direct traffic at the fairgrounds entrances.\n\n"
            "Expect delays on Fair Road between 4 and 8 p.m. Use the north lots and do not "
            "park on the shoulder.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "Follow us on Facebook and X for updates.\n"
            "###\n"
        ),
        _FOOTER,
    ),
    (
        "awareness_month_hash",
        "https://www.examplecounty.gov/sheriff/news/january-awareness",
        (
            "Example County Sheriff | News\n\n"
            "Sheriff's Office Marks Human Trafficking Prevention Month\n\n"
            "March 3, 2025\n\n"
            "January is National Human Trafficking Prevention Month, and the Example County "
            "Sheriff's Office is asking residents to learn the signs of trafficking.\n\n"
            "Deputies will share information on social media all month and visit truck stops "
            "along Interstate 80 with wallet cards.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "###\n"
            "Example County Sheriff's Office | 1 Court Street\n"
        ),
        _CAMPAIGN,
    ),
    (
        "training_hash",
        "https://www.examplecounty.gov/health/news/hotel-training",
        (
            "Example County Health | News\n\n"
            "Health Department Trains Hotel Staff to Recognize Human Trafficking\n\n"
            "March 3, 2025\n\n"
            "The Example County Health Department trained 120 hotel and motel employees this "
            "week to recognize the signs of human trafficking.\n\n"
            "The free sessions covered what to look for at the front desk and in "
            "housekeeping, and how to report.\n\n"
            "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n\n"
            "###\n"
            "Media contact: Jo Park, 555-410-3300\n"
        ),
        _CAMPAIGN,
    ),
    (
        "fair_traffickers_target_hash",
        "https://www.examplecounty.gov/sheriff/news/fair-safety",
        (
            "Example County Sheriff | News\n\n"
            "Sheriff Shares Safety Tips for the County Fair\n\n"
            "March 3, 2025\n\n"
            "The Example County Fair opens Thursday, and the Example County Sheriff's Office "
            "is sharing safety tips with fairgoers.\n\n"
            "Traffickers target fairgoers, especially teenagers, at large events. Deputies "
            "will hand out cards at the gates explaining the signs of human trafficking and "
            "how to get help.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "###\n"
            "Example County Sheriff's Office\n"
        ),
        _CAMPAIGN,
    ),
    (
        "posting_reminder_hash",
        "https://www.labor.example.gov/news/posting-reminder",
        (
            "Example Department of Labor | News\n\n"
            "Labor Department Reminds Businesses to Post Human Trafficking Notice\n\n"
            "March 3, 2025\n\n"
            "The Example Department of Labor is reminding hotels, truck stops and bars that "
            "state law requires them to post the human trafficking hotline notice.\n\n"
            "The notice can be downloaded free from the department's website in English and "
            "Spanish.\n\n"
            "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n\n"
            "###\n"
            "Example Department of Labor | Press Office\n"
        ),
        _CAMPAIGN,
    ),
    (
        "billboards_media_contact",
        "https://www.ag.example.gov/news/billboards",
        (
            "Attorney General | News\n\n"
            "Attorney General Unveils Anti-Trafficking Billboards\n\n"
            "March 3, 2025\n\n"
            "Attorney General Pat Lee today unveiled 40 billboards along the state's "
            "interstates urging victims of human trafficking to call for help.\n\n"
            "The billboards, in English and Spanish, will stay up through the summer.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "Media contact: Press Office, 555-555-0100\n"
        ),
        _CAMPAIGN,
    ),
    (
        "awareness_day_about_office",
        "https://www.examplecity.gov/police/news/wear-blue",
        (
            "Exampleton Police | News\n\n"
            "Police Department Wears Blue for Human Trafficking Awareness Day\n\n"
            "March 3, 2025\n\n"
            "Officers of the Exampleton Police Department will wear blue on January 11 to "
            "raise awareness of human trafficking.\n\n"
            "The department will also post the signs of trafficking on its social media "
            "pages throughout the week.\n\n"
            "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n\n"
            "About the Exampleton Police Department\n"
            "The department serves 80,000 residents.\n"
        ),
        _CAMPAIGN,
    ),
    (
        "truck_stop_outreach_dash30",
        "https://www.statepolice.example.gov/news/truck-stop-outreach",
        (
            "Example State Police | News\n\n"
            "Troopers Visit Truck Stops to Fight Human Trafficking\n\n"
            "March 3, 2025\n\n"
            "Troopers from the Example State Police visited 25 truck stops along Interstate "
            "70 this week to talk with drivers about human trafficking.\n\n"
            "They left posters and wallet cards with the hotline number at each stop.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "-30-\n"
        ),
        _CAMPAIGN,
    ),
    (
        "fair_booth_body_hash",
        "https://www.examplecounty.gov/sheriff/news/fair-booth",
        (
            "Example County Sheriff | News\n\n"
            "Visit the Sheriff's Office Booth at the County Fair\n\n"
            "March 3, 2025\n\n"
            "The Example County Sheriff's Office will have a booth in the exhibit hall "
            "during the county fair.\n\n"
            "Deputies at the booth will give out child ID kits and information about human "
            "trafficking, including wallet cards with the hotline number.\n\n"
            "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n\n"
            "###\n"
            "Example County Sheriff's Office\n"
        ),
        _CAMPAIGN,
    ),
    (
        "campus_training_share",
        "https://www.exampleu.edu/police/news/trafficking-training",
        (
            "Example State University Police | News\n\n"
            "University Police Train Resident Assistants on Human Trafficking\n\n"
            "March 3, 2025\n\n"
            "Example State University Police trained 80 resident assistants on how to "
            "recognize and report human trafficking.\n\n"
            "The training is part of the department's annual awareness effort during "
            "January.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "###\n"
            "Share: Facebook | X | Email\n"
        ),
        _CAMPAIGN,
    ),
    (
        "hotel_outreach_two_lines",
        "https://www.examplecity.gov/police/news/hotel-outreach",
        (
            "Exampleton Police | News\n\n"
            "Police Visit Hotels During Human Trafficking Awareness Month\n\n"
            "March 3, 2025\n\n"
            "Officers from the Exampleton Police Department visited 30 hotels this week to "
            "share information on human trafficking with front-desk staff.\n\n"
            "Each hotel received posters for staff break rooms.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888.\n"
            "You can also text 233733.\n\n"
            "###\n"
            "Exampleton Police Department\n"
        ),
        _CAMPAIGN,
    ),
    (
        "sporting_event_traffickers_hash",
        "https://www.examplecity.gov/police/news/big-game",
        (
            "Exampleton Police | News\n\n"
            "Police Prepare for Championship Weekend\n\n"
            "March 3, 2025\n\n"
            "The Exampleton Police Department is preparing for more than 70,000 visitors for "
            "this weekend's championship game.\n\n"
            "Large events draw traffickers. Officers have trained hotel and rideshare "
            "workers to spot the signs of human trafficking, and posters with the hotline "
            "are up at the stadium.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "###\n"
            "Exampleton Police Department | 300 Center Street\n"
        ),
        _CAMPAIGN,
    ),
    (
        "ag_awareness_psa_media_contact",
        "https://www.ag.example.gov/news/psa",
        (
            "Attorney General | News\n\n"
            "Attorney General Launches Statewide Public Service Campaign\n\n"
            "March 3, 2025\n\n"
            "Attorney General Pat Lee today launched a statewide public service campaign on "
            "radio and television to help residents recognize human trafficking.\n\n"
            "The spots will air through March in English and Spanish.\n\n"
            "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n\n"
            "###\n"
            "Media contact: Press Office, 555-555-0100\n"
        ),
        _CAMPAIGN,
    ),
    (
        "health_dept_wallet_cards_no_marker",
        "https://health.example.gov/news/wallet-cards",
        (
            "Example Department of Health | News\n\n"
            "Health Department Distributes Human Trafficking Wallet Cards to Clinics\n\n"
            "March 3, 2025\n\n"
            "The Example Department of Health has printed 50,000 wallet cards on human "
            "trafficking for its county clinics.\n\n"
            "Nurses will give the cards to patients who may be at risk.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n\n"
        ),
        _CAMPAIGN,
    ),
    (
        "transit_campaign_hash",
        "https://www.transit.example.gov/news/campaign",
        (
            "Example Transit Authority | News\n\n"
            "Transit Authority Launches Anti-Trafficking Ads on Buses\n\n"
            "March 3, 2025\n\n"
            "The Example Transit Authority launched an ad campaign on 200 buses and at rail "
            "stations to raise awareness of human trafficking.\n\n"
            "The ads show the signs of trafficking and how to report it.\n\n"
            "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n\n"
            "###\n"
            "Example Transit Authority | Media Relations\n"
        ),
        _CAMPAIGN,
    ),
    (
        "coat_drive_media_contact",
        None,
        (
            "Deputies hand out winter coats at the fairgrounds\n\n"
            "ASHFORD - The Orrin County Sheriff's Office thanks the families and businesses "
            "who donated to its winter coat drive. Deputies collected 640 coats, hats and "
            "pairs of gloves at the courthouse and the two substations.\n\n"
            "The coats were handed out Saturday at the fairgrounds, with the county "
            "extension office measuring children for boots. Sheriff Lena Voss said the line "
            "formed before sunrise.\n\n"
            '"Nobody in this county should go to school cold," Voss said.\n\n'
            "To report suspected human trafficking, call 1-888-373-7888.\n\n"
            "Media contact: Lt. Ray Dunn, public information officer.\n"
        ),
        _FOOTER,
    ),
    (
        "slogan_footer_hash",
        "https://www.examplecounty.gov/sheriff/news/k9-retires",
        (
            "Example County Sheriff | News\n\n"
            "Sheriff's Office K-9 Bruno Retires After Nine Years\n\n"
            "March 3, 2025\n\n"
            "The Example County Sheriff's Office is celebrating the retirement of K-9 Bruno, "
            "who served the county for nine years.\n\n"
            "Bruno took part in more than 400 searches and will live with his handler, "
            "Deputy Alex Moore.\n\n"
            "Know the signs. Report human trafficking: National Human Trafficking Hotline, "
            "1-888-373-7888.\n\n"
            "###\n"
            "Example County Sheriff's Office | 1 Court Street\n"
        ),
        _FOOTER,
    ),
    (
        "fair_cards_handed_no_traffick_word_body",
        "https://www.examplecounty.gov/sheriff/news/fair-wrapup",
        (
            "Example County Sheriff | News\n\n"
            "Sheriff's Office Wraps Up County Fair Week\n\n"
            "March 3, 2025\n\n"
            "The Example County Sheriff's Office thanks fairgoers for a safe county fair "
            "week.\n\n"
            "Deputies handed out 2,000 wallet cards with the hotline number at the fair's "
            "gates and at the sheriff's booth.\n\n"
            "If you suspect human trafficking, call the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733.\n\n"
            "###\n"
            "Example County Sheriff's Office\n"
        ),
        _CAMPAIGN,
    ),
]


@pytest.mark.parametrize(("name", "url", "text", "expected"), _CASES, ids=[c[0] for c in _CASES])
def test_closing_trafficking_line_of_a_release(
    name: str, url: str | None, text: str, expected: tuple[bool, bool, bool]
) -> None:
    coding = code_text(text, url=url)
    assert (coding.promotes_hotline, coding.campaign, coding.footer_only) == expected, name


def test_the_audit_holds_both_sides() -> None:
    assert sum(c[3] == _FOOTER for c in _CASES) >= 15
    assert sum(c[3] == _CAMPAIGN for c in _CASES) >= 15
