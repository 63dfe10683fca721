"""Blob files on the platform, content-addressed by sha256, uploaded resumably.

An upload appends to `.partial/<sha256>` at the offset the client names (it must equal the
bytes already held); when the file reaches its declared length its sha256 is checked, it is
fsynced and renamed into place, so a reader never sees a half file and a corrupt one is
thrown away (the client then sends it again from offset 0). A broken connection keeps what
arrived, so the client resumes from `Upload-Offset` instead of starting over.
"""

from __future__ import annotations

import hashlib
import os
import threading

try:
    import fcntl
except ImportError:  # Windows: one server process, the thread lock is enough
    fcntl = None  # type: ignore[assignment]
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.storage.attachments import fsync_dir


class OffsetMismatch(Exception):
    def __init__(self, current: int):
        super().__init__(f"upload offset mismatch; the server holds {current} bytes")
        self.current = current


class HashMismatch(Exception):
    pass


class TooLarge(Exception):
    pass


@dataclass(frozen=True)
class BlobState:
    state: str  # complete / partial / absent
    offset: int  # complete: the size; partial: bytes held; absent: 0


def valid_digest(digest: str) -> bool:
    return len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)


class BlobStore:
    def __init__(self, root: Path, max_size: int = 512 * 1024 * 1024):
        self.root = Path(root)
        self.partial_dir = self.root / ".partial"
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        self.max_size = max_size
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._lock_fd: int | None = None

    def lock(self, digest: str) -> BlobLock:
        """The upload lock of one blob: held by one request at a time, across the threads of
        this process and across the worker processes of `platform serve --workers N`."""
        with self._locks_guard:
            inner = self._locks.setdefault(digest, threading.Lock())
            if self._lock_fd is None and fcntl is not None:
                self._lock_fd = os.open(self.partial_dir / ".locks", os.O_RDWR | os.O_CREAT, 0o600)
        return BlobLock(inner, self._lock_fd, digest)

    def close(self) -> None:
        with self._locks_guard:
            if self._lock_fd is not None:
                os.close(self._lock_fd)
                self._lock_fd = None

    def path_for(self, digest: str) -> Path:
        return self.root / digest[:2] / digest[2:4] / digest

    def state(self, digest: str) -> BlobState:
        final = self.path_for(digest)
        if final.exists():
            return BlobState("complete", final.stat().st_size)
        partial = self.partial_dir / digest
        if partial.exists():
            return BlobState("partial", partial.stat().st_size)
        return BlobState("absent", 0)

    def begin(self, digest: str, offset: int, total: int) -> BlobWriter | BlobState:
        """Start writing at `offset` of a `total`-byte upload (call with `lock(digest)` held).

        Returns the final state when the blob is already complete. Raises OffsetMismatch or
        TooLarge."""
        if total > self.max_size:
            raise TooLarge(total)
        final = self.path_for(digest)
        if final.exists():
            return BlobState("complete", final.stat().st_size)
        partial = self.partial_dir / digest
        held = partial.stat().st_size if partial.exists() else 0
        if offset != held or offset > total:
            raise OffsetMismatch(held)
        return BlobWriter(self, digest, partial, final, held, total)

    def append(self, digest: str, offset: int, total: int, chunks: Iterable[bytes]) -> BlobState:
        writer = self.begin(digest, offset, total)
        if isinstance(writer, BlobState):
            return writer
        try:
            for chunk in chunks:
                writer.write(chunk)
        finally:
            state = writer.close()
        return state

    def _finish(self, digest: str, partial: Path, final: Path, hasher) -> BlobState:
        if hasher is None:
            hasher = hashlib.sha256()
            with open(partial, "rb") as fh:
                while block := fh.read(1024 * 1024):
                    hasher.update(block)
        if hasher.hexdigest() != digest:
            partial.unlink(missing_ok=True)
            raise HashMismatch(digest)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(partial, final)
        fsync_dir(final.parent)
        return BlobState("complete", final.stat().st_size)

    def discard_partial(self, digest: str) -> None:
        (self.partial_dir / digest).unlink(missing_ok=True)

    def read(self, digest: str) -> bytes:
        return self.path_for(digest).read_bytes()


class BlobLock:
    """A thread lock plus a POSIX record lock on one byte of a shared lock file (at an offset
    taken from the digest), so two server processes never append to the same partial file.
    Record locks belong to the process, so the thread lock orders this process's threads;
    the lock file's descriptor stays open for the store's lifetime (closing any descriptor
    of the file would drop the process's record locks)."""

    def __init__(self, inner: threading.Lock, fd: int | None, digest: str):
        self.inner, self.fd = inner, fd
        self.offset = int(digest[:15], 16) if valid_digest(digest) else 0

    def acquire(self, blocking: bool = True) -> bool:
        if not self.inner.acquire(blocking):
            return False
        if self.fd is None:
            return True
        try:
            fcntl.lockf(self.fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB), 1, self.offset)
        except OSError:
            self.inner.release()
            return False
        return True

    def release(self) -> None:
        if self.fd is not None:
            fcntl.lockf(self.fd, fcntl.LOCK_UN, 1, self.offset)
        self.inner.release()

    def __enter__(self) -> BlobLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class BlobWriter:
    """Appends to a partial file; `close()` keeps what arrived and finishes a complete upload."""

    def __init__(self, store: BlobStore, digest: str, partial: Path, final: Path, held: int, total: int):
        self.store, self.digest, self.partial, self.final = store, digest, partial, final
        self.written, self.total = held, total
        self.hasher = hashlib.sha256() if held == 0 else None
        self.fh = open(partial, "ab")  # noqa: SIM115 - closed by close()

    def write(self, chunk: bytes) -> None:
        if self.written + len(chunk) > self.total:
            raise TooLarge(self.written + len(chunk))
        self.fh.write(chunk)
        if self.hasher is not None:
            self.hasher.update(chunk)
        self.written += len(chunk)

    def close(self) -> BlobState:
        """Flush what arrived; if the upload is complete, verify and rename it into place."""
        if not self.fh.closed:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
        if self.written < self.total:
            return BlobState("partial", self.written)
        return self.store._finish(self.digest, self.partial, self.final, self.hasher)
