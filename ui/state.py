"""Session-state keys, named once so that pages and tests agree on them."""

#: The survey in use (a DataFrame), private to the session.
DATA = "data"
#: Where the survey came from: "sample" or the uploaded file's name.
SOURCE = "source"
#: The model (engine.ModelSpec) in use.
MODEL = "model"
#: Estimation settings (engine.Settings).
SETTINGS = "settings"
#: The imported survey (engine.intake.survey.Survey): mapping, screening, profile.
SURVEY = "survey"
#: Interface language: "en" or "id".
LANG = "lang"
#: The uploaded file (bytes) and its name: kept in memory for this session only.
UPLOAD_BYTES = "upload_bytes"
UPLOAD_NAME = "upload_name"
#: How the upload was read (engine.intake.io.Table without the cells), and the user's choices.
UPLOAD_TABLE = "upload_table"
OVERRIDES = "mapping_overrides"
REVERSED = "reversed_items"
#: The optional screening rules she switched on for her survey (ScreeningRules.OPTIONAL).
LEFT_OUT = "left_out"
#: The ?sample=1 URL request was honoured (once per session).
SAMPLE_URL_DONE = "sample_url_done"
# -- issue 12 (wt-12): her own questionnaire --------------------------------------------
#: An upload waiting for the owner to confirm which question measures what:
#: {"bytes", "name", "intake" (intake.suggest.Intake), "notes", "id"}; the analysis is unchanged.
PENDING = "pending_upload"
#: Mappings the owner confirmed in this session, by the file's headers (the next wave of
#: the same questionnaire is mapped the same way without asking).
SAVED_MAPPINGS = "saved_mappings"
#: Hypothesis names the user gave on the Structural page ("SOURCE -> TARGET" -> label; issue 18).
HYPOTHESIS_NAMES = "hypothesis_names"
#: The direction each hypothesis states, where she set it negative ("SOURCE -> TARGET" -> -1).
HYPOTHESIS_SIGNS = "hypothesis_signs"
#: The survey table's SHA-256 and a weak reference to its frame: (ref, str) (ui.session).
TABLE_DIGEST = "table_digest"
#: The collect page's owner token for the survey this session follows (issue 19): while it
#: is set, the analysis refreshes with new answers.
COLLECT_TOKEN = "collect_owner_token"
#: How many of the collected answers pass screening (usable), counted before the model is
#: estimated on them: the progress meter shows it while they are still too few to estimate.
COLLECT_USABLE = "collect_usable"
