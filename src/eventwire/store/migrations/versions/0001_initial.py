"""Initial event store: articles, events, quotes, failures, incidents, incident_reports.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _participant(prefix):
    return [
        sa.Column(f"{prefix}_name", sa.String(300)),
        sa.Column(f"{prefix}_text", sa.Text),
        sa.Column(f"{prefix}_kind", sa.String(40)),
        sa.Column(f"{prefix}_country", sa.String(8)),
        sa.Column(f"{prefix}_code", sa.String(40)),
        sa.Column(f"{prefix}_affiliation", sa.String(300)),
    ]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("content_id", sa.String(40), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.String(300)),
        sa.Column("published", sa.Date),
        sa.Column("url", sa.Text),
        sa.Column("origin", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("mode", sa.String(40)),
        *_participant("actor"),
        *_participant("target"),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("date_text", sa.Text),
        sa.Column("date_precision", sa.String(20), nullable=False),
        sa.Column("date_source", sa.String(20)),
        sa.Column("location_name", sa.String(300)),
        sa.Column("location_text", sa.Text),
        sa.Column("location_country", sa.String(8)),
        sa.Column("location_lat", sa.Float),
        sa.Column("location_lon", sa.Float),
        sa.Column("location_geonameid", sa.Integer),
        sa.Column("source_name", sa.String(300)),
        sa.Column("source_text", sa.Text),
        sa.Column("source_anonymous", sa.Boolean),
        sa.Column("fatalities", sa.Integer),
        sa.Column("evidence_text", sa.Text, nullable=False),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.UniqueConstraint("article_id", "seq", name="uq_events_article_seq"),
    )
    op.create_index("ix_events_type_date", "events", ["type", "date"])
    op.create_index("ix_events_actor", "events", ["actor_name"])
    op.create_index("ix_events_target", "events", ["target_name"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        *_participant("speaker"),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("cue", sa.String(100)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.UniqueConstraint("article_id", "seq", name="uq_quotes_article_seq"),
    )
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("first_seen", sa.DateTime, nullable=False),
        sa.Column("last_seen", sa.DateTime, nullable=False),
        sa.Column("times", sa.Integer, nullable=False),
        sa.UniqueConstraint("origin", "stage", "code", name="uq_failures_origin_stage_code"),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(20), primary_key=True),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("actor", sa.String(300)),
        sa.Column("target", sa.String(300)),
        sa.Column("date", sa.Date),
        sa.Column("location_name", sa.String(300)),
        sa.Column("location_country", sa.String(8)),
        sa.Column("report_count", sa.Integer, nullable=False),
        sa.Column("outlets", sa.Integer, nullable=False),
        sa.Column("first_published", sa.Date),
        sa.Column("latest_published", sa.Date),
        sa.Column("rules_version", sa.String(20), nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
    )
    op.create_table(
        "incident_reports",
        sa.Column("incident_id", sa.String(20), sa.ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("article_id", sa.String(200), nullable=False),
    )
    op.create_index("ix_incident_reports_incident", "incident_reports", ["incident_id"])


def downgrade() -> None:
    for table in ("incident_reports", "incidents", "failures", "quotes", "events", "articles"):
        op.drop_table(table)
