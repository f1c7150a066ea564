"""A wall-clock limit on a stretch of judgement work, inside the process doing it.

SIGALRM interrupts Python code and the regex engine alike (`re` checks for signals while it
matches), so one slow edit in a batch raises `Overtime` where it is, and the batch goes on.
Only the main thread of a process can take signals; elsewhere (a thread, Windows) the limit
is not armed and the caller's own timeout (the pool's) remains the backstop.
"""

from __future__ import annotations

import gc
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Overtime(BaseException):
    """The work ran past its deadline. A BaseException, like KeyboardInterrupt, so that the
    stages' own `except Exception` fallbacks (wikitext's linear stripper...) do not swallow it
    and carry on past the deadline."""


_RETRY_S = 0.001
_FRAMES_LOOKED_AT = 64


class _Alarm:
    """Whether the armed deadline has fired. An Overtime raised while a finaliser runs (a
    garbage-collected transport's __del__, say) would be printed and dropped by Python, not
    propagated, and the block would run on as if it had time left. So an alarm that lands in
    a finaliser is put off a millisecond, and one that is still owed where the block ends is
    raised there."""

    fired = False
    installed = False  # _raise is the SIGALRM handler for a stretch of deadlines (`alarms`)


def _in_finaliser(frame: FrameType | None) -> bool:
    """Inside a __del__ or a garbage-collector callback (gc.callbacks): code whose exceptions
    Python prints and drops."""
    callbacks = {getattr(cb, "__code__", None) for cb in gc.callbacks}
    for _ in range(_FRAMES_LOOKED_AT):
        if frame is None:
            return False
        if frame.f_code.co_name == "__del__" or frame.f_code in callbacks:
            return True
        frame = frame.f_back
    return False


def _raise(signum: int, frame: FrameType | None) -> None:
    _Alarm.fired = True
    if _in_finaliser(frame):
        signal.setitimer(signal.ITIMER_REAL, _RETRY_S)  # raise once the finaliser is done
        return
    raise Overtime


def armable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def alarms() -> Iterator[None]:
    """The alarm handler installed once for a stretch of work that holds many deadlines (a
    batch of edits, three a edit): each deadline inside only sets and clears the timer.
    Installing a handler costs several times what the timer does."""
    if _Alarm.installed or not armable():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise)
    _Alarm.installed = True
    try:
        yield
    finally:
        _Alarm.installed = False
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise `Overtime` in the block once `seconds` have passed (0 or less: no limit)."""
    if seconds <= 0 or not armable():
        yield
        return
    if not _Alarm.installed:
        with alarms(), deadline(seconds):
            yield
        return
    _Alarm.fired = False
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    if _Alarm.fired:  # fired, but put off or swallowed on its way
        raise Overtime
