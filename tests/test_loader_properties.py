"""Property-based tests (hypothesis) of the operator's files: the statute and AG registries,
crawl.yml and the subscriptions file.

Whatever a file holds, its loader either returns values that keep the loader's promises, or
raises its own error (RegistryError / ConfigError) whose message starts with the file's path:
never another exception (which the CLI would show as a traceback) and never a silently odd
value (a NaN delay, a fractional byte limit). Documents built to be valid load, and load to
exactly what was written.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
import yaml
from fault_server import statute_entry, write_offices, write_statutes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hotline_watch import alerts
from hotline_watch.changes import CHANGE_TYPES
from hotline_watch.config import ConfigError, load_crawl_config
from hotline_watch.jurisdictions import JURISDICTIONS
from hotline_watch.registry import STATUTE_SCHEMA, RegistryError, load_statutes
from hotline_watch.registry_ag import AG_SCHEMA, load_offices

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CODES = sorted(JURISDICTIONS)
_names = itertools.count()


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A new file name per example (the statute registry is cached by path, mtime and size)."""
    monkeypatch.delenv("HOTLINE_WATCH_CONTACT", raising=False)

    def new(suffix: str = ".yml") -> Path:
        return tmp_path / f"f{next(_names)}{suffix}"

    return new


#: Any YAML scalar, including the awkward ones operators really write.
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["1e400", ".nan", ".inf", "-.inf", "0x10", "yes", "~", "", "5", "0.5"]),
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=6,
)


def dump(path: Path, document: object) -> Path:
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return path


# -- any text at all ---------------------------------------------------------------------------


@SETTINGS
@given(text=st.text(max_size=300) | st.binary(max_size=300))
def test_any_bytes_give_the_loaders_own_error_or_a_value(fresh, text):
    for load, error in (
        (load_statutes, RegistryError),
        (load_offices, RegistryError),
        (load_crawl_config, ConfigError),
        (alerts.load_config, ConfigError),
    ):
        path = fresh()
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        try:
            load(path)
        except error as exc:
            assert str(exc).startswith(str(path)), exc


# -- crawl.yml -----------------------------------------------------------------------------------

NUMBER_FIELDS = {
    "download_delay": 0,
    "autothrottle_max_delay": 0,
    "download_timeout": 0.001,
    "max_page_bytes": 0,
    "retry_after_max": 0,
}


@SETTINGS
@given(
    fields=st.dictionaries(
        st.sampled_from([*NUMBER_FIELDS, "project_url", "contact", "typo_field"]),
        values,
        max_size=6,
    )
)
def test_crawl_config_values_are_finite_checked_numbers(fresh, fields):
    document = {"contact": "ops@hotline-watch.test", **fields}
    path = dump(fresh(), document)
    try:
        config = load_crawl_config(path)
    except ConfigError as exc:
        message = str(exc)
        assert message.startswith(str(path)) and "field" in message, message
        return
    assert "typo_field" not in document
    for field, least in NUMBER_FIELDS.items():
        value = getattr(config, field)
        assert not isinstance(value, bool)
        assert math.isfinite(value) and value >= least, (field, value)
    assert isinstance(config.max_page_bytes, int)
    for field in NUMBER_FIELDS:
        given_value = document.get(field)
        if isinstance(given_value, int | float) and not isinstance(given_value, bool):
            assert getattr(config, field) == given_value  # exactly what was written


@SETTINGS
@given(
    delay=st.floats(min_value=0, max_value=1e6),
    timeout=st.floats(min_value=0.001, max_value=1e6),
    max_bytes=st.integers(min_value=0, max_value=2**40),
)
def test_valid_crawl_config_loads_as_written(fresh, delay, timeout, max_bytes):
    path = dump(
        fresh(),
        {
            "contact": "ops@hotline-watch.test",
            "download_delay": delay,
            "download_timeout": timeout,
            "max_page_bytes": max_bytes,
        },
    )
    config = load_crawl_config(path)
    assert (config.download_delay, config.download_timeout, config.max_page_bytes) == (
        delay,
        timeout,
        max_bytes,
    )


# -- the statute registry ------------------------------------------------------------------------

_ENTRY = STATUTE_SCHEMA["properties"]["jurisdictions"]["items"]
ENTRY_FIELDS = list(_ENTRY["properties"])
SECTION_FIELDS = list(_ENTRY["properties"]["sections"]["items"]["properties"])


def statute_document() -> dict:
    rows = []
    for code in CODES:
        sections = [
            {
                "citation": f"{code} Code § 1-{n}",
                "url": f"https://law.{code.lower()}.example.org/1-{n}",
                "verified": "documented",
            }
            for n in range(2)
        ]
        rows.append(statute_entry(code, "generic", f"law.{code.lower()}.example.org", sections))
    return {"jurisdictions": rows}


mutations = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=50),  # entry
        st.sampled_from(ENTRY_FIELDS + [f"sections.0.{f}" for f in SECTION_FIELDS] + ["extra"]),
        st.one_of(st.just("<delete>"), values),
    ),
    min_size=1,
    max_size=3,
)


def mutate(document: dict, key: str, changes) -> dict:
    for index, field, value in changes:
        target = document[key][index]
        if field.startswith("sections.0."):
            if not isinstance(target.get("sections"), list) or not target["sections"]:
                continue
            target, field = target["sections"][0], field.split(".", 2)[2]
            if not isinstance(target, dict):
                continue
        if value == "<delete>":
            target.pop(field, None)
        else:
            target[field] = value
    return document


@SETTINGS
@given(changes=mutations)
def test_broken_statute_registry_names_file_and_entry(fresh, changes):
    document = mutate(statute_document(), "jurisdictions", changes)
    path = dump(fresh(), document)
    try:
        sources = load_statutes(path)
    except RegistryError as exc:
        message = str(exc)
        assert message.startswith(f"{path}: "), message
        assert "entry " in message or "field jurisdictions" in message or "mapping" in message
        return
    assert sorted(s.jurisdiction for s in sources) == CODES
    for source in sources:
        for section in source.fetchable:
            assert source.allows(section.url)  # every URL it will fetch is inside its domains


@SETTINGS
@given(
    citations=st.lists(
        st.text(
            alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
            min_size=3,
            max_size=40,
        ),
        min_size=1,
        max_size=4,
    ),
    code=st.sampled_from(CODES),
)
def test_valid_statute_entry_loads_as_written(fresh, citations, code):
    sections = [
        {"citation": c, "url": f"https://law.example.org/{i}", "verified": "unverified"}
        for i, c in enumerate(citations)
    ]
    path = fresh()
    write_statutes(path, {code: statute_entry(code, "generic", "law.example.org", sections)})
    (source,) = [s for s in load_statutes(path) if s.jurisdiction == code]
    assert [(s.citation, s.url) for s in source.sections] == [
        (s["citation"], s["url"]) for s in sections
    ]


# -- the AG registry -------------------------------------------------------------------------

OFFICE_FIELDS = [*AG_SCHEMA["properties"]["offices"]["items"]["properties"], "extra"]


@SETTINGS
@given(
    changes=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=50),
            st.sampled_from(OFFICE_FIELDS),
            st.one_of(st.just("<delete>"), values, st.sampled_from(["[unclosed", "(?P<x"])),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_broken_ag_registry_names_file_and_entry(fresh, changes):
    path = fresh()
    write_offices(path, "https://ag.example.org")
    document = mutate(yaml.safe_load(path.read_text()), "offices", changes)
    dump(path, document)
    try:
        offices = load_offices(path)
    except RegistryError as exc:
        message = str(exc)
        assert message.startswith(f"{path}: "), message
        return
    assert sorted(o.jurisdiction for o in offices) == CODES


# -- subscriptions -------------------------------------------------------------------------------

GOOD_URLS = [
    "json://127.0.0.1:8080/hook",
    "jsons://hooks.example.org/x",
    "mailto://alerts:${SMTP_PASSWORD}@smtp.example.org",
    "ntfy://hotline-watch-topic",
]
BAD_URLS = [
    "foo://bar",  # apprise has no such service
    "json://",  # no host
    "mailto://user:literal-secret@smtp.example.org",  # a secret in the file
    "not a url",
]
names = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,8}", fullmatch=True)
anything_subscriptions = st.lists(
    st.fixed_dictionaries(
        {"name": names | st.text(max_size=5), "url": st.sampled_from(GOOD_URLS + BAD_URLS)},
        optional={
            "jurisdictions": st.just("all")
            | st.lists(st.sampled_from([*CODES[:5], "ZZ", "hi"]), max_size=3),
            "change_types": st.just("all")
            | st.lists(st.sampled_from([*sorted(CHANGE_TYPES)[:4], "nonsense"]), max_size=3),
            "mode": st.sampled_from(["immediate", "digest", "hourly"]),
            "who": values,
        },
    ),
    max_size=4,
)
well_formed_subscriptions = st.lists(
    st.fixed_dictionaries(
        {"name": names, "url": st.sampled_from(GOOD_URLS + BAD_URLS)},
        optional={
            "jurisdictions": st.just("all") | st.lists(st.sampled_from(CODES), min_size=1),
            "change_types": st.just("all")
            | st.lists(st.sampled_from(sorted(CHANGE_TYPES)), min_size=1),
            "mode": st.sampled_from(["immediate", "digest"]),
        },
    ),
    max_size=4,
    unique_by=lambda s: s["name"],
)


@SETTINGS
@given(subs=anything_subscriptions)
def test_any_subscriptions_load_or_name_the_file(fresh, subs):
    path = dump(fresh(), {"subscriptions": subs})
    try:
        config = alerts.load_config(path)
    except ConfigError as exc:
        assert str(exc).startswith(str(path)), exc
        return
    assert [s.name for s in config.subscriptions] == [s["name"] for s in subs]
    assert all(s.url in GOOD_URLS for s in config.subscriptions)
    assert all(set(s.jurisdictions) <= set(CODES) for s in config.subscriptions)


@SETTINGS
@given(subs=well_formed_subscriptions)
def test_well_formed_subscriptions_load_as_written_unless_the_url_is_unusable(fresh, subs):
    """A URL apprise cannot use, or one holding a secret, is refused when the file is read,
    naming the subscription (before: accepted, and only `alerts test` noticed)."""
    path = dump(fresh(), {"subscriptions": subs})
    bad = [i for i, s in enumerate(subs) if s["url"] in BAD_URLS]
    if bad:
        with pytest.raises(ConfigError) as caught:
            alerts.load_config(path)
        message = str(caught.value)
        assert any(f"subscription {i} ({subs[i]['name']}): field url" in message for i in bad)
        return
    config = alerts.load_config(path)
    for loaded, written in zip(config.subscriptions, subs, strict=True):
        assert (loaded.name, loaded.url) == (written["name"], written["url"])
        wanted = written.get("jurisdictions", "all")
        assert loaded.jurisdictions == (() if wanted == "all" else tuple(wanted))
        assert loaded.mode == written.get("mode", "immediate")
