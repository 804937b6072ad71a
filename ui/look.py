"""The look: one palette, one type scale, summary cards, phone-friendly widgets.

Colours mean the same on every page and chart: the darker an action's colour,
the sooner to act on it ("act first" is the strongest). ``style()`` is called
once per run by app.py; it injects fixed CSS only (no user text).
"""

from __future__ import annotations

import streamlit as st

from engine.outputs.svg import ACTION_COLORS as _ENGINE_COLORS

#: Action code (analytics.drivers.classify / analytics.advice) -> colour, darkest = act first.
ACTION_COLORS = _ENGINE_COLORS
INK = "#1b2a41"
MUTED = "#5b6777"
RULE = "#8a94a3"

_CSS = """
<style>
/* type scale: compact titles, so the answer is on the first screen of a phone */
h1 { font-size: 1.75rem !important; padding: 0.25rem 0 0.5rem 0 !important; }
h2 { font-size: 1.35rem !important; }
h3 { font-size: 1.15rem !important; }
[data-testid="stMainBlockContainer"] { padding-top: 2.75rem; padding-bottom: 3rem;
  max-width: 1240px; }
@media (max-width: 640px) {
  h1 { font-size: 1.35rem !important; }
  [data-testid="stMainBlockContainer"] { padding-top: 3.6rem; padding-left: 0.9rem;
    padding-right: 0.9rem; }
}
/* a diagram no wider than it reads well on a laptop */
[data-testid="stGraphVizChart"] { max-width: 720px; }
/* summary cards */
[class*="st-key-card"] { background: #f6f8fc; border: 1px solid #dfe6f1; border-radius: 12px;
  padding: 0.75rem 1rem 0.95rem 1rem; }
[class*="st-key-card"] p { margin-bottom: 0.2rem; }
[class*="st-key-card_answer"] { background: #eef3fb; border-color: #c9d7ee; }
[class*="st-key-card_answer"] [data-testid="stMarkdownContainer"] p strong { color: #17408b; }
[class*="st-key-card_answer"] h2, [class*="st-key-card_answer"] h3 { padding-top: 0 !important; }
[class*="st-key-act-"] { border-left: 6px solid #a7c1e6 !important; }
[class*="st-key-act-invest"] { border-left-color: #17408b !important; }
[class*="st-key-act-fix_measurement"], [class*="st-key-act-collect_more"] {
  border-left-color: #b4531f !important; }
[class*="st-key-act-maintain"], [class*="st-key-act-none"] {
  border-left-color: #4f86d1 !important; }
[class*="st-key-act-no_evidence"] { border-left-color: #c9ced6 !important; }
/* the two doors: upload (primary) and the sample */
.st-key-doors [data-testid="stPageLink"] a { background: #17408b; border-radius: 0.5rem;
  padding: 0.35rem 0.9rem; min-height: 2.5rem; }
.st-key-doors [data-testid="stPageLink"] a p,
.st-key-doors [data-testid="stPageLink"] a span { color: #ffffff !important; }
/* what-if: results pinned above the sliders; thumbs big enough for a finger */
.st-key-whatif_results { position: sticky; top: 3.75rem; z-index: 10; background: #ffffff;
  border-bottom: 1px solid #dfe6f1; padding: 0.25rem 0 0.4rem 0; }
.st-key-whatif_results [data-testid="stMetricValue"] { font-size: 1.6rem; }
[data-testid="stSlider"] div:has(> div > input[type="range"]) { width: 1.75rem !important;
  height: 1.75rem !important; }
[data-testid="stSlider"] { padding-left: 0.5rem; padding-right: 0.5rem; }
</style>
"""


def style() -> None:
    """The app's CSS (fixed text; nothing from a user goes in here)."""
    st.html(_CSS)
