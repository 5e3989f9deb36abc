"""Columns are as wide as the widest text of any row, not only of the first hundred."""

from __future__ import annotations

from helpers.forms import mentee_form

from mentorat_desktop.services import registration
from mentorat_desktop.views.item_models.participant_table import ParticipantTableModel
from mentorat_desktop.views.pages.participants_page import ParticipantsPage

LONG_ORGANISATION = (
    "Centre intégré universitaire de santé et de services sociaux de l'Est-de-l'Île-de-Montréal"
)


def test_the_widest_cell_fits_even_far_down_a_long_list(qtbot, context, cohort) -> None:
    for n in range(130):
        registration.register(
            context.db,
            cohort.id,
            mentee_form(first_name=f"Personne {n:03}", email=f"p{n}@example.org"),
        )
    # Sorted by name, the longest texts come last: row 131, past Qt's sample of 100 rows.
    registration.register(
        context.db,
        cohort.id,
        mentee_form(
            first_name="Zoé",
            last_name="Zylberstein-Wojciechowska",
            email="zoe.zylberstein-wojciechowska@example.org",
            organisation=LONG_ORGANISATION,
        ),
    )
    page = ParticipantsPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    page.set_cohort(cohort)

    last = page.proxy.rowCount() - 1
    assert page.proxy.row_at(last).organisation == LONG_ORGANISATION
    table = page.table
    for column in (
        ParticipantTableModel.NAME,
        ParticipantTableModel.EMAIL,
        ParticipantTableModel.ORGANISATION,
    ):
        needed = table.sizeHintForIndex(page.proxy.index(last, column)).width()
        assert table.columnWidth(column) >= needed, column
    # And no column is narrower than its title.
    header = table.horizontalHeader()
    for column in range(page.model.columnCount()):
        assert table.columnWidth(column) >= header.sectionSizeHint(column)


def test_a_filtered_list_sizes_columns_on_the_rows_it_shows(qtbot, context, cohort) -> None:
    registration.register(context.db, cohort.id, mentee_form())
    registration.register(
        context.db,
        cohort.id,
        mentee_form(first_name="Zoé", email="z@example.org", organisation=LONG_ORGANISATION),
    )
    page = ParticipantsPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    page.set_cohort(cohort)
    wide = page.table.columnWidth(ParticipantTableModel.ORGANISATION)

    qtbot.keyClicks(page.search, "elodie")
    page.reload()  # as after an edit elsewhere, with the search kept

    assert page.proxy.rowCount() == 1
    assert page.table.columnWidth(ParticipantTableModel.ORGANISATION) < wide
