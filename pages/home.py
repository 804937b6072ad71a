"""Home: the owner's answer on the first screen.

Which of her levers is most strongly linked to engagement (in answer points, with
its likely range), the one or two things to do first, how sure we are, and the two
doors (upload my survey / explore the study's sample). Technical tables live on
the Methods & study pages.
"""

import streamlit as st

from ui import owner, render, session
from ui.i18n import language, number, t

quick = session.results(with_bootstrap=False)
analysis, result = quick.analysis, quick.result


def draw(s, pending: bool, suffix: str) -> None:
    """The three summary cards: the answer, what to do first, how sure we are."""
    lang = language()
    kicker = "home.kicker_sample" if analysis.is_sample else "home.kicker_own"
    answer, todo, sure = st.columns([1.3, 1.1, 0.9], gap="small")
    with answer.container(key=f"card_answer{suffix}"):
        st.caption(t(kicker, n=s.n))
        if s.top is None:
            st.markdown(t("home.no_lever"))
        else:
            top = s.levers.iloc[0]
            lever = owner.name(top.driver)
            st.subheader(
                render.plain(t("home.answer", lever=lever, target=owner.lower_name(s.target))),
                anchor=False,
            )
            words = dict(
                lever=owner.lower_name(top.driver),
                effect=owner.num(top.effect, sign=True),
                target=owner.lower_name(s.target),
                scale=owner.scale_text(s),
            )
            if pending:
                st.markdown(render.plain(t("home.effect_pending", **words)))
            else:
                lo, hi = owner.num(top.lower, sign=True), owner.num(top.upper, sign=True)
                st.markdown(render.plain(t("home.effect", lo=lo, hi=hi, **words)))
    # few elements per card: each is a message and a render in the browser
    with todo.container(key=f"card_do{suffix}"):
        st.markdown(f"**{t('home.do_first')}**")
        if pending:
            st.caption(t("home.pending"))
        for k, i in enumerate(() if pending else s.first, start=1):
            row = s.advice.loc[i]
            title = f"{owner.action_label(row.action)} · {owner.subject(row)}"
            st.markdown(f"{k}. **{render.plain(title)}**")
            st.caption(render.plain(owner.first_sentence(row[f"todo_{lang}"])))
    with sure.container(key=f"card_sure{suffix}"):
        st.markdown(f"**{t('home.sure')}**")
        # her count under the label the Data page and every contract use ("Respons valid")
        st.metric(t("metric.valid"), number(s.n, ",d"))
        st.markdown("\n\n".join(_sure(s, pending)))


def _sure(s, pending: bool) -> list[str]:
    """How sure we are, a line each: enough answers? sound questions?"""
    if s.minimum_n is None or pending:
        size = t("home.size_unknown", n=s.n)
    elif s.enough_responses:
        size = ":material/check_circle: " + t("home.enough", n=s.n, need=s.minimum_n)
    else:
        size = ":material/group_add: " + t("home.short", n=s.n, more=s.minimum_n - s.n)
    if s.measurement_sound:
        return [size, ":material/check_circle: " + t("home.sound")]
    return [size, ":material/build: " + t("home.unsound")]


cards = st.empty()
if not owner.boot_ready(analysis):  # a first visit: the estimate now, the ranges in a moment
    from engine.analytics.story import story

    with cards.container():
        draw(story(result, None, scale=analysis.survey.scale), pending=True, suffix="_quick")
full = session.results(banner=False)  # the quick look above already said whose data
s = owner.story(full)
with cards.container():
    draw(s, pending=False, suffix="")

with st.container(horizontal=True, key="doors"):
    st.page_link("pages/data.py", label=t("home.upload"), icon=":material/upload_file:")
    if st.button(t("home.explore"), icon=":material/travel_explore:", key="explore_sample"):
        if analysis.is_sample:
            st.switch_page("pages/drivers.py")
        session.load_sample()
        st.rerun()

chart_side, words_side = st.columns([3, 2], gap="large")
if len(s.levers):  # her levers side by side, in the colours every page uses
    with chart_side:
        st.markdown(f"**{render.plain(t('own.home.levers', target=owner.lower_name(s.target)))}**")
        build, key, height = owner.levers_chart(s)
        render.altair(build, key=key, height=height)

with words_side:
    mechanism = [
        render.plain(
            t(
                "home.mechanism",
                target=owner.lower_name(s.target),
                outcome=owner.lower_name(row.outcome),
                effect=owner.num(row.effect, sign=True),
                lo=owner.num(row.lower, sign=True),
                hi=owner.num(row.upper, sign=True),
            )
        )
        for row in s.mechanism.itertuples(index=False)
    ]
    if mechanism:
        st.markdown("\n\n".join(mechanism))
    with render.folded(t("home.meanings"), key="home_meanings") as shown:
        if shown:  # drawn only when opened
            st.markdown(t("home.mean_points", scale=owner.scale_text(s)))
            st.markdown(t("home.mean_range"))
            st.markdown(t("home.mean_link"))
            st.markdown(t("home.mean_enough"))
            st.markdown(t("home.mean_sound"))
    st.caption(t("home.methods"))
    with st.container(horizontal=True):
        st.page_link(
            "pages/structural.py", label=t("nav.structural"), icon=":material/account_tree:"
        )
        st.page_link("pages/measurement.py", label=t("nav.measurement"), icon=":material/rule:")
