"""Streamlit glue for collecting surveys (issue 19): the owner's token, links, QR code,
putting her responses into the session as the survey data, following new answers.

The owner's token lives in the URL she opened (``?owner=…``) and in her session;
it is never logged, stored (only its hash is, in the database) or shown to anyone
else. Responses go into the session through ``ui.session.load_collected`` like an
upload, so every results page works on them unchanged.
"""

from __future__ import annotations

import io
import os
import time
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from . import state

#: Session keys (issue 19).
TOKEN = state.COLLECT_TOKEN
LOADED_COUNT = "collect_loaded_count"
CHECKED_AT = "collect_checked_at"
#: How often (seconds) a page checks whether new answers arrived.
REFRESH_SECONDS = 10
ENV_PUBLIC_URL = "DRIVERLAB_PUBLIC_URL"


def base_url() -> str:
    """Where this app is reached (for the links): DRIVERLAB_PUBLIC_URL, else the page's URL."""
    configured = os.environ.get(ENV_PUBLIC_URL, "").strip().rstrip("/")
    if configured:
        return configured
    url = getattr(st.context, "url", None) or ""
    parts = urlsplit(url)
    if parts.scheme and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return "http://localhost:8501"


def form_served() -> bool:
    """Whether this server serves the respondents' form (started by ``streamlit run serve.py``)."""
    return os.environ.get("DRIVERLAB_FORM_SERVED") == "1"


def warn_if_form_not_served() -> None:
    from .i18n import t

    if not form_served():
        st.warning(t("c.not_served"), icon=":material/link_off:")


def respondents_link(public_id: str) -> str:
    return f"{base_url()}/s/{public_id}"


def owner_link(token: str) -> str:
    return f"{base_url()}/survey?owner={token}"


def qr_png(url: str) -> bytes:
    import segno

    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=2)
    return buffer.getvalue()


def token() -> str | None:
    """The owner's token from the URL (remembered for the session) or the session."""
    from_url = st.query_params.get("owner")
    if from_url:
        if from_url != st.session_state.get(TOKEN):
            st.session_state.pop(LOADED_COUNT, None)
        st.session_state[TOKEN] = from_url
    return st.session_state.get(TOKEN)


def survey():
    from collect import store

    value = token()
    return None if value is None else store.owner_survey(value)


def responses() -> pd.DataFrame:
    from collect import store

    return store.responses_frame(st.session_state[TOKEN])


def load(view) -> bool:
    """Put the owner's responses into the session as the survey data (when they estimate).

    Returns whether they were loaded. Too few or unusable answers leave the session as
    it was (the progress meter says why).
    """
    import engine
    from collect import store

    from . import session

    frame = store.responses_frame(st.session_state[TOKEN])
    st.session_state[LOADED_COUNT] = len(frame)
    st.session_state[state.COLLECT_USABLE] = 0
    if frame.empty:
        return False
    try:
        session.load_collected(frame, view.spec(), store.mapping_for(view), view.title)
    except engine.DriverLabError:
        return False
    return True


def refresh() -> None:
    """Follow new answers: at most every REFRESH_SECONDS, reload when the count changed."""
    if st.session_state.get(TOKEN) is None or LOADED_COUNT not in st.session_state:
        return
    now = time.monotonic()
    if now - st.session_state.get(CHECKED_AT, 0.0) < REFRESH_SECONDS:
        return
    st.session_state[CHECKED_AT] = now
    from collect import store

    view = store.owner_survey(st.session_state[TOKEN])
    if view is None:  # deleted meanwhile
        forget()
        return
    if store.count(view.id) != st.session_state[LOADED_COUNT] and st.session_state.get(
        state.SOURCE, ""
    ).startswith(SOURCE_PREFIX):
        load(view)


SOURCE_PREFIX = "survey: "


def forget() -> None:
    """Leave the collected survey: back to the sample."""
    from . import session

    for key in (TOKEN, LOADED_COUNT, CHECKED_AT, state.COLLECT_USABLE):
        st.session_state.pop(key, None)
    if str(st.session_state.get(state.SOURCE, "")).startswith(SOURCE_PREFIX):
        import engine

        st.session_state[state.MODEL] = engine.STUDY_MODEL
        session.load_sample()


def workbook(frame: pd.DataFrame) -> bytes:
    """The responses as an Excel workbook (cells that look like formulas are not formulas)."""
    safe = frame.copy()
    for c in safe.columns:
        if safe[c].dtype == object:
            safe[c] = safe[c].map(
                lambda v: "'" + v if isinstance(v, str) and v[:1] in "=+-@\t\r" else v
            )
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        safe.to_excel(writer, sheet_name="Responses", index=False)
    return buffer.getvalue()


@st.cache_data(max_entries=16, show_spinner=False)
def _compare(owner_hash: str, count: int, first: int, second: int) -> dict:
    """The wave comparison (seconds of permutations), computed once per state of the data.

    Keyed by the token's hash and the number of answers, so a new answer recomputes it;
    the token itself is read from the session, never kept in the cache's key.
    """
    del owner_hash, count  # cache key only
    from collect import store
    from collect.waves import compare_waves
    from engine.intake.survey import import_survey

    token_ = st.session_state[TOKEN]
    view = store.owner_survey(token_)
    frame = store.responses_frame(token_)
    survey_ = import_survey(frame, view.spec(), overrides=store.mapping_for(view), scale=(1, 5))
    return compare_waves(survey_, frame, view.spec(), first, second)


def comparison(view, first: int, second: int) -> dict:
    from collect import store

    token_ = st.session_state[TOKEN]
    return _compare(store.hash_token(token_), store.count(view.id), first, second)


def wave_sentences(comparison: dict) -> list[str]:
    """The wave comparison in plain words, in the user's language."""
    from engine.base import text
    from engine.study.model import STUDY_LABELS

    from .i18n import language, t

    lang = language()

    def label(name: str) -> str:
        return STUDY_LABELS.get(name, {}).get(lang, name)

    first, second = comparison["first"], comparison["second"]
    lines = []
    moves = {m["construct"]: m for m in comparison["moves"]}
    for name, m in moves.items():
        lines.append(
            t(
                f"c.move.{m['direction']}",
                name=label(name),
                before=f"{m['before']:.0f}",
                after=f"{m['after']:.0f}",
                first=first,
            )
        )
    drivers = [
        m for n, m in moves.items() if n in ("INT", "INF", "PSN") and m["direction"] != "same"
    ]
    if drivers and "CLE" in moves:
        followed = any(moves["CLE"]["direction"] == m["direction"] for m in drivers)
        lines.append(t("c.followed") if followed else t("c.not_followed"))
    if comparison["paths"] is None:
        lines.append(t("c.path.too_small", minimum=comparison["paths_minimum"]))
    else:
        changed = [p for p in comparison["paths"] if p["changed"]]
        for p in changed:
            lines.append(
                t(
                    "c.path.changed",
                    path=" → ".join(text.lever(c, lang) for c in p["path"].split(" -> ")),
                    before=float(p["before"]),  # the catalog formats: 0,41 in Indonesian
                    after=float(p["after"]),
                    first=first,
                    second=second,
                )
            )
        if not changed:
            lines.append(t("c.path.same"))
    return lines
