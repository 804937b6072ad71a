"""Layer 5, the owner's analytics: drivers and IPMA, what-if, segments, prediction, advice,
and the story Home/Drivers/Advice tell.

Imports only the layers below (base, core, study, intake).
"""
