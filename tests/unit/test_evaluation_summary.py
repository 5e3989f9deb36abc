"""The year-end evaluation summary's figures, checked against a small year computed by hand
(see ``helpers.evaluations.small_year``), its privacy rules, and its cost in queries."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from helpers.evaluations import (
    COMMENT_PLAIN,
    NAMES,
    SmallYear,
    pairing,
    participant,
    respond,
    small_year,
)
from sqlalchemy import event, select

from mentorat_desktop.errors import NotFound
from mentorat_desktop.i18n import translate_in
from mentorat_desktop.models import Cohort, Pairing, Participation, Response
from mentorat_desktop.models.enums import EndKind, PairingStatus, Role
from mentorat_desktop.services.evaluation_summary import (
    MIN_RESPONDENTS,
    QuestionSummary,
    YearSummary,
    compare_years,
    format_average,
    format_percent,
    summarise,
)
from mentorat_desktop.services.evaluation_summary.privacy import NameScrubber
from mentorat_desktop.services.evaluation_summary.summary import NAME_REMOVED


@pytest.fixture
def year(db, cohort) -> SmallYear:
    return small_year(db, cohort.id)


@pytest.fixture
def summary(db, year) -> YearSummary:
    return summarise(db, year.cohort_id, "en")


def question(summary: YearSummary, code: str) -> QuestionSummary:
    return next(q for q in summary.questions if q.code == code)


def counts(answers) -> dict[str, int]:
    return {v.code: v.count for v in answers.distribution}


# Participation, pairs, first contact, activity ---------------------------------------------


def test_participation_counts_withdrawals_apart_by_region_and_career_stage(summary) -> None:
    mentors, mentees = summary.participation.mentors, summary.participation.mentees
    assert (mentors.registered, mentors.withdrawn) == (3, 1)
    assert (mentees.registered, mentees.withdrawn) == (5, 1)
    # Regions by official number, named; Hervé (07) withdrew and is not counted.
    assert [(c.label, c.count) for c in mentors.by_region] == [
        ("Capitale-Nationale", 2),
        ("Montréal", 1),
    ]
    assert [c.code for c in mentees.by_region] == ["03", "05", "06", "16"]
    assert {c.code: c.count for c in mentors.by_career_stage} == {
        "student": 0,
        "early": 0,
        "mid": 0,
        "senior": 2,
        "executive": 1,
    }
    assert [c.label for c in mentees.by_career_stage][:2] == [
        "Student or intern",
        "Early career (under 5 years)",
    ]


def test_pairs_count_completions_early_ends_with_reasons_and_replacements(summary) -> None:
    pairs = summary.pairs  # the draft is not a pair formed
    assert (pairs.formed, pairs.completed, pairs.ended_early, pairs.under_way) == (6, 3, 1, 2)
    assert pairs.replacements == 1
    assert [(c.code, c.label, c.count) for c in pairs.early_reasons] == [
        ("expectations_not_met", "Does not meet expectations", 1)
    ]


def test_first_contact_delays_are_whole_days_from_the_day_of_assignment(summary) -> None:
    contact = summary.first_contact
    # Delays 1 (assigned at 23:30 the evening before), 2, 5, 3 and 2 days.
    assert (contact.contacted, contact.median_days) == (5, 2.0)
    assert (contact.within_limit, contact.share_within_limit) == (4, 0.8)
    assert contact.waiting == 1
    assert format_percent(contact.share_within_limit, "fr") == "80\u00a0%"


def test_the_limit_follows_the_program_years_setting(db, year) -> None:
    with db.unit_of_work() as session:
        session.get(Cohort, year.cohort_id).first_contact_hours = 48
    contact = summarise(db, year.cohort_id, "en").first_contact
    assert (contact.limit_hours, contact.limit_days) == (48, 2)
    assert contact.within_limit == 3  # 1, 2 and 2 days; not 3 nor 5


def test_activity_totals_sessions_hours_and_credits_of_certified_members(summary) -> None:
    activity = summary.activity
    assert (activity.sessions, activity.minutes, activity.hours) == (6, 375, Decimal("6.25"))
    assert (activity.pairs_with_sessions, activity.average_sessions) == (3, 2.0)
    # Gisèle 5.5 h, Anouk 3.5 h, Rosalie 2 h; Yolande is certified but logged nothing.
    assert (activity.certified_with_hours, activity.credits) == (3, Decimal("11.00"))


def test_response_rate_counts_both_sides_of_ended_pairs(summary) -> None:
    returns = summary.evaluations
    assert (returns.mentors, returns.mentees, returns.received) == (3, 4, 7)
    assert (returns.expected, returns.from_ended_pairs, returns.rate) == (8, 7, 0.875)


# Questions -----------------------------------------------------------------------------------


def test_scale_answers_are_counted_and_averaged_for_each_audience_apart(summary) -> None:
    satisfaction = question(summary, "satisfaction")
    mentors, mentees = satisfaction.mentors, satisfaction.mentees
    assert mentors.respondents == 3
    assert counts(mentors) == {"1": 0, "2": 1, "3": 0, "4": 1, "5": 1}
    assert format_average(mentors.average, "en") == "3.67"
    # Mentees answered two versions of the questionnaire: their answers add up by code.
    assert (mentees.respondents, mentees.average) == (4, 4.25)
    assert counts(mentees) == {"1": 0, "2": 0, "3": 1, "4": 1, "5": 2}
    assert format_average(mentees.average, "fr") == "4,25"


def test_fewer_than_three_respondents_show_only_their_count(summary) -> None:
    assert MIN_RESPONDENTS == 3
    fit = question(summary, "pairing_fit").mentors  # two mentors answered
    assert (fit.respondents, fit.shown) == (2, False)
    assert (fit.distribution, fit.average, fit.share_yes, fit.comments) == ((), None, None, ())
    mentor_comments = question(summary, "comments").mentors
    assert (mentor_comments.respondents, mentor_comments.comments) == (2, ())
    assert question(summary, "pairing_fit").mentees.average == 4.0  # three or more: shown


def test_yes_no_gives_the_share_of_yes(summary) -> None:
    recommend = question(summary, "recommend")
    assert counts(recommend.mentors) == {"yes": 2, "no": 1}
    assert recommend.mentors.share_yes == pytest.approx(2 / 3)
    assert [v.label for v in recommend.mentors.distribution] == ["Yes", "No"]
    assert recommend.mentees.share_yes == 1.0


def test_choices_are_counted_in_the_option_order_of_the_newest_version(summary) -> None:
    frequency = question(summary, "frequency")
    assert counts(frequency.mentors) == {"too_rare": 1, "about_right": 2, "too_frequent": 0}
    # Version 2 of the mentees' questionnaire added "variable".
    assert list(counts(frequency.mentees).items()) == [
        ("too_rare", 0),
        ("about_right", 2),
        ("too_frequent", 1),
        ("variable", 1),
    ]
    assert frequency.mentees.distribution[0].label == "Too rare (en)"
    topics = question(summary, "topics")  # several choices each; Rosalie chose none
    assert topics.mentors is None
    assert topics.mentees.respondents == 3
    assert counts(topics.mentees) == {"career": 3, "network": 1, "leadership": 1}
    assert topics.mentees.share_of(topics.mentees.distribution[0]) == 1.0


def test_questions_take_the_newest_wording_and_the_mentors_order(summary, db, year) -> None:
    assert [q.code for q in summary.questions] == [
        "satisfaction",
        "pairing_fit",
        "recommend",
        "topics",  # mentees only: after the question it follows in their version
        "frequency",
        "comments",
    ]
    satisfaction = question(summary, "satisfaction")
    assert satisfaction.text == "How satisfied are you with the relationship?"
    assert satisfaction.mentees.text == "Overall, how satisfied are you with the mentoring?"
    french = question(summarise(db, year.cohort_id, "fr"), "satisfaction")
    assert french.mentees.text == "Dans l'ensemble, êtes-vous satisfait du mentorat?"


def test_comments_lose_names_and_addresses_and_their_order_says_nothing(summary) -> None:
    mark = translate_in("en", NAME_REMOVED)
    comments = question(summary, "comments").mentees.comments
    assert comments == (
        f"{mark} m'a aidé à voir clair; écrire à {mark}",
        COMMENT_PLAIN,
        f"Merci à {mark} {mark} pour sa grande écoute.",
    )  # alphabetical, not in the order the mentees answered; Rosalie's blank one left out
    assert question(summary, "comments").mentees.respondents == 3


def test_no_name_or_email_of_a_participant_is_anywhere_in_the_summary(db, year) -> None:
    for language in ("fr", "en"):
        text = repr(asdict(summarise(db, year.cohort_id, language)))
        assert [name for name in NAMES if name in text] == []
        assert "@" not in text


def test_names_are_removed_as_names_not_as_words() -> None:
    scrub = NameScrubber([("Marc", "Côté"), ("Jean-François", "O'Brien")], "[x]").scrub
    assert scrub("Marc Côté, de mon côté, merci") == "[x] [x], de mon côté, merci"
    assert scrub("Jean-François et O’Brien; Marc's help") == "[x] et [x]; [x]'s help"
    assert scrub("Write to a.b@example.org.") == "Write to [x]."
    assert scrub("Marcel et Côtés") == "Marcel et Côtés"


# Earlier years -----------------------------------------------------------------------------


def test_earlier_years_come_oldest_first_and_later_years_stay_out(summary) -> None:
    assert [y.name for y in summary.comparison.years] == ["2025-2026", "2026-2027"]
    earlier = summary.comparison.earlier[0]
    assert (earlier.mentors, earlier.mentees, earlier.pairs_formed) == (3, 3, 3)
    assert (earlier.completed, earlier.ended_early, earlier.sessions) == (3, 0, 1)
    assert (earlier.median_first_contact_days, earlier.hours) == (2.0, Decimal("1.00"))
    assert earlier.share_within_limit == pytest.approx(2 / 3)
    assert earlier.evaluations_received == 4
    this = summary.comparison.this_year
    assert (this.pairs_formed, this.evaluations_received, this.share_within_limit) == (6, 7, 0.8)


def test_this_year_first_then_the_earlier_years_make_the_same_summary(db, year, summary) -> None:
    """The screen reads this year, then the comparison: together, the summary of one read."""
    this_year = summarise(db, year.cohort_id, "en", earlier_years=False)
    assert not this_year.earlier_years_read
    assert [y.name for y in this_year.comparison.years] == ["2026-2027"]
    comparison = compare_years(db, year.cohort_id, "en")
    assert comparison == summary.comparison
    assert replace(this_year, comparison=comparison, earlier_years_read=True) == summary


def test_earlier_averages_follow_the_same_threshold(summary) -> None:
    earlier, this = summary.comparison.years
    assert earlier.average("satisfaction", Role.MENTEE).average == pytest.approx(11 / 3)
    lonely = earlier.average("satisfaction", Role.MENTOR)  # one mentor answered
    assert (lonely.respondents, lonely.average) == (1, None)
    assert earlier.average("pairing_fit", Role.MENTEE) is None  # not asked that year
    assert this.average("satisfaction", Role.MENTOR).average == pytest.approx(11 / 3)
    assert this.average("pairing_fit", Role.MENTOR).average is None
    assert [q.code for q in summary.comparison.scale_questions] == ["satisfaction", "pairing_fit"]


def test_labels_follow_the_language_asked_for_not_the_interfaces(db, year) -> None:
    french = summarise(db, year.cohort_id, "fr")
    english = summarise(db, year.cohort_id, "en")
    assert french.language == "fr" and english.language == "en"
    assert question(english, "recommend").mentors.distribution[0].label == "Yes"
    stage = english.participation.mentors.by_career_stage[3]
    assert stage.label == "Senior manager"
    assert question(french, "frequency").mentors.distribution[0].label == "Too rare (fr)"


# Edges ---------------------------------------------------------------------------------------


def test_a_year_without_anything_yet_has_no_rates_and_no_questions(db, cohort) -> None:
    summary = summarise(db, cohort.id, "fr")
    assert summary.questions == ()
    assert summary.evaluations.rate is None
    assert summary.first_contact.median_days is None
    assert summary.first_contact.share_within_limit is None
    assert summary.activity.average_sessions is None
    assert [y.name for y in summary.comparison.years] == ["2026-2027"]


def test_an_unknown_program_year_is_not_found(db) -> None:
    with pytest.raises(NotFound):
        summarise(db, 999, "fr")


def test_the_number_of_queries_does_not_grow_with_the_pairs_and_answers(db, year) -> None:
    statements: list[str] = []

    def count(*args) -> None:
        statements.append(args[2])

    event.listen(db.engine, "before_cursor_execute", count)
    summarise(db, year.cohort_id, "en")
    before = len(statements)
    with db.unit_of_work() as session:  # ten more ended pairs, each evaluated by its mentee
        for n in range(10):
            mentor = participant(session, year.cohort_id, Role.MENTOR, f"M{n}", "Extra")
            mentee = participant(session, year.cohort_id, Role.MENTEE, f"E{n}", "Extra")
            pair = pairing(
                session, year.cohort_id, mentor, mentee,
                assigned_at=datetime(2026, 9, 20, 9, 0), first_contact_on=date(2026, 9, 21),
                status=PairingStatus.ENDED, end_kind=EndKind.NORMAL, sessions=(60, 60),
            )  # fmt: skip
            respond(session, year.versions["mentee_v2"], mentee, pair, {"satisfaction": 4})
    statements.clear()
    summary = summarise(db, year.cohort_id, "en")
    event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) == before
    assert question(summary, "satisfaction").mentees.respondents == 14
    with db.unit_of_work() as session:
        assert session.query(Participation).filter_by(cohort_id=year.cohort_id).count() == 30


def test_short_names_go_in_any_case_and_without_accents() -> None:
    scrub = NameScrubber([("Lee", "Roy"), ("Hélène", "Ng"), ("Zoé", "Côté")], "[x]").scrub
    assert scrub("lee et ROY, helene avec ng") == "[x] et [x], [x] avec [x]"
    assert scrub("Merci zoe et Cote; de mon côté, rien") == "Merci [x] et [x]; de mon côté, rien"
    assert scrub("Le projet va bien") == "Le projet va bien"


def test_fewer_than_three_people_hide_the_figures_however_many_answers(db, cohort) -> None:
    """Three answers from two mentors (one with two mentees) show only the total."""
    year = small_year(db, cohort.id)
    with db.unit_of_work() as s:
        yolande_answer = s.scalars(
            select(Response)
            .where(Response.pairing_id == year.pairs["p3"])
            .join(Participation, Participation.id == Response.participation_id)
            .where(Participation.role == Role.MENTOR)
        ).one()
        # Gisèle answers for her second pair in Yolande's place: 3 answers, 2 people.
        yolande_answer.participation_id = s.get(Pairing, year.pairs["p4"]).mentor_id
        yolande_answer.pairing_id = year.pairs["p4"]
    summary = summarise(db, cohort.id, "fr")
    satisfaction = next(q for q in summary.questions if q.code == "satisfaction")
    assert satisfaction.mentors.respondents == 3
    assert not satisfaction.mentors.shown
    assert satisfaction.mentors.average is None and satisfaction.mentors.distribution == ()
    mentors = [a for a in summary.comparison.this_year.scale_averages if a.audience == Role.MENTOR]
    assert mentors and all(a.average is None for a in mentors)
