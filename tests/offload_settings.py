"""Scrapy settings for tests that run the offload worker (hotline_watch/offload.py): production
settings, with the worker used by every statute source however small.

HOTLINE_WATCH_TEST_OFFLOAD_FAULT breaks the worker on purpose: "no-start" (its program does not
exist) or "dies" (it exits on its first call, see tests/offload_dies.py). Selected with
SCRAPY_SETTINGS_MODULE=offload_settings and tests/ on PYTHONPATH (`offload_environment`).
"""

import os

from hotline_watch import offload
from hotline_watch.settings import *  # noqa: F403 - everything else exactly as in production

HOTLINE_WATCH_OFFLOAD_MIN_PAGES = 1

_FAULT = os.environ.get("HOTLINE_WATCH_TEST_OFFLOAD_FAULT")
if _FAULT == "no-start":
    offload.COMMAND = ("/nonexistent/hotline-watch-test-python",)
elif _FAULT == "dies":
    offload.WARM_MODULES = (*offload.WARM_MODULES, "offload_dies")
elif _FAULT:
    raise ValueError(f"HOTLINE_WATCH_TEST_OFFLOAD_FAULT: unknown fault {_FAULT!r}")
