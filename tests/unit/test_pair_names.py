"""The Documents page's list of pairs (names only) holds the pairs the documents are written
for, in the same order, whatever their names."""

from __future__ import annotations

from mentorat_desktop.documents.data import load_pairs
from mentorat_desktop.services.cohorts import list_cohorts
from mentorat_desktop.services.demo import write_demo
from mentorat_desktop.services.followup.pair_names import pair_names


def test_pair_names_are_the_pairs_documents_are_written_for_in_their_order(db) -> None:
    name = write_demo(db).cohort
    for cohort in list_cohorts(db):  # this year (drafts left out) and the ended one
        sheets = load_pairs(db, cohort.id)
        names = pair_names(db, cohort.id)
        assert [
            (
                n.pairing_id,
                n.mentee_first_name,
                n.mentee_last_name,
                n.mentor_first_name,
                n.mentor_last_name,
            )
            for n in names
        ] == [
            (
                s.pairing_id,
                s.mentee.first_name,
                s.mentee.last_name,
                s.mentor.first_name,
                s.mentor.last_name,
            )
            for s in sheets
        ]
        assert names or cohort.name != name
