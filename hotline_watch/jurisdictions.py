"""The 51 jurisdictions hotline-watch covers: the 50 states and the District of Columbia."""

from __future__ import annotations

from typing import NamedTuple


class Jurisdiction(NamedTuple):
    code: str
    name: str
    fips: str


JURISDICTIONS: dict[str, Jurisdiction] = {
    j.code: j
    for j in (
        Jurisdiction("AL", "Alabama", "01"),
        Jurisdiction("AK", "Alaska", "02"),
        Jurisdiction("AZ", "Arizona", "04"),
        Jurisdiction("AR", "Arkansas", "05"),
        Jurisdiction("CA", "California", "06"),
        Jurisdiction("CO", "Colorado", "08"),
        Jurisdiction("CT", "Connecticut", "09"),
        Jurisdiction("DE", "Delaware", "10"),
        Jurisdiction("DC", "District of Columbia", "11"),
        Jurisdiction("FL", "Florida", "12"),
        Jurisdiction("GA", "Georgia", "13"),
        Jurisdiction("HI", "Hawaii", "15"),
        Jurisdiction("ID", "Idaho", "16"),
        Jurisdiction("IL", "Illinois", "17"),
        Jurisdiction("IN", "Indiana", "18"),
        Jurisdiction("IA", "Iowa", "19"),
        Jurisdiction("KS", "Kansas", "20"),
        Jurisdiction("KY", "Kentucky", "21"),
        Jurisdiction("LA", "Louisiana", "22"),
        Jurisdiction("ME", "Maine", "23"),
        Jurisdiction("MD", "Maryland", "24"),
        Jurisdiction("MA", "Massachusetts", "25"),
        Jurisdiction("MI", "Michigan", "26"),
        Jurisdiction("MN", "Minnesota", "27"),
        Jurisdiction("MS", "Mississippi", "28"),
        Jurisdiction("MO", "Missouri", "29"),
        Jurisdiction("MT", "Montana", "30"),
        Jurisdiction("NE", "Nebraska", "31"),
        Jurisdiction("NV", "Nevada", "32"),
        Jurisdiction("NH", "New Hampshire", "33"),
        Jurisdiction("NJ", "New Jersey", "34"),
        Jurisdiction("NM", "New Mexico", "35"),
        Jurisdiction("NY", "New York", "36"),
        Jurisdiction("NC", "North Carolina", "37"),
        Jurisdiction("ND", "North Dakota", "38"),
        Jurisdiction("OH", "Ohio", "39"),
        Jurisdiction("OK", "Oklahoma", "40"),
        Jurisdiction("OR", "Oregon", "41"),
        Jurisdiction("PA", "Pennsylvania", "42"),
        Jurisdiction("RI", "Rhode Island", "44"),
        Jurisdiction("SC", "South Carolina", "45"),
        Jurisdiction("SD", "South Dakota", "46"),
        Jurisdiction("TN", "Tennessee", "47"),
        Jurisdiction("TX", "Texas", "48"),
        Jurisdiction("UT", "Utah", "49"),
        Jurisdiction("VT", "Vermont", "50"),
        Jurisdiction("VA", "Virginia", "51"),
        Jurisdiction("WA", "Washington", "53"),
        Jurisdiction("WV", "West Virginia", "54"),
        Jurisdiction("WI", "Wisconsin", "55"),
        Jurisdiction("WY", "Wyoming", "56"),
    )
}
