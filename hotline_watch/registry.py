"""The source registry: per-jurisdiction sources are data (data/sources/*.yml), not code.

`load_statutes()` validates the file against a JSON Schema and a few cross-checks (one entry per
jurisdiction, all 51 present, adapters that exist, URLs inside the entry's allowed domains).
Any problem raises RegistryError naming the file, the entry and the field.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema

from hotline_watch.config import SOURCES_DIR, read_yaml_file
from hotline_watch.jurisdictions import JURISDICTIONS

STATUTES_FILE = SOURCES_DIR / "statutes.yml"

#: How sure we are that a URL and its adapter work:
#:   capture     a real capture of this exact URL exists (../shared/captures);
#:   template    the URL follows the template of a real capture of the same site, and the
#:               site's adapter is tested on that capture (another section, same pages);
#:   documented  the URL pattern is documented (site_structures.md, the site's own docs) but no
#:               page of the site has been parsed;
#:   unverified  anything else: a guessed URL or section number, a bill page.
VERIFICATION = ("capture", "template", "documented", "unverified")
#: Verification levels at which a URL is checked against a real page of its site.
VERIFIED_AGAINST_PAGE = ("capture", "template")
#: What the registry believes about the jurisdiction's law (researchers' starting point;
#: the coded provisions are what the crawl actually found). "unknown": the research could not
#: tell (never shown as "none").
LAW_STATUS = ("required", "encouraged", "none", "pending", "unknown")
#: The reference table's confidence in its own row (../shared/reference/state_laws.csv).
CONFIDENCE = ("high", "medium", "low")
#: Which hotline the posting law names: the national one, only a state hotline, or both.
HOTLINE = ("national", "state", "both")


#: Allowed hostnames; loopback is allowed so tests can serve pages from 127.0.0.1.
HOST_PATTERN = r"^(([a-z0-9-]+\.)+[a-z]{2,}|localhost|127\.0\.0\.1)$"


class RegistryError(ValueError):
    """A registry file is malformed; the message names file, entry and field."""


STATUTE_SCHEMA: dict = {
    "type": "object",
    "required": ["jurisdictions"],
    "additionalProperties": False,
    "properties": {
        "jurisdictions": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "jurisdiction",
                    "adapter",
                    "allowed_domains",
                    "law_status",
                    "sections",
                ],
                "additionalProperties": False,
                "properties": {
                    "jurisdiction": {"type": "string", "pattern": "^[A-Z]{2}$"},
                    "adapter": {"type": "string", "minLength": 1},
                    "allowed_domains": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"type": "string", "pattern": HOST_PATTERN},
                    },
                    "law_status": {"enum": list(LAW_STATUS)},
                    "confidence": {"enum": list(CONFIDENCE)},
                    "hotline": {"enum": list(HOTLINE)},
                    "notes": {"type": "string"},
                    "sections": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            # `url` may be left out when the official page cannot be found
                            # yet (opaque ids): the citation stays on record, nothing is
                            # fetched, and a note must say why.
                            "required": ["citation", "verified"],
                            "additionalProperties": False,
                            "properties": {
                                "citation": {"type": "string", "minLength": 3},
                                "url": {"type": "string", "pattern": "^https?://"},
                                "adapter": {"type": "string", "minLength": 1},
                                # For chapter pages: which section(s) of the page to keep.
                                "section": {"type": "string", "minLength": 1},
                                "verified": {"enum": list(VERIFICATION)},
                                "notes": {"type": "string"},
                            },
                        },
                    },
                },
            },
        }
    },
}


@dataclass(frozen=True, slots=True)
class SectionSource:
    """One official URL to fetch for a jurisdiction."""

    citation: str
    url: str | None  # None: official page not located yet (see notes)
    adapter: str
    verified: str
    section: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class StatuteSource:
    """A jurisdiction's statute-site entry."""

    jurisdiction: str
    adapter: str
    allowed_domains: tuple[str, ...]
    law_status: str
    sections: tuple[SectionSource, ...] = field(default_factory=tuple)
    notes: str = ""
    confidence: str | None = None  # the reference table's confidence in its row
    hotline: str | None = None  # the hotline the law names (HOTLINE), when researched

    @property
    def name(self) -> str:
        return JURISDICTIONS[self.jurisdiction].name

    @property
    def spider_name(self) -> str:
        return f"statutes_{self.jurisdiction.lower()}"

    @property
    def fetchable(self) -> tuple[SectionSource, ...]:
        """The sections that have an official URL to fetch."""
        return tuple(s for s in self.sections if s.url)

    def allows(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)


# Curated registries are small (one entry per jurisdiction, a few URLs each); if long generated
# source lists become real (newsroom archives, ordinances), they belong in a table, not in YAML.
def _read_yaml(path: Path) -> object:
    return read_yaml_file(path, "registry file", RegistryError)


def _entry_label(raw: object, index: int) -> str:
    if isinstance(raw, dict) and isinstance(raw.get("jurisdiction"), str):
        return f"entry {index} ({raw['jurisdiction']})"
    return f"entry {index}"


def _schema_error(path: Path, data: dict, error: jsonschema.ValidationError) -> RegistryError:
    return _schema_error_at(path, data, error, "jurisdictions")


def _schema_error_at(
    path: Path, data: dict, error: jsonschema.ValidationError, list_key: str
) -> RegistryError:
    """A schema error as "file: entry N (XX): field a.b: what is wrong"."""
    location = list(error.absolute_path)
    where = str(path)
    if len(location) >= 2 and location[0] == list_key:
        index = location[1]
        entry = data[list_key][index]
        where += f": {_entry_label(entry, index)}"
        rest = location[2:]
    else:
        rest = location
    if rest:
        where += ": field " + ".".join(str(p) for p in rest)
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return RegistryError(f"{where}: missing required field {missing!r}")
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted(str(k) for k in error.instance if k not in allowed)
        plural = "s" if len(extra) > 1 else ""
        return RegistryError(
            f"{where}: unknown field{plural} {', '.join(repr(k) for k in extra)} "
            f"(allowed: {', '.join(allowed)})"
        )
    if error.validator == "pattern" and str(error.validator_value).startswith("^https?"):
        return RegistryError(f"{where}: {error.instance!r} is not an http(s) URL")
    if error.validator == "pattern" and error.validator_value == HOST_PATTERN:
        return RegistryError(f"{where}: {error.instance!r} is not a lower-case hostname")
    return RegistryError(f"{where}: {error.message}")


def parse_statutes(
    data: object, path: Path, known_adapters: Iterable[str] | None = None
) -> list[StatuteSource]:
    """Validate a loaded statutes registry document and build the source list."""
    if not isinstance(data, dict):
        raise RegistryError(f"{path}: expected a mapping with a 'jurisdictions' list")
    validator = jsonschema.Draft202012Validator(STATUTE_SCHEMA)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        # Deepest error first: it names the precise field.
        best = max(errors, key=lambda e: len(e.absolute_path))
        raise _schema_error(path, data, best)
    known = set(known_adapters) if known_adapters is not None else None
    sources: list[StatuteSource] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(data["jurisdictions"]):
        label = f"{path}: {_entry_label(raw, index)}"
        code = raw["jurisdiction"]
        if code not in JURISDICTIONS:
            raise RegistryError(f"{label}: field jurisdiction: {code!r} is not a state or DC")
        if code in seen:
            raise RegistryError(
                f"{label}: field jurisdiction: duplicate of entry {seen[code]} ({code})"
            )
        seen[code] = index
        if known is not None:
            adapters = [("adapter", raw["adapter"])] + [
                (f"sections.{i}.adapter", s["adapter"])
                for i, s in enumerate(raw["sections"])
                if "adapter" in s
            ]
            for field_name, name in adapters:
                if name not in known:
                    raise RegistryError(
                        f"{label}: field {field_name}: unknown adapter {name!r} "
                        f"(known: {', '.join(sorted(known))})"
                    )
        sections = tuple(
            SectionSource(
                citation=s["citation"],
                url=s.get("url"),
                adapter=s.get("adapter", raw["adapter"]),
                verified=s["verified"],
                section=s.get("section"),
                notes=s.get("notes", ""),
            )
            for s in raw["sections"]
        )
        source = StatuteSource(
            jurisdiction=code,
            adapter=raw["adapter"],
            allowed_domains=tuple(raw["allowed_domains"]),
            law_status=raw["law_status"],
            sections=sections,
            notes=raw.get("notes", ""),
            confidence=raw.get("confidence"),
            hotline=raw.get("hotline"),
        )
        for i, section in enumerate(sections):
            if section.url is None:
                if not section.notes:
                    raise RegistryError(
                        f"{label}: field sections.{i}.notes: a section without a url needs "
                        "notes saying why"
                    )
                continue
            if not source.allows(section.url):
                raise RegistryError(
                    f"{label}: field sections.{i}.url: {section.url!r} is outside "
                    f"allowed_domains {list(source.allowed_domains)}"
                )
        if source.law_status == "required" and not sections:
            raise RegistryError(
                f"{label}: field sections: law_status 'required' needs at least one section URL"
            )
        sources.append(source)
    missing = sorted(set(JURISDICTIONS) - set(seen))
    if missing:
        raise RegistryError(
            f"{path}: field jurisdictions: no entry for {', '.join(missing)} "
            "(all 50 states + DC needed)"
        )
    return sources


def load_statutes(path: str | os.PathLike | None = None) -> list[StatuteSource]:
    """Load and validate data/sources/statutes.yml (or `path`)."""
    from spiders.sites import ADAPTERS  # the adapters are the vocabulary of `adapter` fields

    path = Path(path or os.environ.get("HOTLINE_WATCH_STATUTES") or STATUTES_FILE)
    try:
        stat = path.stat()
    except OSError:
        return parse_statutes(_read_yaml(path), path, ADAPTERS)  # _read_yaml names the file
    return list(_parse_statutes_file(path, stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=1)
def _parse_statutes_file(path: Path, mtime_ns: int, size: int) -> tuple[StatuteSource, ...]:
    """A crawl loads the registry twice (the CLI, then Scrapy's spider loader): parse it once,
    so a large registry is not held twice. Keyed by modification time and size, so any edit
    to the file is read afresh; errors are not cached."""
    from spiders.sites import ADAPTERS

    return tuple(parse_statutes(_read_yaml(path), path, ADAPTERS))
