"""hotline-watch: a 50-state monitor of hotline-posting laws and AG hotline campaigns."""

__version__ = "0.1.0"
