"""Streamlit glue: session-state keys, cached engine calls and rendering helpers.

The only package besides ``pages/`` that imports Streamlit. Pages call these
helpers and the engine's results; they never compute statistics themselves.
"""

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

# Leaving Streamlit's legacy multipage mode (issue 17: no supported way exists in 1.67).
#
# A `pages/` folder beside app.py (the project's agreed layout) makes Streamlit start in its
# legacy ("v1") multipage mode: PagesManager sets `uses_pages_directory` from
# `Path(entry point's folder / "pages").exists()` when the server starts, and no config option
# changes that (`client.showSidebarNavigation` only hides the menu). Only a call to
# st.navigation leaves the mode, and the documentation says so: "As soon as any session of
# your app executes the st.navigation command, your app will ignore the pages/ directory
# (across all sessions)". Until then a first visitor arriving on a page's own URL (a shared
# link such as /whatif?sample=1) runs that page without app.py: no navigation, no language
# switch. st.navigation may only be called from the entry point, which does not run then.
# So: leave the mode once per server process, here (the page imports `ui` first), and rerun
# so that app.py's st.navigation takes over. Imported before any session exists (serve.py
# warms the sample at start-up, importing `ui` then), the flag is still unset: it is set
# here, since Streamlit would set it on the first visit, when `ui` is no longer imported
# again. tests/test_multipage.py fails when an upgrade changes any of this, and the browser
# tests open a page's own URL on a fresh server, under app.py and under serve.py.
_legacy = getattr(PagesManager, "uses_pages_directory", False)
if _legacy is None:  # no session yet: the mode is never entered
    PagesManager.uses_pages_directory = False
elif _legacy:
    PagesManager.uses_pages_directory = False
    st.rerun()
