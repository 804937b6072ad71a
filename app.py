"""Driver Lab: which part of your live-streaming sales moves customers most.

Run with ``streamlit run app.py``. Pages live in ``pages/`` and are listed here
explicitly; Streamlit glue lives in ``ui/``; statistics live in ``engine/``.
"""

import streamlit as st

st.set_page_config(page_title="Driver Lab", page_icon=":material/insights:", layout="centered")

page = st.navigation(
    [
        st.Page("pages/home.py", title="Home", icon=":material/home:", default=True),
    ]
)
page.run()
