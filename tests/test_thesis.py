"""Hypotheses, mediation types and APA numbers (issue 18).

Expected values are re-derived here from the bootstrap draws (NumPy's type-7
quantiles for percentile intervals) and from Zhao, Lynch & Chen's (2010) table,
never read back from the functions under test.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from engine import Construct, ModelSpec, estimate
from engine.core.bootstrap import bootstrap
from engine.outputs import apa, thesis


def _simulate(a: float, b: float, c: float, n: int = 300, seed: int = 7) -> pd.DataFrame:
    """X -> M (a), M -> Y (b), X -> Y (c); three items each, loadings 0.8."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(n)
    m = a * x + np.sqrt(max(1e-6, 1 - a * a)) * rng.standard_normal(n)
    y = b * m + c * x + 0.6 * rng.standard_normal(n)
    cols = {}
    for name, latent in (("X", x), ("M", m), ("Y", y)):
        latent = (latent - latent.mean()) / latent.std()
        for k in range(3):
            cols[f"{name}{k}"] = 0.8 * latent + 0.6 * rng.standard_normal(n)
    return pd.DataFrame(cols)


MEDIATION_MODEL = ModelSpec(
    (
        Construct("X", ("X0", "X1", "X2")),
        Construct("M", ("M0", "M1", "M2")),
        Construct("Y", ("Y0", "Y1", "Y2")),
    ),
    (("X", "M"), ("M", "Y"), ("X", "Y")),
)


def _interval(draws: pd.DataFrame, column: str, level: float = 0.95) -> tuple[float, float]:
    values = draws[column].to_numpy()
    return float(np.quantile(values, (1 - level) / 2)), float(np.quantile(values, (1 + level) / 2))


def _zhao(ind: tuple[float, float], direct: tuple[float, float] | None, sign: float) -> str:
    """Zhao, Lynch & Chen (2010), Figure 2, written out again for the test."""
    ind_sig = ind[0] * ind[1] > 0
    dir_sig = direct is not None and direct[0] * direct[1] > 0
    if ind_sig and dir_sig:
        return "complementary" if sign > 0 else "competitive"
    if ind_sig:
        return "indirect_only"
    if dir_sig:
        return "direct_only"
    return "no_effect"


@pytest.mark.parametrize(
    ("a", "b", "c", "expected"),
    [
        (0.6, 0.5, 0.4, "complementary"),
        (0.6, 0.6, -0.4, "competitive"),
        (0.6, 0.6, 0.0, "indirect_only"),
        (0.0, 0.5, 0.5, "direct_only"),
        (0.0, 0.0, 0.0, "no_effect"),
    ],
)
def test_mediation_types_follow_the_draws(a, b, c, expected):
    result = estimate(_simulate(a, b, c), MEDIATION_MODEL)
    boot = bootstrap(result, 400, seed=3)
    table = thesis.mediation(result, boot)
    draws = boot.draws()
    assert list(table.chain) == ["X -> M -> Y"]
    row = table.iloc[0]
    ind = _interval(draws, "indirect_effect:X -> M -> Y")
    direct = _interval(draws, "path:X -> Y")
    est = result.indirect_effects.set_index("chain").estimate["X -> M -> Y"]
    assert row.indirect == pytest.approx(est, abs=1e-12)
    assert row.ci_lower == pytest.approx(ind[0], abs=1e-12)
    assert row.ci_upper == pytest.approx(ind[1], abs=1e-12)
    column = draws["indirect_effect:X -> M -> Y"].to_numpy()
    from scipy import stats

    p = 2 * stats.t.sf(abs(est / column.std(ddof=1)), df=len(column) - 1)
    assert row.p == pytest.approx(p, rel=1e-9, abs=1e-15)
    assert row.agree == ((ind[0] * ind[1] > 0) == (p < 0.05))
    sign = est * result.path("X", "Y")
    want = _zhao(ind, direct, sign)
    assert row.type == want
    assert want == expected  # the simulated population reached the branch it was built for
    assert row.mediation == {"complementary": "partial", "competitive": "partial"}.get(
        want, "full" if want == "indirect_only" else "none"
    )


def test_mediation_without_a_direct_path_says_so(sample_result, sample_boot):
    table = thesis.mediation(sample_result, sample_boot)
    assert list(table.chain) == list(sample_result.indirect_effects.chain)
    assert not table.direct_in_model.any()
    draws = sample_boot.draws()
    for row in table.itertuples(index=False):
        ind = _interval(draws, f"indirect_effect:{row.chain}")
        assert row.type == _zhao(ind, None, 0.0)


def test_hypotheses_numbered_in_model_order_with_interval_decision(sample_result, sample_boot):
    table = thesis.hypotheses(sample_result, sample_boot)
    spec = sample_result.spec
    assert list(table.hypothesis) == [f"H{k}" for k in range(1, len(spec.paths) + 1)]
    assert list(zip(table.source, table.target, strict=True)) == list(spec.paths)
    draws = sample_boot.draws()
    f2 = sample_result.f_squared.set_index(["source", "target"]).value
    for row in table.itertuples(index=False):
        col = draws[f"path:{row.path}"].to_numpy()
        se = col.std(ddof=1)
        assert row.beta == pytest.approx(sample_result.path(row.source, row.target), abs=1e-12)
        assert row.se == pytest.approx(se, rel=1e-12)
        assert row.t == pytest.approx(row.beta / se, rel=1e-12)
        lo, hi = _interval(draws, f"path:{row.path}")
        assert (row.ci_lower, row.ci_upper) == pytest.approx((lo, hi), abs=1e-12)
        assert row.f2 == pytest.approx(f2[(row.source, row.target)], abs=1e-12)
        spans = lo <= 0 <= hi
        assert row.supported == ((not spans) and row.p < 0.05)


def test_a_path_whose_interval_spans_zero_is_not_supported():
    result = estimate(_simulate(0.0, 0.5, 0.5, seed=7), MEDIATION_MODEL)
    boot = bootstrap(result, 400, seed=5)
    table = thesis.hypotheses(result, boot).set_index("path")
    lo, hi = _interval(boot.draws(), "path:X -> M")
    assert lo < 0 < hi
    assert not table.supported["X -> M"]
    assert table.supported["X -> Y"]


def test_hypothesis_labels_can_be_renamed(sample_result):
    spec = sample_result.spec
    labels = thesis.hypothesis_labels(spec, {"CLE -> VCC": "H2a", "INT -> CLE": "  "})
    assert labels["CLE -> VCC"] == "H2a"
    assert labels["INT -> CLE"] == "H1"  # blank keeps the default
    assert list(thesis.hypothesis_labels(spec, ["Ha", "Hb"]).values())[:3] == ["Ha", "Hb", "H3"]


@pytest.fixture(scope="module")
def sample_result():
    from engine.intake.io import read_table
    from tests.conftest import ROOT

    return estimate(read_table(ROOT / "sample_data" / "livestream_survey.csv"))


@pytest.fixture(scope="module")
def sample_boot(sample_result):
    return bootstrap(sample_result, 300, seed=1, f_squared=True)


# -- APA numbers ------------------------------------------------------------
@pytest.mark.parametrize(
    ("p", "en", "id_"),
    [
        (0.0, "< .001", "< ,001"),
        (0.000999, "< .001", "< ,001"),
        (0.0012, ".001", ",001"),
        (0.0456, ".046", ",046"),
        (0.5, ".500", ",500"),
    ],
)
def test_p_values_as_apa_prints_them(p, en, id_):
    assert apa.p_value(p) == en
    assert apa.p_value(p, "id") == id_
    assert apa.p_text(p).startswith("p < " if en.startswith("<") else "p = ")


def test_leading_zero_only_where_a_value_can_exceed_one():
    assert apa.num(0.2657) == "0.266"  # beta, t, f², HTMT can exceed 1
    assert apa.num(0.2657, bounded=True) == ".266"  # R², alpha, AVE, p cannot
    assert apa.num(-0.2657, bounded=True) == "-.266"
    assert apa.num(1.0, bounded=True) == "1.000"
    assert apa.num(-0.0001) == "0.000"  # never '-0.000'
    assert apa.num(float("nan")) == apa.DASH


def test_indonesian_decimal_comma_and_interval_separator():
    assert apa.num(12.3456, lang="id") == "12,346"
    assert apa.num(0.2657, lang="id", bounded=True) == ",266"
    assert apa.integer(5000, "id") == "5.000" and apa.integer(5000) == "5,000"
    assert apa.interval(0.1, 0.3, lang="id") == "[0,100; 0,300]"
    assert apa.interval(-0.1, 0.3) == "[-0.100, 0.300]"
    for text, lang in (("< ,001", "id"), ("-,266", "id"), ("1.234,500", "id"), (".266", "en")):
        value = apa.parse(text, lang)
        assert apa.num(value, lang=lang, bounded=abs(value) < 1).lstrip("-") in text


def test_apa_numbers_follow_the_catalogs_one_number_rule():
    """Digits and separators are engine.base.text.number's (one rule for the whole app); APA
    adds only its style: the leading zero dropped for a bounded statistic, no -0.000."""
    from engine.base import text

    rng = np.random.default_rng(7)
    values = [*rng.uniform(-3, 3, 300), *rng.uniform(-5e5, 5e5, 100), 0.9996, -0.0004]
    for value in values:
        for lang in ("en", "id"):
            for decimals in (0, 2, 3):
                rule = text.number(float(value), lang, f",.{decimals}f")
                if not any(c in "123456789" for c in rule):
                    rule = rule.lstrip("-")  # '-0.000' is printed '0.000'
                assert apa.num(value, decimals, lang) == rule
                bounded = apa.num(value, decimals, lang, bounded=True)
                if abs(value) < 1 and rule.lstrip("-")[:2] in ("0.", "0,"):  # '0,265' -> ',265'
                    assert bounded == apa.num(value, decimals, lang).replace("0", "", 1)
                else:
                    assert bounded == apa.num(value, decimals, lang)
        assert apa.integer(int(value), "id") == text.number(int(value), "id", ",d")


def test_same_decimals_throughout():
    for value in (0.1, 12.0, 0.123456, 3.5):
        for lang in ("en", "id"):
            text = apa.num(value, lang=lang)
            sep = "," if lang == "id" else "."
            assert len(text.split(sep)[-1]) == apa.DECIMALS


def test_a_clear_effect_against_the_stated_direction_supports_nothing() -> None:
    """A hypothesis states a direction (positive unless set negative). With the sample's
    interactivity answers reversed, INT -> CLE is clearly negative: the drafted chapter said
    "H1: INT has a negative effect on CLE; H1 is supported" for a hypothesis of a positive
    effect. The decision is re-derived here from each row's own interval, p and beta."""
    from pathlib import Path

    from engine import STUDY_MODEL
    from engine.outputs.word import hypothesis_sentence, thesis_tables

    root = Path(__file__).resolve().parents[1]
    data = pd.read_csv(root / "sample_data" / "livestream_survey.csv")
    for item in STUDY_MODEL.construct("INT").indicators:
        data[item] = 6 - data[item]
    result = estimate(data, STUDY_MODEL)
    boot = bootstrap(result, 500, seed=3)
    for signs in (None, {"INT -> CLE": -1}):
        hyp = thesis.hypotheses(result, boot, signs=signs).set_index("path")
        expected = [(signs or {}).get(p, 1) for p in hyp.index]
        clear = ((hyp.ci_lower > 0) | (hyp.ci_upper < 0)) & (hyp.p < 0.05)
        assert list(hyp.expected) == expected
        assert list(hyp.supported) == list(clear & (hyp.beta * expected > 0))
        assert hyp.beta["INT -> CLE"] < 0 and clear["INT -> CLE"]
        assert hyp.supported["INT -> CLE"] == (signs is not None)
    th = thesis_tables(result, boot)
    row = next(r for r in th.hypotheses.itertuples(index=False) if r.path == "INT -> CLE")
    said = hypothesis_sentence(row, "en", th)
    assert "significant but negative" in said and "the opposite of the positive effect" in said
    assert said.endswith("H1 is not supported.")
    th = thesis_tables(result, boot, signs={"INT -> CLE": -1})
    row = next(r for r in th.hypotheses.itertuples(index=False) if r.path == "INT -> CLE")
    assert "INT has a negative effect on CLE" in hypothesis_sentence(row, "en", th)
    assert "diterima" in hypothesis_sentence(row, "id", th)
