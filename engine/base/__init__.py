"""Layer 1, foundations: errors, the one bilingual catalog (text), thresholds, answer
scales, settings.

Imports nothing else from the engine.
"""
