"""Drivers: what is most strongly linked to the outcome (engagement by default), in answer
points with the likely range, and the importance-performance map. The colours and the
"what to do" come from the one classification the Advice page uses too."""

import streamlit as st

import engine
from engine.analytics.drivers import quadrant_label
from engine.study.questionnaire import wording
from ui import owner, render, session
from ui.i18n import column_label, language, t


def _load(r: session.Results):
    """The story, the outcomes she can pick, the chosen one, its effects and its IPMA."""
    result = r.result
    try:
        s = owner.story(r)
        names = result.layout.names
        outcomes = [names[k] for k in result.layout.endogenous]
        chosen = st.session_state.get("drivers_outcome", s.target)
        target = chosen if chosen in outcomes else s.target
        table, imp = owner.driver_tables(r, target)
    except engine.DriverLabError as exc:
        render.show_error(exc)
    return s, outcomes, target, table, imp


def _header(a: session.Analysis, result, outcomes: list[str], target: str) -> None:
    st.title(render.plain(t("own.d.title", target=owner.lower_name(target))))
    owner.kicker(a, result.meta["n_obs"])
    st.selectbox(
        t("d.outcome"),
        outcomes,
        index=outcomes.index(target),
        format_func=owner.name,
        key="drivers_outcome",
    )


def _answer(s, table, target: str) -> None:
    if target == s.target and s.top is not None:
        top = s.levers.iloc[0]
        with st.container(key="card_answer"):
            st.markdown(
                "**"
                + render.plain(
                    t("home.answer", lever=owner.name(top.driver), target=owner.lower_name(target))
                )
                + "**"
            )
            st.markdown(
                render.plain(
                    t(
                        "home.effect",
                        lever=owner.lower_name(top.driver),
                        effect=owner.num(top.effect, sign=True),
                        target=owner.lower_name(target),
                        lo=owner.num(top.lower, sign=True),
                        hi=owner.num(top.upper, sign=True),
                        scale=owner.scale_text(s),
                    )
                )
            )
    for row in table[~table.lever].itertuples(index=False):
        st.caption(
            render.plain(
                t("own.d.mediator", name=owner.name(row.driver), target=owner.lower_name(target))
            )
        )


def _ranking(s, table, target: str) -> None:
    st.subheader(t("own.d.ranking"), anchor=False)
    st.caption(
        render.plain(
            t("own.d.ranking_help", target=owner.lower_name(target), scale=owner.scale_text(s))
        )
    )
    if not table.empty:
        render.chart(
            lambda: owner.effects_chart(table, target),
            f"drivers-{target}",
            height=56 * len(table) + 30,
            title=f"{t('own.d.ranking')}: {owner.name(target)}",
            key=(table, target),
        )
    shown = table.assign(
        lever=[owner.name(d) for d in table.driver],
        likely=[
            f"{owner.num(lo, sign=True)} – {owner.num(hi, sign=True)}"
            for lo, hi in zip(table.lower, table.upper, strict=True)
        ],
        todo=[owner.action_label(x) for x in table.action],
    )[["lever", "effect", "likely", "todo", "performance", "standardized"]]
    render.table(
        shown,
        decimals=2,
        lever=t("own.col.lever"),
        effect=t("own.col.effect"),
        likely=t("own.col.range"),
        todo=t("own.col.todo"),
        performance=t("own.col.rating"),
        standardized=t("own.col.standardized"),
    )
    st.caption(t("own.d.standardized_help"))


def _ipma(result, imp, target: str) -> None:
    st.subheader(t("d.ipma"), anchor=False)
    st.caption(render.plain(t("own.d.ipma_help", target=owner.lower_name(target))))
    level = st.radio(
        t("d.level"),
        ["construct", "item"],
        horizontal=True,
        format_func=lambda x: t("d.constructs") if x == "construct" else t("d.items"),
    )
    points = imp[imp.level == level].copy()
    points["label"] = [owner.name(n) if level == "construct" else n for n in points.name]
    if level == "item":  # the code on the dot, her question in its tooltip and the table
        points["question"] = [
            wording(n, language(), result.spec.label(n)) or "" for n in points.name
        ]
    if not points.empty:
        render.chart(
            lambda: owner.ipma_chart(points, target, level),
            f"ipma-{target}-{level}",
            height=400,
            title=f"{t('d.ipma')}: {owner.name(target)}",
            key=(points, target, level),
        )
    _ipma_table(result, points, level, target)


def _ipma_table(result, points, level: str, target: str) -> None:
    view = points.assign(
        todo=[owner.action_label(x) for x in points.action],
        quadrant_label=[quadrant_label(q, language()).split(":")[0] for q in points.quadrant],
    )
    columns = {
        # at item level the code ("Kode"), beside her question ("Pertanyaan"): two columns
        # both headed "Pertanyaan" broke the Indonesian page
        "label": t("own.col.lever") if level == "construct" else column_label("code"),
        "importance": t("own.d.importance", target=owner.lower_name(target)),
        "performance": t("own.col.rating"),
        "todo": t("own.col.todo"),
        "quadrant_label": t("own.col.quadrant"),
    }
    if level == "item":
        # her own question when the model follows her questionnaire (issue 12), else the study's
        view["wording"] = [q or "—" for q in view.question]
        columns["wording"] = t("own.col.question")
    render.table(view[list(columns)], decimals=2, **columns)


r = session.results()
s, outcomes, target, table, imp = _load(r)
_header(r.analysis, r.result, outcomes, target)
_answer(s, table, target)
_ranking(s, table, target)
_ipma(r.result, imp, target)
