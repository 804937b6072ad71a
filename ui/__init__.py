"""Streamlit glue: session-state keys, cached engine calls and rendering helpers.

The only package besides ``pages/`` that imports Streamlit. Pages call these
helpers and the engine's results; they never compute statistics themselves.
"""

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

# A `pages/` folder beside app.py makes Streamlit start in its legacy multipage
# mode, in which a first visitor arriving on a page's own URL (a shared link
# such as /whatif?sample=1) would run that page without app.py (no navigation,
# no language switch) until some session runs st.navigation. Leave that mode
# once, here, and rerun so that app.py's st.navigation takes over.
if PagesManager.uses_pages_directory:
    PagesManager.uses_pages_directory = False
    st.rerun()
