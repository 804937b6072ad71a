"""Layer 3, the study itself: its questionnaire, model and construct labels, and the
replication of its published tables.

Imports only ``engine.base`` and ``engine.core``.
"""
