"""The `IdCardReader` interface every backend implements, with state tracking and hot-plug.

A backend implements four small hooks (`_open`, `_close`, `_find_card`, `_read`, optionally
`_read_latest_address`). This base class turns them into the public contract:

- `state` / `status` — what the UI shows (no reader / ready / card present / reading / error
  + reason), updated on every call;
- `wait_for_card(timeout)` — polls until a card is there, False when the time runs out;
- `read()` — the whole card as an `IdentityCard`;
- hot-plug survival — when the device goes away (`ReaderUnavailableError`) the reader closes
  its handle and reopens it on the next call, so unplug/replug never needs an app restart.
"""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod

from hardware.idcard.errors import HelperError, IdCardError, NoCardError, ReaderUnavailableError
from hardware.idcard.model import IdentityCard, ReaderState, ReaderStatus

POLL_INTERVAL = 0.2


class IdCardReader(ABC):
    backend = "abstract"

    def __init__(self) -> None:
        self._status = ReaderStatus(ReaderState.NO_READER, "尚未打开读卡器", "reader not opened yet")
        self._is_open = False
        self._lock = threading.RLock()

    # -- hooks for backends -------------------------------------------------------------------
    @abstractmethod
    def _open(self) -> None: ...

    @abstractmethod
    def _close(self) -> None: ...

    @abstractmethod
    def _find_card(self, timeout: float) -> bool:
        """One presence check: True when a card is there (and ready to read)."""

    @abstractmethod
    def _read(self) -> IdentityCard: ...

    def _read_latest_address(self) -> str | None:
        return None

    def describe(self) -> str:
        return self.backend

    # -- public contract ----------------------------------------------------------------------
    @property
    def status(self) -> ReaderStatus:
        return self._status

    @property
    def state(self) -> ReaderState:
        return self._status.state

    def _set(self, state: ReaderState, reason_zh: str = "", reason_en: str = "") -> None:
        self._status = ReaderStatus(state, reason_zh, reason_en)

    def open(self) -> None:
        with self._lock:
            if self._is_open:
                return
            try:
                self._open()
            except IdCardError as exc:
                self._set(ReaderState.NO_READER, exc.message_zh, exc.message_en)
                raise
            self._is_open = True
            self._set(ReaderState.READY)

    def close(self) -> None:
        with self._lock:
            if self._is_open:
                try:
                    self._close()
                finally:
                    self._is_open = False
            self._set(ReaderState.NO_READER, "读卡器已关闭", "reader closed")

    def __enter__(self) -> IdCardReader:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _guard(self, fn, *args):
        """Run a hook; map device loss to NO_READER (and close, so the next call reopens)."""
        self.open()
        try:
            return fn(*args)
        except ReaderUnavailableError as exc:
            self._drop(exc)
            raise
        except HelperError as exc:  # the helper restarts on the next call
            self._drop(exc, ReaderState.ERROR)
            raise
        except NoCardError:
            self._set(ReaderState.READY)
            raise
        except IdCardError as exc:
            self._set(ReaderState.ERROR, exc.message_zh, exc.message_en)
            raise

    def _drop(self, exc: IdCardError, state: ReaderState = ReaderState.NO_READER) -> None:
        try:
            self._close()
        except Exception:
            pass
        self._is_open = False
        self._set(state, exc.message_zh, exc.message_en)

    def wait_for_card(self, timeout: float) -> bool:
        """Poll until a card is present; False when `timeout` seconds pass without one.

        Device errors other than "no card" propagate (a dead reader is not an absent card).
        """
        deadline = time.monotonic() + max(0.0, timeout)
        with self._lock:
            while True:
                remaining = deadline - time.monotonic()
                if self._guard(self._find_card, max(0.05, remaining)):
                    self._set(ReaderState.CARD_PRESENT)
                    return True
                self._set(ReaderState.READY)
                if time.monotonic() + POLL_INTERVAL > deadline:
                    return False
                time.sleep(POLL_INTERVAL)

    def read(self) -> IdentityCard:
        """Read the card now on the reader. Without a preceding successful `wait_for_card` it
        looks for the card once first (NoCardError when there is none)."""
        with self._lock:
            self.open()
            if self.state is not ReaderState.CARD_PRESENT and not self._guard(self._find_card, 1.0):
                self._set(ReaderState.READY)
                raise NoCardError(0x80, "未找到证件", "no card found", hint_zh="请将证件平放在读卡器上",
                                  hint_en="place the card flat on the reader")
            self._set(ReaderState.READING)
            card = self._guard(self._read)
            card.backend = card.backend or self.backend
            self._set(ReaderState.READY)
            return card

    def read_latest_address(self) -> str | None:
        """The newest address appended to the chip (追加住址), None when there is none."""
        with self._lock:
            self._set(ReaderState.READING)
            value = self._guard(self._read_latest_address)
            self._set(ReaderState.READY)
            return value

    def read_card(self, timeout: float) -> IdentityCard:
        """Wait for a card and read it; NoCardError when none came within `timeout`."""
        if not self.wait_for_card(timeout):
            raise NoCardError(0x80, f"{timeout:g} 秒内未检测到证件", f"no card within {timeout:g} s",
                              hint_zh="请将证件平放在读卡器上", hint_en="place the card flat on the reader")
        return self.read()
