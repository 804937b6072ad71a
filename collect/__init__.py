"""Collecting the survey inside Driver Lab (issue 19).

``collect.db`` (the database: SQLite by default, PostgreSQL when
``DRIVERLAB_DATABASE_URL`` is set, Alembic migrations), ``collect.models`` (surveys,
questions, waves, responses: no names, e-mails or IP addresses), ``collect.store``
(what the pages and the form do with them), ``collect.form`` (the respondents'
form: a small Starlette endpoint served beside Streamlit by ``serve.py``) and
``collect.waves`` (comparing waves). Nothing here imports Streamlit.
"""
