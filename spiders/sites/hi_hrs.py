"""Hawaii Revised Statutes: capitol.hawaii.gov, one Word-exported file per section.

URL: /hrscurrent/Vol{NN}_Ch{XXXX}-{YYYY}/HRS{CCCC}/HRS_{CCCC}-{SSSS}[_{DDDD}].htm

The site is a plain IIS directory tree: each chapter directory's auto-listing gives every
file's modification time and size, the change list the spider revalidates a chapter with.
"""

from __future__ import annotations

import re

from scrapy.http import TextResponse

from spiders.sites.base import (
    PageFormatError,
    ParsedSection,
    StatuteAdapter,
    node_text,
    register,
)

# "§371-20  National Human ... penalty.   (a)  Every employer ..."
_HEAD = re.compile(r"^\s*\[?§\s*(?P<num>\d+[A-Z]?-\d+(?:\.\d+)?)\]?\s+(?P<rest>.*)$", re.S)
# History notes close the section: "[L 2013, c 245, §1; am L 2015, c 35, §11]".
_HISTORY = re.compile(r"\s*(\[(?:L|PC|RL|CC|Sp|gen ch)\b[^\]]*\])\s*$")


@register
class HawaiiHRS(StatuteAdapter):
    name = "hi_hrs"
    url_pattern = re.compile(r"capitol\.hawaii\.gov/hrscurrent/.+/HRS_\d{4}-\d{4}(?:_\d{4})?\.htm$")
    change_list = "iis_directory"

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        # The site appends a Previous/Next <table> after </html>; only <p>s in the Word
        # section div are the statute. Scrapy decodes the body as windows-1252 (meta charset).
        paras = response.css("div.WordSection1 p") or response.css("body p")
        texts = [node_text(p) for p in paras]
        texts = [t for t in texts if t]
        if not texts:
            raise PageFormatError("no paragraphs in div.WordSection1")
        head = _HEAD.match(texts[0])
        if not head:
            raise PageFormatError(f"first paragraph is not a section heading: {texts[0][:60]!r}")
        number = head["num"]
        heading_bold = " ".join(node_text(b) for b in paras[0].css("b"))
        heading = _HEAD.match(heading_bold)["rest"].strip() if _HEAD.match(heading_bold) else None
        first = head["rest"]
        if heading and first.startswith(heading):
            first = first[len(heading) :].strip()
        body = [first, *texts[1:]] if first else texts[1:]
        history = None
        found = _HISTORY.search(body[-1]) if body else None
        if found:
            history = found.group(1)
            body[-1] = body[-1][: found.start()].rstrip()
        text = "\n\n".join(t for t in body if t)
        if not text:
            raise PageFormatError(f"§{number} has a heading but no text")
        return [
            ParsedSection(
                section_number=number,
                text=text,
                code="HRS",
                citation=f"Haw. Rev. Stat. § {number}",
                heading=heading.rstrip(". ") if heading else None,
                history=history,
            )
        ]
