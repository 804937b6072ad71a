"""Charts, defined once (engine.outputs.charts): drawn to a file by Vega's own renderer,
each point and bar sits where its numbers put it, user names stay text, the words
and numbers follow the language, and the palette has one home."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from engine import STUDY_MODEL, estimate
from engine.analytics.drivers import ipma
from engine.outputs import charts

from .conftest import ROOT

CLEAN = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")
NS = "{http://www.w3.org/2000/svg}"
#: The plot's size in a file: FILE_WIDTH wide, this tall.
HEIGHT = 400


@pytest.fixture(scope="module")
def points() -> pd.DataFrame:
    result = estimate(CLEAN, STUDY_MODEL)
    return ipma(result, scale=(1, 5)).query("target == 'CLE' and level == 'construct'")


def _drawn(chart, height: int = HEIGHT) -> ET.Element:
    return ET.fromstring(charts.to_svg(charts.for_file(chart, height, "title")))  # well-formed


def _marks(root: ET.Element, kind: str) -> list[ET.Element]:
    return [e for e in root.iter() if e.get("aria-roledescription") == kind]


def _at(element: ET.Element) -> tuple[float, float]:
    x, y = re.fullmatch(r"translate\(([-\d.e]+),([-\d.e]+)\)", element.get("transform")).groups()
    return float(x), float(y)


def _texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{NS}text")]


def test_ipma_places_each_point_by_its_numbers(points) -> None:
    root = _drawn(charts.ipma_chart(points, "engagement"))
    circles = [_at(c) for c in _marks(root, "circle")]
    assert len(circles) == len(points) == 3
    # read the numbers back off the drawing: x from zero to 1.2 x the largest importance
    # over the plot's width; y the rating on 0-100, upwards
    high = 1.2 * points.importance.max()
    for (x, y), row in zip(circles, points.itertuples(), strict=True):
        assert x / charts.FILE_WIDTH * high == pytest.approx(row.importance, abs=1e-3)
        assert (HEIGHT - y) / HEIGHT * 100 == pytest.approx(row.performance, abs=0.05)
    texts = _texts(root)
    assert {"INT", "INF", "PSN"} <= set(texts)  # labels as named (items keep their codes)
    assert "Importance: points of engagement per point" in texts
    assert "Rating by viewers (0-100)" in texts


def test_ipma_in_indonesian_has_a_decimal_comma(points) -> None:
    root = _drawn(charts.ipma_chart(points, "keterlibatan", "id", name=lambda c: f"n-{c}"))
    texts = _texts(root)
    assert "Kepentingan: poin keterlibatan per kenaikan 1 poin" in texts and "n-PSN" in texts
    ticks = [t for t in texts if re.fullmatch(r"\d+[.,]\d+", t)]
    assert ticks and all("," in t for t in ticks), ticks


def test_bars_run_from_zero_to_each_effect() -> None:
    frame = pd.DataFrame(
        {
            "driver": ["PSN", "INT", "X<b>"],
            "effect": [0.40, 0.25, -0.10],
            "lower": [0.30, 0.10, -0.20],
            "upper": [0.50, 0.35, 0.05],
            "action": ["invest", "maintain", "no evidence"],
        }
    )
    root = _drawn(charts.effects_chart(frame, "engagement"), height=200)
    bars = [e for e in _marks(root, "bar") if e.tag == f"{NS}path"]
    assert len(bars) == 3
    low, high = -0.20, 0.50 * 1.18  # the axis: from the lowest bound to 1.18 x the top
    drawn = [re.match(r"M([-\d.e]+),[-\d.e]+h([-\d.e]+)", b.get("d")).groups() for b in bars]
    starts, widths = [float(x) for x, _ in drawn], [float(w) for _, w in drawn]
    for width, effect in zip(widths, frame.effect, strict=True):
        assert width / charts.FILE_WIDTH * (high - low) == pytest.approx(abs(effect), abs=2e-3)
    # from zero: the positive bars start where the negative one ends
    assert starts[0] == pytest.approx(starts[1]) == pytest.approx(starts[2] + widths[2])
    # what to do, in the palette's colour
    assert [b.get("fill") for b in bars] == [charts.ACTION_COLORS[a] for a in frame.action]
    texts = _texts(root)
    assert {"Personalization", "Interactivity", "X<b>"} <= set(texts)  # a user name as text
    assert {"+0.40", "+0.25", "−0.10"} <= set(texts)
    assert "Prioritise" in texts  # the legend: the actions in words
    indonesian = _texts(_drawn(charts.effects_chart(frame, "keterlibatan", "id"), 200))
    assert {"Personalisasi", "+0,40", "−0,10", "Prioritaskan"} <= set(indonesian)


def test_a_hostile_name_stays_text_in_the_file() -> None:
    hostile = '<script>alert(1)</script> "x" &amp;'
    frame = pd.DataFrame(
        {"driver": [hostile], "effect": [0.3], "lower": [0.1], "upper": [0.4], "action": ["invest"]}
    )
    drawn = charts.to_svg(charts.for_file(charts.effects_chart(frame, hostile), 100, hostile))
    root = ET.fromstring(drawn)
    assert not [e for e in root.iter() if e.tag in (f"{NS}script", f"{NS}a", f"{NS}foreignObject")]
    assert hostile in _texts(root)


def test_the_palette_has_one_home() -> None:
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["theme"]
    assert theme["primaryColor"] == charts.BLUE and theme["textColor"] == charts.INK
    assert theme["secondaryBackgroundColor"] == charts.PALE
    colour = re.compile(r"#[0-9a-fA-F]{6}\b")
    files = [*ROOT.joinpath("engine").rglob("*.py"), *ROOT.joinpath("ui").glob("*.py")]
    files += [*ROOT.joinpath("pages").glob("*.py"), ROOT / "app.py"]
    elsewhere = {
        str(p.relative_to(ROOT)): found
        for p in files
        if p.name != "charts.py" and (found := colour.findall(p.read_text()))
    }
    assert elsewhere == {"ui/look.py": ["#ffffff", "#ffffff"]}, elsewhere  # white is white


def test_the_drivers_page_shows_the_engines_definitions(monkeypatch) -> None:
    """The page draws the very charts engine.outputs.charts builds (the files draw the
    same through vl-convert): each chart on the page is one the engine made."""
    import json

    from streamlit.testing.v1 import AppTest

    made: list[dict] = []

    def recording(builder):
        def build(*args, **kwargs):
            chart = builder(*args, **kwargs)
            made.append(chart.to_dict())
            return chart

        return build

    for name in ("effects_chart", "ipma_chart"):
        monkeypatch.setattr(charts, name, recording(getattr(charts, name)))
    # the page keeps chart specs per content (ui.render.altair): start without any, so the
    # charts are built here, whatever earlier tests in this process drew
    from collections import OrderedDict

    from ui import render

    monkeypatch.setattr(render, "_SPECS", OrderedDict())
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["sample"] = "1"
    at.query_params["lang"] = "id"
    at.run().switch_page("pages/drivers.py").run()
    assert not at.exception
    shown = [
        json.loads(e.proto.spec) for e in at.main if getattr(e, "type", "") == "vega_lite_chart"
    ]
    assert len(shown) == 2 and len(made) >= 2
    built = made[-2:]  # this page's two: the bars, then the map
    for page, engine_chart in zip(shown, built, strict=True):
        assert page["layer"] == engine_chart["layer"]
        assert engine_chart["config"]["locale"]["number"]["decimal"] == ","
    titles = [page["layer"][0]["encoding"]["x"]["title"] for page in shown]
    assert titles == [
        "Kenaikan keterlibatan (poin) per 1 poin lebih",
        "Kepentingan: poin keterlibatan per kenaikan 1 poin",
    ]


def test_question_level_map_keeps_codes_on_dots_and_her_question_in_the_tooltip() -> None:
    """The question-level map labelled its dots "INF02", "PSN03": an owner does not know
    her questions by code. Her questions are too long to label a phone-wide map, so the
    dot keeps its code and its tooltip says the question (as the table under it does)."""
    result = estimate(CLEAN, STUDY_MODEL)
    items = ipma(result, scale=(1, 5)).query("target == 'CLE' and level == 'item'")
    items = items.assign(question=[f"Pertanyaan {n} dengan kalimatnya" for n in items.name])
    chart = charts.ipma_chart(items, "keterlibatan", "id")
    dots = chart.to_dict()["layer"][0]["encoding"]
    tips = {t["field"]: t["title"] for t in dots["tooltip"]}
    assert tips["label"] == "Kode" and tips["question"] == "Pertanyaan"
    assert tips["todo"] == "Yang perlu dilakukan" and tips["performance"] == "Nilai (0-100)"
    texts = _texts(_drawn(chart))
    assert "INT01" in texts and not any("dengan kalimatnya" in t for t in texts)
    # without wording (a model of codes only) no empty "Question" line in the tooltip
    bare = charts.ipma_chart(items.drop(columns="question"), "keterlibatan", "id").to_dict()
    fields = [t["field"] for t in bare["layer"][0]["encoding"]["tooltip"]]
    assert "question" not in fields and fields[0] == "label"


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_action_legend_fits_a_phone(lang) -> None:
    """At 390 px Chromium cut "Belum cukup bukt" / "Not enough evidenc" off the one-row
    legend "Pertahankan · Pantau · Belum cukup bukti" (34 characters, under the old
    36-character rule); measured there: a 358-px chart, its legend from ~75 px, an entry
    ~32 px plus ~6.6 px a character. Those three go on two columns; the three shortest stay
    on one row (they fit: "Prioritise · Maintain · Monitor" ends at 293 px)."""
    from itertools import combinations

    from engine.analytics.drivers import ACTION_ORDER

    def columns(actions) -> int:
        frame = pd.DataFrame({"action": list(actions)})
        return charts._actions(frame.action, lang).to_dict()["legend"]["columns"]

    assert columns(("maintain", "monitor", "no evidence")) == 2
    assert columns(("invest", "maintain", "monitor", "no evidence")) == 2
    if lang == "en":
        assert columns(("invest", "maintain", "monitor")) == 3
    for k in (2, 3, 4):  # no one-row legend wider than the phone's measured room
        for actions in combinations(ACTION_ORDER, k):
            labels = [charts.action_label(a, lang) for a in actions]
            if columns(actions) == len(actions):
                assert sum(32 + 6.6 * len(label) for label in labels) <= 358 - 75, labels
