"""Signs that extracted "law text" still holds page chrome (menus, notices, print links).

The generic adapter (main-text extraction) has no knowledge of a site's layout, so every text
it stores is checked here; any sign found is stored with the section and reported as a warning
in crawl health. Dedicated adapters are tested on real pages instead.
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d\d-\d\d)"

#: (label, pattern): each a phrase a statute does not print but a web page does.
CHROME_SIGNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern, re.I | re.M))
    for label, pattern in (
        ("skip link", r"\bskip to (?:main )?(?:content|navigation)\b"),
        (
            "page date",
            rf"\b(?:last (?:updated|modified|reviewed)|page (?:updated|generated)|"
            rf"retrieved|accessed|printed)\b[^.\n]{{0,20}}{_DATE}",
        ),
        ("time of day", r"\b\d{1,2}:\d\d\s?(?:AM|PM|a\.m\.|p\.m\.)"),
        (
            "print link",
            r"^(?:print(?: this page| friendly| version)?|printer[- ]friendly"
            r"(?: version)?|download (?:pdf|section)|view (?:pdf|version))$",
        ),
        (
            "navigation",
            r"^(?:home|menu|search|previous(?: section)?|next(?: section)?|"
            r"back to top|table of contents|toggle navigation)$",
        ),
        (
            "site notice",
            r"\b(?:all rights reserved|copyright ©|© \d{4}|enable javascript|"
            r"privacy policy|terms of use)\b",
        ),
        ("session banner", r"\b(?:senate|house) adjourned until\b"),
        ("version list", r"\bavailable versions of this section\b"),
    )
)


def chrome_signs(text: str) -> list[str]:
    """The kinds of chrome seen in `text`, each with the first words that showed it."""
    found: list[str] = []
    for label, pattern in CHROME_SIGNS:
        match = pattern.search(text)
        if match:
            found.append(f"{label}: {match.group(0).strip()[:60]!r}")
    return found
