"""Selector-driven adapters: one engine, per-site rules kept as data (data/statute_sites.yml).

Most official statute sites print a section the same way: a head ("§ 43-3-2. Catchline."),
paragraphs of law, a history or source note, all wrapped in navigation, banners and notices.
A site entry says where each part sits (CSS or XPath selectors, regular expressions); this
module walks the page once and assembles `ParsedSection`s. Adding a site on a known template is
a data entry plus a test on its real page; nothing here changes.

How a page is read:

1. `not_found` markers on a page without law text raise SectionNotFound (soft 404s).
2. `scope` selects the elements holding the law (several are walked in document order);
   none found is a PageFormatError naming the selector, never an empty section.
3. Inside the scope, `drop` elements are skipped (chrome, annotations, tables of contents),
   and the remaining markup is cut into blocks: paragraphs of text (block elements and
   double line breaks end a paragraph), heads, headings, history notes and structural headings.
4. A head starts a section: an element matching `head.selector` whose text matches
   `head.pattern`, or (with `head.in_text`) a text paragraph matching it. Blocks before the
   first head are page furniture (chapter and article headings). On a chapter page every head
   starts a new section; a number printed twice (a table of contents) keeps its longest text.
5. History: elements matching `history.selector`, text from a paragraph matching
   `history.start` (or after a `history.start_selector` marker) to the section's end, and a
   trailing parenthetical matching `history.trailing` are the history note, never law text.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

import jsonschema
from lxml import etree
from parsel import Selector
from scrapy.http import TextResponse

from hotline_watch.config import read_yaml_file
from hotline_watch.registry import RegistryError
from spiders.sites.base import (
    PageFormatError,
    ParsedSection,
    SectionNotFound,
    StatuteAdapter,
    register,
)

SITES_FILE = Path(__file__).resolve().parents[2] / "data" / "statute_sites.yml"
ENV_SITES = "HOTLINE_WATCH_STATUTE_SITES"


class SiteRulesError(RegistryError):
    """The site rules file is malformed; the message names the file, the site and the field
    (a registry error: the command line reports it and exits 2)."""


_SELECTOR = {"type": "string", "minLength": 1}
_REGEX = {"type": "string", "minLength": 1}
_SELECTORS = {"oneOf": [_SELECTOR, {"type": "array", "items": _SELECTOR, "minItems": 1}]}

SITE_SCHEMA: dict = {
    "type": "object",
    "required": ["sites"],
    "additionalProperties": False,
    "properties": {
        "sites": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "name",
                    "url_pattern",
                    "code",
                    "citation",
                    "scope",
                    "head",
                    "examples",
                ],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string", "pattern": "^[a-z][a-z0-9_]+$"},
                    "description": {"type": "string"},
                    # Regexes searched in the URL; named groups become citation variables.
                    "url_pattern": {"oneOf": [_REGEX, {"type": "array", "items": _REGEX}]},
                    "code": {"type": "string", "minLength": 1},
                    "citation": {"type": "string", "minLength": 1},
                    "multi_section": {"type": "boolean"},
                    "scope": _SELECTORS,
                    "drop": _SELECTORS,
                    "head": {
                        "type": "object",
                        "required": ["pattern"],
                        "additionalProperties": False,
                        "properties": {
                            "selector": _SELECTOR,
                            "pattern": _REGEX,
                            "in_text": {"type": "boolean"},
                            "split": _REGEX,
                        },
                    },
                    "heading": _SELECTOR,
                    "structural": _SELECTORS,
                    "skip": {"type": "array", "items": _REGEX},
                    "history": {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {
                            "selector": _SELECTORS,
                            "start": _REGEX,
                            "start_selector": _SELECTORS,
                            "trailing": _REGEX,
                            "strip": _REGEX,
                        },
                    },
                    "vars": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "object",
                            "required": ["selector", "pattern"],
                            "additionalProperties": False,
                            "properties": {"selector": _SELECTOR, "pattern": _REGEX},
                        },
                    },
                    "anchor": {"type": "string"},
                    "not_found": {"type": "array", "items": {"type": "string", "minLength": 1}},
                    "number_replace": {
                        "type": "object",
                        "additionalProperties": {"type": "string"},
                    },
                    # Real pages of the site this entry was written against (tests use them).
                    "examples": {"type": "array", "items": {"type": "string"}},
                },
            },
        }
    },
}


@dataclass(frozen=True)
class SiteRules:
    """One site entry of data/statute_sites.yml, validated and compiled."""

    name: str
    url_patterns: tuple[re.Pattern[str], ...]
    code: str
    citation: str
    scope: str
    head_pattern: re.Pattern[str]
    head_selector: str | None = None
    head_in_text: bool = False
    head_split: re.Pattern[str] | None = None
    drop: str | None = None
    heading: str | None = None
    structural: str | None = None
    skip: tuple[re.Pattern[str], ...] = ()
    history_selector: str | None = None
    history_start: re.Pattern[str] | None = None
    history_start_selector: str | None = None
    history_trailing: re.Pattern[str] | None = None
    history_strip: re.Pattern[str] | None = None
    variables: tuple[tuple[str, str, re.Pattern[str]], ...] = ()
    anchor: str | None = None
    not_found: tuple[str, ...] = ()
    number_replace: tuple[tuple[str, str], ...] = ()
    multi_section: bool = False
    description: str = ""
    examples: tuple[str, ...] = field(default_factory=tuple)


def _joined(value: str | list[str] | None) -> str | None:
    """Several selectors as one union (CSS or XPath alike are kept as a list joined by ' | ')."""
    if value is None:
        return None
    return value if isinstance(value, str) else " |\n".join(value)


def _compile(pattern: str, where: str, flags: int = re.S) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise SiteRulesError(f"{where}: not a valid regular expression: {exc}") from exc


def parse_site_rules(data: object, path: Path) -> list[SiteRules]:
    """Validate a loaded rules document and compile its entries."""
    validator = jsonschema.Draft202012Validator(SITE_SCHEMA)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        error = max(errors, key=lambda e: len(e.absolute_path))
        location = list(error.absolute_path)
        where = str(path)
        if len(location) >= 2 and location[0] == "sites" and isinstance(data, dict):
            entry = data["sites"][location[1]]
            label = entry.get("name") if isinstance(entry, dict) else None
            where += f": site {location[1]}" + (f" ({label})" if label else "")
            if location[2:]:
                where += ": field " + ".".join(str(p) for p in location[2:])
        raise SiteRulesError(f"{where}: {error.message}")
    sites: list[SiteRules] = []
    seen: set[str] = set()
    for index, raw in enumerate(data["sites"]):  # type: ignore[index]
        where = f"{path}: site {index} ({raw['name']})"
        if raw["name"] in seen:
            raise SiteRulesError(f"{where}: field name: duplicate site name")
        seen.add(raw["name"])
        patterns = raw["url_pattern"]
        patterns = [patterns] if isinstance(patterns, str) else patterns
        head = raw["head"]
        history = raw.get("history", {})
        sites.append(
            SiteRules(
                name=raw["name"],
                url_patterns=tuple(
                    _compile(p, f"{where}: field url_pattern", re.I) for p in patterns
                ),
                code=raw["code"],
                citation=raw["citation"],
                scope=_joined(raw["scope"]),
                head_pattern=_compile(head["pattern"], f"{where}: field head.pattern"),
                head_selector=head.get("selector"),
                head_in_text=head.get("in_text", False),
                head_split=_compile(head["split"], f"{where}: field head.split")
                if "split" in head
                else None,
                drop=_joined(raw.get("drop")),
                heading=raw.get("heading"),
                structural=_joined(raw.get("structural")),
                skip=tuple(_compile(s, f"{where}: field skip") for s in raw.get("skip", [])),
                history_selector=_joined(history.get("selector")),
                history_start=_compile(history["start"], f"{where}: field history.start")
                if "start" in history
                else None,
                history_start_selector=_joined(history.get("start_selector")),
                history_trailing=_compile(history["trailing"], f"{where}: field history.trailing")
                if "trailing" in history
                else None,
                history_strip=_compile(history["strip"], f"{where}: field history.strip")
                if "strip" in history
                else None,
                variables=tuple(
                    (name, spec["selector"], _compile(spec["pattern"], f"{where}: field vars"))
                    for name, spec in raw.get("vars", {}).items()
                ),
                anchor=raw.get("anchor"),
                not_found=tuple(raw.get("not_found", [])),
                number_replace=tuple(raw.get("number_replace", {}).items()),
                multi_section=raw.get("multi_section", False),
                description=raw.get("description", ""),
                examples=tuple(raw["examples"]),
            )
        )
        if raw["head"].get("selector") is None and not raw["head"].get("in_text"):
            raise SiteRulesError(f"{where}: field head: give a selector, or in_text: true")
    return sites


@lru_cache(maxsize=4)
def load_site_rules(path: str | None = None) -> tuple[SiteRules, ...]:
    """The site rules (data/statute_sites.yml, or $HOTLINE_WATCH_STATUTE_SITES)."""
    file = Path(path or os.environ.get(ENV_SITES) or SITES_FILE)
    return tuple(parse_site_rules(read_yaml_file(file, "site rules file", SiteRulesError), file))


# -- reading a page ---------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 table tbody thead tfoot tr section article "
    "center blockquote pre header footer nav main aside form hr address figure fieldset".split()
)
_SKIP_TAGS = frozenset(
    "script style noscript template button select option input textarea svg iframe".split()
)
#: Chrome by its markup alone, dropped on every site whatever its rules say: navigation, page
#: headers and footers, breadcrumbs, print and share controls are never law.
DEFAULT_DROP = (
    "nav, header, footer, form, [role=navigation], [role=banner], [role=contentinfo], "
    "[role=search], .breadcrumb, .breadcrumbs, .no-print, .noprint"
)
_BR = "\x00"
_PARAGRAPH_BREAK = re.compile(r"\x00[\s\x00]*\x00")
_SPACES = re.compile(r"\s+")
_DASHES = str.maketrans({"\u2013": "-", "\u2011": "-", "\u2010": "-", "\u00ad": None})


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text.replace(_BR, " ").replace("\u00ad", "")).strip()


def _xpath(selector: str) -> str:
    """A rules selector as XPath: "xpath:..." as given, anything else read as CSS."""
    if selector.startswith("xpath:"):
        return selector[len("xpath:") :]
    from parsel.csstranslator import HTMLTranslator

    return HTMLTranslator().css_to_xpath(selector)


def _union(selectors: str | None) -> list[str]:
    if not selectors:
        return []
    return [_xpath(s.strip()) for s in selectors.split(" |\n") if s.strip()]


def _select(root, selectors: str | None) -> list:
    """Elements under `root` matching any selector, in document order, without duplicates."""
    found: dict[Any, None] = {}
    for xpath in _union(selectors):
        for element in root.xpath(xpath):
            if isinstance(element, etree._Element):
                found[element] = None
    if len(_union(selectors)) > 1:
        order = {el: i for i, el in enumerate(root.getroottree().iter())}
        return sorted(found, key=lambda el: order.get(el, 0))
    return list(found)


def _text_of(element) -> str:
    parts: list[str] = []

    def walk(node) -> None:
        if not isinstance(node.tag, str) or node.tag in _SKIP_TAGS:
            if node.tail:
                parts.append(node.tail)
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if node.tail and node is not element:
            parts.append(node.tail)

    walk(element)
    return _squash("".join(parts))


@dataclass
class _Draft:
    number: str
    heading: str | None
    text: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    in_history: bool = False


class SelectorAdapter(StatuteAdapter):
    """A statute adapter whose knowledge of the site is a `SiteRules` entry."""

    rules: ClassVar[SiteRules]

    def claims(self, url: str) -> bool:
        return any(p.search(url) for p in self.rules.url_patterns)

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        rules = self.rules
        page = Selector(text=response.text)
        root = page.root
        scopes = _select(root, rules.scope)
        scopes = [s for s in scopes if not any(a in scopes for a in s.iterancestors())]
        if not scopes:
            self._not_found(response.text)
            raise PageFormatError(f"no element matches scope {rules.scope!r} (layout changed?)")
        variables = self._variables(response.url, root)
        blocks = self._blocks(scopes)
        drafts = self._sections(blocks, variables)
        if not drafts:
            self._not_found(response.text)
            what = rules.head_selector or "text paragraphs"
            raise PageFormatError(
                f"no section head on the page ({what} matching {rules.head_pattern.pattern!r})"
            )
        sections = self._finish(drafts, variables, response.url)
        if not sections:
            raise PageFormatError("section heads found, but none is followed by text")
        return sections

    def _not_found(self, text: str) -> None:
        for marker in self.rules.not_found:
            if marker in text:
                raise SectionNotFound(marker)

    def _variables(self, url: str, root) -> dict[str, str]:
        found: dict[str, str] = {}
        for pattern in self.rules.url_patterns:
            match = pattern.search(url)
            if match:
                found.update({k: v for k, v in match.groupdict().items() if v})
                break
        for name, selector, pattern in self.rules.variables:
            for element in _select(root, selector):
                match = pattern.search(_text_of(element))
                if match:
                    found[name] = match.group(name)
                    break
        return found

    def _blocks(self, scopes: list) -> list[tuple[str, str]]:
        """The scope cut into (kind, text) blocks, in reading order."""
        rules = self.rules
        roles: dict[Any, str] = {}
        for kind, selectors in (
            ("drop", DEFAULT_DROP),
            ("drop", rules.drop),
            ("history_start", rules.history_start_selector),
            ("history", rules.history_selector),
            ("structural", rules.structural),
            ("heading", rules.heading),
            ("head", rules.head_selector),
        ):
            for scope in scopes:
                for element in _select(scope, selectors):
                    roles.setdefault(element, kind)
        blocks: list[tuple[str, str]] = []
        buffer: list[str] = []

        def flush() -> None:
            raw = "".join(buffer)
            buffer.clear()
            for paragraph in _PARAGRAPH_BREAK.split(raw):
                text = _squash(paragraph)
                if text:
                    blocks.append(("text", text))

        def walk(node) -> None:
            tag = node.tag if isinstance(node.tag, str) else None
            role = roles.get(node) if tag else None
            if role == "head" and not rules.head_pattern.search(_text_of(node)):
                role = None  # e.g. a bold subsection label, not a section head
            if tag is None or tag in _SKIP_TAGS or role == "drop":
                pass
            elif role is not None:
                flush()
                blocks.append((role, _text_of(node)))
            elif tag == "br":
                buffer.append(_BR)
            else:
                block = tag in _BLOCK_TAGS
                if block:
                    flush()
                if tag in ("td", "th"):
                    buffer.append(" ")
                if node.text:
                    buffer.append(node.text)
                for child in node:
                    walk(child)
                if block:
                    flush()
            if node.tail and node not in scopes:
                buffer.append(node.tail)

        for scope in scopes:
            walk(scope)
            flush()
        return blocks

    def _head(self, text: str) -> list[tuple[str, str | None]] | None:
        match = self.rules.head_pattern.search(text)
        if not match:
            return None
        number = self._number(match.group("number"))
        heading = match.groupdict().get("heading")
        heading = heading.strip().rstrip(".").strip() if heading else None
        numbers = self.rules.head_split.split(number) if self.rules.head_split else [number]
        return [(self._number(n), heading or None) for n in numbers if n.strip()]

    def _number(self, number: str) -> str:
        number = number.translate(_DASHES).strip().strip(".").strip()
        for old, new in self.rules.number_replace:
            number = number.replace(old, new)
        return number

    def _sections(self, blocks: list[tuple[str, str]], variables: dict) -> list[_Draft]:
        rules = self.rules
        drafts: list[_Draft] = []
        current: list[_Draft] = []
        for kind, text in blocks:
            heads = None
            if kind == "head" or (kind == "text" and rules.head_in_text):
                heads = self._head(text)
            if heads:
                current = [_Draft(number, heading) for number, heading in heads]
                drafts.extend(current)
                continue
            if not current:
                continue  # chapter, article or page headings before the first section
            if kind == "heading":
                for d in current:
                    d.heading = d.heading or text.rstrip(".").strip() or None
            elif kind == "history_start":
                for d in current:
                    d.in_history = True
            elif kind == "history":
                self._add_history(current, text)
            elif kind == "structural":
                if any(d.in_history or d.history for d in current):
                    current = []  # an article heading between sections ends the section
                else:
                    for d in current:
                        d.text.append(text)
            elif kind in ("text", "head"):
                if any(p.fullmatch(text) for p in rules.skip):
                    continue
                if rules.history_start and rules.history_start.search(text):
                    for d in current:
                        d.in_history = True
                    self._add_history(current, text)
                elif current[0].in_history:
                    self._add_history(current, text)
                else:
                    for d in current:
                        d.text.append(text)
        if not drafts and "number" in variables:
            # A page that prints no head (the number is only in its URL): all text is the law.
            draft = _Draft(self._number(variables["number"]), None)
            self._sections_without_head(draft, blocks)
            drafts.append(draft)
        return drafts

    def _sections_without_head(self, draft: _Draft, blocks: list[tuple[str, str]]) -> None:
        for kind, text in blocks:
            if kind == "history" or (
                self.rules.history_start and self.rules.history_start.search(text)
            ):
                draft.in_history = True
                self._add_history([draft], text)
            elif kind == "heading":
                draft.heading = draft.heading or text
            elif draft.in_history:
                self._add_history([draft], text)
            elif not any(p.fullmatch(text) for p in self.rules.skip):
                draft.text.append(text)

    def _add_history(self, drafts: list[_Draft], text: str) -> None:
        if self.rules.history_strip:
            text = self.rules.history_strip.sub("", text, count=1).strip()
        if text:
            for d in drafts:
                d.history.append(text)

    def _finish(self, drafts: list[_Draft], variables: dict, url: str) -> list[ParsedSection]:
        rules = self.rules
        found: dict[str, ParsedSection] = {}
        for draft in drafts:
            text_paras = list(draft.text)
            history = list(draft.history)
            if rules.history_trailing and text_paras:
                last, note = split_trailing_note(text_paras[-1], rules.history_trailing)
                if note:
                    text_paras[-1:] = [last] if last else []
                    history.insert(0, note)
            text = "\n\n".join(text_paras)
            note = "\n".join(history) or None
            if not text:
                if not note:
                    continue  # a table-of-contents line: a head with nothing under it
                text, note = note, None  # a repealed or transferred stub: its note is the text
            values = {**variables, "number": draft.number}
            try:
                citation = rules.citation.format(**values)
                code = rules.code.format(**values).upper()
            except KeyError as exc:
                raise PageFormatError(
                    f"citation needs {exc.args[0]!r}, not found on the page"
                ) from None
            section = ParsedSection(
                section_number=draft.number,
                text=text,
                code=code,
                citation=citation,
                heading=draft.heading,
                history=note,
                url=(url.split("#")[0] + "#" + rules.anchor.format(**values))
                if rules.anchor
                else None,
            )
            if len(text) > len(found[draft.number].text if draft.number in found else ""):
                found[draft.number] = section
        return list(found.values())


def split_trailing_note(paragraph: str, content: re.Pattern[str]) -> tuple[str, str | None]:
    """Split a paragraph ending in a parenthetical history note, "(1826, c. 11; ...)".

    The note is the last balanced parenthesis group of the paragraph (it may hold nested
    ones, "s. 17.8.(a)"), and only when its content matches `content`; otherwise nothing is
    split. Returns (law text, note with its parentheses) or (paragraph, None).
    """
    text = paragraph.rstrip()
    if not text.endswith(")"):
        return paragraph, None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                inner = text[i + 1 : -1]
                if not content.search(inner):
                    return paragraph, None
                return text[:i].rstrip(), text[i:]
    return paragraph, None


def _make_adapter(rules: SiteRules) -> type[SelectorAdapter]:
    cls = type(
        f"SelectorAdapter_{rules.name}",
        (SelectorAdapter,),
        {
            "name": rules.name,
            "rules": rules,
            "url_pattern": rules.url_patterns[0],
            "multi_section": rules.multi_section,
            "__doc__": rules.description or f"Selector-driven adapter {rules.name}.",
            "__module__": __name__,
        },
    )
    return register(cls)


def register_sites(path: str | None = None) -> list[type[SelectorAdapter]]:
    """Register one adapter per entry of the site rules file (done once at import)."""
    return [_make_adapter(rules) for rules in load_site_rules(path)]


register_sites()
