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

from collections import Counter

import numpy as np
import pandas as pd

from engine.intake.io import read_upload
from engine.intake.suggest import suggest

from .owner_surveys_blind3 import corpus, single_questions

TARGET = 0.9  # issue 12: nine in ten of her answer questions suggested right
TOTAL = 160


def _single_share() -> tuple[int, int, list[str]]:
    questions = single_questions()
    rng = np.random.default_rng(7)
    order = rng.permutation(len(questions))
    frame = pd.DataFrame({questions[k][0]: rng.integers(1, 6, 50) for k in order})
    truth = dict(questions)
    columns = suggest(frame).columns
    misses = [
        f"      miss: {truth[c.column]} taken for {c.maps_to}: {c.column}"
        for c in columns
        if c.maps_to != truth[c.column]
    ]
    return len(columns) - len(misses), len(questions), misses


def test_blind3_corpus_share_suggested_right() -> None:
    right = total = 0
    lines = []
    patterns: Counter[tuple[str, str]] = Counter()
    for s in corpus():
        intake = suggest(read_upload(s.raw, s.file_name).frame)
        by_column = {c.column: c for c in intake.columns}
        assert set(s.truth) <= set(by_column), s.name
        misses = []
        for header, construct in s.truth.items():
            taken = by_column[header].maps_to
            if taken != construct:
                patterns[(construct, str(taken))] += 1
                misses.append(f"      miss: {construct} taken for {taken}: {header}")
        ok = len(s.truth) - len(misses)
        right += ok
        total += len(s.truth)
        lines += [f"  {s.name:34} {ok}/{len(s.truth)}", *misses]
    share = right / total
    single_right, single_total, single_misses = _single_share()
    print("\nBlind corpus 3, construct right:\n" + "\n".join(lines))
    print(
        "  misses by pattern (truth -> taken): "
        + ", ".join(f"{t}->{g} {n}" for (t, g), n in patterns.most_common())
    )
    print(f"  overall {right}/{total} = {share:.3f} (target {TARGET})")
    print(
        f"  single questions, shuffled, no context: {single_right}/{single_total}"
        f" = {single_right / single_total:.3f}"
    )
    print("\n".join(single_misses))
    assert total == TOTAL
    assert share >= TARGET
