"""Hardening through the app (AppTest): hostile names on every page, tampered saved
analyses, the exponential model (issue 14, findings 2, 4, 5, 6).

The browser versions (real network requests, the drawn diagram, two sessions) are in
tests/test_browser_hardening.py.
"""

from __future__ import annotations

import itertools
import json
import re
import time

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import engine
from engine.outputs.export import save_analysis
from ui import state

from .browser import ROOT

APP = str(ROOT / "app.py")
CLEAN = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")
PAGES = [
    "pages/home.py",
    "pages/data.py",
    "pages/measurement.py",
    "pages/structural.py",
    "pages/drivers.py",
    "pages/whatif.py",
    "pages/segments.py",
    "pages/advice.py",
    "pages/report.py",
    "pages/replication.py",
    "pages/learn.py",
    "pages/model.py",
]
BEACON = "http://127.0.0.1:9"
#: The issue's hostile names (each <= 100 characters, the name limit).
NAMES = {
    "INT": f"![x]({BEACON}/beacon.png)",
    "INF": f"[click me]({BEACON}/click)",
    "PSN": "<b>bold</b> <img src=x>",
    "CLE": 'Kualitas "Live" $x$',
    "VCC": "`code` **VCC** back\\slash",
}
#: What none of the shown Markdown may contain: each hostile name's markup as typed.
MARKUP = ["![x](", "[click me](", "<b>", "<img", "$x$", "`code`", "**VCC**"]


def hostile_model() -> tuple[engine.ModelSpec, dict[str, str]]:
    """The study's model with hostile construct and item names; old item -> new item."""
    rename = {}
    constructs = []
    for c in engine.STUDY_MODEL.constructs:
        items = []
        for item in c.indicators:
            new = f"{item} [{item}]({BEACON}/{item}.png)"  # an item name that is a link
            rename[item] = new
            items.append(new)
        constructs.append(engine.composite(NAMES[c.name], items))
    paths = [(NAMES[s], NAMES[t]) for s, t in engine.STUDY_MODEL.paths]
    return engine.ModelSpec(tuple(constructs), tuple(paths)), rename


def hostile_data(rename: dict[str, str]) -> pd.DataFrame:
    data = CLEAN.rename(columns=rename)
    data["platform"] = data["platform"].map(lambda v: f"![g]({BEACON}/g.png) {v}")
    data[f"![u]({BEACON}/unused.png)"] = 1  # a column no one uses: the 'Not used' caption
    return data


def shown_markdown(at: AppTest) -> list[str]:
    """Every string the page handed to Markdown: texts, captions, alerts and labels."""
    out = []
    for kind in ("markdown", "caption", "title", "header", "subheader"):
        out += [e.value for e in getattr(at, kind)]
    for kind in ("error", "warning", "info", "success"):
        out += [e.value for e in getattr(at, kind)]
    for kind in ("metric", "slider", "selectbox", "radio", "checkbox", "button", "expander"):
        out += [getattr(e, "label", "") or "" for e in getattr(at, kind)]
    return out


def shown(at) -> str:
    """Every metric, caption and Markdown text on the page: where the survey's size shows
    (a metric on Home and Data, the one-line kicker on the other owner pages)."""
    parts = [m.value for m in at.metric] + [c.value for c in at.caption]
    return " ".join([*parts, *(m.value for m in at.markdown)])


def test_hostile_names_are_text_on_every_page() -> None:
    spec, rename = hostile_model()
    at = AppTest.from_file(APP, default_timeout=180)
    at.session_state[state.MODEL] = spec
    at.session_state[state.DATA] = hostile_data(rename)
    at.session_state[state.SOURCE] = f"[f]({BEACON}/file) <b>survey</b>.csv"
    at.run()
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        if page not in ("pages/learn.py", "pages/model.py", "pages/replication.py"):
            drew = at.markdown or at.dataframe or at.caption or at.metric
            assert not at.error and drew, page  # the page drew its results
        texts = shown_markdown(at)
        for text in texts:
            bare = re.sub(r"\\.", "", text)  # what Markdown would read as markup
            for markup in MARKUP:
                assert markup not in bare, (page, markup, text)
        if page == "pages/data.py":
            assert any("Not used" in t and r"!\[u\]" in t for t in texts)
        if page == "pages/whatif.py":
            labels = [s.label for s in at.slider]
            assert r"!\[x\]" in labels[0] and r"\[click me\]" in labels[1]
        if page == "pages/structural.py":
            import base64
            import xml.etree.ElementTree as ET

            # the diagram is an SVG image (a data: URL: no script runs, nothing loads)
            url = at.get("image")[0].proto.imgs[0].url
            assert url.startswith("data:image/svg+xml;base64,")
            body = base64.b64decode(url.split(",", 1)[1]).decode()
            drawing = ET.fromstring(body)  # well-formed: no name closed a tag or opened one
            ns = "{http://www.w3.org/2000/svg}"
            texts = [t.text for t in drawing.iter(f"{ns}text")]
            assert [t for t in texts if t in NAMES.values()] == list(NAMES.values())
            # every name drawn exactly as typed; nothing but our own elements
            tags = {e.tag.removeprefix(ns) for e in drawing.iter()}
            assert tags <= {"svg", "defs", "marker", "path", "line", "rect", "text"}, tags
            assert "href" not in body


def test_the_model_editor_warns_about_missing_items_as_text() -> None:
    spec, rename = hostile_model()
    data = hostile_data(rename).drop(columns=[rename["INT01"]])
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state[state.MODEL] = spec
    at.session_state[state.DATA] = data
    at.run()
    at.switch_page("pages/model.py").run()
    assert not at.exception
    warning = " ".join(w.value for w in at.warning)
    assert r"INT01 \[INT01\]" in warning and "[INT01](" not in warning
    at.switch_page("pages/home.py").run()  # the estimate cannot run: a plain error
    assert not at.exception and at.error
    assert "[INT01](" not in at.error[0].value


def good_saved() -> dict:
    wave = CLEAN.head(120)
    return json.loads(
        save_analysis(
            wave.to_csv(index=False).encode(), "wave.csv", engine.STUDY_MODEL, engine.Settings()
        )
    )


def tampered(path: str, value) -> bytes:
    d = good_saved()
    *parents, last = path.split(".")
    node = d
    for p in parents:
        node = node[p]
    node[last] = value
    return json.dumps(d).encode()


TAMPERED = {
    "a list": b"[1]",
    "100,000-deep": b"[" * 100_000 + b"]" * 100_000,
    "mapping value a list": tampered("mapping", {"INT01": ["INT01"]}),
    "reversed items nested": tampered("reversed_items", [["INT01"]]),
    "missing code a list": tampered("settings.missing_code", [1, 2]),
    "max_iter 1e9": tampered("settings.max_iter", 1e9),
    "tol 1e-300": tampered("settings.tol", 1e-300),
    "missing code text": tampered("settings.missing_code", "abc"),
    "data not a survey": tampered("data_base64", "aGVsbG8="),
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_tampered_saved_analyses_change_nothing(lang: str) -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["sample"] = "1"
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/report.py").run()
    before = {k: at.session_state[k] for k in (state.DATA, state.SOURCE) if k in at.session_state}
    for name, raw in TAMPERED.items():
        uploader = at.get("file_uploader")[0]
        uploader.set_value((f"{name}.json", raw, "application/json")).run()
        assert not at.exception, name
        assert at.error, name
        message = at.error[0].value
        words = (
            r"\b(ini|tidak|bukan|harus|melebihi|bersarang)\b"
            if lang == "id"
            else r"\b(This|The|cannot|must|not)\b"
        )
        assert re.search(words, message), (name, message)  # in the user's language
        assert "225" in shown(at), name  # still the sample
        assert at.session_state[state.SOURCE] == before[state.SOURCE]
        assert state.MODEL not in at.session_state or at.session_state[state.MODEL] == (
            engine.STUDY_MODEL
        )
    for page in ("pages/home.py", "pages/structural.py", "pages/drivers.py"):
        at.switch_page(page).run()
        assert not at.exception and not at.error, page
        assert "225" in shown(at), page


def test_the_exponential_model_is_refused_within_a_second_in_the_app() -> None:
    k = 22
    model = {
        "constructs": [{"name": f"C{j}", "indicators": [f"C{j}_1"]} for j in range(k)],
        "paths": [[f"C{a}", f"C{b}"] for a, b in itertools.combinations(range(k), 2)],
    }
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["sample"] = "1"
    at.run()
    at.switch_page("pages/model.py").run()
    uploader = at.get("file_uploader")[0]
    uploader.set_value(("exp.json", json.dumps(model).encode(), "application/json"))
    start = time.perf_counter()
    at.run()
    assert time.perf_counter() - start < 1.0 + 0.5  # the page's own run included
    assert "231 paths, over the limit of 200" in at.error[0].value
    assert "5 topics" in " ".join(c.value for c in at.caption)  # the study model stays
    saved = good_saved()
    saved["model"] = model
    at.switch_page("pages/report.py").run()
    start = time.perf_counter()
    at.get("file_uploader")[0].set_value(
        ("exp-analysis.json", json.dumps(saved).encode(), "application/json")
    ).run()
    assert "over the limit of 200" in at.error[0].value
    assert "225" in shown(at)


def test_a_tampered_mapping_file_changes_nothing() -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("pages/data.py").run()
    wave = CLEAN.head(150).to_csv(index=False).encode()
    at.get("file_uploader")[0].set_value(("wave.csv", wave, "text/csv")).run()
    assert not at.exception and at.metric[0].value == "150"
    before = dict(at.session_state[state.OVERRIDES])
    for raw in (
        json.dumps({"columns": [{"column": "INT01", "maps_to": ["INT01"]}]}).encode(),
        json.dumps({"columns": [], "reversed_items": ["INT01", "INT01"]}).encode(),
        b"[" * 100_000 + b"]" * 100_000,
    ):
        at.get("file_uploader")[1].set_value(("mapping.json", raw, "application/json")).run()
        assert not at.exception
        assert at.error and "mapping file" in at.error[0].value
        assert at.metric[0].value == "150"
        assert at.session_state[state.OVERRIDES] == before
    at.switch_page("pages/home.py").run()
    assert not at.exception and not at.error and at.metric[0].value == "150"
