"""What the session is analysing: the survey, the model and the settings.

Session state holds the inputs; results come from the cached calls in
``ui.cache``. ``?sample=1`` in the URL opens the bundled sample on any page.
"""

from __future__ import annotations

import hashlib
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

import engine
from engine.core.bootstrap import N_BOOT
from engine.intake.survey import Survey

from . import cache, state

if TYPE_CHECKING:
    from engine.core.bootstrap import BootstrapResult


@dataclass(frozen=True)
class Analysis:
    survey: Survey
    data: pd.DataFrame
    spec: engine.ModelSpec
    settings: engine.Settings
    source: str
    #: SHA-256 of ``data`` (``cache.table_digest``): computed once per table (see
    #: :func:`table_digest`) and passed to the cached calls as ``table=``.
    digest: str

    @property
    def is_sample(self) -> bool:
        return self.source == "sample"


def screening_rules(
    settings: engine.Settings | None = None, left_out: tuple[str, ...] | None = None
):
    """The rules her survey is screened by: the study's, except that with mean
    replacement (``settings.missing``) a respondent with some blanks is kept (as the
    command line does), plus the optional rules she switched on (``state.LEFT_OUT``)."""
    from engine.intake.survey import ScreeningRules

    settings = settings or st.session_state.get(state.SETTINGS, engine.Settings())
    chosen = st.session_state.get(state.LEFT_OUT, ()) if left_out is None else left_out
    return ScreeningRules(
        complete=settings.missing == "listwise",
        **{rule: True for rule in chosen if rule in ScreeningRules.OPTIONAL},
    )


def load_upload(
    data: bytes,
    name: str,
    overrides: dict | None = None,
    reversed_items: tuple[str, ...] = (),
    settings: engine.Settings | None = None,
    left_out: tuple[str, ...] | None = None,
) -> None:
    """Read and screen an upload; only on success does it replace what the session had.

    ``settings`` and ``left_out`` (her screening choices, see :func:`screening_rules`)
    replace the session's with the upload, also only on success.

    Raises engine.DriverLabError with a plain message (the page shows it and the
    previous analysis stays loaded). The bytes stay in session memory only.
    """
    from engine.intake.io import read_upload
    from engine.intake.survey import import_survey

    spec = st.session_state.get(state.MODEL, engine.STUDY_MODEL)
    settings = settings or st.session_state.get(state.SETTINGS, engine.Settings())
    if left_out is None:
        left_out = tuple(st.session_state.get(state.LEFT_OUT, ()))
    table = read_upload(data, name)
    survey = import_survey(
        table.frame,
        spec,
        rules=screening_rules(settings, left_out),
        overrides=overrides,
        reversed_items=reversed_items,
    )
    engine.estimate(survey.data, survey.model(spec), settings)
    st.session_state[state.SETTINGS] = settings
    st.session_state[state.LEFT_OUT] = left_out
    st.session_state[state.UPLOAD_BYTES] = data
    st.session_state[state.UPLOAD_NAME] = name
    st.session_state[state.UPLOAD_TABLE] = {
        "notes": table.notes,
        "messages": table.messages,
        "sheet": table.sheet,
        "sheets": table.sheets,
        "header_row": table.header_row,
    }
    st.session_state[state.OVERRIDES] = dict(overrides or {})
    st.session_state[state.REVERSED] = tuple(reversed_items)
    st.session_state[state.SURVEY] = survey
    st.session_state[state.DATA] = survey.data
    st.session_state[state.SOURCE] = name
    st.session_state.pop(state.PENDING, None)
    if overrides:  # the next wave of the same questionnaire is mapped the same way
        saved = dict(st.session_state.get(state.SAVED_MAPPINGS, {}))
        saved[_headers(table.frame)] = dict(overrides)
        st.session_state[state.SAVED_MAPPINGS] = saved


def _headers(frame: pd.DataFrame) -> tuple[str, ...]:
    return tuple(str(c) for c in frame.columns)


def receive_upload(data: bytes, name: str) -> bool:
    """An upload as it arrives: analysed at once when its columns are recognised with
    confidence (item codes, a mapping she confirmed for the same headers, or every
    question suggested with confidence); otherwise kept waiting (``state.PENDING``) for
    her to confirm which question measures what. The analysis loaded so far stays
    until then. Returns True when the file was analysed.

    Raises engine.DriverLabError (unreadable file, no answer column at all).
    """
    from engine.intake.io import read_upload
    from engine.intake.suggest import refuse_unusable, suggest

    spec = st.session_state.get(state.MODEL, engine.STUDY_MODEL)
    table = read_upload(data, name)
    saved = st.session_state.get(state.SAVED_MAPPINGS, {}).get(_headers(table.frame))
    intake = suggest(table.frame, spec, saved=saved)
    refuse_unusable(intake)
    if saved is not None:
        load_upload(data, name, saved)
        return True
    if intake.coded:
        load_upload(data, name)
        return True
    if intake.confident:  # every question recognised with confidence: analysed at once
        load_upload(data, name, intake.overrides())
        return True
    st.session_state[state.PENDING] = {
        "bytes": data,
        "name": name,
        "intake": intake,
        "notes": table.notes,
        "id": hashlib.sha1(data).hexdigest()[:10],
    }
    return False


def remap_current() -> None:
    """Open the mapping step again for the file in use, with her current choices."""
    from engine.intake.io import read_upload
    from engine.intake.suggest import suggest

    data = st.session_state.get(state.UPLOAD_BYTES)
    name = st.session_state.get(state.UPLOAD_NAME)
    if data is None:
        return
    spec = st.session_state.get(state.MODEL, engine.STUDY_MODEL)
    table = read_upload(data, name)
    overrides = st.session_state.get(state.OVERRIDES) or None
    intake = suggest(table.frame, spec, saved=overrides)
    st.session_state[state.PENDING] = {
        "bytes": data,
        "name": name,
        "intake": intake,
        "notes": table.notes,
        "id": hashlib.sha1(data).hexdigest()[:10] + "r",
    }


def use_saved_mapping(text: str) -> None:
    """Pre-fill the waiting upload's choices from a mapping she saved before (JSON)."""
    from engine.intake.io import read_upload
    from engine.intake.suggest import suggest
    from engine.intake.survey import load_mapping

    pending = st.session_state[state.PENDING]
    overrides, _ = load_mapping(text)
    table = read_upload(pending["bytes"], pending["name"])
    known = set(_headers(table.frame))
    saved = {c: v for c, v in overrides.items() if c in known}
    intake = suggest(table.frame, st.session_state.get(state.MODEL, engine.STUDY_MODEL), saved)
    digest = hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:6]
    st.session_state[state.PENDING] = {**pending, "intake": intake, "id": pending["id"] + digest}


def confirm_mapping(choices: dict[str, str | None]) -> None:
    """Analyse the waiting upload with her choices (column -> construct, item, profile
    field or None); on a problem the waiting file and the previous analysis both stay."""
    pending = st.session_state[state.PENDING]
    load_upload(pending["bytes"], pending["name"], choices)


def pending_banner() -> None:
    """Say plainly which data the figures come from while her file waits for its mapping
    (one helper; :func:`current` shows it on every page that draws figures)."""
    from . import render
    from .i18n import t

    pending = st.session_state.get(state.PENDING)
    if not pending:
        return
    source = st.session_state.get(state.SOURCE)
    using = (
        t("map.banner_sample")
        if source in (None, "sample")
        else t("map.banner_file", name=render.plain(source))
    )
    st.warning(
        t("map.banner", name=render.plain(pending["name"])) + " " + using,
        icon=":material/hourglass_top:",
    )


#: Every session key that opening a saved analysis may change (restored together on failure).
_ANALYSIS_KEYS = (
    state.MODEL,
    state.SETTINGS,
    state.LEFT_OUT,
    state.UPLOAD_BYTES,
    state.UPLOAD_NAME,
    state.UPLOAD_TABLE,
    state.OVERRIDES,
    state.REVERSED,
    state.SURVEY,
    state.DATA,
    state.SOURCE,
)


def open_saved(raw: bytes) -> None:
    """Restore a saved analysis (data, mapping, model, settings): all of it or nothing.

    The file is checked whole first (``engine.core.schema``); then the data is read and
    estimated and its bootstrap's work estimated. Any failure puts every key back
    as it was, so the session keeps working on what it had (issue 14, finding 6).
    """
    from engine.core.budget import check_result_bootstrap
    from engine.outputs.export import open_analysis

    saved = open_analysis(raw)
    missing = object()
    previous = {k: st.session_state.get(k, missing) for k in _ANALYSIS_KEYS}
    try:
        st.session_state[state.MODEL] = saved["model"]
        st.session_state[state.SETTINGS] = saved["settings"]
        if saved["data"] is None:
            load_sample()
        else:
            load_upload(
                saved["data"],
                saved["file_name"],
                saved["mapping"],
                saved["reversed_items"],
                left_out=saved["left_out"],
            )
        result = cache.estimate(st.session_state[state.DATA], saved["model"], saved["settings"])
        check_result_bootstrap(result, N_BOOT)
    except BaseException:
        for key, value in previous.items():
            if value is missing:
                st.session_state.pop(key, None)
            else:
                st.session_state[key] = value
        raise


def load_collected(frame: pd.DataFrame, spec: engine.ModelSpec, mapping: dict, title: str) -> None:
    """Issue 19: a collected survey's responses as the session's survey, like an upload
    (screened by the same rules, estimated once before anything is replaced)."""
    from engine.intake.survey import import_survey

    st.session_state[state.COLLECT_USABLE] = 0
    survey = import_survey(frame, spec, screening_rules(), overrides=mapping, scale=(1, 5))
    st.session_state[state.COLLECT_USABLE] = survey.screening.valid
    engine.estimate(survey.data, spec, st.session_state.get(state.SETTINGS, engine.Settings()))
    for key in (state.UPLOAD_BYTES, state.UPLOAD_NAME, state.UPLOAD_TABLE):
        st.session_state.pop(key, None)
    st.session_state[state.OVERRIDES] = {}
    st.session_state[state.REVERSED] = ()
    st.session_state[state.MODEL] = spec
    st.session_state[state.SURVEY] = survey
    st.session_state[state.DATA] = survey.data
    st.session_state[state.SOURCE] = f"survey: {title}"


def load_sample() -> None:
    survey = cache.sample_survey()
    st.session_state[state.SURVEY] = survey
    st.session_state[state.DATA] = survey.data
    st.session_state[state.SOURCE] = "sample"


def table_digest(data: pd.DataFrame) -> str:
    """The table's SHA-256 (``cache.table_digest``), computed once per table in a session.

    Kept in session state with a weak reference to the very frame it belongs to and
    reused only for that object (``is``), so every page run and every ``current()`` on
    the same table reads its cells once; a new table (upload, remap, sample) is a new
    object and is digested afresh. Frames in session state are never changed in place."""
    kept = st.session_state.get(state.TABLE_DIGEST)
    if kept is not None and kept[0]() is data:
        return kept[1]
    made = cache.table_digest(data)
    st.session_state[state.TABLE_DIGEST] = (weakref.ref(data), made)
    return made


def current(banner: bool = True) -> Analysis:
    """The session's analysis; the bundled sample when the URL asks or nothing is loaded.

    ``banner``: say whose figures these are while her file waits (once per page: a page
    that asks twice passes False the second time)."""
    if st.session_state.get(state.COLLECT_TOKEN):  # issue 19: follow new answers
        from . import collect

        collect.refresh()
    # ?sample=1 opens the sample once, on arrival; later uploads are not overwritten
    wants_sample = st.query_params.get("sample") == "1" and not st.session_state.get(
        state.SAMPLE_URL_DONE
    )
    if state.DATA not in st.session_state or wants_sample:
        load_sample()
    st.session_state[state.SAMPLE_URL_DONE] = True
    if banner:
        pending_banner()  # every page with figures says whose they are while her file waits
    base = st.session_state.get(state.MODEL, engine.STUDY_MODEL)
    survey = st.session_state.get(state.SURVEY)
    if survey is None:  # data set directly (tests, or a plain table)
        from engine.intake.survey import import_survey

        survey = import_survey(st.session_state[state.DATA], base)
    return _analysis(
        survey,
        base,
        st.session_state.get(state.SETTINGS, engine.Settings()),
        st.session_state.get(state.SOURCE, "upload"),
        table_digest(survey.data),
    )


def _analysis(
    survey: Survey, base: engine.ModelSpec, settings: engine.Settings, source: str, digest: str
) -> Analysis:
    """The analysis of ``survey`` under the model ``base`` (the one way both
    :func:`current` and :func:`sample_analysis` build it, so their cache keys agree)."""
    return Analysis(
        survey=survey,
        data=survey.data,
        spec=survey.model(base),
        settings=settings,
        source=source,
        digest=digest,
    )


def sample_analysis() -> Analysis:
    """The analysis a session opening the bundled sample gets (the study's model, default
    settings), built without a session: what ``ui.warm`` computes when the server starts."""
    survey = cache.sample_survey()
    return _analysis(
        survey, engine.STUDY_MODEL, engine.Settings(), "sample", cache.table_digest(survey.data)
    )


@dataclass(frozen=True)
class Results:
    """What a results page draws: the analysis, its estimate and (optionally) its bootstrap."""

    analysis: Analysis
    result: engine.PLSResult
    boot: BootstrapResult | None


def results(with_bootstrap: bool = True, n_boot: int = N_BOOT, banner: bool = True) -> Results:
    """The session's analysis estimated (and bootstrapped), from the bounded caches.

    A problem the user can fix is shown as a plain message and the page stops.
    """
    from . import render
    from .i18n import t

    try:
        analysis = current(banner)
        result = cache.estimate(analysis.data, analysis.spec, analysis.settings, analysis.digest)
        boot = None
        if with_bootstrap:
            bar = None

            def progress(fraction: float) -> None:
                nonlocal bar
                if bar is None:
                    bar = st.progress(0.0, text=t("s.progress", n=n_boot))
                bar.progress(min(1.0, fraction), text=t("s.progress", n=n_boot))

            boot = cache.bootstrapped(
                analysis.data,
                analysis.spec,
                analysis.settings,
                n_boot,
                progress=progress,
                table=analysis.digest,
            )
            if bar is not None:
                bar.empty()
    except engine.DriverLabError as exc:
        render.show_error(exc)
    return Results(analysis, result, boot)
