"""Areas of expertise as one bilingual vocabulary per program year.

Every existing year gets the shipped list of usual areas; registrations whose area wordings
are known (label or other wording, in either language) now store the area's code, anything
else stays as written.

Revision ID: 0005
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "areas_of_expertise",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "cohort_id",
            sa.Integer(),
            sa.ForeignKey("cohorts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("label_fr", sa.String(200), nullable=False),
        sa.Column("label_en", sa.String(200), nullable=False),
        sa.Column("other_wordings", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.UniqueConstraint("cohort_id", "code", name="one_code_per_year"),
    )
    op.create_index("ix_areas_of_expertise_cohort_id", "areas_of_expertise", ["cohort_id"])
    _seed_and_place()


def _seed_and_place() -> None:
    import json

    from mentorat_desktop.models.enums import Language
    from mentorat_desktop.services.areas.vocabulary import default_vocabulary

    vocabulary = default_vocabulary()
    bind = op.get_bind()
    areas = sa.table(
        "areas_of_expertise",
        sa.column("cohort_id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("label_fr", sa.String),
        sa.column("label_en", sa.String),
        sa.column("other_wordings", sa.JSON),
        sa.column("position", sa.Integer),
    )
    cohorts = [row[0] for row in bind.execute(sa.text("SELECT id FROM cohorts"))]
    rows = [
        {
            "cohort_id": cohort,
            "code": area.code,
            "label_fr": area.label_fr,
            "label_en": area.label_en,
            "other_wordings": list(area.also),
            "position": position,
        }
        for cohort in cohorts
        for position, area in enumerate(vocabulary.areas)
    ]
    if rows:
        op.bulk_insert(areas, rows)
    registrations = bind.execute(
        sa.text(
            "SELECT id, preferred_language, expertise_areas, development_areas "
            "FROM participations"
        )
    ).all()
    for pid, language, expertise, development in registrations:
        lang = Language.EN if language == "en" else Language.FR
        placed = {}
        for column, stored in (("expertise_areas", expertise), ("development_areas", development)):
            values = json.loads(stored) if isinstance(stored, str) else (stored or [])
            new = vocabulary.place_all([str(v) for v in values], lang)
            if new != values:
                placed[column] = json.dumps(new, ensure_ascii=False)
        if placed:
            sets = ", ".join(f"{c} = :{c}" for c in placed)
            bind.execute(
                sa.text(f"UPDATE participations SET {sets} WHERE id = :id"), {**placed, "id": pid}
            )


def downgrade() -> None:
    op.drop_index("ix_areas_of_expertise_cohort_id", "areas_of_expertise")
    op.drop_table("areas_of_expertise")
