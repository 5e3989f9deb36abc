"""A group of wording kept on one page measures as reportlab measures it; a group holding
anyone's data is measured afresh each time."""

from __future__ import annotations

from io import BytesIO

from helpers.sheets import a_pair
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Spacer, flowables

from mentorat_desktop.documents import kept_together
from mentorat_desktop.documents.blocks import WritingBox, field, field_label, heading, say
from mentorat_desktop.documents.engagement import AGREED, AGREED_BLANK, engagement_part
from mentorat_desktop.documents.kept_together import KeptTogether
from mentorat_desktop.documents.render import write_pdf
from mentorat_desktop.services.followup.first_contact import AGREEMENT_TOPICS

TOPIC = next(iter(AGREEMENT_TOPICS.values()))  # a topic of the first contact's agreement


def wording(language: str) -> list:  # type: ignore[type-arg]
    return [
        heading(language, AGREED),
        say(language, AGREED_BLANK),
        Spacer(1, 4),
        field_label(language, TOPIC),
        WritingBox(2),
    ]


def measured(group: KeepTogether, width: float) -> tuple[object, ...]:
    size = group.wrapOn(Canvas(BytesIO()), width, 500)
    return size, group._H, group._H0, group._wrapInfo


def test_a_group_of_wording_measures_as_reportlab_measures_it() -> None:
    kept_together.forget_group_measures()
    for language in ("fr", "en", "both"):
        for width in (468, 240):
            expected = measured(KeepTogether(wording(language)), width)
            assert measured(KeptTogether(wording(language)), width) == expected
            assert measured(KeptTogether(wording(language)), width) == expected  # kept


def test_a_group_with_data_is_not_kept() -> None:
    group = KeptTogether([field_label("fr", TOPIC), *field("fr", TOPIC, "Le mardi, à 9 h 30")])
    assert group._group_key is None
    assert KeptTogether(wording("fr"))._group_key is not None


def test_groups_of_other_wording_or_boxes_are_told_apart() -> None:
    one = KeptTogether([field_label("fr", TOPIC), WritingBox(2)])._group_key
    assert one != KeptTogether([field_label("fr", TOPIC), WritingBox(3)])._group_key
    assert one != KeptTogether([field_label("en", TOPIC), WritingBox(2)])._group_key
    assert one == KeptTogether([field_label("fr", TOPIC), WritingBox(2)])._group_key


def test_a_second_form_measures_no_group_of_wording_again(monkeypatch) -> None:
    """Neither the groups the documents make nor those reportlab makes of a heading and what
    follows it (``keepWithNext``): only groups holding a name are measured again."""

    def form(names: tuple[str, str]) -> None:
        pair = a_pair(("Marc", names[0]), ("Élodie", names[1]))
        write_pdf(BytesIO(), [engagement_part(pair, "en", blank=True)])

    form(("O'Brien", "Bérubé"))
    measured: list[tuple[object, ...] | None] = []
    list_wrap_on = flowables._listWrapOn

    def counted(parts, *args, **kwargs):  # type: ignore[no-untyped-def]
        measured.append(kept_together.group_key(parts))
        return list_wrap_on(parts, *args, **kwargs)

    monkeypatch.setattr(flowables, "_listWrapOn", counted)
    form(("Tremblay", "Nguyễn"))
    assert measured, "the signatures, with the names, are measured"
    assert all(key is None for key in measured)
