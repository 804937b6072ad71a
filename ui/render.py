"""Rendering helpers shared by the pages."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from engine import DriverLabError

SEVERITY_ICON = {
    "critical": ":material/error:",
    "warning": ":material/warning:",
    "info": ":material/info:",
}


def show_error(exc: DriverLabError) -> None:
    """Show a user-fixable problem in plain words and stop the page (no traceback)."""
    text = f"**{exc.message}**"
    if exc.hint:
        text += f"\n\n{exc.hint}"
    st.error(text, icon=":material/report:")
    st.stop()


def table(frame: pd.DataFrame, decimals: int = 3, **column_labels: str) -> None:
    """A read-only table rounded for display only (the engine keeps full precision)."""
    shown = frame.rename(columns=column_labels)
    config = {
        c: st.column_config.NumberColumn(format=f"%.{decimals}f")
        for c in shown.columns
        if pd.api.types.is_float_dtype(shown[c])
    }
    st.dataframe(shown, hide_index=True, column_config=config, width="stretch")


def notes(frame: pd.DataFrame) -> None:
    for note in frame.itertuples(index=False):
        icon = SEVERITY_ICON.get(note.severity, ":material/info:")
        if note.severity == "critical":
            st.error(note.message, icon=icon)
        elif note.severity == "warning":
            st.warning(note.message, icon=icon)
        else:
            st.info(note.message, icon=icon)
