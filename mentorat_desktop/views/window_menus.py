"""The main window's menus and their keys, built with the window's frame (before the file
opens, so nothing here may load the file's code or Qt's namespace enums)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from mentorat_desktop.i18n import _
from mentorat_desktop.views import transfer_actions
from mentorat_desktop.views.shortcut_keys import unique_keys


class WindowMenus:
    """Mixed into ``MainWindow``: its menus, each command an attribute of the window."""

    def _action(self, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # As a list: setShortcut's other overloads make Qt's namespace enums (see above).
            action.setShortcuts([shortcut])
        action.triggered.connect(slot)
        return action

    def _build_actions(self, titles: list[str]) -> None:
        keys = QKeySequence.StandardKey
        self.new_cohort_action = self._action(_("New program year…"), self.new_cohort)
        self.cohort_settings_action = self._action(
            _("Program year settings…"), lambda: self.edit_cohort()
        )
        self.open_action = self._action(
            _("Open another file…"), self.open_file_requested.emit, QKeySequence(keys.Open)
        )
        self.quit_action = self._action(_("Quit"), self.close, QKeySequence(keys.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu = self.menuBar().addMenu(_("&File"))
        file_menu.addAction(self.new_cohort_action)
        file_menu.addAction(self.cohort_settings_action)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.import_action, self.export_menu = transfer_actions.build_menus(
            file_menu, self.import_registrations, self.export, self
        )
        file_menu.addSeparator()
        self.backup_action = self._action(_("Back up now…"), self.back_up_now)
        self.restore_action = self._action(_("Restore from a backup…"), self.restore_backup)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.undo_action = self.history.undo_action(self)
        self.redo_action = self.history.redo_action(self)
        self.find_action = self._action(_("Find a participant"), self.find, QKeySequence(keys.Find))
        preferences_key = QKeySequence(keys.Preferences)
        if preferences_key.isEmpty():
            preferences_key = QKeySequence("Ctrl+,")
        self.preferences_action = self._action(
            _("Preferences…"), self.edit_preferences, preferences_key
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu = self.menuBar().addMenu(_("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        self.find_anything_action = self._action(
            _("Find anything…"), self.find_anything, QKeySequence("Ctrl+K")
        )
        edit_menu.addAction(self.find_anything_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = self.menuBar().addMenu(_("&View"))
        for number, title in enumerate(titles):
            action = self._action(
                title,
                lambda _checked=False, n=number: self.navigation.setCurrentRow(n),
                QKeySequence(f"Ctrl+{number + 1}"),
            )
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.page_list_action = QAction(_("Page list"), self)
        self.page_list_action.setCheckable(True)
        self.page_list_action.setChecked(True)
        self.page_list_action.setShortcuts([QKeySequence("Ctrl+Shift+L")])
        self.page_list_action.toggled.connect(self.navigation.setVisible)
        view_menu.addAction(self.page_list_action)
        # The board's own zoom and panel actions, added when the menu first opens so that the
        # board is not built at start (its shortcuts work from the board itself).
        self.board_menu = board_menu = view_menu.addMenu(_("Matching board"))
        board_menu.aboutToShow.connect(lambda: self._fill_board_menu(board_menu))

        self.register_action = self._action(
            _("Register a participant…"), self.register_participant, QKeySequence(keys.New)
        )
        self.edit_participant_action = self._action(
            _("Edit the participant…"),
            lambda: self._on_selected_participant(self.participants.edit_selected),
            QKeySequence("Ctrl+E"),
        )
        self.withdraw_action = self._action(
            _("Withdraw the participant…"),
            lambda: self._on_selected_participant(self.participants.withdraw_selected),
        )
        self.export_person_action = self._action(
            _("Save the person's file…"), lambda: self.export_participant_file()
        )
        self.erase_person_action = self._action(
            _("Erase this person…"), lambda: self.erase_participant()
        )
        participants_menu = self.menuBar().addMenu(_("&Participants"))
        for action in (self.register_action, self.edit_participant_action, self.withdraw_action):
            participants_menu.addAction(action)
        participants_menu.addSeparator()
        participants_menu.addAction(self.export_person_action)
        participants_menu.addAction(self.erase_person_action)
        participants_menu.aboutToShow.connect(self._participant_selected)

        help_menu = self.menuBar().addMenu(_("&Help"))
        self.guide_action = self._action(_("User guide"), self.show_guide)
        self.guide_action.setShortcuts(unique_keys(keys.HelpContents, "F1"))
        self.shortcuts_action = self._action(
            _("Keyboard shortcuts"), self.show_shortcuts, QKeySequence("Ctrl+/")
        )
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        self.about_action = about = self._action(_("About Mentorat"), self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)
