"""Run Driver Lab with the respondents' form: ``streamlit run serve.py``.

The same Streamlit app as ``streamlit run app.py`` (which still works, without the
form), plus the survey form's routes (``/s/<link id>``, ``collect.form``) on the same
server and port, through Streamlit's own ASGI ``st.App``. The survey database is
opened (and migrated) on start, and the bundled sample's analysis computed
(``ui.warm``), so that the first visitor's page does not wait for it.
"""

import asyncio
import os
from contextlib import asynccontextmanager

import streamlit as st

from collect import db
from collect.form import routes
from ui import warm

#: The pages read this to know that the respondents' link works in this process.
os.environ["DRIVERLAB_FORM_SERVED"] = "1"


@asynccontextmanager
async def _lifespan(_app):
    db.engine_for()
    # the sample's analysis before the first visitor (ui/warm.py): she does not wait for it
    await asyncio.to_thread(warm.warm)
    yield
    db.dispose()


app = st.App("app.py", routes=routes(), lifespan=_lifespan)
