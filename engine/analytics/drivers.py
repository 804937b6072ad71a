"""Decision analytics: which driver to invest in, what it buys, and how many responses are enough.

- ``drivers(result, boot)``: for each outcome, the constructs that move it,
  ranked by total effect, with bootstrap intervals, the share of the effect
  that runs through mediators, f² and inner VIF.
- ``ipma(result)``: the importance-performance map as SmartPLS defines it
  (Ringle & Sarstedt 2016): answers rescaled to 0-100 from the scale's minimum
  and maximum; unstandardized outer weights (standardized weight / item SD)
  normalized to sum to one per construct give 0-100 construct scores;
  performance = their mean; importance = the unstandardized total effect on
  the target from OLS on those scores. Item level: importance = rescaled
  weight x the construct's importance, performance = the item's 0-100 mean.
  Each point also carries its ``action``: ``classify`` is the one rule that
  turns a quadrant (and the bootstrap support of the effect) into what the
  advice says, so the map and the advice cannot disagree.
- ``what_if(...)`` and ``goal_seek(...)``: pure algebra on the fitted model
  (no re-estimation). Moving a driver by d answer-scale points moves the target
  by d x its unstandardized total effect (both on the same scale); the band
  comes from the bootstrap draws of the standardized total effect, converted
  with the scores' standard deviations. Limits: a linear model, effects
  measured within the range of the data, association in a cross-sectional
  survey, not proof of cause.
- ``sample_size(result)``: the inverse square root method (Kock & Hadaya 2018):
  n_min = ((z_{1-alpha/2} + z_power) / |beta_min|)^2, rounded up. The app's
  p-values are two-tailed, so the constant is z_0.975 + z_0.80 = 2.802 (Kock &
  Hadaya's 2.486 is for a one-tailed 5 % test). beta_min is the smallest effect
  worth detecting: the smallest path of the model that is not practically zero
  (|beta| >= 0.10, a tenth of a standard deviation per standard deviation: our
  convention, adjustable with ``floor``); paths below that are named and not
  sized for, and when every path is below it the figure is sized for 0.10
  itself, so the advice never asks for more than 785 responses unless the caller
  sets a smaller effect. All paths count, not only the significant ones (sizing
  on the significant paths only is circular: it tends to say "enough").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import pandas as pd

from engine.base import text
from engine.base.errors import DriverLabError
from engine.base.scale import detect_scale
from engine.base.thresholds import ALPHA
from engine.core.power import PRACTICALLY_ZERO, minimum_sample

if TYPE_CHECKING:
    from engine.core.bootstrap import BootstrapResult
    from engine.core.estimate import PLSResult


#: The IPMA's four quadrants, by code; their names are the catalog's ``drv.quadrant.<code>``.
QUADRANT_CODES = ("fix_first", "keep_up", "low_priority", "overkill")


def quadrant_label(quadrant: str, lang: str = "en") -> str:
    """A quadrant's name for people ("Fix first: matters a lot, rated low")."""
    return text.say(f"drv.quadrant.{quadrant}", lang)


def limits(lang: str = "en") -> str:
    """What the what-if can and cannot say, in ``lang``."""
    return text.say("drv.limits", lang)


@dataclass(frozen=True)
class Rescaled:
    """0-100 scores of the IPMA and the unstandardized structural model on them."""

    scale: tuple[float, float]
    items: np.ndarray  # (n, p) answers on 0-100
    weights: np.ndarray  # (p,) rescaled unstandardized weights, summing to 1 per construct
    scores: np.ndarray  # (n, K) construct scores on 0-100
    paths: np.ndarray  # (K, K) unstandardized coefficients on the 0-100 scores
    total: np.ndarray  # (K, K) unstandardized total effects


def rescaled_model(result: PLSResult, scale: tuple[float, float] | None = None) -> Rescaled:
    values = np.asarray(result.data.values, dtype=float)
    lo, hi = scale or detect_scale(values)
    if hi <= lo:
        raise DriverLabError.coded("scale_empty")
    layout = result.layout
    x100 = (values - lo) / (hi - lo) * 100.0
    unstd = result.estimates.weights[0] / values.std(axis=0, ddof=1)
    sums = np.add.reduceat(unstd, [sl.start for sl in layout.slices])
    weights = unstd / sums[layout.block]
    scores = x100 @ (weights[:, None] * layout.membership)
    k = len(layout.names)
    paths = np.zeros((k, k))
    for target in layout.endogenous:
        ants = list(layout.antecedents[target])
        design = np.column_stack([np.ones(len(scores)), scores[:, ants]])
        coef = np.linalg.lstsq(design, scores[:, target], rcond=None)[0]
        paths[ants, target] = coef[1:]
    total = np.linalg.inv(np.eye(k) - paths) - np.eye(k)
    return Rescaled((lo, hi), x100, weights, scores, paths, total)


def _targets(result: PLSResult, target: str | None) -> list[str]:
    names = result.layout.names
    endo = [names[k] for k in result.layout.endogenous]
    if target is None:
        return endo
    if target not in endo:
        raise DriverLabError.coded("not_an_outcome", target=str(target), choices=endo)
    return [target]


def drivers(
    result: PLSResult,
    boot: BootstrapResult | None = None,
    target: str | None = None,
    level: float = 0.95,
) -> pd.DataFrame:
    """target, driver, total_effect, ci_lower, ci_upper, p, rank, indirect_share, f2, vif."""
    effects = result.effects.set_index(["source", "target"])
    f2 = result.f_squared.set_index(["source", "target"]).value
    vif = result.vif_inner.set_index(["source", "target"]).vif
    inference = (
        boot.inference(level=level).set_index(["kind", "name"]) if boot is not None else None
    )
    rows = []
    for tgt in _targets(result, target):
        sub = effects.xs(tgt, level="target") if tgt in effects.index.get_level_values(1) else None
        if sub is None:
            continue
        part = []
        for drv, r in sub.iterrows():
            lower = upper = p = np.nan
            if inference is not None and ("total_effect", f"{drv} -> {tgt}") in inference.index:
                inf = inference.loc[("total_effect", f"{drv} -> {tgt}")]
                lower, upper, p = inf.ci_lower, inf.ci_upper, inf.p
            share = r.indirect / r.total if r.total != 0 else np.nan
            part.append(
                (
                    tgt,
                    drv,
                    r.total,
                    lower,
                    upper,
                    p,
                    share,
                    f2.get((drv, tgt), np.nan),
                    vif.get((drv, tgt), np.nan),
                )
            )
        part.sort(key=lambda x: -abs(x[2]))
        rows += [(*row[:6], rank, *row[6:]) for rank, row in enumerate(part, start=1)]
    return pd.DataFrame(
        rows,
        columns=[
            "target",
            "driver",
            "total_effect",
            "ci_lower",
            "ci_upper",
            "p",
            "rank",
            "indirect_share",
            "f2",
            "vif",
        ],
    )


def _quadrant(importance: float, performance: float, imp_mean: float, perf_mean: float) -> str:
    if importance >= imp_mean:
        return "fix_first" if performance < perf_mean else "keep_up"
    return "low_priority" if performance < perf_mean else "overkill"


#: The advice action each quadrant leads to when the effect is supported and positive.
QUADRANT_ACTION = {
    "fix_first": "invest",
    "keep_up": "maintain",
    "overkill": "maintain",
    "low_priority": "monitor",
}
#: Owner-facing order of the actions: the first is the one to act on first.
ACTION_ORDER = ("invest", "maintain", "monitor", "no evidence")


def classify(
    importance: float,
    performance: float,
    imp_mean: float,
    perf_mean: float,
    supported: bool,
) -> tuple[str, str]:
    """The one classification of a driver: (IPMA quadrant, advice action).

    The importance-performance map and the advice both come from here, so no
    page can call a driver "overkill" that another tells the owner to invest
    in. ``supported``: the bootstrap interval of its total effect excludes zero
    (False without a bootstrap: never "invest" on an untested effect).
    Quadrant: importance and performance against their means over the
    target's drivers. Action: "no evidence" when unsupported; "monitor" when
    the effect is negative; otherwise the quadrant's (fix first -> invest,
    keep up or possible overkill -> maintain, low priority -> monitor).
    """
    quadrant = _quadrant(importance, performance, imp_mean, perf_mean)
    if not supported:
        return quadrant, "no evidence"
    if importance < 0:
        return quadrant, "monitor"
    return quadrant, QUADRANT_ACTION[quadrant]


def supported_effects(
    result: PLSResult, boot: BootstrapResult | None = None, level: float = 0.95
) -> dict[tuple[str, str], bool]:
    """(driver, target) -> whether the bootstrap interval of the total effect excludes zero."""
    table = drivers(result, boot, level=level)
    return {
        (row.driver, row.target): bool(
            np.isfinite(row.ci_lower) and (row.ci_lower > 0 or row.ci_upper < 0)
        )
        for row in table.itertuples(index=False)
    }


def _ipma_rows(
    result: PLSResult, model: Rescaled, tgt: str, support: dict[tuple[str, str], bool]
) -> list[tuple]:
    """One outcome's map: its drivers (constructs), then their items, each classified."""
    layout = result.layout
    names = layout.names
    t = names.index(tgt)
    drivers_ = [k for k in range(len(names)) if k != t and abs(model.total[k, t]) > 0]
    if not drivers_:
        return []
    performance = model.scores.mean(axis=0)
    imp = np.array([model.total[k, t] for k in drivers_])
    perf = np.array([performance[k] for k in drivers_])
    rows = [
        (
            tgt,
            "construct",
            names[k],
            names[k],
            i,
            p,
            *classify(i, p, imp.mean(), perf.mean(), support.get((names[k], tgt), False)),
        )
        for k, i, p in zip(drivers_, imp, perf, strict=True)
    ]
    items = [
        (
            tgt,
            "item",
            layout.items[j],
            names[k],
            model.weights[j] * model.total[k, t],
            model.items[:, j].mean(),
        )
        for k in drivers_
        for j in range(layout.slices[k].start, layout.slices[k].stop)
    ]
    if items:
        ii = np.array([r[4] for r in items])
        pp = np.array([r[5] for r in items])
        rows += [
            (*r, *classify(r[4], r[5], ii.mean(), pp.mean(), support.get((r[3], tgt), False)))
            for r in items
        ]
    return rows


def ipma(
    result: PLSResult,
    target: str | None = None,
    scale: tuple[float, float] | None = None,
    boot: BootstrapResult | None = None,
    level: float = 0.95,
) -> pd.DataFrame:
    """target, level (construct|item), name, construct, importance, performance, quadrant,
    action (see ``classify``; an item takes its construct's bootstrap support)."""
    model = rescaled_model(result, scale)
    support = supported_effects(result, boot, level)
    rows: list[tuple] = []
    for tgt in _targets(result, target):
        rows += _ipma_rows(result, model, tgt, support)
    out = pd.DataFrame(
        rows,
        columns=[
            "target",
            "level",
            "name",
            "construct",
            "importance",
            "performance",
            "quadrant",
            "action",
        ],
    )
    # issue 12: an item's label is the owner's own question text (else its code)
    return out.assign(label=[result.spec.label(n) for n in out.name])


class Prediction(NamedTuple):
    """One outcome under a what-if: levels on the answer scale and on 0-100."""

    target: str
    current: float
    change: float
    new: float
    current_100: float
    new_100: float
    band_lower: float  # bootstrap band of the change (NaN without a bootstrap)
    band_upper: float


@dataclass(frozen=True)
class WhatIf:
    """Predicted change of each outcome for the given moves (answer-scale points)."""

    table: pd.DataFrame  # target, current (answer scale), change, new, current_100, new_100,
    #                      band_lower, band_upper (change, answer scale)


class Simulator:
    """What-if and goal seek for one fitted model: precomputed once, cheap on every call."""

    def __init__(
        self,
        result: PLSResult,
        boot: BootstrapResult | None = None,
        scale: tuple[float, float] | None = None,
    ) -> None:
        self.result = result
        self.model = rescaled_model(result, scale)
        self.names = result.layout.names
        lo, hi = self.model.scale
        self.points = (hi - lo) / 100.0  # answer-scale points per 0-100 point
        self.current_100 = self.model.scores.mean(axis=0)
        self.draws = None
        self._outcome_draws: np.ndarray | None = None
        if boot is not None and boot.n_valid > 0:  # no valid resample: no band (issue 16)
            sd = self.model.scores.std(axis=0, ddof=1)
            draws = boot.draws("total_effect")
            k = len(self.names)
            self.draws = np.zeros((len(draws), k, k))
            for label in draws.columns:
                src, tgt = label.split(":", 1)[1].split(" -> ")
                i, j = self.names.index(src), self.names.index(tgt)
                self.draws[:, i, j] = draws[label].to_numpy() * sd[j] / sd[i]

    def _index(self, name: str) -> int:
        if name not in self.names:
            raise DriverLabError.coded("no_construct", name=name)
        return self.names.index(name)

    def predict(self, moves: dict[str, float], level: float = 0.95) -> list[Prediction]:
        """What-if as plain numbers, one per outcome (the fast path for sliders).

        ``moves``: driver -> move in answer-scale points, e.g. {"PSN": 0.5}.
        """
        lo, hi = self.model.scale
        delta = np.zeros(len(self.names))
        for name, d in moves.items():
            delta[self._index(name)] = float(d)
        change = delta @ self.model.total  # answer-scale points (same scale both sides)
        endogenous = list(self.result.layout.endogenous)
        bands = np.full((len(endogenous), 2), np.nan)
        if self.draws is not None:
            if self._outcome_draws is None:  # the outcomes' columns, made contiguous once
                self._outcome_draws = np.ascontiguousarray(self.draws[:, :, endogenous])
            sims = delta @ self._outcome_draws  # resamples x outcomes
            alpha = (1 - level) / 2
            bands = np.quantile(sims, [alpha, 1 - alpha], axis=0).T
        out = []
        for (lower, upper), t in zip(bands, endogenous, strict=True):
            current = lo + self.current_100[t] * self.points
            new = float(np.clip(current + change[t], lo, hi))
            out.append(
                Prediction(
                    target=self.names[t],
                    current=float(current),
                    change=float(change[t]),
                    new=new,
                    current_100=float(self.current_100[t]),
                    new_100=(new - lo) / self.points,
                    band_lower=float(lower),
                    band_upper=float(upper),
                )
            )
        return out

    def what_if(self, moves: dict[str, float], level: float = 0.95) -> WhatIf:
        """Move drivers by answer-scale points, e.g. {"PSN": 0.5}: one row per outcome."""
        rows = self.predict(moves, level)
        return WhatIf(pd.DataFrame(rows, columns=list(Prediction._fields)))

    def goal_seek(self, target: str, goal: float, effort: dict[str, float] | None = None):
        """The cheapest moves of the drivers that bring ``target`` to ``goal`` (answer scale).

        ``effort``: cost of one answer-scale point per driver (default 1 each). Each
        driver can rise at most to the top of the scale. With one linear goal and
        bounds, taking drivers in order of effect per unit of effort is optimal.
        Returns a DataFrame (driver, move, new_level, effect_per_point, cost) and the
        shortfall in points (0 when the goal is reachable).
        """
        lo, hi = self.model.scale
        t = self._index(target)
        current = lo + self.current_100[t] * self.points
        needed = goal - current
        candidates = [
            k
            for k in range(len(self.names))
            if k != t and self.model.total[k, t] > 0 and (effort is None or self.names[k] in effort)
        ]
        effort = effort or {}
        order = sorted(
            candidates, key=lambda k: -self.model.total[k, t] / effort.get(self.names[k], 1.0)
        )
        rows = []
        remaining = max(needed, 0.0)
        for k in order:
            if remaining <= 0:
                break
            level_k = lo + self.current_100[k] * self.points
            room = hi - level_k
            effect = self.model.total[k, t]
            move = min(room, remaining / effect)
            if move <= 0:
                continue
            rows.append(
                (self.names[k], move, level_k + move, effect, move * effort.get(self.names[k], 1.0))
            )
            remaining -= move * effect
        plan = pd.DataFrame(
            rows, columns=["driver", "move", "new_level", "effect_per_point", "cost"]
        )
        return plan, max(remaining, 0.0)


def sample_size(
    result: PLSResult,
    boot: BootstrapResult | None = None,
    *,
    effect: float | None = None,
    floor: float = PRACTICALLY_ZERO,
    alpha: float = ALPHA,
    power: float = 0.80,
    two_tailed: bool = True,
) -> dict:
    """Minimum n by the inverse square root method for the smallest effect worth detecting.

    ``effect``: the smallest standardized path worth detecting; by default the
    smallest |path| of the model at or above ``floor`` (``floor`` itself when
    every path is below it). ``boot`` is accepted for callers' convenience and not
    used: choosing the paths by their significance would be circular.

    Returns minimum_n, n, beta_min, path (the path that sets the figure, or None),
    ignored (paths below the floor, as [name, estimate] pairs), floor, power_constant,
    alpha, power, two_tailed, and verdict ("enough" or "collect about N more").
    """
    del boot
    return minimum_sample(
        result.paths,
        int(result.meta["n_obs"]),
        effect=effect,
        floor=floor,
        alpha=alpha,
        power=power,
        two_tailed=two_tailed,
    )
