"""Imported by the offload worker process in a fault test (tests/offload_settings.py, "dies"):
the worker exits on its first call, as a crashed child would (no answer, exit status 70)."""

import os

import spiders.statute_page


def _die(*args: object) -> None:
    os._exit(70)


# The parent sends `spiders.statute_page.parse_and_code` by name: here that name is this.
spiders.statute_page.parse_and_code = _die
