"""Reproducible analysis (issue 18): the data used, a Python script and an R script.

``analysis_data(result)``: the rows and item columns the estimation used, as CSV
text at full precision (what the scripts read).

``python_script(result, boot, data_file)``: a script that re-runs the analysis
from that CSV with the engine's public API (``engine.core.estimate``,
``engine.core.bootstrap.bootstrap``, ``engine.outputs.thesis``): the same model, settings,
resamples, seed and interval, so every number comes out the same; it prints the
hypotheses and mediation tables and, with ``--json OUT``, writes every table.

``r_script(result, boot, data_file)``: the equivalent seminr model (composites in
mode A or B, reflective constructs, which seminr estimates with PLSc), its
bootstrap and the specific indirect effects, for readers who use R. seminr has
no centroid scheme; a model estimated with it says so in a comment.

Every user string (file, construct and item names) goes into the scripts as a
quoted literal (``repr`` in Python, escaped double quotes in R), never as code.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING

from engine.core.tables import TABLE_ORDER

if TYPE_CHECKING:
    from engine.core.bootstrap import BootstrapResult
    from engine.core.estimate import PLSResult
    from engine.core.spec import Construct

#: Tables the Python script writes with ``--json`` (and the tests compare): every reviewer
#: table in its order (``engine.core.tables.TABLE_ORDER``) but the two that are not results
#: a reader checks (construct correlations, respondent scores).
SCRIPT_TABLES = tuple(
    name for name in TABLE_ORDER if name not in ("construct_correlations", "scores")
)


def analysis_data(result: PLSResult) -> str:
    """The estimation's input rows (item columns, model order) as CSV text, full precision."""
    import pandas as pd

    frame = pd.DataFrame(result.data.raw, columns=list(result.data.items))
    return frame.to_csv(index=False, float_format="%.17g", lineterminator="\n")


def _boot_settings(boot: BootstrapResult, ci: str, level: float) -> dict:
    return {
        "n_boot": int(boot.n_boot),
        "seed": None if boot.seed is None else int(boot.seed),  # None: unseeded, not repeatable
        "f_squared": bool(boot.plan.with_f2),
        "ci": ci,
        "level": float(level),
    }


#: The reproducing Python script; ``python_script`` fills in the analysis.
_PYTHON_SCRIPT = '''"""Reproduces a Driver Lab analysis (engine {version}).

Run from a folder where Driver Lab's ``engine`` package can be imported:

    python this_script.py [DATA.csv] [--json OUT.json]

It reads the data the analysis used, estimates the same model with the same
settings, bootstraps with the same number of resamples and seed, and prints the
hypotheses and the specific indirect effects. With --json it also writes every
table (the numbers of the app's and the Word document's tables, full precision).
"""

import json
import sys
from pathlib import Path

import pandas as pd

from engine import ModelSpec, Settings, estimate
from engine.core.bootstrap import bootstrap
from engine.outputs.thesis import hypotheses, mediation

DATA_FILE = {data_file!r}
MODEL = ModelSpec.from_json({model!r})
SETTINGS = Settings(**{settings!r})
BOOTSTRAP = {boot!r}
TABLES = {tables!r}


def main(argv):
    args = list(argv)
    out = None
    if "--json" in args:
        k = args.index("--json")
        out = args[k + 1]
        del args[k : k + 2]
    data_path = Path(args[0]) if args else Path(__file__).with_name(DATA_FILE)
    data = pd.read_csv(data_path)
    result = estimate(data, MODEL, SETTINGS)
    boot = bootstrap(
        result, BOOTSTRAP["n_boot"], seed=BOOTSTRAP["seed"], f_squared=BOOTSTRAP["f_squared"]
    )
    ci, level = BOOTSTRAP["ci"], BOOTSTRAP["level"]
    inference = boot.inference(ci=ci, level=level)
    hyp = hypotheses(result, boot, ci=ci, level=level, inference=inference)
    med = mediation(result, boot, ci=ci, level=level, inference=inference)
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(f"{{result.meta['n_obs']}} responses, {{boot.n_valid}} valid resamples")
        print(hyp[["hypothesis", "path", "beta", "se", "t", "p", "ci_lower", "ci_upper", "f2"]])
        print(med[["chain", "indirect", "ci_lower", "ci_upper", "type", "mediation"]])
    if out:
        tables = {{name: getattr(result, name).to_dict("records") for name in TABLES}}
        tables["inference"] = inference.to_dict("records")
        tables["hypotheses"] = hyp.to_dict("records")
        tables["mediation"] = med.to_dict("records")
        Path(out).write_text(json.dumps(tables, default=float), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
'''


def python_script(
    result: PLSResult,
    boot: BootstrapResult,
    data_file: str = "driver-lab-data.csv",
    ci: str = "percentile",
    level: float = 0.95,
) -> str:
    """A Python script reproducing the analysis from ``data_file`` (see module docstring)."""
    settings = result.settings.to_dict()  # the one serialisation (engine.base.settings)
    b = _boot_settings(boot, ci, level)
    return _PYTHON_SCRIPT.format(
        version=result.meta["engine_version"],
        data_file=data_file,
        model=result.spec.to_json(indent=None),
        settings=settings,
        boot=b,
        tables=SCRIPT_TABLES,
    )


def _r(text: str) -> str:
    """An R string literal."""
    return json.dumps(str(text), ensure_ascii=False)


def _r_construct(c: Construct) -> str:
    """One construct of seminr's ``constructs(...)``."""
    items = "c(" + ", ".join(_r(i) for i in c.indicators) + ")"
    if c.reflective:
        return f"  reflective({_r(c.name)}, {items})"
    mode = "mode_B" if c.mode == "B" else "mode_A"
    return f"  composite({_r(c.name)}, {items}, weights = {mode})"


def r_script(
    result: PLSResult,
    boot: BootstrapResult,
    data_file: str = "driver-lab-data.csv",
    ci: str = "percentile",
    level: float = 0.95,
) -> str:
    """The equivalent seminr model, its bootstrap and specific indirect effects (R)."""
    spec, s = result.spec, result.settings
    b = _boot_settings(boot, ci, level)
    lines = [
        f"# Reproduces a Driver Lab analysis (engine {result.meta['engine_version']}) in seminr.",
        '# install.packages("seminr")  # once',
        "library(seminr)",
        "",
        f"data <- read.csv({_r(data_file)}, check.names = FALSE)",
        "",
        "measurement <- constructs(",
    ]
    lines.append(",\n".join(_r_construct(c) for c in spec.constructs))
    lines += [")", "", "structure <- relationships("]
    lines.append(",\n".join(f"  paths(from = {_r(a)}, to = {_r(t)})" for a, t in spec.paths))
    lines += [")", ""]
    weights = {"path": "path_weighting", "factorial": "path_factorial"}.get(s.scheme)
    if weights is None:
        lines.append(
            "# Driver Lab used the centroid scheme, which seminr lacks: path weighting here."
        )
        weights = "path_weighting"
    missing = "mean_replacement" if s.missing == "mean" else "na.omit"
    stop = max(1, round(-math.log10(s.tol)))
    lines += [
        "model <- estimate_pls(",
        "  data = data,",
        "  measurement_model = measurement,",
        "  structural_model = structure,",
        f"  inner_weights = {weights},",
        f"  missing = {missing},",
        "  missing_value = NA,  # the data file leaves unanswered items empty",
        f"  maxIt = {int(s.max_iter)},",
        f"  stopCriterion = {stop}",
        ")",
        "summary(model)",
        "",
        f"# {b['n_boot']} resamples as in Driver Lab; R draws its own resamples, so bootstrap",
        "# figures agree within Monte Carlo error, not digit for digit.",
        f"boot <- bootstrap_model(seminr_model = model, nboot = {b['n_boot']}, "
        f"seed = {'NULL' if b['seed'] is None else b['seed']})",  # NULL: R's word for no seed
        f"summary(boot, alpha = {1 - b['level']:.6g})",
    ]
    chains = result.indirect_effects.chain
    for chain in chains:
        parts = chain.split(" -> ")
        through = "c(" + ", ".join(_r(p) for p in parts[1:-1]) + ")"
        lines.append(
            f"specific_effect_significance(boot, from = {_r(parts[0])}, through = {through}, "
            f"to = {_r(parts[-1])}, alpha = {1 - b['level']:.6g})"
        )
    return "\n".join(lines) + "\n"
