"""Per-workstation request rate limit on the platform: one token bucket per authenticated
workstation, so one window PC (a runaway sender, a stolen token in a loop) cannot take the
platform's request handlers from the others. Above the rate the platform answers 429 with
`Retry-After` (whole seconds until a token is back); the sync client pauses for that long and
resends what was not taken (idempotency keys make the resend exactly-once).

The buckets live in one table every worker process of `platform serve --workers N` shares (an
anonymous shared mapping made before the workers are forked, behind a process-shared lock), so a
workstation gets the rate once, not N times — its connections land on whichever worker accepts
them. A single-process platform uses the same table, private to it. The table has a fixed size:
a key hashes to a slot (probing a few neighbours); when they are all taken, the least recently
used one is given up, which only ever forgives a bucket (it starts full again), never refuses one.
CLOCK_MONOTONIC is one clock for every process of the host, so refill times agree.
"""

from __future__ import annotations

import hashlib
import math
import mmap
import multiprocessing
import os
import struct
import threading
import time
from collections.abc import Callable

SLOT = struct.Struct("<Qdd")  # key digest (0 = free), tokens, last refill (monotonic seconds)
SLOTS = 16384  # workstations of one platform, with room to spare (384 KiB)
PROBE = 32


class SharedBuckets:
    """The slots, in memory shared with forked children. Make it before forking."""

    def __init__(self, slots: int = SLOTS):
        self.slots = slots
        self.memory = mmap.mmap(-1, slots * SLOT.size)  # MAP_SHARED | MAP_ANONYMOUS: children see one copy
        # a POSIX semaphore the forked workers share; a plain lock where there is no fork (Windows: one process)
        self.lock = multiprocessing.get_context("fork").Lock() if hasattr(os, "fork") else threading.Lock()

    @staticmethod
    def digest(key: str) -> int:
        return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little") or 1

    def update(self, key: str, step: Callable[[tuple[float, float] | None], tuple[float, float, float]]) -> float:
        """Under the lock, give `step` the bucket of `key` as (tokens, last refill) — None for a key
        without one — and store the (tokens, last) it returns; returns its third value."""
        d = self.digest(key)
        with self.lock:
            home, oldest, oldest_at = d % self.slots, 0, math.inf
            for i in range(PROBE):
                at = ((home + i) % self.slots) * SLOT.size
                found, tokens, last = SLOT.unpack_from(self.memory, at)
                if found in (d, 0):
                    break
                if last < oldest_at:
                    oldest, oldest_at = at, last
            else:  # every probed slot is another workstation's: give up the least recently used
                at, found = oldest, 0
            tokens, last, out = step((tokens, last) if found == d else None)
            SLOT.pack_into(self.memory, at, d, tokens, last)
            return out


class TokenBuckets:
    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic,
                 shared: SharedBuckets | None = None):
        self.rate, self.burst, self.clock = float(rate), max(1, int(burst)), clock
        self.table = shared if shared is not None else SharedBuckets(1024)
        self.refused = 0  # 429s this process answered (for monitoring and the tests)

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def take(self, key: str) -> float:
        """Take one token for `key`: 0 when allowed, else the seconds until one is back."""
        if not self.enabled:
            return 0.0
        now = self.clock()

        def step(bucket: tuple[float, float] | None) -> tuple[float, float, float]:
            tokens, last = bucket if bucket is not None else (float(self.burst), now)
            tokens = min(float(self.burst), tokens + max(0.0, now - last) * self.rate)
            if tokens >= 1.0:
                return tokens - 1.0, now, 0.0
            return tokens, now, (1.0 - tokens) / self.rate

        wait = self.table.update(key, step)
        if wait:
            self.refused += 1
        return wait


def retry_after_header(wait: float) -> str:
    return str(max(1, math.ceil(wait)))
