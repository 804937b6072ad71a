"""Streamlit glue: session-state keys, cached engine calls and rendering helpers.

The only package besides ``pages/`` that imports Streamlit. Pages call these
helpers and the engine's results; they never compute statistics themselves.
"""
