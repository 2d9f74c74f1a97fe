"""The amendment the alerts are built around, applied to the REAL Hawaii § 371-20 page
(../shared/captures/hi-hrs/, read from there, never copied): penalty $100 -> $500, lodging
with twenty or more guest rooms added as (b)(4), history note "am L 2026, c 112"."""

from __future__ import annotations

from conftest import CAPTURES

HI_CAPTURE = CAPTURES / "hi-hrs" / "HRS_0371-0020_hotline_posting.htm"
HI_PATH = "/hrscurrent/Vol07_Ch0346-0398/HRS0371/HRS_0371-0020.htm"


def amend_hi(raw: bytes) -> bytes:
    """The page's bytes (windows-1252, CRLF) with the amendment made as the Revisor would."""
    out = raw.replace(b"five or more people; or", b"five or more people;")
    out = out.replace(
        b"section 712-1210.</p>",
        b"section 712-1210; or</p>\r\n\r\n<p class=1Paragraph>     (4)  Operates a hotel, "
        b"motel, or other lodging with\r\ntwenty or more guest rooms.</p>",
    )
    out = out.replace(b"not more than $100 for", b"not more than $500 for")
    out = out.replace(b"\xa711]", b"\xa711; am L 2026, c 112, \xa72]")
    assert out.count(b"$500") == 1 and b"(4)  Operates" in out and b"c 112" in out
    return out
