"""The import pauses the cyclic garbage collector only while it works, even on an error."""

from __future__ import annotations

import gc

import pytest

from mentorat_desktop.services.importing.collector import collector_paused


def test_the_collector_resumes_after_the_step_even_on_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()


def test_a_collector_paused_by_someone_else_stays_paused() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
