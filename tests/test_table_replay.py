"""ui.render.table: a table is formatted once per exact content and replayed after.

Replaying is only right if the key covers everything that changes what is drawn: the
frame's every cell, the labels, the decimals, the language. These tests count how often
the table is really formatted (``_draw_table``) while the page still shows it.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st
from streamlit.testing.v1 import AppTest

from engine.base.text import column_label
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


def _twins() -> None:
    import pandas as pd

    from ui import render

    frame = pd.DataFrame([["INT01", "Her question", 0.5, "x", "y"]], columns=list("abcde"))
    frame.columns = ["code", "question", "effect", "Answer", "Answer"]  # two of her own alike
    render.table(frame, code="Question", question="Question")


def test_columns_worded_alike_are_shown_not_a_crash() -> None:
    """Two headers worded the same (a code column and her question both "Pertanyaan" in
    Indonesian crashed the Drivers page; two of her own columns may share a name)."""
    at = AppTest.from_function(_twins).run()
    assert not at.exception
    shown = at.dataframe[0].value
    assert list(shown.columns) == [
        "Question",
        "Question (2)",
        column_label("effect"),
        "Answer",
        "Answer (2)",
    ]
    assert list(shown.iloc[0]) == ["INT01", "Her question", 0.5, "x", "y"]
