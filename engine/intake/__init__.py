"""Layer 4, survey intake: reading files (io), a survey export to the model's items (survey),
suggesting a construct for each of her questions (suggest), the questionnaire template.

Imports only the layers below (base, core, study).
"""
