"""A damaged file at start-up: say so in words and offer the most recent good backup."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from mentorat_desktop.clock import SystemClock
from mentorat_desktop.db import DatabaseDamaged
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.services.safekeeping import backups
from mentorat_desktop.services.safekeeping.health import check_file


def latest_good_backup(damaged: DatabaseDamaged) -> backups.BackupInfo | None:
    for info in backups.list_backups(damaged.path):
        if not check_file(info.path, full=True):
            return info
    return None


def offer_restore(damaged: DatabaseDamaged, app: QApplication) -> bool:
    """True when the user restored a good backup (the app is then started again by them)."""
    good = latest_good_backup(damaged)
    box = QMessageBox(QMessageBox.Icon.Critical, _("Mentorat"), damaged.message)
    restore = None
    if good is not None:
        when = f"{format_date(good.taken_at.date())} {good.taken_at:%H:%M}"
        box.setInformativeText(
            _("The most recent good backup was taken on {when}. Restore it now?").format(
                when=when
            )
        )
        restore = box.addButton(_("Restore this backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if good is None or box.clickedButton() is not restore:
        return False
    try:
        safety = backups.restore(damaged.path, good.path, SystemClock())
    except UserError as error:
        QMessageBox.critical(None, _("Mentorat"), error.message)
        return False
    QMessageBox.information(
        None,
        _("Mentorat"),
        _(
            "The backup was restored. The damaged file is kept in {path}. Start Mentorat "
            "again to continue."
        ).format(path=safety),
    )
    return True
