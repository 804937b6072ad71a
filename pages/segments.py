"""Segments: the model per group and which differences hold."""

import streamlit as st

import engine
from engine.thresholds import ALPHA
from ui import cache, render, session
from ui.i18n import t

st.title(t("g.title"))
r = session.results(with_bootstrap=False)
a, result = r.analysis, r.result

st.metric(t("metric.valid"), result.meta["n_obs"])
items = set(a.spec.items)
columns = [c for c in a.data.columns if c not in items and a.data[c].nunique() <= 12]
if not columns:
    st.info(t("g.none"))
    st.stop()
column = st.selectbox(
    t("g.column"),
    columns,
    index=columns.index("platform") if "platform" in columns else 0,
    key="segment_column",
)
try:
    with st.spinner(t("g.working"), show_time=True):
        comparison = cache.groups(a.data, a.spec, a.settings, column)
except engine.DriverLabError as exc:
    render.show_error(exc)

if len(comparison.refused):
    st.warning(
        t(
            "g.refused",
            minimum=int(comparison.refused["minimum"].iloc[0]),
            groups=render.plain(
                ", ".join(
                    f"{g} ({n})"
                    for g, n in zip(comparison.refused.group, comparison.refused.n, strict=True)
                )
            ),
        ),
        icon=":material/group_off:",
    )
st.subheader(t("g.paths"))
wide = comparison.groups.assign(path=comparison.groups.source + " -> " + comparison.groups.target)
table = wide.pivot(index="path", columns="group", values="estimate")
sizes = wide.drop_duplicates("group").set_index("group").n
table.columns = [f"{g} (n={sizes[g]})" for g in table.columns]
render.table(table.reset_index())

st.subheader(t("g.differences"))
st.caption(t("g.differences_help"))
diff = comparison.differences.assign(
    holds=[
        render.LIGHT["green"] if (p < ALPHA and ok) else ""
        for p, ok in zip(
            comparison.differences.p_permutation, comparison.differences.micom_ok, strict=True
        )
    ]
)
render.table(diff[["holds", *comparison.differences.columns]])
