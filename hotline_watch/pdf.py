"""Text of a PDF document (Kentucky's statute sections, bill versions), through pypdf.

A scanned PDF has pages but no text layer: that is an error naming the document, never an
empty text stored as if it were the law.
"""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from pypdf.errors import PdfReadError


class PdfTextError(ValueError):
    """The bytes are not a readable PDF, or the PDF has no extractable text."""


_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def is_pdf(data: bytes) -> bool:
    """True when the bytes start like a PDF file (servers often send the wrong type)."""
    return data[:1024].lstrip().startswith(b"%PDF-")


def extract_pdf_text(data: bytes, source: str = "PDF") -> str:
    """The document's text, page after page, with runs of spaces and blank lines collapsed.

    `source` (a URL or file name) is named in the error when the PDF is unreadable or scanned.
    """
    if not is_pdf(data):
        raise PdfTextError(f"{source}: not a PDF document")
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise PdfTextError(f"{source}: unreadable PDF ({exc})") from exc
    text = "\n\n".join(p.strip() for p in pages)
    text = _BLANK_LINES.sub("\n\n", _SPACES.sub(" ", text)).strip()
    if not text:
        raise PdfTextError(
            f"{source}: PDF has {len(pages)} page(s) but no text layer (scanned image?)"
        )
    return text
