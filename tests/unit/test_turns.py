"""Two writers at once: the second waits its turn, says so past a threshold, gives up in words.

The time and the pauses are injected: each pause advances a fake clock, and the other
writer lets go after a given number of pauses, so nothing here depends on real timing.
"""

from __future__ import annotations

import sqlite3

import pytest

from mentorat_desktop.services.safekeeping.turns import FileBusy, Turns


class OtherWriter:
    """A real second connection holding the file's write lock for ``pauses`` pauses."""

    def __init__(self, path, pauses: int) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("BEGIN IMMEDIATE")
        self.left = pauses
        self.time = 0.0

    def pause(self, seconds: float) -> None:
        self.time += seconds
        self.left -= 1
        if self.left == 0:
            self.connection.execute("COMMIT")

    def close(self) -> None:
        if self.connection.in_transaction:
            self.connection.execute("ROLLBACK")
        self.connection.close()


def _turns(db, other: OtherWriter, said: list[str], **limits: float) -> Turns:
    return Turns(
        db.path,
        lambda: said.append("still waiting"),
        lambda: said.append("resumed"),
        pause=other.pause,
        now=lambda: other.time,
        **limits,
    )


def test_a_short_wait_says_nothing_and_a_long_one_says_still_waiting(db, cohort) -> None:
    said: list[str] = []
    short = OtherWriter(db.path, pauses=3)  # 0.3 s with 0.1 s pauses
    try:
        assert _turns(db, short, said, notice_after=2.0).wait()
    finally:
        short.close()
    assert said == []
    long = OtherWriter(db.path, pauses=40)  # 4 s
    try:
        assert _turns(db, long, said, notice_after=2.0).wait()
    finally:
        long.close()
    assert said == ["still waiting", "resumed"]


def test_no_other_writer_no_wait(db, cohort) -> None:
    said: list[str] = []
    turns = Turns(db.path, lambda: said.append("still waiting"), pause=pytest.fail)
    assert not turns.wait() and said == []
    turns.close()


def test_a_writer_that_never_finishes_is_given_up_on_in_words(db, cohort) -> None:
    said: list[str] = []
    stuck = OtherWriter(db.path, pauses=10**6)
    try:
        with pytest.raises(FileBusy) as busy:
            _turns(db, stuck, said, notice_after=1.0, give_up_after=5.0).wait()
    finally:
        stuck.close()
    assert said == ["still waiting", "resumed"]
    assert "occupé" in busy.value.message and "Rien n'a été fait" in busy.value.message


def test_every_action_of_the_file_waits_its_turn_but_not_a_nested_one(db, cohort) -> None:
    """The database asks before each unit of work; one inside another does not ask again."""
    from sqlalchemy import text

    asked: list[int] = []

    class Counting:
        def wait(self) -> bool:
            asked.append(1)
            return False

        def close(self) -> None:
            pass

    db.turns = Counting()  # type: ignore[assignment]
    with db.unit_of_work() as outer:
        outer.execute(text("UPDATE cohorts SET name = name"))  # holds the write lock now
        with db.unit_of_work() as inner:
            inner.execute(text("SELECT 1"))
    assert len(asked) == 1


def test_an_action_started_during_a_wait_does_not_wait_inside_it(db, cohort) -> None:
    """The app's pause runs its event loop; a page reloading then reads beside the writer."""
    said: list[str] = []
    other = OtherWriter(db.path, pauses=3)
    nested: list[bool] = []
    turns = _turns(db, other, said)
    plain_pause = other.pause

    def pause_running_the_event_loop(seconds: float) -> None:
        nested.append(turns.wait())  # what a reload during the pause would ask
        plain_pause(seconds)

    turns.pause = pause_running_the_event_loop
    try:
        assert turns.wait()
    finally:
        other.close()
    assert nested and not any(nested)
