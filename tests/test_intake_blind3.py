"""Issue 12: the suggester's figure on ``tests/owner_surveys_blind3.py``, a BLIND corpus.

The corpus was written and committed (fefaa80, 07:36 UTC 2026-11-30) by a helper
engineer who had not opened, grepped or run ``engine/intake/suggest.py``; its ground
truth follows the study's items (``engine/study/questionnaire.py``). Scoring is the
same as ``tests/test_intake_blind.py``: a column counts as right when the
suggester's ``maps_to`` is its construct (a question left unmapped is a miss).
The single-question figure (each wording alone, shuffled, no section, the
``_one_by_one`` mode) is printed for information.

The assert is the issue's target (share >= 0.9). Do not edit the corpus to meet
it: the corpus must stay as committed, or it is no longer blind.
"""

from __future__ import annotations

from .owner_surveys_blind3 import corpus, single_questions
from .owner_surveys_blind_common import score, score_single

TARGET = 0.9  # issue 12: nine in ten of her answer questions suggested right
TOTAL = 160


def test_blind3_corpus_share_suggested_right() -> None:
    got = score(corpus(), width=34)
    single = score_single(single_questions(), seed=7)
    print("\nBlind corpus 3, construct right:\n" + "\n".join(got.lines))
    print(
        "  misses by pattern (truth -> taken): "
        + ", ".join(f"{t}->{g} {n}" for (t, g), n in got.patterns.most_common())
    )
    print(f"  overall {got.right}/{got.total} = {got.share:.3f} (target {TARGET})")
    print(
        f"  single questions, shuffled, no context: {single.right}/{single.total}"
        f" = {single.share:.3f}"
    )
    print("\n".join(single.lines))
    assert got.total == TOTAL
    assert got.share >= TARGET
