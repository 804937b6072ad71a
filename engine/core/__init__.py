"""Layer 2, the PLS-SEM statistics: model spec, data preparation, PLS algorithm, estimation,
tables, bootstrap, work budgets, measurement notes, sample-size power.

Imports only ``engine.base``.
"""
