"""The study's model and its constructs' names (Indonesian live-streaming sales).

Data, built with the core's vocabulary; nothing below ``engine.study`` imports it.
"""

from engine.base import text
from engine.core.spec import ModelSpec, composite, items, paths

#: The study's model: interactivity, informativeness and personalization drive
#: customer live-streaming engagement, which drives value co-creation.
STUDY_MODEL = ModelSpec(
    constructs=(
        composite("INT", items("INT", 4)),
        composite("INF", items("INF", 4)),
        composite("PSN", items("PSN", 5)),
        composite("CLE", items("CLE", 4)),
        composite("VCC", items("VCC", 5)),
    ),
    paths=(*paths(["INT", "INF", "PSN"], "CLE"), *paths("CLE", "VCC")),
)

#: Labels of the study's constructs, in English and Bahasa Indonesia: read from the one
#: catalog (``construct.<code>`` in engine.base.text), kept as a dict for the public API.
STUDY_LABELS = text.labels("construct.", (c.name for c in STUDY_MODEL.constructs))
