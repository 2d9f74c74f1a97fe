"""Coding engine: plain functions over text that decide and extract the coded fields.

Shared by the pipelines, `hotline-watch classify` and the tests; needs neither Scrapy nor the
database. See docs/coding.md for the codebook and docs/coding-measurement.md for how the
engine is measured.
"""

from hotline_watch.coding.engine import classify, code_text, explain
from hotline_watch.coding.result import Coding
from hotline_watch.coding.text import html_to_text, read_document, read_document_and_url
from hotline_watch.coding.vocabularies import CAMPAIGN_TYPES, ESTABLISHMENTS, MEDIA

__all__ = [
    "CAMPAIGN_TYPES",
    "ESTABLISHMENTS",
    "MEDIA",
    "Coding",
    "classify",
    "code_text",
    "explain",
    "html_to_text",
    "read_document",
    "read_document_and_url",
]
