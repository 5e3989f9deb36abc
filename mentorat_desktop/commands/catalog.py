"""The list of ``mentorat`` commands: name, module and one-line help, without importing them.

``mentorat --help`` lists every command from here; only the command actually chosen has its
module imported (and with it scipy, reportlab or openpyxl if that command needs them), so a
quick look such as ``mentorat cohorts`` starts as fast as the database layer allows. A new
command is one line here plus its module with ``register(commands, shared)`` and ``run``.
"""

from __future__ import annotations

from dataclasses import dataclass

from mentorat_desktop.i18n import N_, _


@dataclass(frozen=True)
class CommandEntry:
    name: str
    module: str  # imported only when the command is chosen
    summary: str  # marked with N_(), translated when shown
    register: str = "register"  # the module's function that adds the command's parser

    @property
    def help(self) -> str:
        return _(self.summary)


COMMANDS: tuple[CommandEntry, ...] = (
    CommandEntry("cohorts", "cohorts", N_("list the program years")),
    CommandEntry("demo", "demo", N_("write a fictional program into a file, to try the app")),
    CommandEntry("due", "due", N_("list what is due or late in the program year")),
    CommandEntry(
        "export", "export", N_("export participants, pairs, sessions or activities to Excel or CSV")
    ),
    CommandEntry(
        "forms",
        "forms",
        N_("print engagement forms, goals worksheets, introduction sheets or credits"),
    ),
    CommandEntry(
        "import", "import_registrations", N_("import registrations from a CSV or Excel file")
    ),
    CommandEntry("match", "match", N_("suggest mentor-mentee pairs for the mentees still waiting")),
    CommandEntry("report", "report", N_("write the year-end evaluation summary (PDF or Excel)")),
    CommandEntry("backup", "safekeeping", N_("back up the file now (a verified copy)"),
                 "register_backup"),
    CommandEntry("backups", "safekeeping", N_("list the file's backups"), "register_backups"),
    CommandEntry("restore", "safekeeping", N_("put a backup in place of the file"),
                 "register_restore"),
    CommandEntry("check", "safekeeping", N_("check the file for damage"), "register_check"),
    CommandEntry(
        "activities",
        "activities",
        N_("list the year's training activities, or write an activity's calendar file"),
    ),
    CommandEntry(
        "supply", "supply", N_("show supply and demand per area of expertise")
    ),
    CommandEntry(
        "audit", "audit_trail", N_("read the audit trail, or verify that nobody altered it")
    ),
    CommandEntry(
        "privacy",
        "privacy",
        N_("a person's file, erasure, anonymisation, the incident register"),
    ),
)


def command_help(name: str) -> str:
    """The translated one-line help of ``name``, shared by the list and the command itself."""
    return next(entry.help for entry in COMMANDS if entry.name == name)
