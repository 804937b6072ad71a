"""Session-state keys, named once so that pages and tests agree on them."""

#: The survey in use (a DataFrame), private to the session.
DATA = "data"
#: Where the survey came from: "demo", "sample" or the uploaded file's name.
SOURCE = "source"
#: The model (engine.ModelSpec) in use.
MODEL = "model"
#: Estimation settings (engine.Settings).
SETTINGS = "settings"
#: The imported survey (engine.survey.Survey): mapping, screening, profile.
SURVEY = "survey"
#: Interface language: "en" or "id".
LANG = "lang"
