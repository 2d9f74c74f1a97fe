"""Code every parsed section with the shared coding engine (hotline_watch.coding)."""

from __future__ import annotations

import logging

from hotline_watch.coding import code_text
from hotline_watch.items import StatutePage

logger = logging.getLogger(__name__)


class CodePipeline:
    """Fill `section.coding`: requires_posting, establishments, languages, ... with evidence."""

    def process_item(self, item: StatutePage) -> StatutePage:
        for section in item.sections:
            try:
                coding = code_text(section.text).to_dict()
            except Exception:
                # A coding bug must not cost us the fetched text: store the section uncoded
                # (no provisions row) and say loudly which one.
                logger.exception("coding failed for %s (%s)", section.id, section.url)
                item.problems.append(f"coding failed for {section.id}")
                continue
            # What the page says about itself beats what the text-level rules guess.
            coding["citation"] = section.registry_citation or section.citation
            if section.history:
                coding["history"] = section.history
            section.coding = coding
        return item
