"""Per-workstation request rate limit on the platform: one token bucket per authenticated
workstation, so one window PC (a runaway sender, a stolen token in a loop) cannot take the
platform's request handlers from the others. Above the rate the platform answers 429 with
`Retry-After` (whole seconds until a token is back); the sync client pauses for that long and
resends what was not taken (idempotency keys make the resend exactly-once).

Buckets live in the process (each worker process of `platform serve --workers N` has its own,
so the ceiling there is N × the rate); idle buckets are dropped after a while.
"""

from __future__ import annotations

import math
import threading
import time


class TokenBuckets:
    def __init__(self, rate: float, burst: int, clock=time.monotonic):
        self.rate, self.burst, self.clock = float(rate), max(1, int(burst)), clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key → (tokens, last refill)
        self._lock = threading.Lock()
        self._swept = clock()
        self.refused = 0  # 429s answered (for /health-style monitoring and the tests)

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def take(self, key: str) -> float:
        """Take one token for `key`: 0 when allowed, else the seconds until one is back."""
        if not self.enabled:
            return 0.0
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                wait = 0.0
            else:
                self._buckets[key] = (tokens, now)
                wait = (1.0 - tokens) / self.rate
                self.refused += 1
            if now - self._swept > 300:  # a bucket full again is the same as no bucket
                full_after = self.burst / self.rate
                self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < full_after}
                self._swept = now
        return wait


def retry_after_header(wait: float) -> str:
    return str(max(1, math.ceil(wait)))
