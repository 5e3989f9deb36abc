"""The registration wizard driven like a volunteer would: page by page, then Finish."""

from __future__ import annotations

from helpers.forms import mentee_form
from PySide6.QtWidgets import QWizard

from mentorat_desktop.services import registration
from mentorat_desktop.views.wizards.registration_wizard import (
    CONSENT,
    IDENTITY,
    MENTEE,
    MENTOR,
    PREFERENCES,
    WORK,
    RegistrationWizard,
)


def _fill_identity(qtbot, fields, email="nadia.khalil@example.org", mentor=False) -> None:
    if mentor:
        fields.mentor_radio.setChecked(True)
    qtbot.keyClicks(fields.first_name, "Nadia")
    qtbot.keyClicks(fields.last_name, "Khalil")
    qtbot.keyClicks(fields.email, email)
    fields.preferred_language.set_code("en")


def _fill_work(qtbot, fields) -> None:
    qtbot.keyClicks(fields.organisation, "CISSS de Laval")
    fields.region.set_code("13")
    qtbot.keyClicks(fields.job_title, "Coordonnatrice")
    fields.is_member.setChecked(True)


def _start(qtbot, context, cohort) -> RegistrationWizard:
    wizard = RegistrationWizard(context, cohort)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(wizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_mentee_registered_end_to_end(qtbot, context, cohort) -> None:
    wizard = _start(qtbot, context, cohort)
    fields = wizard.fields
    assert wizard.currentId() == IDENTITY
    _fill_identity(qtbot, fields)
    _next(wizard)
    assert wizard.currentId() == WORK
    _fill_work(qtbot, fields)
    _next(wizard)
    assert wizard.currentId() == MENTEE
    qtbot.keyClicks(fields.development_objectives, "Lead a merger of two teams.")
    fields.development_areas.set_values(["Change management", "Budgeting"])
    _next(wizard)
    assert wizard.currentId() == PREFERENCES
    fields.mode_boxes["video"].setChecked(True)
    fields.leads.set_codes(["E4", "S4"])
    _next(wizard)
    assert wizard.currentId() == CONSENT
    fields.consent_given.setChecked(True)
    with qtbot.waitSignal(wizard.registered):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    [row] = registration.list_participants(context.db, cohort.id)
    assert (row.full_name, row.organisation, row.region) == ("Nadia Khalil", "CISSS de Laval", "13")
    form = registration.load_form(context.db, row.participation_id)
    # Known wordings are stored as area codes and read back as the labels of the year's list.
    assert form.development_areas == ("Change management", "Finance and budgeting")
    assert form.leads_capabilities == ("E4", "S4") and form.meeting_modes == ("video",)
    assert form.consent_date == context.clock.today() and form.is_member


def test_mentor_branch_asks_for_expertise_and_capacity(qtbot, context, cohort) -> None:
    wizard = _start(qtbot, context, cohort)
    _fill_identity(qtbot, wizard.fields, mentor=True)
    _next(wizard)
    _fill_work(qtbot, wizard.fields)
    _next(wizard)
    assert wizard.currentId() == MENTOR
    _next(wizard)
    assert wizard.currentId() == MENTOR  # expertise is required
    assert "domaines d'expertise" in wizard.currentPage().errors.text().lower()
    wizard.fields.expertise_areas.set_values(["Finances"])
    wizard.fields.capacity.setValue(2)
    _next(wizard)
    assert wizard.currentId() == PREFERENCES


def test_required_fields_and_email_format_block_the_first_page(qtbot, context, cohort) -> None:
    wizard = _start(qtbot, context, cohort)
    _next(wizard)
    page = wizard.currentPage()
    assert wizard.currentId() == IDENTITY
    assert page.errors.isVisible()
    assert "Prénom" in page.errors.text()
    _fill_identity(qtbot, wizard.fields, email="nadia@nowhere")
    _next(wizard)
    assert wizard.currentId() == IDENTITY
    assert "nadia@nowhere" in page.errors.text()
    assert wizard.fields.email.styleSheet() != ""


def test_duplicate_email_is_caught_on_the_first_page(qtbot, context, cohort) -> None:
    registration.register(context.db, cohort.id, mentee_form(email="nadia.khalil@example.org"))
    wizard = _start(qtbot, context, cohort)
    _fill_identity(qtbot, wizard.fields, email="Nadia.Khalil@example.org")
    _next(wizard)
    assert wizard.currentId() == IDENTITY
    assert "déjà inscrit" in wizard.currentPage().errors.text()


def test_a_refused_finish_keeps_the_wizard_open_and_saves_nothing(qtbot, context, cohort) -> None:
    wizard = _start(qtbot, context, cohort)
    fields = wizard.fields
    _fill_identity(qtbot, fields)
    _next(wizard)
    _fill_work(qtbot, fields)
    _next(wizard)
    qtbot.keyClicks(fields.development_objectives, "Grow.")
    _next(wizard)
    _next(wizard)
    # Meanwhile someone else registered the same person on another computer's copy.
    registration.register(context.db, cohort.id, mentee_form(email="nadia.khalil@example.org"))
    fields.consent_given.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.currentId() == CONSENT
    assert "déjà inscrit" in wizard.currentPage().errors.text()
    assert len(registration.list_participants(context.db, cohort.id)) == 1
    assert fields.first_name.text() == "Nadia"


def test_consent_is_required(qtbot, context, cohort) -> None:
    wizard = _start(qtbot, context, cohort)
    _fill_identity(qtbot, wizard.fields)
    _next(wizard)
    _fill_work(qtbot, wizard.fields)
    _next(wizard)
    qtbot.keyClicks(wizard.fields.development_objectives, "Grow.")
    _next(wizard)
    _next(wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentId() == CONSENT and wizard.isVisible()
    assert "consent" in wizard.currentPage().errors.text().lower()
    assert registration.list_participants(context.db, cohort.id) == []


def test_every_field_has_an_accessible_name(qtbot, context, cohort) -> None:
    wizard = _start(qtbot, context, cohort)
    unnamed = [name for name, w in wizard.fields.widgets.items() if not w.accessibleName()]
    assert unnamed == []
    assert wizard.fields.first_name.accessibleName() == "Prénom"
