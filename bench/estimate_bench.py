"""Time one estimation of the study's model, next to seminr's on the same data.

    python bench/estimate_bench.py

Prints medians of several runs measured in the same process. "core" is the
PLS algorithm with paths, loadings and R²; "full" is everything a reviewer
table needs (reliability, HTMT, VIFs, f² by re-estimation, effects, notes).
"""

from __future__ import annotations

from common import median_time, study_shaped_data

from engine import STUDY_MODEL, Settings, estimate
from engine.core.estimate import correlation, fit_on_corr


def main() -> None:
    import seminr

    data = study_shaped_data()
    settings = Settings()
    corr = correlation(data[list(STUDY_MODEL.items)].to_numpy(float))

    ours_core = median_time(lambda: fit_on_corr(corr, STUDY_MODEL, settings), repeats=21)
    ours_full = median_time(lambda: estimate(data, STUDY_MODEL, settings), repeats=11)

    mm = seminr.constructs(
        *[seminr.composite(c.name, list(c.indicators)) for c in STUDY_MODEL.constructs]
    )
    sm = seminr.relationships(*[seminr.paths(from_=s, to=t) for s, t in STUDY_MODEL.paths])

    def seminr_core():
        return seminr.estimate_pls(data, mm, sm, missing=seminr.na_omit)

    def seminr_full():
        from seminr.evaluate.constructs_in_model import constructs_in_model

        m = seminr_core()
        mc = constructs_in_model(m)
        seminr.reliability_table(m)
        seminr.htmt(m)
        seminr.item_vifs(m, mc)
        seminr.pls_antecedent_vifs(m, mc)
        seminr.model_fsquares(m)
        seminr.cross_loadings(m, mc)

    theirs_core = median_time(seminr_core, repeats=11)
    theirs_full = median_time(seminr_full, repeats=5)
    print("study model, n = 225, 22 items (median of repeated runs, same process)")
    print(
        f"  core  ours {ours_core * 1e3:8.2f} ms   seminr {theirs_core * 1e3:8.2f} ms   "
        f"ratio {theirs_core / ours_core:6.1f}x"
    )
    print(
        f"  full  ours {ours_full * 1e3:8.2f} ms   seminr {theirs_full * 1e3:8.2f} ms   "
        f"ratio {theirs_full / ours_full:6.1f}x"
    )


if __name__ == "__main__":
    main()
