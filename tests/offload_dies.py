"""Imported by the offload worker process in a fault test (tests/offload_settings.py, "dies"):
the worker exits on its first call, as a crashed child would (no answer, exit status 70)."""

import os

import spiders.statutes


def _die(*args: object) -> None:
    os._exit(70)


# The parent sends `spiders.statutes.parse_and_code` by name: here that name is this.
spiders.statutes.parse_and_code = _die
