"""The tables: surveys, their questions, waves and responses.

Nothing that names a respondent is stored: no names, e-mails, IP addresses or
browser identifiers; a response is its answers, its wave, when it arrived and how
many seconds it took (for the speeder screening). The owner's token is stored only
as its SHA-256 hash.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Survey(Base):
    __tablename__ = "survey"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: the respondents' link id (public)
    public_id: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    #: SHA-256 of the owner's token (the token itself is never stored)
    owner_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    lang: Mapped[str] = mapped_column(String(2))
    title: Mapped[str] = mapped_column(String(200))
    consent: Mapped[str] = mapped_column(Text)
    one_per_browser: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    questions: Mapped[list[Question]] = relationship(
        back_populates="survey",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Question.position",
    )
    waves: Mapped[list[Wave]] = relationship(
        back_populates="survey",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Wave.number",
    )


class Question(Base):
    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("survey_id", "code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    #: item (1-5 agreement), profile (choice) or screening (yes / no)
    kind: Mapped[str] = mapped_column(String(12))
    #: item code (INT01), profile field (gender) or screening field (age_17_plus)
    code: Mapped[str] = mapped_column(String(40))
    #: the construct an item measures (None for profile and screening questions)
    construct: Mapped[str | None] = mapped_column(String(40), nullable=True)
    text: Mapped[str] = mapped_column(Text)

    survey: Mapped[Survey] = relationship(back_populates="questions")


class Wave(Base):
    __tablename__ = "wave"
    __table_args__ = (UniqueConstraint("survey_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    survey: Mapped[Survey] = relationship(back_populates="waves")


class Response(Base):
    __tablename__ = "response"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    wave_id: Mapped[int] = mapped_column(ForeignKey("wave.id", ondelete="CASCADE"), index=True)
    #: random id the form hands out with each page: a re-sent form is stored once
    submission_id: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    seconds: Mapped[float | None] = mapped_column(Float, nullable=True)
    #: code -> answer (1-5 for items, the canonical label for profile, "Yes"/"No" for screening)
    answers: Mapped[dict] = mapped_column(JSON)
