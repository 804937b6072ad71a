"""The owner's story: one answer that Home, Drivers and Advice all tell the same way.

``story(result, boot, scale)`` picks the outcome the owner's levers act on
first (engagement, CLE, in the study's model: the outcome with the most
drivers nothing points to), ranks her levers (those drivers) by their effect
in answer points with the bootstrap band, names the one or two things to do
first from the advice, and says how sure we can be (enough responses?
measurement sound?). Everything is data (codes, names, numbers); the pages
put it into words in the user's language.

``effects(result, boot, target, scale)`` is the ranking every owner page
uses for any outcome: one row per driver with its effect in answer points
(how many points the outcome moves when the driver is one point higher),
its likely range, the standardized total effect, and the one classification
(``engine.analytics.drivers.classify``) of its importance-performance point.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import numpy as np
import pandas as pd

from engine.analytics.advice import MEASUREMENT_CODES, advise
from engine.analytics.drivers import Simulator, drivers, ipma, sample_size

if TYPE_CHECKING:
    from engine.core.bootstrap import BootstrapResult
    from engine.core.estimate import PLSResult

#: Advice actions that come before the drivers' own advice when they occur.
FIRST_ACTIONS = ("fix measurement", "collect more")

EFFECT_COLUMNS = [
    "driver",
    "effect",
    "lower",
    "upper",
    "standardized",
    "p",
    "supported",
    "importance",
    "performance",
    "quadrant",
    "action",
    "lever",
    "rank",
]


def focus_outcome(result: PLSResult) -> str:
    """The outcome the owner's levers act on first: the one with the most direct
    antecedents that nothing points to (ties: the first in the model)."""
    layout = result.layout
    exogenous = {k for k in range(len(layout.names)) if k not in layout.endogenous}
    best = max(
        layout.endogenous,
        key=lambda t: (sum(a in exogenous for a in layout.antecedents[t]), -t),
    )
    return layout.names[best]


def levers(result: PLSResult) -> list[str]:
    """The constructs nothing in the model points to: what the owner acts on directly."""
    layout = result.layout
    return [n for k, n in enumerate(layout.names) if k not in layout.endogenous]


def effects(
    result: PLSResult,
    boot: BootstrapResult | None = None,
    target: str | None = None,
    scale: tuple[float, float] | None = None,
    level: float = 0.95,
    sim: Simulator | None = None,
) -> pd.DataFrame:
    """Drivers of ``target`` (default: ``focus_outcome``) ranked by effect in answer points.

    ``effect``: answer-scale points the target moves per point more of the driver
    (the unstandardized total effect, the IPMA importance); ``lower``/``upper``:
    its bootstrap band (NaN without a bootstrap); ``lever``: nothing points to the
    driver; ``rank``: 1 = most strongly linked (largest absolute effect).
    """
    target = target or focus_outcome(result)
    sim = sim or Simulator(result, boot, scale=scale)
    std = drivers(result, boot, target=target, level=level).set_index("driver")
    imp = ipma(result, target=target, scale=scale, boot=boot, level=level)
    imp = imp[imp.level == "construct"].set_index("name")
    own = set(levers(result))
    rows = []
    for name in imp.index:
        move = next(p for p in sim.predict({name: 1.0}, level) if p.target == target)
        d = std.loc[name] if name in std.index else None
        lower, upper = move.band_lower, move.band_upper
        rows.append(
            {
                "driver": name,
                "effect": float(imp.importance[name]),
                "lower": float(lower),
                "upper": float(upper),
                "standardized": float(d.total_effect) if d is not None else np.nan,
                "p": float(d.p) if d is not None else np.nan,
                "supported": bool(
                    d is not None and np.isfinite(d.ci_lower) and (d.ci_lower > 0 or d.ci_upper < 0)
                ),
                "importance": float(imp.importance[name]),
                "performance": float(imp.performance[name]),
                "quadrant": imp.quadrant[name],
                "action": imp.action[name],
                "lever": name in own,
            }
        )
    out = pd.DataFrame(rows, columns=EFFECT_COLUMNS[:-1])
    if out.empty:
        return pd.DataFrame(columns=EFFECT_COLUMNS)
    out = out.iloc[np.argsort(-out.effect.abs().to_numpy(), kind="stable")].reset_index(drop=True)
    out["rank"] = np.arange(1, len(out) + 1)
    return out


@dataclass(frozen=True)
class Story:
    """The owner's answer for one analysis (codes and numbers; the pages word it)."""

    target: str  # the outcome her levers act on (CLE in the study)
    levers: pd.DataFrame  # ``effects`` rows of her levers, strongest first
    mechanism: pd.DataFrame  # ``effects`` of the target on the outcomes after it
    mechanism_targets: tuple[str, ...]
    advice: pd.DataFrame  # all of ``advise``'s records, in its order
    first: tuple[int, ...]  # advice rows to do first (one or two), in order
    n: int
    minimum_n: int | None
    measurement_sound: bool
    scale: tuple[float, float]

    @property
    def top(self) -> str | None:
        """The lever most strongly linked to the target (None when there is none)."""
        return None if self.levers.empty else str(self.levers.driver.iloc[0])

    @property
    def enough_responses(self) -> bool | None:
        return None if self.minimum_n is None else self.n >= self.minimum_n

    def advice_for_target(self) -> pd.DataFrame:
        """Advice rows about the target's drivers, in the advice's order."""
        subject = self.advice.subject
        return self.advice[
            (self.advice.kind == "driver") & subject.str.endswith(f" -> {self.target}")
        ]


def first_steps(advice: pd.DataFrame, target: str, k: int = 2) -> tuple[int, ...]:
    """The advice rows to do first: measurement or sample problems, then the
    "invest" advice on the target's drivers; when there is none, the target's
    first driver record (so the owner is always told one thing)."""
    chosen = [i for i in advice.index if advice.action[i] in FIRST_ACTIONS]
    on_target = advice[(advice.kind == "driver") & advice.subject.str.endswith(f" -> {target}")]
    chosen += [i for i in on_target.index if on_target.action[i] == "invest"]
    if not chosen and len(on_target):
        chosen = [on_target.index[0]]
    return tuple(int(i) for i in chosen[:k])


class _Summarized:
    """A bootstrap whose summaries (``inference``) are computed once per story, not once
    per table that needs them; everything else is the bootstrap's own."""

    def __init__(self, boot: BootstrapResult) -> None:
        self._boot = boot
        self._done: dict = {}

    def inference(self, *args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in self._done:
            self._done[key] = self._boot.inference(*args, **kwargs)
        return self._done[key]

    def __getattr__(self, name: str):
        return getattr(self._boot, name)


def story(
    result: PLSResult, boot: BootstrapResult | None = None, scale: tuple[float, float] | None = None
) -> Story:
    """The owner's answer: her strongest lever on the focus outcome, what to do first,
    how sure we are. ``boot``: the bootstrap (without it nothing counts as supported)."""
    # the summarizing wrapper stands in for the bootstrap it wraps (duck-typed)
    boot = cast("BootstrapResult | None", _Summarized(boot) if boot is not None else None)
    target = focus_outcome(result)
    sim = Simulator(result, boot, scale=scale)
    ranked = effects(result, boot, target, scale, sim=sim)
    own = ranked[ranked.lever].reset_index(drop=True)
    own["rank"] = np.arange(1, len(own) + 1)
    names = result.layout.names
    t = names.index(target)
    after = [names[k] for k in result.layout.endogenous if sim.model.total[t, k] != 0]
    parts = []
    for outcome in after:
        e = effects(result, boot, outcome, scale, sim=sim)
        parts.append(e[e.driver == target].assign(outcome=outcome))
    mechanism = (
        pd.concat(parts, ignore_index=True)
        if parts
        else pd.DataFrame(columns=[*EFFECT_COLUMNS, "outcome"])
    )
    advice = advise(result, boot, scale=scale)
    size = sample_size(result, boot)
    sound = not result.notes.code.isin(MEASUREMENT_CODES).any()
    return Story(
        target=target,
        levers=own,
        mechanism=mechanism,
        mechanism_targets=tuple(after),
        advice=advice,
        first=first_steps(advice, target),
        n=int(size["n"]),
        minimum_n=size["minimum_n"],
        measurement_sound=bool(sound),
        scale=(float(sim.model.scale[0]), float(sim.model.scale[1])),
    )
