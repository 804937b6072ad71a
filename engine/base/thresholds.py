"""Rules of thumb used to judge PLS-SEM results, each with its source.

They are conventions, not laws: the notes built from them say "below the usual
0.708", never "invalid". References:

- Hair, J. F., Risher, J. J., Sarstedt, M., & Ringle, C. M. (2019). When to use
  and how to report the results of PLS-SEM. European Business Review, 31(1), 2-24.
- Henseler, J., Ringle, C. M., & Sarstedt, M. (2015). A new criterion for
  assessing discriminant validity in variance-based structural equation
  modeling. Journal of the Academy of Marketing Science, 43(1), 115-135.
- Fornell, C., & Larcker, D. F. (1981). Evaluating structural equation models
  with unobservable variables and measurement error. Journal of Marketing
  Research, 18(1), 39-50.
- Cohen, J. (1988). Statistical power analysis for the behavioral sciences
  (2nd ed.). Erlbaum.
"""

from __future__ import annotations

#: Indicator loading: the construct should explain at least half of an item's
#: variance (0.708^2 = 0.50). Hair et al. (2019).
LOADING_MIN = 0.708
#: Items loading between 0.40 and 0.708 are kept unless dropping them raises
#: reliability or AVE above threshold; below 0.40 they are candidates for removal.
#: Hair et al. (2019); Hair, Hult, Ringle & Sarstedt (2022), A Primer on PLS-SEM.
LOADING_DROP = 0.40

#: Cronbach's alpha, rho_A and rho_C: 0.70 is acceptable (0.60 in exploratory
#: research); above 0.95 suggests redundant items or straight-lining. Hair et al. (2019).
RELIABILITY_MIN = 0.70
RELIABILITY_MAX = 0.95

#: Average variance extracted: at least 0.50 (convergent validity).
#: Fornell & Larcker (1981); Hair et al. (2019).
AVE_MIN = 0.50

#: HTMT: below 0.85 for conceptually distinct constructs, 0.90 for similar
#: ones. Henseler et al. (2015).
HTMT_STRICT = 0.85
HTMT_LIBERAL = 0.90
#: HTMT inference: a bootstrap upper bound below 1 separates two constructs
#: (HTMT_inference). Henseler et al. (2015).
HTMT_MAX = 1.0
#: The bounds the bootstrap tests every HTMT against (one-sided), strictest first.
HTMT_TESTED = (HTMT_STRICT, HTMT_LIBERAL, HTMT_MAX)

#: Collinearity (VIF): ideally below 3, critical at 5 and above. Hair et al. (2019).
VIF_IDEAL = 3.0
VIF_CRITICAL = 5.0
#: Indicator VIF is judged for formative (mode B) blocks; in a reflective (mode A) block
#: only a near-copy is flagged: VIF 100 means the other items explain 99 % of it.
VIF_NEAR_COPY = 100.0

#: f-squared effect size: small, medium, large. Cohen (1988).
F2_SMALL = 0.02
F2_MEDIUM = 0.15
F2_LARGE = 0.35

#: R-squared: weak, moderate, substantial explanatory power. Hair et al. (2019),
#: following Hair, Ringle & Sarstedt (2011).
R2_WEAK = 0.25
R2_MODERATE = 0.50
R2_SUBSTANTIAL = 0.75

#: Significance level for two-tailed bootstrap tests, as in the study (t > 1.96).
ALPHA = 0.05
