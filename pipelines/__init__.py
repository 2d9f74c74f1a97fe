"""hotline-watch item pipelines: validate, code, store. Each is a small class.

This is the project's own `pipelines` package (not the unrelated PyPI package of that name).
"""
