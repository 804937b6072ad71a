"""Issue 12: the suggester's figure on a SECOND blind corpus, against the issue's target.

``tests/owner_surveys_blind2.py`` was written and committed (8e6d8f9, 2026-11-30)
by a helper engineer who had not opened ``engine/intake/suggest.py`` nor run the
suggester; it is scored here afterwards, the same way ``tests/test_intake_blind.py``
scores the first blind corpus: per survey, the share of answer columns whose
suggested construct is the ground truth (the study's item closest in meaning),
with every miss printed.

Measured on the first run (2026-11-30, the suggester of main at 989895b, before
any change): 54 of 160 answer columns (0.338). Four of the eight exports get no
answer column at all (0/80): their agreement labels are read as a choice
question ("Tidak setuju ... Cukup setuju ... Sangat setuju", "STS/TS/R/S/SS",
SurveyMonkey's "Somewhat agree", "Sangat Tidak Setuju ... Kurang Setuju ...");
the other four get 54/80. Single questions, wording only (printed, not
asserted): 116 of 160 (0.725).

Blind, on the suggester after the i12c work (fac0d18): 143 of 160 (0.894); single
questions 140 of 160. Then one rule was added with these misses in view (a group over
more than half of the questionnaire is a container, not a topic: eight misses came
from a Kobo export's single group "penilaian"): 151 of 160 (0.944). So this corpus
is development data from here on; the blind figure for the suggester as it stands
comes from tests/owner_surveys_blind3.py. This test asserts the issue's target (at
least 9 of 10 answer columns right overall). Do not edit the corpus to make it pass.
"""

from __future__ import annotations

from .owner_surveys_blind2 import corpus, single_questions
from .owner_surveys_blind_common import score, score_single

TARGET = 0.9  # the issue: at least 9 of 10 answer columns suggested right without help
ANSWER_COLUMNS = 160


def _single_questions_report() -> str:
    """Each question alone, shuffled, no section: the wording is all there is."""
    got = score_single(single_questions(), seed=7)
    return "\n".join(
        [
            "Second blind corpus, single questions, no section, shuffled (not asserted):"
            f" {got.right}/{got.total} = {got.share:.3f}",
            *got.lines,
        ]
    )


def test_blind2_corpus_reaches_the_target() -> None:
    got = score(corpus())
    print("\nSecond blind corpus, construct suggested right:\n" + "\n".join(got.lines))
    print(f"  overall {got.right}/{got.total} = {got.share:.3f} (target {TARGET})")
    print(_single_questions_report())  # a diagnostic: wording alone, no context
    assert got.total == ANSWER_COLUMNS
    assert got.share >= TARGET
