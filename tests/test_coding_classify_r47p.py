"""Round 47 (issue 14zv-promotes): who speaks and campus / institution staff trainings, the
round's own wordings (from no labelled set). Each case gives (promotes_hotline, campaign,
footer_only). Cases marked FAILS_ON_MAIN were coded wrong by the engine before the round; the
others are guards (both sides of each class) that the engine before the round already coded
right and that must stay right."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

CASES = [
    pytest.param(
        "https://www.example.org/homestead-farmworker-women/services",
        (
            "Services\n\nOutreach in the fields\n\nTrained women from our community visit "
            "nurseries and packing houses in south Miami-Dade every week. We bring water, "
            "sunscreen and cards in Spanish, Haitian Creole and Q'anjob'al that explain "
            "wage rights and the signs of labor trafficking. If a boss holds your papers "
            "or says you owe a debt you cannot pay, call us at 305-555-0142 or the "
            "National Human Trafficking Hotline at 1-888-373-7888.\n\nLeadership school\n\nOur "
            "twelve-week course trains farmworker women as community health promoters."
        ),
        (False, False, False),
        id="N1-guard-collective-services-we",
    ),
    pytest.param(
        "https://www.mujeresdelcampo.org/about",
        (
            "Who we are\n\nMujeres del Campo is a collective of farmworker women in the "
            "Salinas Valley. Since 2009 our promotoras have gone door to door in labor "
            "camps and visited lettuce crews at lunch, handing out cards on workers' "
            "rights and human trafficking. Anyone who is being forced to work can call the "
            "National Human Trafficking Hotline at 1-888-373-7888 or text 233733."
        ),
        (False, False, False),
        id="N2-guard-about-us-who-we-are",
    ),
    pytest.param(
        None,
        (
            "FOR IMMEDIATE RELEASE\n\nHarvest Hope Launches Packing-House Outreach\n\nYAKIMA - "
            "Harvest Hope, a farmworker advocacy group, today announced that its "
            "volunteers will visit packing houses and orchard housing across the valley "
            "this fall to talk with workers about labor trafficking. Volunteers will hand "
            "out wallet cards with the National Human Trafficking Hotline, 1-888-373-7888. "
            '"Every worker should know there is help," said executive director Rosa Medina.'
        ),
        (False, False, False),
        id="N3-guard-nonprofit-release",
    ),
    pytest.param(
        "https://www.example.com/valley-news/2024/09/volunteers-cards",
        (
            "Volunteers bring trafficking hotline to orchard crews\n\nWENATCHEE - On a cold "
            "morning in September, volunteers with the Orchard Workers Alliance walked the "
            'rows of a pear orchard handing out cards. "We want every picker to know the '
            "number,\" said Ana Ruiz, who coordinates the alliance's outreach. The cards "
            "list the National Human Trafficking Hotline, 1-888-373-7888, in Spanish and "
            "English. The alliance plans to visit 40 orchards before the end of the "
            "harvest."
        ),
        (False, False, False),
        id="N4-guard-story-quoting-nonprofit",
    ),
    pytest.param(
        None,
        (
            "St. Joseph Parish Migrant Ministry\n\nEach Sunday after the Spanish Mass, our "
            "ministry team drives to the labor camps east of town to visit families and "
            "share information about safety and human trafficking. We leave a card with "
            "the National Human Trafficking Hotline (1-888-373-7888) in every house. "
            "Volunteers are welcome to join us."
        ),
        (False, False, False),
        id="N5-guard-church-outreach",
    ),
    pytest.param(
        "https://www.valleyfamilyclinic.org/outreach",
        (
            "Community Outreach\n\nOur promotoras visit nurseries, dairies and packing "
            "houses to offer free blood pressure checks and to talk about labor "
            "trafficking. Valley Family Clinic is a private community clinic serving "
            "farmworkers since 1987. If you or someone you know is being forced to work, "
            "call the National Human Trafficking Hotline at 1-888-373-7888."
        ),
        (False, False, False),
        id="N6-guard-clinic-promotoras",
    ),
    pytest.param(
        None,
        (
            "United Packinghouse Workers Local 12\n\nOur organizers visit every packing "
            "house in the county during the season. We talk with workers about their "
            "contracts, safety and the warning signs of labor trafficking, and we hand out "
            "cards with the National Human Trafficking Hotline, 1-888-373-7888. Call the "
            "union hall at 559-555-0190 to join."
        ),
        (False, False, False),
        id="N7-guard-union-organizers",
    ),
    pytest.param(
        None,
        (
            "Sunrise Growers Responsible Recruitment\n\nSunrise Growers, Inc. trains every "
            "crew leader on the signs of forced labor and human trafficking before the "
            "harvest begins. Our supervisors hand each seasonal worker a card in Spanish "
            "that lists the National Human Trafficking Hotline at 1-888-373-7888."
        ),
        (False, False, False),
        id="N8-guard-private-company",
    ),
    pytest.param(
        None,
        (
            "Students Against Trafficking Tabling Week\n\nThe Students Against Trafficking "
            "club is setting up tables in the student union all week. Members will hand "
            "out stickers and cards with the National Human Trafficking Hotline, "
            "1-888-373-7888, and talk with classmates about labor trafficking in campus "
            "job offers. The club meets Thursdays at 7 p.m."
        ),
        (False, False, False),
        id="N9-guard-student-club",
    ),
    pytest.param(
        None,
        (
            "Tri-County Anti-Trafficking Coalition\n\nOur outreach team visited 35 motels "
            "along Highway 99 last month, leaving posters and front desk cards with the "
            "National Human Trafficking Hotline, 1-888-373-7888. We also trained 80 "
            "housekeepers on the warning signs of trafficking."
        ),
        (False, False, False),
        id="N10-FAILS_ON_MAIN-coalition-visits",
    ),
    pytest.param(
        "https://www.example.org/farmworker-women/our-work",
        (
            "Our Work\n\nWe partner with the county sheriff's office and local growers so "
            "that our trained community leaders can visit nurseries and packing houses "
            "during working hours. At each visit we share know-your-rights cards. Anyone "
            "being forced to work can call us or the National Human Trafficking Hotline at "
            "1-888-373-7888."
        ),
        (False, False, False),
        id="N11-guard-nonprofit-page-partners-sheriff",
    ),
    pytest.param(
        None,
        (
            "About Us\n\nCampo Seguro was founded by farmworker women in 2012. Our mission "
            "is to end exploitation in the fields. Trained members of our community visit "
            "greenhouses and packing sheds to share information. Questions? Call us at "
            "772-555-0110. For human trafficking at any hour, call the National Human "
            "Trafficking Hotline at 1-888-373-7888."
        ),
        (False, False, False),
        id="N12-guard-nonprofit-visits-'about-us'-mission",
    ),
    pytest.param(
        None,
        (
            "Lopez Family Foundation funds farmworker outreach vans\n\nThe Lopez Family "
            "Foundation has given $50,000 to buy two outreach vans for farmworker "
            "advocates in Collier County. The advocates will visit packing houses and hand "
            "out cards with the National Human Trafficking Hotline, 1-888-373-7888. "
            "Sheriff Kevin Rambosk said the vans will help reach workers."
        ),
        (False, False, False),
        id="N13-guard-foundation-release-quoting-sheriff",
    ),
    pytest.param(
        None,
        (
            "Sheriff's Office Visits Packing Houses With Trafficking Hotline Cards\n\nThe "
            "Collier County Sheriff's Office is visiting nurseries and packing houses in "
            "Immokalee this month to talk with workers about labor trafficking. Deputies "
            "hand out cards in Spanish, Haitian Creole and Q'anjob'al with the National "
            "Human Trafficking Hotline, 1-888-373-7888. Workers can also text 233733."
        ),
        (True, True, False),
        id="P1-guard-sheriff-visits",
    ),
    pytest.param(
        "https://www.flhealth.gov/miami-dade/farmworker-outreach",
        (
            "Farmworker Outreach\n\nOur outreach nurses from the Department of Health in "
            "Miami-Dade County visit nurseries and packing houses in Homestead every week. "
            "We check blood pressure, talk about heat illness and share the warning signs "
            "of labor trafficking. If you or someone you know is being forced to work, "
            "call the National Human Trafficking Hotline at 1-888-373-7888."
        ),
        (True, True, False),
        id="P2-guard-county-health-dept-we-page",
    ),
    pytest.param(
        "https://www.ufl.edu/news/2024/10/victim-services-farmworkers",
        (
            "UF Office of Victim Services Takes Trafficking Hotline to Farmworkers\n\nThe "
            "University of Florida's Office of Victim Services visited three packing "
            "houses near Immokalee this week with Spanish and Creole cards listing the "
            "National Human Trafficking Hotline, 1-888-373-7888. Advocates talked with "
            "more than 150 workers."
        ),
        (True, True, False),
        id="P3-guard-public-university-office-visits",
    ),
    pytest.param(
        None,
        (
            "Deputies, Farmworker Women Visit Packing Houses\n\nThe Palm Beach County "
            "Sheriff's Office and Mujeres Unidas, a nonprofit farmworker women's group, "
            "visited six packing houses in Belle Glade on Tuesday. Deputies handed workers "
            "cards with the National Human Trafficking Hotline, 1-888-373-7888, and "
            "explained the signs of labor trafficking."
        ),
        (True, True, False),
        id="P4-guard-joint-sheriff-+-nonprofit-(office-acts)",
    ),
    pytest.param(
        None,
        (
            "Farmworker Women's Alliance joins health department on nursery visits\n\nThe "
            "Farmworker Women's Alliance, a nonprofit, is joining the Hillsborough County "
            "health department on visits to strawberry farms. Health department nurses "
            "give each worker a card with the National Human Trafficking Hotline, "
            "1-888-373-7888."
        ),
        (True, True, False),
        id="P5-guard-nonprofit-in-lead,-office-acts",
    ),
    pytest.param(
        "https://www.example.com/gazette/2024/09/sheriff-orchard-visits",
        (
            "Sheriff takes trafficking hotline to orchard crews\n\nYAKIMA - The Yakima "
            "County Sheriff's Office is visiting orchard housing this harvest to tell "
            "pickers about labor trafficking. Deputies leave a card with the National "
            "Human Trafficking Hotline, 1-888-373-7888, at every bunkhouse, Sheriff Robert "
            'Udell said. "We want every worker to know help is a phone call away," he said.'
        ),
        (True, True, False),
        id="P6-guard-news-story-of-sheriff-visits",
    ),
    pytest.param(
        "https://www.cityofimmokalee.gov/community-services/outreach",
        (
            "Community Outreach\n\nOur Community Services team visits labor camps and "
            "packing houses each season with cards in Spanish and Creole about workers' "
            "rights and labor trafficking. Call the National Human Trafficking Hotline at "
            "1-888-373-7888 or text 233733."
        ),
        (True, True, False),
        id="P7-guard-city-page-we-.gov",
    ),
    pytest.param(
        None,
        (
            "Immokalee Outreach Week\n\nThe Collier County Sheriff's Office will spend next "
            "week in the fields. Our deputies and victim advocates will visit nurseries "
            "and packing houses to talk about labor trafficking, and we will leave posters "
            "with the National Human Trafficking Hotline, 1-888-373-7888, in every break "
            "room."
        ),
        (True, True, False),
        id="P8-guard-sheriff-'we'-release",
    ),
    pytest.param(
        "https://www.uvm.edu/news/2025/02/staff-trafficking-training",
        (
            "Residence Life Staff Trained to Spot Trafficking\n\nBURLINGTON - The University "
            "of Vermont trained 140 residence life staff members this week to recognize "
            "the signs of human trafficking and exploitation. The session, led by the "
            "Title IX office and UVM Police Services, covered recruitment on social media, "
            "debt bondage in off-campus jobs and how to report concerns to campus police."
        ),
        (False, True, False),
        id="T1-FAILS_ON_MAIN-univ-res-life-no-hotline",
    ),
    pytest.param(
        "https://www.ccsd.k12.nv.us/news/2024/08/bus-driver-training",
        (
            "Bus Drivers Learn Signs of Human Trafficking\n\nClark County School District "
            "transportation staff completed human trafficking awareness training before "
            "the first day of school. More than 1,200 bus drivers and monitors learned how "
            "traffickers recruit students and what to do if they see warning signs on "
            "their routes: tell the dispatcher and the school resource officer."
        ),
        (False, True, False),
        id="T2-guard-school-district-bus-drivers-no-hotline",
    ),
    pytest.param(
        None,
        (
            "Harborview Trains Emergency Staff on Trafficking\n\nHarborview Medical Center, "
            "the public hospital owned by King County, has trained 300 emergency "
            "department nurses, physicians and social workers to recognize patients who "
            "may be victims of human trafficking. The training covers how to interview a "
            "patient alone and how to involve the hospital's social work team."
        ),
        (False, True, False),
        id="T3-guard-public-hospital-ER-staff-no-hotline",
    ),
    pytest.param(
        None,
        (
            "County Clerks Trained on Trafficking Red Flags\n\nThe Maricopa County Clerk of "
            "the Superior Court trained its marriage license and front counter clerks this "
            "month to spot red flags of human trafficking, such as a person who cannot "
            "speak for themselves or carry their own identification. Clerks were told to "
            "notify a supervisor and the sheriff's office."
        ),
        (False, True, False),
        id="T4-guard-county-clerks-no-hotline",
    ),
    pytest.param(
        "https://www.psu.edu/news/2024/09/dining-custodial-trafficking-training",
        (
            "Dining and custodial staff complete trafficking awareness training\n\nPenn "
            "State's Office of Ethics and Compliance and University Police trained more "
            "than 400 dining and custodial employees this fall on the signs of human "
            "trafficking and labor exploitation. Employees who see something concerning "
            "should call University Police."
        ),
        (False, True, False),
        id="T5-guard-state-univ-dining-custodial-no-hotline",
    ),
    pytest.param(
        "https://www.unr.edu/news/2024/08/ra-training",
        (
            "RAs Trained on Trafficking Warning Signs\n\nBefore move-in, the University of "
            "Nevada, Reno Police Services department held a training session on human "
            "trafficking for 90 resident assistants. Officers explained how traffickers "
            "use fake job offers and how RAs can report concerns to campus police or the "
            "Title IX office."
        ),
        (False, True, False),
        id="T6-guard-RAs-trained-by-campus-police-no-hotline",
    ),
    pytest.param(
        None,
        (
            "Bus Drivers Trained on Human Trafficking\n\nThe Fresno Unified School District "
            "trained 350 bus drivers this week to spot the signs of human trafficking "
            "among students. Each driver received a visor card with the National Human "
            "Trafficking Hotline, 1-888-373-7888, to keep on the bus."
        ),
        (True, True, False),
        id="T7-guard-school-district-bus-drivers-hotline",
    ),
    pytest.param(
        None,
        (
            "ER Staff Learn to Spot Trafficking Victims\n\nParkland Hospital, Dallas "
            "County's public hospital, has trained its emergency department staff on human "
            "trafficking. Nurses now carry badge cards with the National Human Trafficking "
            "Hotline, 1-888-373-7888, to share with patients."
        ),
        (True, True, False),
        id="T8-guard-county-hospital-ER-hotline",
    ),
    pytest.param(
        None,
        (
            "Clerk's Office Trains Staff, Posts Trafficking Hotline\n\nThe Hamilton County "
            "Clerk's Office trained all of its counter staff on the warning signs of human "
            "trafficking and put up posters with the National Human Trafficking Hotline, "
            "1-888-373-7888, in each of its three service centers."
        ),
        (True, True, False),
        id="T9-guard-county-clerks-hotline-posters",
    ),
    pytest.param(
        "https://www.unm.edu/news/2024/08/res-life-trafficking",
        (
            "Residence Life Staff Trained on Human Trafficking\n\nThe University of New "
            "Mexico's Title IX office and UNM Police trained 120 resident advisors and "
            "residence hall staff this week on the signs of human trafficking. Staff "
            "received cards with the National Human Trafficking Hotline, 1-888-373-7888, "
            "and the text line 233733."
        ),
        (True, True, False),
        id="T10-guard-state-univ-res-life-title-IX-hotline",
    ),
    pytest.param(
        None,
        (
            "County Custodial Staff Complete Trafficking Training\n\nSonoma County's General "
            "Services Department trained its custodial and maintenance crews this month on "
            "recognizing human trafficking in county buildings. The session covered signs "
            "such as a person who appears controlled by someone else."
        ),
        (False, True, False),
        id="T11-guard-county-trains-custodial-no-hotline",
    ),
    pytest.param(
        "https://www.uwyo.edu/news/2025/01/staff-trafficking",
        (
            "Staff Training on Human Trafficking\n\nThis January, our Residence Life and "
            "Dining Services teams completed a human trafficking awareness training with "
            "the Title IX Office and University of Wyoming Police Department. Staff "
            "learned to recognize signs of trafficking and to report concerns to UWPD."
        ),
        (False, True, False),
        id="T12-guard-public-univ-staff-training-release-'our'",
    ),
    pytest.param(
        None,
        (
            "Mercy Health Trains ER Staff on Human Trafficking\n\nMercy Health, a Catholic "
            "health care system, has trained more than 500 emergency department employees "
            "to identify patients who may be victims of human trafficking. The training "
            "teaches staff how to separate a patient from a companion and connect them "
            "with social work."
        ),
        (False, False, False),
        id="N14-guard-private-health-system-trains-ER",
    ),
    pytest.param(
        None,
        (
            "Coalition Trains Hotel Staff\n\nThe Central Valley Anti-Trafficking Coalition, "
            "a nonprofit, trained 60 hotel housekeepers and front desk clerks in Fresno "
            "this month on the signs of human trafficking. Each participant received a "
            "card with the National Human Trafficking Hotline, 1-888-373-7888."
        ),
        (False, False, False),
        id="N15-guard-nonprofit-coalition-trains-hotel-staff",
    ),
    pytest.param(
        "https://www.example.edu/news/2024/08/ra-training",
        (
            "RAs Trained on Human Trafficking\n\nThe Residence Life office at Saint Brendan "
            "College, a private Catholic college, trained 45 resident assistants this week "
            "on the signs of human trafficking and how to report concerns to the dean of "
            "students."
        ),
        (False, False, False),
        id="N16-FAILS_ON_MAIN-private-college-RAs-(no-police)",
    ),
    pytest.param(
        None,
        (
            "Greyline Coaches Trains Drivers on Trafficking\n\nGreyline Coaches LLC, a "
            "private charter bus company, trained all 200 of its drivers on spotting human "
            "trafficking among passengers. Drivers learned to note a passenger who seems "
            "controlled by a companion and to report to dispatch."
        ),
        (False, False, False),
        id="N17-guard-bus-company-trains-drivers",
    ),
    pytest.param(
        None,
        (
            "Police Department Monthly Update\n\nAll patrol officers completed annual "
            "firearms qualification and a refresher course in crisis intervention this "
            "month. Detectives also arrested a 34-year-old man on charges of human "
            "trafficking and promoting prostitution after a three-month investigation. He "
            "is held at the county jail on $500,000 bond."
        ),
        (False, False, False),
        id="N18-guard-own-officers-unrelated-training",
    ),
    pytest.param(
        "https://catalog.asu.edu/courses/cri/340",
        (
            "CRJ 340 Human Trafficking (3)\n\nExamines the scope of sex and labor "
            "trafficking in the United States and abroad, the laws that address it and the "
            "response of law enforcement and service providers. Students analyze case "
            "studies and victim identification. Prerequisite: CRJ 100. Fall, Spring."
        ),
        (False, False, False),
        id="N19-guard-course-catalogue",
    ),
    pytest.param(
        None,
        (
            "Western States Hospitality Association Annual Conference - Schedule\n\n8:00 "
            "a.m. Registration and breakfast\n9:00 a.m. Keynote: The Guest Experience in "
            "2025\n10:30 a.m. Breakout: Human trafficking awareness for front desk "
            "staff\n12:00 p.m. Lunch\n1:30 p.m. Breakout: Labor costs and scheduling\n3:00 "
            "p.m. Closing reception"
        ),
        (False, False, False),
        id="N20-guard-conference-schedule-(association)",
    ),
    pytest.param(
        "https://www.umich.edu/news/2024/11/ssw-course",
        (
            "New course prepares social work students for trafficking cases\n\nThe "
            "University of Michigan School of Social Work is offering a new elective this "
            "winter on human trafficking. The course, taught by a former caseworker, "
            "covers trauma-informed interviewing and the federal law on trafficking. "
            "Enrollment is open to graduate students."
        ),
        (False, False, False),
        id="N21-guard-university-course-training-news",
    ),
    pytest.param(
        None,
        (
            "Troopers Complete Advanced Crash Reconstruction Course\n\nSixteen Arizona "
            "Department of Public Safety troopers completed a two-week advanced crash "
            "reconstruction course on Friday. The department's human trafficking unit, "
            "which has made 40 arrests this year, hosted the graduation at its Phoenix "
            "headquarters."
        ),
        (False, False, False),
        id="N22-guard-officers'-own-training-unrelated-(state-police)",
    ),
    pytest.param(
        "https://www.example.org/homestead-farmworker-women/services",
        (
            "Services\n\nTrained women from our community visit nurseries and packing houses "
            "across Miami-Dade County. Our visits are funded in part by the Florida "
            "Department of Children and Families. We explain wage rights and the signs of "
            "labor trafficking and leave cards in Spanish and Q'anjob'al. Call us at "
            "305-555-0142 or the National Human Trafficking Hotline at 1-888-373-7888."
        ),
        (False, False, False),
        id="N23-FAILS_ON_MAIN-collective-page-county-place+dept-funder",
    ),
    pytest.param(
        None,
        (
            "What we do\n\nOur promotoras are farmworker women trained by the county health "
            "department. Every week they visit nurseries and packing houses to talk with "
            "other women about health, wages and human trafficking. If someone is holding "
            "your papers, call the National Human Trafficking Hotline at 1-888-373-7888."
        ),
        (False, False, False),
        id="N24-FAILS_ON_MAIN-collective-trained-by-health-dept",
    ),
    pytest.param(
        None,
        (
            "Outreach\n\nDuring the harvest our team visits labor camps every Saturday. "
            "Deputies from the sheriff's office sometimes join us to answer questions. We "
            "hand out cards with the National Human Trafficking Hotline, 1-888-373-7888, "
            "and our own number, 559-555-0199."
        ),
        (False, False, False),
        id="N25-FAILS_ON_MAIN-nonprofit-page,-sheriff-joins-visits",
    ),
    pytest.param(
        None,
        (
            "Tri-County Coalition Against Trafficking announces motel outreach\n\nThe "
            "Tri-County Coalition Against Trafficking will visit 50 motels along "
            "Interstate 5 this spring, leaving posters with the National Human Trafficking "
            "Hotline, 1-888-373-7888, at every front desk."
        ),
        (False, False, False),
        id="N26-FAILS_ON_MAIN-tri-county-coalition-release",
    ),
    pytest.param(
        None,
        (
            "Lake County Farmworker Project\n\nOur volunteers visit orchard housing every "
            "week during the harvest and hand out cards with the National Human "
            "Trafficking Hotline, 1-888-373-7888. The Lake County Farmworker Project has "
            "served seasonal workers since 1994."
        ),
        (False, False, False),
        id="N27-FAILS_ON_MAIN-county-named-nonprofit",
    ),
    pytest.param(
        None,
        (
            "Colectiva de Mujeres del Campo\n\nWe are farmworker women who visit nurseries, "
            "packing houses and fern farms to talk with other women about their rights. We "
            "work alongside the Department of Labor's Wage and Hour Division, which "
            "investigates wage theft. If you are forced to work, call the National Human "
            "Trafficking Hotline at 1-888-373-7888 or text 233733."
        ),
        (False, False, False),
        id="N28-FAILS_ON_MAIN-women's-collective-heading,-office-as-reporter-target",
    ),
    pytest.param(
        None,
        (
            "Anti-Trafficking Club Hosts Awareness Week\n\nThe Anti-Trafficking Club at "
            "Florida State University will hand out cards with the National Human "
            "Trafficking Hotline, 1-888-373-7888, in the student union all week. Members "
            "will also show a documentary on labor trafficking Thursday night."
        ),
        (False, False, False),
        id="N29-FAILS_ON_MAIN-student-club-at-state-univ",
    ),
    pytest.param(
        "https://www.example.org/workers-center/services",
        (
            "Services\n\nOur organizers visit warehouses and staffing agencies in the Inland "
            "Empire to talk with workers about wage theft, heat and labor trafficking. If "
            "your employer took your passport, call our hotline at 909-555-0120 or the "
            "National Human Trafficking Hotline at 1-888-373-7888."
        ),
        (False, False, False),
        id="N30-guard-worker-center-services-page",
    ),
    pytest.param(
        None,
        (
            "Farmworker Outreach Program\n\nThe Collier County Health Department runs a "
            "farmworker outreach program. Our nurses visit nurseries and packing houses "
            "every week and we share the warning signs of labor trafficking. Call the "
            "National Human Trafficking Hotline at 1-888-373-7888."
        ),
        (True, True, False),
        id="P31-guard-county-health-dept-'we'-no-url",
    ),
    pytest.param(
        None,
        (
            "Collier County Sheriff's Office\nSaturday, March 8\n\nDeputies spent Saturday at "
            "the Immokalee farmers market. We handed out more than 300 cards with the "
            "National Human Trafficking Hotline, 1-888-373-7888, and talked with workers "
            "about labor trafficking. Thank you to the farmworker association volunteers "
            "who joined us."
        ),
        (True, True, False),
        id="P32-guard-sheriff-post-we-under-masthead",
    ),
    pytest.param(
        None,
        (
            "Nonprofit, Police Team Up on Motel Outreach\n\nRestore Hope, a nonprofit, and "
            "the Bakersfield Police Department visited 30 motels on Union Avenue on "
            "Friday. Officers gave managers posters with the National Human Trafficking "
            "Hotline, 1-888-373-7888, and trained front desk staff."
        ),
        (True, True, False),
        id="P33-guard-joint-office-acts,-nonprofit-named-first",
    ),
]


@pytest.mark.parametrize(("url", "text", "expected"), CASES)
def test_round_47_wording(url: str | None, text: str, expected: tuple[bool, bool, bool]) -> None:
    coding = code_text(text, url=url)
    assert (coding.promotes_hotline, coding.campaign, coding.footer_only) == expected


def _quote(text: str, url: str | None, field: str) -> str:
    coding = code_text(text, url=url)
    return next(e["quote"] for e in coding.evidence if e["field"] == field)


def test_the_campus_training_campaign_quotes_the_universitys_training() -> None:
    url, text = next((c.values[0], c.values[1]) for c in CASES if c.id.startswith("T1-"))
    assert "The University of Vermont trained 140 residence life staff" in _quote(
        text, url, "campaign"
    )


def test_the_public_university_by_its_state_name_is_no_organisations_voice() -> None:
    from hotline_watch.coding.engine import Analysis

    url, text = next((c.values[0], c.values[1]) for c in CASES if c.id.startswith("T1-"))
    out = Analysis(text, url=url).outreach
    assert out is not None and not out.voice.ngo_lead


def test_an_office_word_inside_an_organisations_name_is_no_office() -> None:
    from hotline_watch.coding.engine import Analysis

    url, text = next((c.values[0], c.values[1]) for c in CASES if c.id.startswith("N26-"))
    assert Analysis(text, url=url).outreach.office is None


def test_a_funder_or_trainer_of_the_first_person_speaker_is_no_office() -> None:
    from hotline_watch.coding.engine import Analysis

    for key in ("N23-", "N24-", "N25-", "N28-"):
        url, text = next((c.values[0], c.values[1]) for c in CASES if c.id.startswith(key))
        assert Analysis(text, url=url).outreach.office is None, key
