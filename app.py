"""Driver Lab: which part of your live-streaming sales is most strongly linked to your customers.

Run with ``streamlit run app.py``. Pages live in ``pages/`` and are listed here
explicitly, in two menu sections: the owner's pages first, then the methods and
the study. Streamlit glue lives in ``ui/``; statistics live in ``engine/``.
"""

import streamlit as st

from ui import i18n, state
from ui.i18n import t

st.set_page_config(page_title="Driver Lab", page_icon=":material/insights:", layout="wide")


def _switch_language() -> None:
    st.session_state[state.LANG] = st.session_state["language_choice"]


# The language box is the first element, drawn before pandas and the engine are imported:
# Streamlit checks once per process, on the first element, whether it runs in a REPL
# (inspect.stack(), whose cost grows with the modules loaded: ~0.1-0.2 s after pandas).
languages = list(i18n.LANGUAGES)
st.sidebar.selectbox(
    t("app.language"),
    languages,
    index=languages.index(i18n.language()),
    format_func=i18n.LANGUAGES.get,
    key="language_choice",
    on_change=_switch_language,
)

from ui import look, render  # noqa: E402  (after the first element, see above)

look.style(render.streamlit_words())  # with Streamlit's own upload words in her language

# Page files (and so every page's URL path) are unchanged; only the menu is grouped.
page = st.navigation(
    {
        t("nav.section.owner"): [
            st.Page("pages/home.py", title=t("nav.home"), icon=":material/home:", default=True),
            st.Page("pages/data.py", title=t("nav.data"), icon=":material/upload_file:"),
            st.Page("pages/drivers.py", title=t("nav.drivers"), icon=":material/leaderboard:"),
            st.Page("pages/whatif.py", title=t("nav.whatif"), icon=":material/tune:"),
            st.Page("pages/segments.py", title=t("nav.segments"), icon=":material/groups:"),
            st.Page("pages/advice.py", title=t("nav.advice"), icon=":material/lightbulb:"),
            st.Page("pages/report.py", title=t("nav.report"), icon=":material/download:"),
            # issue 19: collecting the survey in the app
            st.Page("pages/collect.py", title=t("nav.collect"), icon=":material/add_circle:"),
            st.Page("pages/survey.py", title=t("nav.survey"), icon=":material/monitoring:"),
        ],
        t("nav.section.methods"): [
            st.Page("pages/measurement.py", title=t("nav.measurement"), icon=":material/rule:"),
            st.Page(
                "pages/structural.py", title=t("nav.structural"), icon=":material/account_tree:"
            ),
            st.Page("pages/replication.py", title=t("nav.replication"), icon=":material/science:"),
            st.Page("pages/learn.py", title=t("nav.learn"), icon=":material/school:"),
            st.Page("pages/model.py", title=t("nav.model"), icon=":material/schema:"),
        ],
    },
    # every page listed: collapsed, Streamlit adds an English "View 4 more" it cannot translate
    expanded=True,
)
page.run()
