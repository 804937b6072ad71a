"""What the pages and the form do with the database.

Owners reach a survey only through their token (``owner_*`` functions hash it and
look the hash up); respondents only through the public id, which opens the form
and accepts answers and nothing else. Every function opens and closes its own
transaction, so a response is either committed whole or not at all.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from engine.base.errors import DriverLabError
from engine.core.spec import ModelSpec, composite
from engine.study.model import STUDY_MODEL
from engine.study.questionnaire import ITEMS, NO, PROFILE, SCREENING, YES

from . import db
from .models import Question, Response, Survey, Wave

#: Bounds decided before any work starts.
MAX_TITLE = 200
MAX_TEXT = 500
MAX_CONSENT = 1000
MAX_NOTE = 500
MAX_ITEMS_PER_CONSTRUCT = 12
MIN_ITEMS_PER_CONSTRUCT = 1
MAX_WAVES = 50
#: Responses one survey takes (as many rows as an upload may have).
MAX_RESPONSES = 50_000
LANGS = ("en", "id")
CODE = re.compile(r"^[A-Z]{2,8}\d{2}$")


class CollectError(DriverLabError):
    """A survey definition or an owner's request that cannot be carried out as it is."""


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def new_owner_token() -> str:
    """256 random bits, URL-safe: cannot be guessed."""
    return secrets.token_urlsafe(32)


def new_public_id() -> str:
    return secrets.token_urlsafe(9)


@dataclass(frozen=True)
class QuestionDef:
    kind: str  # item, profile, screening
    code: str
    text: str
    construct: str | None = None


def consent_default(lang: str) -> str:
    if lang == "id":
        return (
            "Jawaban Anda anonim dan hanya dipakai untuk memperbaiki siaran langsung toko ini. "
            "Dengan mengirim, Anda setuju ikut serta."
        )
    return (
        "Your answers are anonymous and used only to improve this shop's live streams. "
        "By sending them you agree to take part."
    )


def template_questions(lang: str = "id", profile: tuple[str, ...] = tuple(PROFILE)) -> list:
    """The study's questionnaire as the starting point: screening, chosen profile, items."""
    k = 0 if lang == "en" else 1
    out = [QuestionDef("screening", code, texts[k]) for code, texts in SCREENING.items()]
    out += [QuestionDef("profile", f, PROFILE[f][k]) for f in PROFILE if f in profile]
    for construct in STUDY_MODEL.constructs:
        for item in construct.indicators:
            out.append(QuestionDef("item", item, ITEMS[item][k], construct.name))
    return out


def next_item_code(construct: str, taken: set[str]) -> str:
    n = 1
    while f"{construct}{n:02d}" in taken:
        n += 1
    return f"{construct}{n:02d}"


def _check_definition(title: str, lang: str, questions: list, consent: str) -> None:
    """A survey definition whole: its language, title and consent, then its questions."""
    if lang not in LANGS:
        raise CollectError.coded("collect_lang")
    if not title.strip() or len(title) > MAX_TITLE:
        raise CollectError.coded("collect_title", most=MAX_TITLE)
    if len(consent) > MAX_CONSENT:
        raise CollectError.coded("collect_consent", most=MAX_CONSENT)
    codes = [q.code for q in questions]
    if len(set(codes)) != len(codes):
        raise CollectError.coded("collect_code_twice")
    for q in questions:
        _check_question(q)
    for name in STUDY_MODEL.names:
        n = sum(1 for q in questions if q.kind == "item" and q.construct == name)
        if not MIN_ITEMS_PER_CONSTRUCT <= n <= MAX_ITEMS_PER_CONSTRUCT:
            raise CollectError.coded(
                "collect_items_per_construct",
                name=name,
                n=n,
                low=MIN_ITEMS_PER_CONSTRUCT,
                high=MAX_ITEMS_PER_CONSTRUCT,
            )


def _check_question(q: QuestionDef) -> None:
    """One question: worded, and one the survey knows (a profile, screening or item code)."""
    if not q.text.strip() or len(q.text) > MAX_TEXT:
        raise CollectError.coded("collect_wording", code=q.code, most=MAX_TEXT)
    known = (
        (q.kind == "profile" and q.code in PROFILE)
        or (q.kind == "screening" and q.code in SCREENING)
        or (
            q.kind == "item"
            and q.construct in STUDY_MODEL.names
            and CODE.match(q.code)
            and q.code.startswith(q.construct)
        )
    )
    if not known:
        raise CollectError.coded("collect_unknown_question", code=q.code[:40])


@dataclass(frozen=True)
class Created:
    public_id: str
    owner_token: str


def create_survey(
    title: str,
    lang: str,
    questions: list,
    consent: str | None = None,
    *,
    one_per_browser: bool = True,
    url: str | None = None,
) -> Created:
    consent = consent_default(lang) if consent is None else consent
    _check_definition(title, lang, questions, consent)
    token = new_owner_token()
    public_id = new_public_id()
    with db.session(url, write=True) as s, s.begin():
        survey = Survey(
            public_id=public_id,
            owner_hash=hash_token(token),
            lang=lang,
            title=title.strip(),
            consent=consent.strip(),
            one_per_browser=one_per_browser,
        )
        survey.questions = [
            Question(position=k, kind=q.kind, code=q.code, construct=q.construct, text=q.text)
            for k, q in enumerate(questions)
        ]
        survey.waves = [Wave(number=1, note="")]
        s.add(survey)
    return Created(public_id, token)


@dataclass(frozen=True)
class SurveyView:
    """A survey as its owner or its form sees it (plain data, no database objects)."""

    id: int
    public_id: str
    title: str
    lang: str
    consent: str
    one_per_browser: bool
    questions: tuple[QuestionDef, ...]
    waves: tuple[tuple[int, str, str], ...]  # (number, note, started_at ISO)

    @property
    def wave(self) -> int:
        return self.waves[-1][0]

    def spec(self) -> ModelSpec:
        """The study's model on this survey's items (questions added or removed per construct)."""
        constructs = []
        for c in STUDY_MODEL.constructs:
            own = [q.code for q in self.questions if q.kind == "item" and q.construct == c.name]
            constructs.append(composite(c.name, own, c.mode))
        return ModelSpec(constructs=tuple(constructs), paths=STUDY_MODEL.paths)


def _view(survey: Survey) -> SurveyView:
    return SurveyView(
        id=survey.id,
        public_id=survey.public_id,
        title=survey.title,
        lang=survey.lang,
        consent=survey.consent,
        one_per_browser=survey.one_per_browser,
        questions=tuple(QuestionDef(q.kind, q.code, q.text, q.construct) for q in survey.questions),
        waves=tuple((w.number, w.note, w.started_at.isoformat()) for w in survey.waves),
    )


def owner_survey(token: str, url: str | None = None) -> SurveyView | None:
    """The survey this owner's token opens; None for any other string (guessed, altered)."""
    if not isinstance(token, str) or not 20 <= len(token) <= 100:
        return None
    with db.session(url) as s:
        survey = s.scalar(select(Survey).where(Survey.owner_hash == hash_token(token)))
        return None if survey is None else _view(survey)


def public_survey(public_id: str, url: str | None = None) -> SurveyView | None:
    if not isinstance(public_id, str) or not 8 <= len(public_id) <= 32:
        return None
    with db.session(url) as s:
        survey = s.scalar(select(Survey).where(Survey.public_id == public_id))
        return None if survey is None else _view(survey)


def allowed_answers(q: QuestionDef) -> tuple[str, ...]:
    if q.kind == "item":
        return ("1", "2", "3", "4", "5")
    if q.kind == "screening":
        return (YES[0], NO[0])
    return tuple(PROFILE[q.code][2])


def clean_answers(survey: SurveyView, raw: dict) -> tuple[dict, list[str]]:
    """(answers kept, codes missing): unknown keys and values are dropped, never stored."""
    answers: dict[str, object] = {}
    missing = []
    for q in survey.questions:
        value = raw.get(q.code)
        if isinstance(value, str) and value in allowed_answers(q):
            answers[q.code] = int(value) if q.kind == "item" else value
        else:
            missing.append(q.code)
    return answers, missing


def submit(
    public_id: str,
    answers: dict,
    submission_id: str,
    seconds: float | None,
    url: str | None = None,
) -> str:
    """Store one response in the survey's current wave: "stored", "duplicate" when this
    submission id was stored before (a form sent twice counts once), or "full" when the
    survey holds MAX_RESPONSES already. Answers must be clean (``clean_answers``)."""
    if not re.fullmatch(r"[A-Za-z0-9_-]{16,64}", submission_id or ""):
        raise ValueError("bad submission id")
    try:
        with db.session(url, write=True) as s, s.begin():
            survey = s.scalar(select(Survey).where(Survey.public_id == public_id))
            if survey is None:
                raise LookupError(public_id)
            held = select(func.count(Response.id)).where(Response.survey_id == survey.id)
            stored = s.scalar(held)
            if stored >= MAX_RESPONSES:
                return "full"
            wave_id = s.scalar(
                select(Wave.id).where(Wave.survey_id == survey.id).order_by(Wave.number.desc())
            )
            s.add(
                Response(
                    survey_id=survey.id,
                    wave_id=wave_id,
                    submission_id=submission_id,
                    seconds=seconds,
                    answers=answers,
                )
            )
    except IntegrityError:
        return "duplicate"
    return "stored"


def count(survey_id: int, wave: int | None = None, url: str | None = None) -> int:
    with db.session(url) as s:
        query = select(func.count(Response.id)).where(Response.survey_id == survey_id)
        if wave is not None:
            query = query.join(Wave, Wave.id == Response.wave_id).where(Wave.number == wave)
        return int(s.scalar(query) or 0)


def counts_by_wave(survey_id: int, url: str | None = None) -> dict[int, int]:
    with db.session(url) as s:
        rows = s.execute(
            select(Wave.number, func.count(Response.id))
            .outerjoin(Response, Response.wave_id == Wave.id)
            .where(Wave.survey_id == survey_id)
            .group_by(Wave.number)
            .order_by(Wave.number)
        ).all()
    return {int(n): int(c) for n, c in rows}


DURATION = "duration_seconds"


def responses_frame(token: str, url: str | None = None) -> pd.DataFrame:
    """All of the owner's responses: wave, received (UTC), seconds taken, then one column
    per question code. Empty (with those columns) when nobody has answered yet."""
    survey = owner_survey(token, url)
    if survey is None:
        raise LookupError("no survey")
    codes = [q.code for q in survey.questions]
    with db.session(url) as s:
        rows = s.execute(
            select(Wave.number, Response.created_at, Response.seconds, Response.answers)
            .join(Wave, Wave.id == Response.wave_id)
            .where(Response.survey_id == survey.id)
            .order_by(Response.id)
        ).all()
    records = [
        {"wave": w, "received": at, DURATION: sec, **{c: ans.get(c) for c in codes}}
        for w, at, sec, ans in rows
    ]
    return pd.DataFrame(records, columns=["wave", "received", DURATION, *codes])


def mapping_for(survey: SurveyView) -> dict[str, str | None]:
    """Column -> target for ``engine.intake.survey.import_survey`` (every column named)."""
    out: dict[str, str | None] = {"wave": None, "received": None, DURATION: "duration"}
    out.update({q.code: q.code for q in survey.questions})
    return out


def _owned(s, token: str) -> Survey:
    survey = s.scalar(select(Survey).where(Survey.owner_hash == hash_token(token)))
    if survey is None:
        raise LookupError("no survey")
    return survey


def new_wave(token: str, note: str, url: str | None = None) -> int:
    if len(note) > MAX_NOTE:
        raise CollectError.coded("collect_note", most=MAX_NOTE)
    with db.session(url, write=True) as s, s.begin():
        survey = _owned(s, token)
        last = max(w.number for w in survey.waves)
        if len(survey.waves) >= MAX_WAVES:
            raise CollectError.coded("collect_waves", most=MAX_WAVES)
        s.add(Wave(survey_id=survey.id, number=last + 1, note=note.strip()))
        return last + 1


def delete_wave(token: str, number: int, url: str | None = None) -> None:
    """Delete a wave and its responses. The only wave left cannot go: delete the survey."""
    with db.session(url, write=True) as s, s.begin():
        survey = _owned(s, token)
        wave = next((w for w in survey.waves if w.number == number), None)
        if wave is None:
            raise LookupError("no wave")
        if len(survey.waves) == 1:
            raise CollectError.coded("collect_only_wave")
        s.execute(delete(Response).where(Response.wave_id == wave.id))
        s.execute(delete(Wave).where(Wave.id == wave.id))


def delete_survey(token: str, url: str | None = None) -> None:
    """Delete the survey with its questions, waves and responses."""
    with db.session(url, write=True) as s, s.begin():
        survey = _owned(s, token)
        s.execute(delete(Response).where(Response.survey_id == survey.id))
        s.execute(delete(Wave).where(Wave.survey_id == survey.id))
        s.execute(delete(Question).where(Question.survey_id == survey.id))
        s.execute(delete(Survey).where(Survey.id == survey.id))
