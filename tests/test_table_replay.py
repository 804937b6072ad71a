"""ui.render.table: a table is formatted once per exact content and replayed after.

Replaying is only right if the key covers everything that changes what is drawn: the
frame's every cell, the labels, the decimals, the language. These tests count how often
the table is really formatted (``_draw_table``) while the page still shows it.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st
from streamlit.testing.v1 import AppTest

from ui import render


def _script() -> None:
    import pandas as pd
    import streamlit as st

    from ui import render

    frame = st.session_state.get("frame", pd.DataFrame({"effect": [0.25, 0.5]}))
    render.table(frame, decimals=st.session_state.get("decimals", 3))


def _counting(monkeypatch) -> list:
    drawn = []
    real = render._draw_table

    def draw(frame, decimals=3, **labels):
        drawn.append(frame.shape)
        real(frame, decimals, **labels)

    monkeypatch.setattr(render, "_draw_table", draw)
    st.cache_data.clear()
    return drawn


def test_the_same_table_is_formatted_once_and_still_shown(monkeypatch) -> None:
    drawn = _counting(monkeypatch)
    at = AppTest.from_function(_script).run()
    at.run()
    at.run()
    assert len(drawn) == 1
    assert list(at.dataframe[0].value["effect"]) == [0.25, 0.5]


def test_any_change_of_cell_decimals_or_language_is_formatted_anew(monkeypatch) -> None:
    drawn = _counting(monkeypatch)
    at = AppTest.from_function(_script).run()
    at.session_state["frame"] = pd.DataFrame({"effect": [0.25, 0.5000001]})  # one cell
    at.run()
    assert list(at.dataframe[0].value["effect"]) == [0.25, 0.5000001]
    at.session_state["decimals"] = 2
    at.run()
    at.session_state["lang"] = "id"  # ui.state.LANG: the session's language
    at.run()
    assert len(drawn) == 4


def test_a_long_table_is_drawn_every_time_and_not_kept(monkeypatch) -> None:
    drawn = _counting(monkeypatch)
    at = AppTest.from_function(_script)
    at.session_state["frame"] = pd.DataFrame({"x": range(render.TABLE_CELLS + 1)}, dtype=float)
    at.run()
    at.run()
    assert len(drawn) == 2
