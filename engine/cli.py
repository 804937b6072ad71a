"""Command line: ``python -m engine analyze DATA [options] --out RESULT.json``.

Bad input (an unreadable file, missing item columns, text where numbers belong,
a constant item, too few complete rows, an invalid model file, a bad option)
exits with status 2 and one plain sentence on stderr. Never a traceback.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from engine.base.errors import DriverLabError, ModelError
from engine.base.settings import MAX_ITER, MISSING, SCHEMES, Settings
from engine.core.spec import ModelSpec, short
from engine.study.model import STUDY_MODEL

if TYPE_CHECKING:
    from engine.core.bootstrap import BootstrapResult
    from engine.core.estimate import PLSResult
    from engine.intake.io import Table
    from engine.intake.survey import Survey

# The analysis modules (and with them SciPy's statistics, openpyxl) are imported
# where a command needs them, so that ``--help`` and option errors answer at once.


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one sentence, status 2
        raise _UsageError(message)


class _UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m engine", description="Driver Lab's PLS-SEM engine.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    a = sub.add_parser("analyze", help="estimate a model on survey data and write JSON")
    a.add_argument("data", help=".csv or .xlsx file, one column per item code")
    a.add_argument("--model", help="model JSON file (default: the study's model)")
    a.add_argument("--scheme", choices=SCHEMES, default="path", help="inner weighting scheme")
    a.add_argument("--missing", choices=MISSING, default="listwise", help="missing-data policy")
    a.add_argument("--missing-code", type=float, default=None, help="number marking no answer")
    a.add_argument("--max-iter", type=int, default=300, help="most iterations (300)")
    a.add_argument("--n-boot", type=int, default=0, help="bootstrap resamples (0: none)")
    a.add_argument("--seed", type=int, default=None, help="bootstrap seed")
    a.add_argument("--ci", choices=("percentile", "bca"), default="percentile")
    a.add_argument("--level", type=float, default=0.95, help="confidence level")
    a.add_argument("--group", help="compare the model across the groups of this column")
    a.add_argument("--n-perm", type=int, default=1000, help="permutations for --group (1000)")
    a.add_argument("--whatif", help='driver moves in answer-scale points, e.g. "PSN=0.5,INT=0.2"')
    a.add_argument("--goal", help='goal seek, e.g. "CLE=4.2" (answer scale)')
    a.add_argument("--out", required=True, help="where to write the result JSON")
    # issue 18, the thesis kit
    a.add_argument(
        "--report",
        help="also write a report: FILE.docx (results chapter in APA style, needs --n-boot), "
        "FILE.html (printable report) or FILE.xlsx (workbook)",
    )
    a.add_argument("--lang", choices=("en", "id"), default="en", help="language of --report")
    a.add_argument(
        "--script",
        help="also write FILE.py reproducing the analysis (needs --n-boot), with the data it "
        "reads (FILE-data.csv) and the seminr equivalent (FILE.R)",
    )
    a.add_argument(
        "--quiet", action="store_true", help="print nothing on success (no summary line)"
    )
    for p in (
        a,
        c := sub.add_parser("check", help="show the mapping and screening, no estimation"),
    ):
        p.add_argument("--sheet", help="the workbook sheet to read (default: the likeliest)")
        p.add_argument("--mapping", help="a mapping saved from Driver Lab or `check --out` (JSON)")
    c.add_argument("data", help=".csv or .xlsx survey export")
    c.add_argument(
        "--out", help="write the suggested mapping here (JSON; edit it, then analyze --mapping)"
    )
    c.add_argument("--model", help="model JSON file (default: the study's model)")
    return parser


def _load_model(path: str | None) -> ModelSpec:
    if path is None:
        return STUDY_MODEL
    try:
        text = _read_json_file(path)
    except (OSError, UnicodeDecodeError):
        raise ModelError.coded("cli_model_unreadable", path=short(path, 80)) from None
    return ModelSpec.from_json(text)


def _read_json_file(path: str) -> bytes:
    """A model or mapping file's bytes; a file past the schema's size limit is not read whole."""
    from engine.core.schema import MAX_JSON_BYTES

    with open(path, "rb") as f:
        return f.read(MAX_JSON_BYTES + 1)  # the schema refuses it by its size


def _json_default(value):
    return None if isinstance(value, float) and not math.isfinite(value) else str(value)


def _survey(args: argparse.Namespace, spec: ModelSpec, rules, intake=None):
    """The survey as the saved mapping, or else the suggestion for her columns, reads it.

    ``intake`` (a list) receives the :class:`engine.intake.suggest.Intake` of the file.
    """
    from engine.intake.io import read_upload
    from engine.intake.suggest import refuse_unusable, suggest
    from engine.intake.survey import import_survey, load_mapping

    overrides: dict[str, str | None] = {}
    reversed_items: tuple[str, ...] = ()
    if args.mapping:
        try:
            text = _read_json_file(args.mapping)
        except (OSError, UnicodeDecodeError):
            raise DriverLabError.coded(
                "cli_mapping_unreadable", path=short(args.mapping, 80)
            ) from None
        overrides, reversed_items = load_mapping(text)
    table = read_upload(args.data, sheet=args.sheet)
    found = suggest(table.frame, spec, saved=overrides or None)
    if intake is not None:
        intake.append(found)
    refuse_unusable(found)
    if not overrides and not found.coded:  # her own questions: the suggestion
        overrides = found.overrides()
    return import_survey(table.frame, spec, rules, overrides, reversed_items), table


def intake_report(intake, table) -> str:
    """Her columns, what each looks like and the construct suggested for it (plain text)."""
    from engine.intake.suggest import explain

    lines = [f"File: {table.name}" + (f" ({', '.join(table.notes)})" if table.notes else "")]
    lines += ["", "Columns (question -> suggested, confidence, why):"]
    for c in intake.columns:
        what = f"{c.maps_to}" if c.kind == "item" else f"set aside: {c.kind}"
        if c.kind in ("profile", "screening", "time", "start", "end", "duration"):
            what = f"{c.kind} {c.maps_to or ''}".strip()
        conf = f", {c.confidence:.2f}" if c.kind == "item" else ""
        lines.append(
            f"  {c.question[:60]!s:<62} -> {what}{conf} ({explain(c.reason, dict(c.params))})"
        )
    filled = intake.filled()
    lines += ["", "Questions per construct: " + ", ".join(f"{k} {v}" for k, v in filled.items())]
    few = [k for k, v in filled.items() if 0 < v < 3]
    if few:
        lines.append(
            f"  {', '.join(few)}: fewer than three questions; three or more measure a "
            "construct more reliably and let its reliability be checked."
        )
    return "\n".join(lines) + "\n"


def check_report(survey: Survey, table: Table) -> str:
    """The mapping and screening report as plain text (``python -m engine check``)."""
    lines = [f"File: {table.name}" + (f" ({', '.join(table.notes)})" if table.notes else "")]
    if table.sheets:
        lines.append(f"Sheets: {', '.join(table.sheets)}; read: {table.sheet}")
    lines.append(
        f"Header row: {table.header_row}; answer scale: {survey.scale[0]}-{survey.scale[1]}"
    )
    lines.append("")
    lines.append("Mapping (column -> used as):")
    for m in survey.mapping:
        target = f"{m.kind} {m.target}" if m.target else "not used"
        if m.kind == "item" and m.item:
            target = f"item {m.item} of {m.target}"
        lines.append(f"  {m.column[:60]!s:<62} -> {target}")
    if len(survey.issues):
        lines.append("")
        lines.append("Answers set aside:")
        for r in survey.issues.itertuples(index=False):
            lines.append(
                f"  {r.item}: {r.cells} cell(s) {r.problem}, e.g. {', '.join(r.examples)} "
                f"(rows {', '.join(map(str, r.rows[:5]))})"
            )
    sc = survey.screening
    if any(m.kind == "item" for m in survey.mapping):
        lines += ["", "Screening: " + sc.summary()]
    else:  # never "N used" when no column could be used
        lines += ["", f"Screening: {sc.collected} collected; no answer column could be used"]
    for reason, count in sc.by_reason().items():
        rows = [
            str(r)
            for r, rs in zip(sc.excluded.row, sc.excluded.reasons, strict=True)
            if reason in rs
        ]
        lines.append(
            f"  excluded, {reason}: {count} (rows {', '.join(rows[:15])}"
            + (" …)" if len(rows) > 15 else ")")
        )
    for reason, count in sc.flagged_by_reason().items():
        lines.append(f"  flagged but kept, {reason}: {count}")
    profile = survey.profile_table()
    if len(profile):
        lines += ["", "Respondent profile:"]
        for r in profile.itertuples(index=False):
            lines.append(f"  {r.question:<13} {r.answer!s:<12} {r.count}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> dict:
    return _analyze(args)[0]


def _analyze(args: argparse.Namespace) -> tuple[dict, dict]:
    """The result JSON and what the extra outputs need (result, boot, survey, ...)."""
    from engine.analytics.advice import advise
    from engine.core.estimate import estimate
    from engine.core.tables import records
    from engine.intake.survey import ScreeningRules

    spec = _load_model(args.model)
    settings = Settings(
        scheme=args.scheme,
        missing=args.missing,
        missing_code=args.missing_code,
        max_iter=args.max_iter,
    )
    survey, table_read = _survey(
        args, spec, ScreeningRules(complete=settings.missing == "listwise")
    )
    spec = survey.model(spec)  # her questions as items, her wording as their labels
    result = estimate(survey.data, spec, settings)
    out = result.to_dict()
    out["screening"] = survey.screening.to_dict()
    out["profile"] = records(survey.profile_table())
    out["mapping"] = survey.mapping_records()
    if spec.labels:
        out["item_labels"] = dict(spec.labels)
    boot = _add_bootstrap(out, result, args)
    prediction = _add_owner_tables(out, result, boot, survey.scale, args.level)
    comparison = _add_groups(out, args, survey.data, table_read.frame, spec, settings)
    advice = advise(result, boot, prediction=prediction, segments=comparison, scale=survey.scale)
    out["advice"] = records(advice)
    if args.whatif or args.goal:
        _add_simulation(out, args, result, boot, survey.scale)
    context = {
        "result": result,
        "boot": boot,
        "survey": survey,
        "advice": advice,
        "prediction": prediction,
    }
    return out, context


def _add_bootstrap(
    out: dict, result: PLSResult, args: argparse.Namespace
) -> BootstrapResult | None:
    """With --n-boot: the bootstrap's tables, the hypotheses and the mediation types."""
    if not args.n_boot:
        return None
    from engine.core.bootstrap import bootstrap
    from engine.core.tables import records
    from engine.outputs.thesis import hypotheses, mediation  # issue 18: H1..Hn

    boot = bootstrap(result, n_boot=args.n_boot, seed=args.seed, f_squared=True)
    out.update(boot.to_dict(ci=args.ci, level=args.level))
    out["meta"].update(boot.meta_dict(ci=args.ci, level=args.level))
    inference = boot.inference(ci=args.ci, level=args.level)
    kwargs = {"ci": args.ci, "level": args.level, "inference": inference}
    out["hypotheses"] = records(hypotheses(result, boot, **kwargs))
    out["mediation"] = records(mediation(result, boot, **kwargs))
    return boot


def _add_owner_tables(
    out: dict, result: PLSResult, boot: BootstrapResult | None, scale, level: float
) -> tuple:
    """Drivers, IPMA, sample size and prediction; returns the prediction (table, verdict)."""
    from engine.analytics.drivers import drivers, ipma, sample_size
    from engine.analytics.predict import is_borderline, pls_predict
    from engine.core.tables import records

    out["drivers"] = records(
        drivers(result, boot, level=level)[
            ["target", "driver", "total_effect", "ci_lower", "ci_upper", "p", "rank"]
        ]
    )
    out["ipma"] = records(
        ipma(result, scale=scale)[["target", "level", "name", "importance", "performance"]]
    )
    size = sample_size(result, boot)
    out["sample_size"] = {k: size[k] for k in ("minimum_n", "n", "verdict", "beta_min", "path")}
    table, verdict = pls_predict(result)
    out["predict"] = records(table)
    out["predict_verdict"] = verdict
    out["predict_borderline"] = is_borderline(table)  # issue 16: verdict within fold noise
    return table, verdict


def _add_groups(
    out: dict, args: argparse.Namespace, data, frame, spec: ModelSpec, settings: Settings
):
    """With --group: the model compared across the column's groups (else None)."""
    if not args.group:
        return None
    from engine.analytics.segments import compare_groups
    from engine.core.tables import records

    if args.group not in data.columns and args.group in frame.columns:
        data = data.assign(**{args.group: frame.loc[data.index, args.group]})
    if args.group not in data.columns:
        raise _UsageError(f"--group names no column of the file ({short(args.group)})")
    _check_groups(data[args.group], args.n_perm)
    comparison = compare_groups(
        data, args.group, spec, settings, n_perm=args.n_perm, seed=args.seed or 1
    )
    out["groups"] = records(comparison.groups)
    out["group_differences"] = records(comparison.differences)
    out["micom"] = records(comparison.micom)
    out["groups_refused"] = records(comparison.refused)
    return comparison


def _add_simulation(
    out: dict, args: argparse.Namespace, result: PLSResult, boot: BootstrapResult | None, scale
) -> None:
    """--whatif (drivers moved) and --goal (the moves a goal needs)."""
    from engine.analytics.drivers import Simulator
    from engine.core.tables import records

    sim = Simulator(result, boot, scale=scale)
    lo, hi = sim.model.scale
    names = result.layout.names
    outcomes = [names[k] for k in result.layout.endogenous]
    drivers_ = [n for n in names if n not in outcomes]
    if args.whatif:
        moves = _pairs(args.whatif, "--whatif")
        _check_moves(moves, names, drivers_, hi - lo)
        out["whatif"] = records(sim.what_if(moves).table)
    if args.goal:
        target, goal = _goal(args.goal, names, outcomes, lo, hi)
        plan, shortfall = sim.goal_seek(target, goal)
        out["goal_seek"] = {
            "target": target,
            "goal": goal,
            "plan": records(plan),
            "shortfall": shortfall,
        }


def _check_moves(moves: dict[str, float], names, drivers_: list[str], width: float) -> None:
    """Every --whatif move names a driver and stays within the answer scale's width."""
    for name, move in moves.items():
        if name not in names:
            raise _UsageError(
                f"The model has no construct {short(name)}; --whatif moves drivers "
                f"({', '.join(drivers_)})"
            )
        if name not in drivers_:
            raise _UsageError(f"--whatif moves drivers ({', '.join(drivers_)}), not {short(name)}")
        if abs(move) > width:
            raise _UsageError(
                f"--whatif moves are answer-scale points from {-width:g} to {width:g}"
            )


def _goal(text: str, names, outcomes: list[str], lo: float, hi: float) -> tuple[str, float]:
    """--goal's one outcome and its goal on the answer scale."""
    pairs = _pairs(text, "--goal")
    if len(pairs) != 1:
        raise _UsageError('--goal takes one outcome and its goal, e.g. "CLE=4.2"')
    ((target, goal),) = pairs.items()
    if target not in names:
        raise _UsageError(
            f"The model has no construct {short(target)}; --goal takes an outcome "
            f"({', '.join(outcomes)})"
        )
    if target not in outcomes:
        raise _UsageError(f"--goal takes an outcome ({', '.join(outcomes)}), not {short(target)}")
    if not lo <= goal <= hi:
        raise _UsageError(f"--goal must be on the answer scale, {lo:g} to {hi:g}")
    return target, goal


REPORT_KINDS = (".docx", ".html", ".xlsx")


def _check_extras(args: argparse.Namespace) -> None:
    """--report and --script refused before any work when they cannot be written."""
    if args.report:
        kind = Path(args.report).suffix.lower()
        if kind not in REPORT_KINDS:
            raise _UsageError("--report takes a file ending in .docx, .html or .xlsx")
        if kind == ".docx" and not args.n_boot:
            raise _UsageError("--report FILE.docx needs the bootstrap: add --n-boot 5000")
    if args.script:
        if Path(args.script).suffix.lower() != ".py":
            raise _UsageError("--script takes a file ending in .py")
        if not args.n_boot:
            raise _UsageError("--script needs the bootstrap: add --n-boot 5000")


def _write_file(path: str | Path, data: bytes | str) -> None:
    try:
        if isinstance(data, str):
            Path(path).write_text(data, encoding="utf-8")
        else:
            Path(path).write_bytes(data)
    except OSError as exc:
        raise DriverLabError.coded(
            "cli_file_unwritable", path=str(path), reason=str(exc.strerror)
        ) from None


def write_extras(args: argparse.Namespace, ctx: dict) -> list[str]:
    """Write --report and --script; the files written, for the summary line."""
    written = []
    result, boot = ctx["result"], ctx["boot"]
    if args.report:
        kind = Path(args.report).suffix.lower()
        data: bytes | str
        if kind == ".docx":
            from engine.outputs.word import word_report

            data = word_report(
                result,
                boot,
                ctx["survey"],
                args.lang,
                ci=args.ci,
                level=args.level,
                prediction=ctx["prediction"],
            )
        elif kind == ".html":
            from engine.outputs.export import html_report

            data = html_report(result, ctx["advice"], boot, args.lang, scale=ctx["survey"].scale)
        else:
            from engine.outputs.export import workbook

            data = workbook(result, boot, ctx["survey"], ctx["advice"], lang=args.lang)
        _write_file(args.report, data)
        written.append(args.report)
    if args.script:
        from engine.outputs.scripts import analysis_data, python_script, r_script

        script = Path(args.script)
        data_file = script.with_name(script.stem + "-data.csv")
        r_file = script.with_suffix(".R")
        _write_file(data_file, analysis_data(result))
        _write_file(script, python_script(result, boot, data_file.name, args.ci, args.level))
        _write_file(r_file, r_script(result, boot, data_file.name, args.ci, args.level))
        written += [str(script), str(data_file), str(r_file)]
    return written


def summary_line(out: dict, path: str) -> str:
    """The one line ``analyze`` prints on success: what it used and where it wrote."""
    meta = out["meta"]
    n_boot = meta.get("n_boot", 0)
    if n_boot:
        failed = meta.get("n_failed", 0)
        resamples = f"{n_boot} bootstrap resamples" + (f" ({failed} failed)" if failed else "")
    else:
        resamples = "no bootstrap resamples"
    collected = out.get("screening", {}).get("collected")
    used = f"{meta['n_obs']} of {collected}" if collected else f"{meta['n_obs']}"
    return (
        f"Wrote {path}: {used} respondents used, "
        f"{len(out['model']['constructs'])} constructs, {resamples}."
    )


def _check(args: argparse.Namespace) -> int:
    """``check``: the suggested mapping (to --out) and, when usable, the screening."""
    from engine.base.errors import DataError

    spec = _load_model(args.model)
    from engine.intake.survey import ScreeningRules

    found: list = []
    try:
        survey, table = _survey(args, spec, ScreeningRules(), found)
    except DataError:
        if not found or not found[0].answer_columns:
            raise
        survey, table = None, None  # a construct got no question: said below
    intake = found[0]
    if args.out:
        _write(args.out, intake.mapping_json(), "cli_mapping_unwritable")
    if survey is not None and not intake.coded:
        sys.stdout.write(intake_report(intake, table) + "\n")
    if survey is not None:
        sys.stdout.write(check_report(survey, table))
    missing = intake.missing()
    if missing:
        from engine.study.model import STUDY_LABELS

        names = ", ".join(
            f"{STUDY_LABELS[c]['en']} ({c})" if c in STUDY_LABELS else c for c in missing
        )
        where = f" (the suggested mapping is in {args.out})" if args.out else ""
        print(
            f"error: No column of the file was found for {names}{where}; map at least one "
            "question to each construct with --mapping, or change the model.",
            file=sys.stderr,
        )
        return 2
    return 0


def _write(path: str, text: str, what: str) -> None:
    """Write ``what`` ("cli_mapping_unwritable" or "cli_result_unwritable" names it)."""
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DriverLabError.coded(what, path=path, reason=str(exc.strerror)) from None


def _pairs(text: str, option: str) -> dict[str, float]:
    out: dict[str, float] = {}
    usage = f"{option} takes NAME=NUMBER pairs, e.g. PSN=0.5"
    if len(text) > 1000:
        raise _UsageError(usage)
    for part in text.split(","):
        name, _, value = part.partition("=")
        name = name.strip()
        try:
            number = float(value)
        except ValueError:
            raise _UsageError(usage) from None
        if not name or not math.isfinite(number):
            raise _UsageError(usage + " (a finite number)")
        if name in out:
            raise _UsageError(f"{option} names {short(name)} twice")
        out[name] = number
    if not out:
        raise _UsageError(usage)
    return out


def _check_groups(labels, n_perm: int) -> None:
    """Refuse a --group column with more groups than can be compared, before any work."""
    from engine.core.budget import MAX_GROUPS

    n = int(labels.nunique(dropna=True))
    if n > MAX_GROUPS:
        raise _UsageError(
            f"--group column has {n:,} different values; compare at most {MAX_GROUPS} groups"
        )


def _check_options(args: argparse.Namespace) -> None:
    """Every option of ``analyze`` within its bounds, before anything is read (issue 14)."""
    from engine.core.budget import MAX_BOOT, MAX_PERM, MIN_PERM

    if not (args.n_boot == 0 or 2 <= args.n_boot <= MAX_BOOT):
        raise _UsageError(
            f"--n-boot must be 0 or more and at most {MAX_BOOT:,} (0: none, else 2 or more)"
        )
    if args.seed is not None and not 0 <= args.seed < 2**32:
        raise _UsageError("--seed must be a whole number from 0 to 4294967295")
    if not (math.isfinite(args.level) and 0 < args.level < 1):
        raise _UsageError("--level must be between 0 and 1, for example 0.95")
    if not MIN_PERM <= args.n_perm <= MAX_PERM:
        raise _UsageError(f"--n-perm must be from {MIN_PERM} to {MAX_PERM:,}, e.g. 1000")
    if not 1 <= args.max_iter <= MAX_ITER:
        raise _UsageError(f"--max-iter must be from 1 to {MAX_ITER:,}, e.g. 300")
    code = args.missing_code
    if code is not None and not (math.isfinite(code) and abs(code) <= 1e15):
        raise _UsageError("--missing-code must be a finite number, e.g. -99")
    if args.group is not None and not 0 < len(args.group) <= 1000:
        raise _UsageError("--group takes a column name")
    for option in ("whatif", "goal"):
        if getattr(args, option) is not None and len(getattr(args, option)) > 1000:
            raise _UsageError(f"--{option} takes NAME=NUMBER pairs, e.g. PSN=0.5")
    if args.whatif is not None:
        _pairs(args.whatif, "--whatif")
    if args.goal is not None and len(_pairs(args.goal, "--goal")) != 1:
        raise _UsageError('--goal takes one outcome and its goal, e.g. "CLE=4.2"')


#: Exit status when the reader of our output left early (``... | head -1``): that of a
#: program ended by SIGPIPE (128 + 13), as ``yes | head -1`` reports under ``pipefail``.
EXIT_PIPE_CLOSED = 141


def main(argv: list[str] | None = None) -> int:
    """The command line: ``python -m engine analyze|check ...``; returns the exit status.

    A reader that stops early (``python -m engine check FILE | head -1``) ends the
    command quietly: no traceback, the rest of the output dropped."""
    try:
        status = _main(argv)
        sys.stdout.flush()  # a reader gone is found here, not in Python's exit-time flush
        return status
    except BrokenPipeError:
        _drop_stdout()
        return EXIT_PIPE_CLOSED


def _drop_stdout() -> None:
    """Point standard output at the null device, so that what is still buffered is
    discarded instead of failing again when Python exits (the Python docs' recipe for
    SIGPIPE, without resetting the signal, which would also kill on a closed socket)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (a test's capture has no descriptor)
        pass


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.sheet is not None and len(args.sheet) > 100:
            raise _UsageError("--sheet takes a sheet's name (at most 100 characters)")
        if args.command == "check":
            return _check(args)
        _check_options(args)
        _check_extras(args)
        out, ctx = _analyze(args)
        text = json.dumps(out, indent=1, allow_nan=False, default=_json_default)
        _write(args.out, text, "cli_result_unwritable")
        written = write_extras(args, ctx)
        if not args.quiet:
            line = summary_line(out, args.out)
            if written:
                line += " Also wrote " + ", ".join(written) + "."
            print(line)
    except _UsageError as exc:
        print(
            f"error: {_cut(str(exc))}. Run 'python -m engine analyze --help' for the options.",
            file=sys.stderr,
        )
        return 2
    except DriverLabError as exc:
        print(f"error: {_cut(exc.sentence())}", file=sys.stderr)
        return 2
    except RecursionError:  # a structure nested past Python's limit, whatever read it
        print("error: The input is nested too deeply to be read.", file=sys.stderr)
        return 2
    return 0


#: Longest error line printed: messages that quote a user's values stay readable.
MAX_MESSAGE = 400


def _cut(message: str) -> str:
    message = " ".join(message.split())
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"
