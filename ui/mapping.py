"""The mapping step on the Data page: her own questions, each with its suggested topic.

Shown after an upload whose questions were not all recognised with confidence
(``state.PENDING``). She confirms or changes the topic per question or for a
block of consecutive questions at once, marks questions as not part of the
model and presses one button to analyse. Everything from her file is shown as
plain text.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

import engine
from engine.intake.suggest import CONFIDENT, ColumnSuggestion, Intake, explain, with_choices
from engine.study.model import STUDY_LABELS

from . import render, session, state
from .i18n import language, t

NONE = "—"


def construct_label(name: str, lang: str | None = None) -> str:
    """'Interaktivitas (INT)': the construct's plain name, then its code."""
    lang = lang or language()
    label = STUDY_LABELS.get(name, {}).get(lang)
    return f"{label} ({name})" if label else name


def _key(pending: dict, k: int) -> str:
    return f"map_{pending['id']}_{k}"


def _store(pending: dict) -> dict[int, str]:
    """Her choices, kept outside the widgets: Streamlit forgets a widget's value when
    another page runs, and nothing she already did may be lost."""
    return st.session_state.setdefault(f"mapchoices_{pending['id']}", {})


def _set_block(pending: dict, count: int) -> None:
    lo = st.session_state[f"map_{pending['id']}_from"]
    hi = st.session_state[f"map_{pending['id']}_to"]
    target = st.session_state[f"map_{pending['id']}_as"]
    for k in range(min(lo, hi), min(max(lo, hi), count) + 1):
        st.session_state[_key(pending, k)] = target
        _store(pending)[k] = target


def choices(pending: dict) -> dict[str, str | None]:
    """column -> target from her answers on the page (answer columns) and the
    suggestion (the other columns)."""
    intake = pending["intake"]
    out = {}
    k = 0
    for c in intake.columns:
        if c.kind == "item":
            k += 1
            value = st.session_state.get(_key(pending, k), _store(pending).get(k, c.maps_to))
            out[c.column] = None if value in (NONE, None) else value
        else:
            out[c.column] = c.maps_to
    return out


def _options(intake: Intake) -> tuple[list[str], Callable[[str], str]]:
    """The topics a question can take (the model's constructs, item codes already
    suggested, not part of the model) and how each is worded, once, in this run's language."""
    lang = language()
    answers = intake.answer_columns
    options = [*intake.constructs]
    options += sorted({c.maps_to for c in answers if c.maps_to and c.maps_to not in options})
    options.append(NONE)
    names = {
        value: t("map.not_model")
        if value == NONE
        else (construct_label(value, lang) if value in intake.constructs else value)
        for value in options
    }

    def fmt(value: str) -> str:
        return names.get(value, str(value))

    return options, fmt


def _block_form(pending: dict, count: int, options: list[str], fmt: Callable[[str], str]) -> None:
    """One topic for a block of consecutive questions."""
    with st.expander(t("map.block"), icon=":material/select_all:"):
        numbers = list(range(1, count + 1))
        c1, c2, c3 = st.columns(3)
        c1.selectbox(t("map.block_from"), numbers, key=f"map_{pending['id']}_from")
        c2.selectbox(
            t("map.block_to"), numbers, index=len(numbers) - 1, key=f"map_{pending['id']}_to"
        )
        c3.selectbox(t("map.block_as"), options, format_func=fmt, key=f"map_{pending['id']}_as")
        st.button(
            t("map.block_apply"),
            on_click=_set_block,
            args=(pending, count),
            key=f"map_{pending['id']}_block",
        )


def _question(
    pending: dict, k: int, c: ColumnSuggestion, options: list[str], fmt: Callable[[str], str]
) -> None:
    """Question ``k``: her wording, its topic to confirm or change, why, and her answers."""
    key = _key(pending, k)
    if key not in st.session_state:
        remembered = _store(pending).get(k, c.maps_to)
        st.session_state[key] = remembered if remembered in options else NONE
    with st.container(border=True):
        head = f"**{k}.** {render.plain(c.question)}"
        if c.section:
            head += f"  \n:gray[{render.plain(c.section)}]"
        st.markdown(head)
        _store(pending)[k] = st.selectbox(
            render.plain(f"{k}. {c.question}"),
            options,
            format_func=fmt,
            key=key,
            label_visibility="collapsed",
        )
        why = explain(c.reason, dict(c.params), language())
        note = t("map.why", why=render.plain(why))
        if c.confidence < CONFIDENT and c.reason not in ("saved", "code", "user"):
            note = t("map.check") + " · " + note
        examples = render.plain(", ".join(c.examples))
        st.caption(note + "  \n" + t("map.examples", values=examples))


def _set_aside(intake: Intake) -> None:
    """The columns that are not answers, each with what it was taken to be."""
    others = [c for c in intake.columns if c.kind != "item"]
    if not others:
        return
    lang = language()
    with st.expander(t("map.set_aside", n=len(others))):
        render.table(
            pd.DataFrame(
                {
                    t("map.question"): [c.question for c in others],
                    t("map.kind"): [explain(c.reason, dict(c.params), lang) for c in others],
                }
            )
        )


def _counts(current: Intake) -> None:
    """Questions per construct, with a warning for an empty one and a note for few."""
    lang = language()
    counts = current.filled()
    st.write(
        t(
            "map.counts",
            counts=render.plain(
                ", ".join(f"{construct_label(n, lang)} {v}" for n, v in counts.items())
            ),
        )
    )
    empty = [construct_label(n, lang) for n, v in counts.items() if v == 0]
    few = [construct_label(n, lang) for n, v in counts.items() if 0 < v < 3]
    if empty:
        st.warning(t("map.empty", names=render.plain(", ".join(empty))), icon=":material/warning:")
    if few:
        st.caption(t("map.few", names=render.plain(", ".join(few))) + " " + t("map.why_three"))


def _actions(pending: dict, chosen: dict[str, str | None], current: Intake) -> None:
    """Analyse, cancel, download the mapping, or use a saved one."""
    c1, c2 = st.columns(2)
    if c1.button(t("map.analyse"), type="primary", icon=":material/play_arrow:", width="stretch"):
        try:
            with st.spinner():
                session.confirm_mapping(chosen)
            st.rerun()
        except engine.DriverLabError as exc:
            render.error(exc)
            if state.DATA in st.session_state:
                st.caption(t("data.kept"))
    if c2.button(t("map.cancel"), width="stretch"):
        st.session_state.pop(state.PENDING, None)
        st.rerun()
    render.download(
        t("map.download"),
        current.mapping_json(),
        file_name="driver-lab-mapping.json",
        mime="application/json",
    )
    saved = st.file_uploader(t("map.use_saved"), type=["json"], key=f"map_{pending['id']}_file")
    if saved is not None:
        try:
            session.use_saved_mapping(saved.getvalue().decode("utf-8", "replace"))
            st.rerun()
        except engine.DriverLabError as exc:
            render.error(exc)


def step() -> None:
    """Draw the mapping step for the waiting upload."""
    pending = st.session_state[state.PENDING]
    intake = pending["intake"]
    answers = intake.answer_columns
    st.subheader(t("map.title"))
    st.caption(t("map.intro", n=len(answers), name=render.plain(pending["name"])))
    st.caption(t("map.why_three"))
    options, fmt = _options(intake)
    _block_form(pending, len(answers), options, fmt)
    for k, c in enumerate(answers, start=1):
        _question(pending, k, c, options, fmt)
    _set_aside(intake)
    chosen = choices(pending)
    current = with_choices(intake, chosen)
    _counts(current)
    _actions(pending, chosen, current)
