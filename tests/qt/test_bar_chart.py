"""The summary's bar chart: figures readable as text, room for every bar, long labels cut."""

from __future__ import annotations

import pytest

from mentorat_desktop import i18n
from mentorat_desktop.views.widgets.bar_chart import LABEL_SHARE, BarChart, ChartSeries


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.set_language("en")


def _chart(qtbot, labels, *series, top=None) -> BarChart:
    chart = BarChart("By region")
    qtbot.addWidget(chart)
    chart.set_data(labels, list(series), top)
    return chart


def test_description_lists_each_label_with_its_counts_and_shares(qtbot) -> None:
    chart = _chart(
        qtbot,
        ["Montréal", "Laval"],
        ChartSeries("Mentors", (8, 1), 25),
        ChartSeries("Mentees", (12, 0), 35),
    )

    assert chart.accessibleName() == "By region"
    assert chart.accessibleDescription().splitlines() == [
        "Montréal: Mentors: 8 (32%), Mentees: 12 (34.3%)",
        "Laval: Mentors: 1 (4%), Mentees: 0 (0%)",
    ]
    assert chart.toolTip() == chart.accessibleDescription()


def test_counts_without_a_total_show_no_percentage(qtbot) -> None:
    chart = _chart(qtbot, ["Goals reached early", "Availability"], ChartSeries("Pairs", (3, 1)))

    assert chart.accessibleDescription() == "Goals reached early: 3\nAvailability: 1"


def test_numbers_follow_the_interface_language(qtbot) -> None:
    i18n.set_language("fr")
    chart = _chart(qtbot, ["Mauricie"], ChartSeries("Mentorés", (1234,), 2000))

    assert "1\u00a0234 (61,7\u00a0%)" in chart.accessibleDescription()


def test_height_grows_with_the_bars(qtbot) -> None:
    one = _chart(qtbot, ["a", "b"], ChartSeries("Mentors", (1, 2)))
    more = _chart(qtbot, ["a", "b", "c", "d"], ChartSeries("Mentors", (1, 2, 3, 4)))
    two_series = _chart(
        qtbot, ["a", "b"], ChartSeries("Mentors", (1, 2)), ChartSeries("Mentees", (2, 1))
    )

    assert more.sizeHint().height() > one.sizeHint().height()
    assert two_series.sizeHint().height() > one.sizeHint().height()


def test_nothing_to_show_and_all_zero_still_paint(qtbot) -> None:
    empty = _chart(qtbot, [])
    zeros = _chart(qtbot, ["a", "b"], ChartSeries("Mentors", (0, 0), 0))

    for chart in (empty, zeros):
        chart.resize(300, chart.sizeHint().height())
        assert not chart.grab().isNull()
    assert empty.accessibleDescription() == "Nothing to show."
    assert zeros.accessibleDescription() == "a: 0\nb: 0"
    assert zeros.bar_length(zeros.series[0], 0, 200) == 0


def test_a_long_label_is_cut_to_leave_room_for_the_bars(qtbot) -> None:
    long = "Gaspésie–Îles-de-la-Madeleine, and a good deal more than a region name " * 3
    chart = _chart(qtbot, [long, "Laval"], ChartSeries("Mentors", (2, 1)))
    chart.resize(400, chart.sizeHint().height())

    label_room, value_room, bar_room = chart.columns(400)

    assert label_room <= 400 * LABEL_SHARE
    assert label_room + value_room + bar_room == 400
    assert long in chart.accessibleDescription()  # whole for screen readers
    assert not chart.grab().isNull()


def test_shares_make_unequal_groups_comparable(qtbot) -> None:
    # 10 of 20 mentors and 10 of 40 mentees: the same count, half the share.
    mentors = ChartSeries("Mentors", (10,), 20)
    mentees = ChartSeries("Mentees", (10,), 40)
    chart = _chart(qtbot, ["Montréal"], mentors, mentees)

    assert chart.bar_length(mentors, 10, 200) == 200
    assert chart.bar_length(mentees, 10, 200) == 100


def test_a_shared_top_keeps_two_charts_on_one_scale(qtbot) -> None:
    left = _chart(qtbot, ["5"], ChartSeries("Mentors", (2,), 5), top=0.8)
    right = _chart(qtbot, ["5"], ChartSeries("Mentees", (4,), 5), top=0.8)

    assert left.bar_length(left.series[0], 2, 100) == pytest.approx(50)
    assert right.bar_length(right.series[0], 4, 100) == pytest.approx(100)


def test_a_series_needs_one_count_per_label(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)

    with pytest.raises(ValueError):
        chart.set_data(["a", "b"], [ChartSeries("Mentors", (1,))])
