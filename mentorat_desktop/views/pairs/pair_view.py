"""The pair page: the two people, the timeline of phases 4 to 10, the agreements, the goals
and the sessions, with every step's flow one click away."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, format_date, ngettext
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services.followup.credits import PersonHours
from mentorat_desktop.services.followup.emails import EmailKind, email_action
from mentorat_desktop.services.followup.first_contact import agreement_title
from mentorat_desktop.services.followup.first_contact_guide import GUIDE_CODES
from mentorat_desktop.services.followup.pair_detail import PairDetail
from mentorat_desktop.services.followup.phases import Phase, phase_label
from mentorat_desktop.services.labels import label
from mentorat_desktop.views.documents.documents_menu import menu_button
from mentorat_desktop.views.item_models.goal_table import GoalTableModel
from mentorat_desktop.views.item_models.session_table import SESSION_ROLE, SessionTableModel
from mentorat_desktop.views.pairs.people_box import PersonBox
from mentorat_desktop.views.pairs.timeline_view import TimelineView
from mentorat_desktop.views.widgets.row_table import row_table
from mentorat_desktop.views.widgets.wrapped_label import WrappedLabel


def _table(model: GoalTableModel | SessionTableModel, name: str) -> QTableView:
    table = row_table(model, name)
    table.setMinimumHeight(150)
    # Columns as wide as their titles and contents; a narrow page scrolls sideways rather
    # than squeezing the last title (« Capacités LEADS ») to a stub.
    table.horizontalHeader().setStretchLastSection(False)
    return table


class PairView(QScrollArea):
    step_requested = Signal(int, object)  # pairing id, Phase
    session_requested = Signal(int, int)  # pairing id, session id
    email_requested = Signal(int, object)  # pairing id, EmailKind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair: PairDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.empty = QLabel(_("Choose a pair in the list to follow it."))
        self.empty.setObjectName("comingNote")
        self.empty.setWordWrap(True)

        self.email_button = menu_button(_("Write an e-mail"))
        self.email_menu = QMenu(self.email_button)
        self.email_actions = {}
        for kind in EmailKind:
            action = self.email_menu.addAction(email_action(kind))
            action.triggered.connect(lambda _c=False, k=kind: self._emit_email(k))
            self.email_actions[kind] = action
        self.email_button.setMenu(self.email_menu)
        self.session_button = QPushButton(_("Log a session…"))
        self.session_button.clicked.connect(lambda: self._emit_step(Phase.SESSIONS))
        actions = QHBoxLayout()
        actions.addWidget(self.session_button)
        actions.addWidget(self.email_button)
        self.print_button = menu_button(_("Print"))
        actions.addWidget(self.print_button)
        actions.addStretch(1)

        self.mentor_box = PersonBox(label(Role.MENTOR))
        self.mentee_box = PersonBox(label(Role.MENTEE))
        people = QHBoxLayout()
        people.addWidget(self.mentee_box, 1)
        people.addWidget(self.mentor_box, 1)

        self.timeline = TimelineView()
        self.timeline.step_requested.connect(self._emit_step)
        timeline_box = QGroupBox(_("Phases"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)

        self.agreements = WrappedLabel()
        self.agreements.setWordWrap(True)
        self.agreements.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agreements_box = QGroupBox(_("Agreements made at the first contact"))
        QVBoxLayout(self.agreements_box).addWidget(self.agreements)

        self.goals = GoalTableModel(self)
        self.goal_table = _table(self.goals, _("Goals"))
        self.goal_table.doubleClicked.connect(lambda _i: self._emit_step(Phase.FIRST_MEETING))
        self.goals_box = QGroupBox(_("Goals and objectives"))
        QVBoxLayout(self.goals_box).addWidget(self.goal_table)

        self.sessions = SessionTableModel(self)
        self.session_table = _table(self.sessions, _("Sessions"))
        self.session_table.doubleClicked.connect(self._session_chosen)
        self.sessions_box = QGroupBox(_("Sessions"))
        hint = QLabel(_("Double-click a session to correct or delete it."))
        hint.setObjectName("comingNote")
        sessions_layout = QVBoxLayout(self.sessions_box)
        sessions_layout.addWidget(self.session_table)
        sessions_layout.addWidget(hint)

        self.end_box = QGroupBox(_("End of the relationship"))
        self.end_text = WrappedLabel()
        self.end_text.setWordWrap(True)
        QVBoxLayout(self.end_box).addWidget(self.end_text)

        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addLayout(people)
        layout.addWidget(timeline_box)
        layout.addWidget(self.agreements_box)
        layout.addWidget(self.goals_box)
        layout.addWidget(self.sessions_box)
        layout.addWidget(self.end_box)
        layout.addStretch(1)
        self.content = [
            self.subtitle,
            self.session_button,
            self.email_button,
            self.print_button,
            self.mentor_box,
            self.mentee_box,
            timeline_box,
            self.agreements_box,
            self.goals_box,
            self.sessions_box,
            self.end_box,
        ]
        self.setWidget(body)
        self.set_pair(None, {})

    def showEvent(self, event: QShowEvent) -> None:
        # Resized again while hidden (the splitter sets its sizes before the page shows),
        # the body can miss the last resize: its layout kept the wider width, and the labels
        # were cut at the pane's edge. Laid out anew at the width it has.
        super().showEvent(event)
        layout = self.widget().layout()
        if layout is not None and layout.geometry().width() != self.widget().width():
            layout.invalidate()

    def _emit_step(self, phase: Phase) -> None:
        if self.pair is not None:
            self.step_requested.emit(self.pair.pairing_id, phase)

    def _emit_email(self, kind: EmailKind) -> None:
        if self.pair is not None:
            self.email_requested.emit(self.pair.pairing_id, kind)

    def _session_chosen(self, index) -> None:  # type: ignore[no-untyped-def]
        session_id = index.siblingAtColumn(0).data(SESSION_ROLE)
        if self.pair is not None and session_id is not None:
            self.session_requested.emit(self.pair.pairing_id, session_id)

    def set_pair(self, pair: PairDetail | None, hours: dict[int, PersonHours]) -> None:
        self.pair = pair
        self.empty.setVisible(pair is None)
        for widget in self.content:
            widget.setVisible(pair is not None)
        if pair is None:
            self.title.setText(_("Pairs"))
            self.timeline.set_pair(None)
            self.goals.set_rows([])
            self.sessions.set_rows([])
            return
        self.title.setText(
            _("{mentee} and {mentor}").format(
                mentee=pair.mentee.full_name, mentor=pair.mentor.full_name
            )
        )
        self.subtitle.setText(
            _("{phase} · {status} · assigned on {day} · program year {cohort}").format(
                phase=phase_label(pair.phase),
                status=label(pair.status).lower(),
                day=format_date(pair.assigned_at.date(), "long"),
                cohort=pair.cohort_name,
            )
        )
        self.session_button.setVisible(pair.is_open)
        self.email_actions[EmailKind.FIRST_CONTACT_REMINDER].setEnabled(
            pair.is_open and pair.first_contact_on is None
        )
        self.mentor_box.set_person(pair.mentor, hours.get(pair.mentor.participation_id))
        self.mentee_box.set_person(pair.mentee, hours.get(pair.mentee.participation_id))
        self.timeline.set_pair(pair)
        self.agreements_box.setVisible(bool(pair.agreements or pair.topics_discussed))
        lines = [
            f"<b>{escape(agreement_title(key))}</b> — {escape(text)}"
            for key, text in pair.agreements.items()
        ]
        if pair.topics_discussed:
            talked = ngettext(
                "{n} of the guide's {total} questions was talked about.",
                "{n} of the guide's {total} questions were talked about.",
                len(pair.topics_discussed),
            ).format(n=len(pair.topics_discussed), total=len(GUIDE_CODES))
            lines.append(f"<i>{escape(talked)}</i>")
        self.agreements.setText("<br>".join(lines))
        self.goals.set_rows(pair.goals)
        self.goals_box.setVisible(bool(pair.goals))
        self.sessions.set_rows(pair.sessions)
        self.sessions_box.setVisible(bool(pair.sessions))
        self.end_box.setVisible(not pair.is_open)
        self.end_text.setText(_end_text(pair))


def _end_text(pair: PairDetail) -> str:
    if pair.is_open:
        return ""
    parts = [
        _("{kind} on {day}.").format(
            kind=label(pair.end_kind) if pair.end_kind else _("Ended"),
            day=format_date(pair.ended_on, "long"),
        )
    ]
    if pair.end_reason:
        parts.append(_("Reason: {reason}.").format(reason=label(pair.end_reason)))
    if pair.end_reason_detail:
        parts.append(pair.end_reason_detail)
    if pair.mentee_wants_new_mentor:
        parts.append(_("The mentee is waiting for a new mentor."))
    if pair.reflection:
        parts.append(_("Reflection: {text}").format(text=pair.reflection))
    return "\n".join(parts)
