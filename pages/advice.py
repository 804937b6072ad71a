"""Advice: the owner's brief — the few things to do first and why."""

import streamlit as st

import engine
from engine.advice import advise
from ui import render, session
from ui.i18n import language, t

st.title(t("a.title"))
r = session.results()
result, boot = r.result, r.boot
try:
    advice = advise(result, boot, scale=r.analysis.survey.scale)
except engine.DriverLabError as exc:
    render.show_error(exc)

st.metric(t("metric.valid"), result.meta["n_obs"])
lang = language()
ICON = {
    "invest": ":material/trending_up:",
    "maintain": ":material/verified:",
    "monitor": ":material/visibility:",
    "no evidence": ":material/help:",
    "fix measurement": ":material/build:",
    "collect more": ":material/group_add:",
    "none": ":material/check_circle:",
}


def show(row) -> None:
    subject = t("a.survey") if row.subject == "survey" else row.subject
    title = f"**{t('a.action.' + row.action)}** · {render.plain(subject)}"
    parts = [row[f"finding_{lang}"], row[f"why_{lang}"], row[f"todo_{lang}"]]
    body = "\n\n".join(render.plain(p) for p in parts)
    box = st.warning if row.severity == "warning" else st.info
    if row.action == "invest":
        box = st.success
    box(f"{title}\n\n{body}", icon=ICON.get(row.action, ":material/info:"))


top = advice[advice.action.isin(["invest", "fix measurement", "collect more", "none"])]
for _, row in top.head(5).iterrows():
    show(row)
with st.expander(t("a.more")):
    for _, row in advice.drop(top.head(5).index).iterrows():
        show(row)
