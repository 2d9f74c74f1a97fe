"""Statute site-family adapters. Importing this package registers every adapter."""

from spiders.sites import base
from spiders.sites.base import (
    ADAPTERS,
    FollowRequest,
    ListingPage,
    PageFormatError,
    ParsedSection,
    SectionNotFound,
    StatuteAdapter,
    get_adapter,
)

# Each module registers its adapter(s) on import; keep this list sorted.
_MODULES = [
    "al_alison",
    "ca_leginfo",
    "fl_leg",
    "generic",
    "hi_hrs",
    "il_ilga",
    "ks_api",
    "ky_krs",
    "mn_revisor",
    "nj_statutes",
    "nv_nrs",
    "ny_openleg",
    "or_ors",
    "selector",
    "tx_tcss",
    "va_api",
]


def _load() -> None:
    import importlib

    for name in _MODULES:
        try:
            importlib.import_module(f"spiders.sites.{name}")
        except ModuleNotFoundError as exc:
            # Only tolerate the adapter module itself being absent (under construction);
            # a missing dependency inside it is a real error.
            if exc.name != f"spiders.sites.{name}":
                raise


_load()

__all__ = [
    "ADAPTERS",
    "FollowRequest",
    "ListingPage",
    "PageFormatError",
    "ParsedSection",
    "SectionNotFound",
    "StatuteAdapter",
    "base",
    "get_adapter",
]
