"""Find anything: a few letters, any case, with or without accents, point to the right lines."""

from __future__ import annotations

from helpers.forms import mentee_form
from helpers.pairs import confirmed_pair

from mentorat_desktop.services.finding import Findable, FoundKind, find, people_and_pairs


def _titles(found: list[Findable]) -> list[str]:
    return [item.title for item in found]


def test_people_and_pairs_are_found_without_accents_or_case(db, cohort) -> None:
    pair = confirmed_pair(db, cohort.id)
    items = people_and_pairs(db, cohort.id)
    assert find(items, "BERUBE")[0].title == "Élodie Bérubé"
    # Word order and partial words do not matter.
    found = find(items, "berub elo")
    assert found[0].kind == FoundKind.PERSON and found[0].key == pair.mentee_id
    pairs = [item for item in find(items, "o'brien") if item.kind == FoundKind.PAIR]
    assert [item.key for item in pairs] == [pair.pairing_id]
    assert find(items, "marc.obrien@example")[0].key == pair.mentor_id  # e-mail too


def test_a_word_must_match_for_a_line_to_stay(db, cohort) -> None:
    confirmed_pair(db, cohort.id, mentee=mentee_form(first_name="Zoé", last_name="Zhang"))
    items = people_and_pairs(db, cohort.id)
    assert find(items, "zoe nobody") == []
    assert find(items, "xyz") == []


def test_names_starting_with_the_words_come_first() -> None:
    items = [
        Findable(FoundKind.PERSON, 1, "Anne Marchand", "Mentor · CISSS des Laurentides"),
        Findable(FoundKind.PERSON, 2, "Laurent Côté", "Mentor"),
        Findable(FoundKind.PAGE, 3, "Activités"),
    ]
    assert _titles(find(items, "laur")) == ["Laurent Côté", "Anne Marchand"]
    # Nothing typed: everything, pages first.
    assert _titles(find(items, "")) == ["Activités", "Anne Marchand", "Laurent Côté"]
    assert _titles(find(items, "activites")) == ["Activités"]
    # Accents typed where the name has none still find it.
    assert _titles(find(items, "Lâurent cote")) == ["Laurent Côté"]
