"""Segments: is it the same for everyone? The answer in one sentence first; the model per
group and which differences hold under a fold, for checking."""

import streamlit as st

import engine
from engine.analytics.segments import answer, holds
from engine.base.text import render as render_message
from ui import cache, owner, render, session
from ui.i18n import answer_label, field_label, language, t


def _choose_column(a: session.Analysis) -> str:
    """The profile column to split by (stops the page when there is none)."""
    items = set(a.spec.items)
    columns = [c for c in a.data.columns if c not in items and a.data[c].nunique() <= 12]
    if not columns:
        st.info(t("g.none"))
        st.stop()
    return st.selectbox(
        t("g.column"),
        columns,
        index=columns.index("platform") if "platform" in columns else 0,
        # the study's profile questions by name in her language; her own columns as typed
        key="segment_column",
        format_func=field_label,
    )


def _compare(a: session.Analysis, column: str):
    try:
        with st.spinner(t("g.working"), show_time=True):
            return cache.groups(a.data, a.spec, a.settings, column, a.digest)
    except engine.DriverLabError as exc:
        render.show_error(exc)


def path_name(source: str, target: str) -> str:
    return t("own.g.path", source=owner.name(source), target=owner.name(target))


def _paths(comparison, column: str) -> None:
    st.subheader(t("g.paths"))
    st.caption(t("own.g.paths_help"))
    wide = comparison.groups.assign(
        path=[
            path_name(a_, b_)
            for a_, b_ in zip(comparison.groups.source, comparison.groups.target, strict=True)
        ]
    )
    sizes = wide.drop_duplicates("group").set_index("group").n
    # the groups in the comparison's order (largest first: group A of every pair comes
    # first, as in the table of differences), the paths in the model's order
    table = wide.pivot(index="path", columns="group", values="estimate")
    table = table.loc[list(dict.fromkeys(wide.path)), list(sizes.index)]
    table.columns = [f"{answer_label(column, g)} (n={sizes[g]})" for g in table.columns]
    render.table(table.reset_index())


def _differences(comparison, column: str) -> None:
    st.subheader(t("g.differences"))
    st.caption(t("g.differences_help"))
    diff = comparison.differences.assign(
        holds=[render.LIGHT["green"] if ok else "" for ok in holds(comparison.differences)]
    )
    diff = diff.assign(  # the groups' names in her language ("Male" -> "Laki-laki")
        group_a=[answer_label(column, g) for g in diff.group_a],
        group_b=[answer_label(column, g) for g in diff.group_b],
    )
    diff["path"] = [path_name(*p.split(" -> ", 1)) if " -> " in p else p for p in diff.path]
    render.table(diff[["holds", *comparison.differences.columns]])


st.title(t("g.title"))
r = session.results(with_bootstrap=False)
owner.kicker(r.analysis, r.result.meta["n_obs"])
column = _choose_column(r.analysis)
comparison = _compare(r.analysis, column)
# the answer in her words; the group names are her answers, shown as typed
st.markdown(render.plain(render_message(answer(comparison, column), language())))
with render.folded(t("g.figures"), key="segments_figures") as shown:
    if shown:  # the two technical tables, drawn only when opened
        _paths(comparison, column)
        _differences(comparison, column)
