"""The engine's version, recorded in every result and file it writes."""

__version__ = "0.1.0"
