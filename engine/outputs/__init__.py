"""Layer 6, files: the workbook, HTML and Word reports, printable charts, APA formatting,
thesis hypotheses, reproducible scripts.

Imports only the layers below. ``engine.cli`` and ``engine`` itself sit on top of all six.
"""
