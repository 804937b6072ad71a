"""Surveys, questions, waves and responses (issue 19).

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "survey",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("public_id", sa.String(32), nullable=False),
        sa.Column("owner_hash", sa.String(64), nullable=False),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("consent", sa.Text, nullable=False),
        sa.Column("one_per_browser", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_survey_public_id", "survey", ["public_id"], unique=True)
    op.create_index("ix_survey_owner_hash", "survey", ["owner_hash"], unique=True)
    op.create_table(
        "question",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "survey_id",
            sa.Integer,
            sa.ForeignKey("survey.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("construct", sa.String(40), nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.UniqueConstraint("survey_id", "code"),
    )
    op.create_index("ix_question_survey_id", "question", ["survey_id"])
    op.create_table(
        "wave",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "survey_id",
            sa.Integer,
            sa.ForeignKey("survey.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("survey_id", "number"),
    )
    op.create_index("ix_wave_survey_id", "wave", ["survey_id"])
    op.create_table(
        "response",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "survey_id",
            sa.Integer,
            sa.ForeignKey("survey.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "wave_id",
            sa.Integer,
            sa.ForeignKey("wave.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("submission_id", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("seconds", sa.Float, nullable=True),
        sa.Column("answers", sa.JSON, nullable=False),
    )
    op.create_index("ix_response_survey_id", "response", ["survey_id"])
    op.create_index("ix_response_wave_id", "response", ["wave_id"])


def downgrade() -> None:
    op.drop_table("response")
    op.drop_table("wave")
    op.drop_table("question")
    op.drop_table("survey")
