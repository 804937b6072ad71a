"""The look: the palette (its one home is engine.outputs.charts), one type scale, summary
cards, phone-friendly widgets.

Colours mean the same on every page and chart: the darker an action's colour,
the sooner to act on it ("act first" is the strongest). ``style()`` is called
once per run by app.py; it injects fixed CSS only (no user text).
"""

from __future__ import annotations

from string import Template

import streamlit as st

from engine.outputs.charts import ACTION_COLORS, EDGE, LINE, PALE, SOFT

_CSS = Template("""
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
/* the path diagram: scaled to a phone, no wider than it reads well on a laptop */
.st-key-path_diagram [data-testid="stImage"] { max-width: 720px; }
/* summary cards */
[class*="st-key-card"] { background: $soft; border: 1px solid $line; border-radius: 12px;
  padding: 0.75rem 1rem 0.95rem 1rem; }
[class*="st-key-card"] p { margin-bottom: 0.2rem; }
[class*="st-key-card_answer"] { background: $pale; border-color: $edge; }
[class*="st-key-card_answer"] [data-testid="stMarkdownContainer"] p strong { color: $invest; }
[class*="st-key-card_answer"] h2, [class*="st-key-card_answer"] h3 { padding-top: 0 !important; }
[class*="st-key-act-"] { border-left: 6px solid $monitor !important; }
[class*="st-key-act-invest"] { border-left-color: $invest !important; }
[class*="st-key-act-fix_measurement"], [class*="st-key-act-collect_more"] {
  border-left-color: $fix !important; }
[class*="st-key-act-maintain"], [class*="st-key-act-none"] {
  border-left-color: $maintain !important; }
[class*="st-key-act-no_evidence"] { border-left-color: $unsure !important; }
/* the two doors: upload (primary) and the sample */
.st-key-doors [data-testid="stPageLink"] a { background: $invest; border-radius: 0.5rem;
  padding: 0.35rem 0.9rem; min-height: 2.5rem; }
.st-key-doors [data-testid="stPageLink"] a p,
.st-key-doors [data-testid="stPageLink"] a span { color: #ffffff !important; }
/* what-if: results pinned above the sliders; thumbs big enough for a finger */
.st-key-whatif_results { position: sticky; top: 3.75rem; z-index: 10; background: #ffffff;
  border-bottom: 1px solid $line; padding: 0.25rem 0 0.4rem 0; }
.st-key-whatif_results [data-testid="stMetricValue"] { font-size: 1.6rem; }
[data-testid="stSlider"] div:has(> div > input[type="range"]) { width: 1.75rem !important;
  height: 1.75rem !important; }
[data-testid="stSlider"] { padding-left: 0.5rem; padding-right: 0.5rem; }
</style>
""").substitute(  # the palette's one home: engine.outputs.charts
    soft=SOFT,
    line=LINE,
    pale=PALE,
    edge=EDGE,
    invest=ACTION_COLORS["invest"],
    fix=ACTION_COLORS["fix measurement"],
    maintain=ACTION_COLORS["maintain"],
    monitor=ACTION_COLORS["monitor"],
    unsure=ACTION_COLORS["no evidence"],
)


def style(rules: str = "") -> None:
    """The app's CSS and ``rules`` (ui.render.streamlit_words: catalog words, escaped) in
    one element (each element is a message and a render); nothing from a user goes in."""
    st.html(_CSS.replace("</style>", rules + "</style>"))
