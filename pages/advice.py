"""Advice: the owner's brief — the few things to do first and why.

The first steps are the story's (``ui.owner.story``), the same Home shows; each
action's colour is the one the Drivers charts use for it.
"""

import streamlit as st

import engine
from ui import owner, render, session
from ui.i18n import language, t

st.title(t("a.title"))
r = session.results()
try:
    s = owner.story(r)
except engine.DriverLabError as exc:
    render.show_error(exc)

owner.kicker(r.analysis, r.result.meta["n_obs"])
lang = language()
advice = s.advice
ICON = {
    "invest": ":material/trending_up:",
    "maintain": ":material/verified:",
    "monitor": ":material/visibility:",
    "no evidence": ":material/help:",
    "fix measurement": ":material/build:",
    "collect more": ":material/group_add:",
    "none": ":material/check_circle:",
}


def show(i: int) -> None:
    row = advice.loc[i]
    code = row.action.replace(" ", "_")
    with st.container(border=True, key=f"act-{code}-{i}"):
        icon = ICON.get(row.action, ":material/info:")
        title = f"{owner.action_label(row.action)} · {owner.subject(row)}"
        # one element per card (each element is a message and a browser render)
        parts = [render.plain(row[f"{part}_{lang}"]) for part in ("finding", "why", "todo")]
        st.markdown("\n\n".join([f"{icon} **{render.plain(title)}**", *parts]))


st.subheader(t("own.a.first"), anchor=False)
for i in s.first:
    show(i)
rest = [i for i in s.advice_for_target().index if i not in s.first]
if rest:
    st.subheader(render.plain(t("own.a.rest", target=owner.lower_name(s.target))), anchor=False)
    for i in rest:
        show(i)
with render.folded(t("a.more"), key="advice_more") as shown:  # drawn only when opened
    if shown:
        for i in advice.index:
            if i not in s.first and i not in rest:
                show(i)
