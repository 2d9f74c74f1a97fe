"""Code every parsed section and release with the shared engine (hotline_watch.coding)."""

from __future__ import annotations

import logging

from hotline_watch.coding import code_text
from hotline_watch.items import ReleasePage, StatutePage

logger = logging.getLogger(__name__)


class CodePipeline:
    """Fill `.coding` of each section (provisions) and release (campaigns), with evidence."""

    def process_item(self, item: StatutePage | ReleasePage) -> StatutePage | ReleasePage:
        if isinstance(item, ReleasePage):
            for release in item.releases:
                # the release's URL says whose site published it (a government site's own page)
                release.coding = self._code(
                    item, release.id, f"{release.title}\n\n{release.body}", url=release.url
                )
            return item
        if item.coded:
            return item  # coded in the offload worker, where it was parsed
        for section in item.sections:
            # The section's jurisdiction and citation let a generic agency word ("the
            # department") be resolved from its chapter's definitions section.
            coding = self._code(
                item,
                section.id,
                section.text,
                jurisdiction=section.jurisdiction,
                citation=section.registry_citation or section.citation,
                url=section.url,
            )
            if coding is None:
                continue
            # What the page says about itself beats what the text-level rules guess.
            coding["citation"] = section.registry_citation or section.citation
            if section.history:
                coding["history"] = section.history
            section.coding = coding
        item.coded = True
        return item

    @staticmethod
    def _code(
        item: StatutePage | ReleasePage, record_id: str, text: str, **context: str | None
    ) -> dict | None:
        try:
            return code_text(text, **context).to_dict()
        except Exception:
            # A coding bug must not cost us the fetched text: store the record uncoded and
            # say loudly which one.
            logger.exception("coding failed for %s (%s)", record_id, item.fetch.url)
            item.problems.append(f"coding failed for {record_id}")
            return None
