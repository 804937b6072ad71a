"""The Streamlit glue of the one catalog: the session's language and ``t()``.

``t("key", **values)`` returns ``engine.base.text.say(key, language(), **values)``.
The language comes from the sidebar switch, or the URL (``?lang=id``). Every word,
the pages' labels included, lives in ``engine.base.text.CATALOG``, with one number
format (``engine.base.text.number``: decimal comma in Indonesian) for pages, files
and the command line; this module holds no entries.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import streamlit as st

from engine.base import text

from . import state

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}
#: The one catalog (pages and tests read entries from it; ``t()`` renders them).
CATALOG = text.CATALOG


#: The language of work done on the session's behalf outside its script run (a download
#: built when its button is pressed runs without the session's state): see :func:`speaking`.
_SPEAKING: ContextVar[str | None] = ContextVar("speaking", default=None)


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Within this block :func:`language` is ``lang`` (captured during the page run)."""
    token = _SPEAKING.set(lang)
    try:
        yield
    finally:
        _SPEAKING.reset(token)


def language() -> str:
    """The session's language ("en" or "id")."""
    forced = _SPEAKING.get()
    if forced is not None:
        return forced
    lang = st.session_state.get(state.LANG)
    if lang is None:
        lang = st.query_params.get("lang", "en")
        if lang not in LANGUAGES:
            lang = "en"
        st.session_state[state.LANG] = lang
    return lang


def t(key: str, **values: object) -> str:
    """The catalog entry in the session's language; numbers and lists formatted its way."""
    return text.say(key, language(), **values)


def column_label(name: str) -> str:
    """A table header in the user's language (unknown names pass through)."""
    return text.column_label(name, language())


def field_label(name: str) -> str:
    """A survey column's name in the user's language ("platform" -> "Platform")."""
    return text.field_label(name, language())


def answer_label(field: str, answer: object) -> str:
    """A profile answer in the user's language ("Male" -> "Laki-laki")."""
    return text.answer_label(field, answer, language())


def file_name(stem: str, suffix: str) -> str:
    """A download's name in the user's language ("driver-lab-laporan.html")."""
    return f"{text.say('file.stem.' + stem, language())}.{suffix}"


def number(value: object, spec: str = "") -> str:
    """A number in the user's language: decimal comma in Indonesian, point in English."""
    return text.number(value, language(), spec)
