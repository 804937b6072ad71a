"""Students' model editor: constructs, items, modes, paths, scheme; checked by the engine."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

import engine
from engine.base.settings import SCHEMES
from ui import render, session, state
from ui.i18n import column_label, t

if TYPE_CHECKING:
    from engine.core.spec import ModelSpec


def constructs_editor(spec: ModelSpec) -> pd.DataFrame:
    """The constructs as an editable table: name, indicators (comma-separated), mode, reflective."""
    st.subheader(t("e.constructs"))
    return st.data_editor(
        pd.DataFrame(
            {
                "name": [c.name for c in spec.constructs],
                "indicators": [", ".join(c.indicators) for c in spec.constructs],
                "mode": [c.mode for c in spec.constructs],
                "reflective": [c.reflective for c in spec.constructs],
            }
        ),
        num_rows="dynamic",
        hide_index=True,
        column_config={
            "name": st.column_config.TextColumn(column_label("name")),
            "indicators": st.column_config.TextColumn(column_label("indicators")),
            "mode": st.column_config.SelectboxColumn(column_label("mode"), options=["A", "B"]),
            "reflective": st.column_config.CheckboxColumn(column_label("reflective")),
        },
        key="model_constructs",
        width="stretch",
    )


def paths_editor(spec: ModelSpec) -> pd.DataFrame:
    """The paths as an editable table of from -> to."""
    st.subheader(t("e.paths"))
    return st.data_editor(
        pd.DataFrame(list(spec.paths), columns=["from", "to"]),
        num_rows="dynamic",
        hide_index=True,
        column_config={c: st.column_config.TextColumn(column_label(c)) for c in ("from", "to")},
        key="model_paths",
        width="stretch",
    )


def spec_from(constructs: pd.DataFrame, paths: pd.DataFrame) -> ModelSpec:
    """The edited tables as a model the engine checks (raises DriverLabError when it is not)."""
    rows = constructs.dropna(subset=["name"])
    return engine.ModelSpec.from_dict(
        {
            "constructs": [
                {
                    "name": str(r["name"]).strip(),
                    "indicators": [
                        i.strip() for i in str(r["indicators"] or "").split(",") if i.strip()
                    ],
                    "mode": str(r["mode"] or "A"),
                    "reflective": bool(r["reflective"])
                    if r["reflective"] == r["reflective"]
                    else False,
                }
                for _, r in rows.iterrows()
            ],
            "paths": [
                [str(a).strip(), str(b).strip()] for a, b in paths.dropna().itertuples(index=False)
            ],
        }
    )


def edit_form(analysis: session.Analysis) -> None:
    """The model's tables and scheme in one form; applied when the engine accepts them."""
    with st.form("model_form"):
        constructs = constructs_editor(analysis.spec)
        paths = paths_editor(analysis.spec)
        scheme = st.selectbox(
            t("e.scheme"),
            SCHEMES,
            index=SCHEMES.index(analysis.settings.scheme),
            format_func=lambda name: t(f"doc.scheme.{name}"),  # "jalur (path)", not "path"
        )
        submitted = st.form_submit_button(t("e.apply"), type="primary")
    if submitted:
        try:
            new_spec = spec_from(constructs, paths)
            st.session_state[state.MODEL] = new_spec
            st.session_state[state.SETTINGS] = dataclasses.replace(analysis.settings, scheme=scheme)
            st.rerun()
        except engine.DriverLabError as exc:
            render.error(exc)


def save_and_load(analysis: session.Analysis) -> None:
    """What the model holds, items missing from the data, and the model as a JSON file."""
    spec = analysis.spec
    st.caption(t("e.saved", n=len(spec.constructs), p=len(spec.paths)))
    missing = [i for i in spec.items if i not in analysis.data.columns]
    if missing:
        st.warning(t("e.missing", items=render.plain(", ".join(missing))))
    render.download(
        t("e.download"), spec.to_json(), file_name="model.json", mime="application/json"
    )
    uploaded = st.file_uploader(t("e.upload"), type=["json"], key="model_upload")
    if uploaded is not None and uploaded.file_id != st.session_state.get("model_upload_id"):
        st.session_state["model_upload_id"] = uploaded.file_id
        try:
            st.session_state[state.MODEL] = engine.ModelSpec.from_json(
                uploaded.getvalue().decode("utf-8", "replace")
            )
            st.rerun()
        except engine.DriverLabError as exc:
            render.error(exc)


st.title(t("e.title"))
st.caption(t("e.help"))
analysis = session.current()

if st.button(t("e.study"), icon=":material/restart_alt:"):
    st.session_state[state.MODEL] = engine.STUDY_MODEL
    st.rerun()

edit_form(analysis)
save_and_load(analysis)
