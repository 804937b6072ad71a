"""The study's model and its constructs' names (Indonesian live-streaming sales).

Data, built with the core's vocabulary; nothing below ``engine.study`` imports it.
"""

from engine.core.spec import ModelSpec, composite, items, paths

#: Labels of the study's constructs, in English and Bahasa Indonesia.
STUDY_LABELS = {
    "INT": {"en": "Interactivity", "id": "Interaktivitas"},
    "INF": {"en": "Informativeness", "id": "Informativitas"},
    "PSN": {"en": "Personalization", "id": "Personalisasi"},
    "CLE": {
        "en": "Customer live-streaming engagement",
        "id": "Keterlibatan pelanggan live streaming",
    },
    "VCC": {"en": "Value co-creation", "id": "Penciptaan nilai bersama"},
}

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
