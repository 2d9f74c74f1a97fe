"""PDF text extraction (hotline_watch.pdf) on PDFs built by the tests."""

from __future__ import annotations

import pytest
from pdf_fixtures import make_pdf

from hotline_watch.pdf import PdfTextError, extract_pdf_text, is_pdf


def test_text_of_every_page_in_order():
    data = make_pdf(
        [["219.085 Hotels to post notice.", "(1) Each hotel shall post"], ["(2) Page two"]]
    )
    assert is_pdf(data)
    text = extract_pdf_text(data, "KRS 219.085")
    assert text.index("219.085 Hotels to post notice.") < text.index("(2) Page two")
    assert "(1) Each hotel shall post" in text


def test_scanned_pdf_is_an_error_naming_the_source():
    with pytest.raises(PdfTextError, match=r"scan\.pdf: PDF has 1 page\(s\) but no text layer"):
        extract_pdf_text(make_pdf(None), "scan.pdf")


@pytest.mark.parametrize("data", [b"<html>not found</html>", b"%PDF-1.7\ngarbage"])
def test_not_a_pdf_or_broken_pdf(data):
    with pytest.raises(PdfTextError, match=r"^bill\.pdf: (not a PDF|unreadable PDF)"):
        extract_pdf_text(data, "bill.pdf")
