"""Controlled vocabularies of the coded fields."""

from __future__ import annotations

# Vocabularies
# --------------------------------------------------------------------------------------------

#: Establishment codes (who/where a posting law applies) -> description.
ESTABLISHMENTS: dict[str, str] = {
    "bar": "bars, taverns, nightclubs; on-premises (on-sale) liquor licensees or permit holders "
    "(e.g. Hawaii class 5 and class 11 liquor licences; ABC-licensed locations)",
    "adult_entertainment": "strip clubs, sexually oriented / adult-oriented businesses, adult "
    "cabarets, employers of exotic, erotic or nude dancers or massagers",
    "massage": "massage parlors, massage therapy and bodywork establishments, massage schools",
    "airport": "airports (primary / public airports) and aircraft",
    "bus_station": "bus stations, terminals and passenger bus service",
    "rail_station": "train, passenger-rail and light-rail stations",
    "truck_stop": "truck stops; full-service fuel facilities; travel plazas with overnight truck "
    "parking",
    "service_plaza": "highway / turnpike service plazas",
    "weigh_station": "weigh stations",
    "rest_area": "roadside / safety rest areas and highway rest stops",
    "welcome_center": "state welcome centers and travel information centers",
    "transportation_hub": "transportation hubs / facilities in general",
    "emergency_room": "hospital emergency rooms / departments",
    "urgent_care": "urgent care centers and walk-in clinics",
    "hospital": "hospitals (general acute care) other than their emergency rooms",
    "medical_facility": "health care facilities, clinics, abortion / family-planning facilities",
    "lodging": "hotels, motels, inns, bed and breakfasts, tourist homes, other lodging",
    "farm_labor_contractor": "farm / agricultural labor contractors and transporters, day haulers",
    "job_recruitment": "job recruitment centers, employment agencies, job centers",
    "school": "schools (including massage and cosmetology schools)",
    "nail_salon": "nail salons and nail technicians",
    "cosmetology": "cosmetology facilities, beauty and hair salons, barbers, estheticians",
    "tattoo": "tattoo studios and body-art establishments",
    "restaurant": "restaurants and food service facilities",
    "casino": "casinos, video lottery agents, gaming facilities",
    "gas_station": "gas stations, convenience stores, fuel stations",
    "port": "seaports, ports of entry, marinas",
    "public_restroom": "establishments with restrooms for public use (posting in restrooms)",
    "government_building": "state service centers, government buildings and agencies",
    "state_park": "state parks and recreational sites",
    "assisted_living": "assisted living facilities",
    "shopping_mall": "shopping malls and centers",
    "money_services": "money transmitters and check cashers",
    "employer_general": "employers in general (e.g. all employers subject to a minimum wage act)",
}

#: Campaign type codes (what kind of effort a release describes) -> description.
CAMPAIGN_TYPES: dict[str, str] = {
    "billboard": "billboards (printed or digital)",
    "poster": "posters, signs, stickers, placards or other displays put up",
    "psa": "public service announcements, TV/radio spots, ads",
    "awareness_campaign": "a named or launched awareness campaign or initiative",
    "training": "training sessions, modules or programmes",
    "awareness_month": "a human trafficking awareness / prevention month",
    "awareness_day": "National Human Trafficking Awareness Day / Wear Blue Day",
    "partnership": "partnership or collaboration with other organisations",
    "posting_reminder": "reminder of (or push for) a legal duty to post hotline notices",
    "toolkit": "downloadable materials, wallet cards, information sheets, QR codes",
    "social_media": "social media, hashtags",
    "event": "summits, press/news conferences, events",
    "hotline_launch": "launch of a (state) trafficking hotline or tip line",
    "grant": "grants, donations, funding",
    "public_appeal": "officials urging the public to call or report to the hotline",
    "legislation": "an official backing legislation that would require posting the hotline",
}

#: Media / places used by a campaign -> description.
MEDIA: dict[str, str] = {
    "billboards": "billboards",
    "posters": "posters",
    "signs": "signs and signage",
    "stickers": "stickers and window clings",
    "tv": "television",
    "radio": "radio",
    "digital_ads": "digital / online advertising",
    "social_media": "social media",
    "website": "websites, QR codes",
    "video": "videos",
    "rest_areas": "rest areas, rest stops, welcome and travel information centers",
    "truck_stops": "truck stops, trucks",
    "hotels": "hotels and motels",
    "buses": "buses and bus stations",
    "airports": "airports",
    "restrooms": "restrooms, bathroom stalls",
    "wallet_cards": "wallet cards",
    "malls": "shopping malls",
    "schools": "schools and campuses",
    "businesses": "businesses",
}

NATIONAL_HOTLINE = "1-888-373-7888"
TEXT_LINE = "233733"

# --------------------------------------------------------------------------------------------

_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming|District of Columbia"
)

#: Real help lines that are not trafficking hotlines, though they appear beside one (FBI tips,
#: NCMEC, National Domestic Violence Hotline, 988 Lifeline's old number, Childhelp).
OTHER_LINES = frozenset(
    {"1-800-225-5324", "1-800-843-5678", "1-800-799-7233", "1-800-273-8255", "1-800-422-4453"}
)
