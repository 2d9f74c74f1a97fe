"""hotline-watch spiders: one module per kind of source, spiders generated from data/sources/.

This is the project's own `spiders` package (not the unrelated PyPI package of that name);
tests/test_layout.py checks that the import resolves here.
"""
