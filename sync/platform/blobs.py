"""Blob files on the platform, content-addressed by sha256, uploaded resumably.

An upload appends to `.partial/<sha256>` at the offset the client names (it must equal the
bytes already held); when the file reaches its declared length its sha256 is checked, it is
fsynced and renamed into place, so a reader never sees a half file and a corrupt one is
thrown away (the client then sends it again from offset 0). A broken connection keeps what
arrived, so the client resumes from `Upload-Offset` instead of starting over.

Partial uploads belong to the workstation sending them (`.partial/<owner tag>/<sha256>`): another
workstation uploading the same file neither sees nor discards them, and a partial nobody touched
for `PARTIAL_TTL` is removed. Whether a *complete* file counts as held by a caller is the
platform's decision (its center holds it); a caller that does not hold it must send all the bytes,
which are verified like any upload (proof of possession) before its center is recorded as holder.
Files are 0600 in 0700 folders.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time

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


PARTIAL_TTL = 7 * 24 * 3600.0  # seconds a partial upload is kept without a new byte
PARTIAL_QUOTA = 4 * 1024 * 1024 * 1024  # bytes one workstation may hold in unfinished uploads (declared)
PARTIAL_FILES = 2000  # unfinished uploads one workstation may have open


def valid_digest(digest: str) -> bool:
    return len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)


def owner_tag(owner: str) -> str:
    """A file-name-safe tag for the owner of partial uploads (a workstation id)."""
    return hashlib.sha256(owner.encode("utf-8", "surrogatepass")).hexdigest()[:24] if owner else "_"


def _size(path: Path) -> int | None:
    """The size of a file, or None when it is not (or no longer) there: another request may
    rename a finished partial into place or expire it between a listing and this call."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return None


def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)


class BlobStore:
    def __init__(self, root: Path, max_size: int = 512 * 1024 * 1024, partial_ttl: float = PARTIAL_TTL,
                 key: bytes | None = None, partial_quota: int = PARTIAL_QUOTA):
        self.partial_quota = partial_quota
        self.key = key  # complete files are sealed with it (sync/platform/crypto.py); None: plaintext
        self.root = Path(root)
        self.partial_dir = self.root / ".partial"
        _private_dir(self.root)
        _private_dir(self.partial_dir)
        self.max_size = max_size
        self.partial_ttl = partial_ttl
        self._last_sweep = 0.0
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._lock_fd: int | None = None

    def lock(self, digest: str, owner: str = "") -> BlobLock:
        """The upload lock of one owner's partial upload of a blob: held by one request at a time,
        across the threads of this process and across the worker processes of `platform serve
        --workers N`."""
        name = f"{owner_tag(owner)}/{digest}"
        with self._locks_guard:
            inner = self._locks.setdefault(name, threading.Lock())
            if self._lock_fd is None and fcntl is not None:
                self._lock_fd = os.open(self.partial_dir / ".locks", os.O_RDWR | os.O_CREAT, 0o600)
        return BlobLock(inner, self._lock_fd, hashlib.sha256(name.encode()).hexdigest())

    def close(self) -> None:
        with self._locks_guard:
            if self._lock_fd is not None:
                os.close(self._lock_fd)
                self._lock_fd = None

    def path_for(self, digest: str) -> Path:
        return self.root / digest[:2] / digest[2:4] / digest

    def partial_path(self, digest: str, owner: str = "") -> Path:
        return self.partial_dir / owner_tag(owner) / digest

    def exists(self, digest: str) -> bool:
        return self.path_for(digest).exists()

    def size_of(self, final: Path) -> int:
        """The plaintext size of a complete blob file."""
        if self.key is None:
            return final.stat().st_size
        from sync.platform.crypto import sealed_size

        return sealed_size(final)

    def state(self, digest: str, owner: str = "", held: bool = True) -> BlobState:
        """complete (when `held`: the caller may know the file is here), else the owner's partial."""
        final = self.path_for(digest)
        if held and final.exists():
            return BlobState("complete", self.size_of(final))
        held_bytes = _size(self.partial_path(digest, owner))
        if held_bytes is not None:
            return BlobState("partial", held_bytes)
        return BlobState("absent", 0)

    def begin(self, digest: str, offset: int, total: int, owner: str = "", held: bool = True) -> BlobWriter | BlobState:
        """Start writing at `offset` of a `total`-byte upload (call with `lock(digest, owner)` held).

        Returns the final state when the blob is already complete and `held`. Raises
        OffsetMismatch or TooLarge."""
        if total > self.max_size:
            raise TooLarge(total)
        self.expire_partials()
        final = self.path_for(digest)
        if held and final.exists():
            return BlobState("complete", self.size_of(final))
        partial = self.partial_path(digest, owner)
        held_bytes = _size(partial) or 0
        if offset != held_bytes or offset > total:
            raise OffsetMismatch(held_bytes)
        if held_bytes == 0:  # a new unfinished upload: within the owner's quota of files and bytes
            # the owner's other uploads go on meanwhile (other requests, other locks): a partial
            # listed here may be finished (renamed into place) or expired before its size is read
            sizes = [_size(f) for f in partial.parent.iterdir() if f.name != digest] if partial.parent.exists() else []
            others = [n for n in sizes if n is not None]
            used = sum(others)
            if len(others) >= PARTIAL_FILES or used + total > self.partial_quota:
                raise TooLarge(used + total)
        _private_dir(partial.parent)
        return BlobWriter(self, digest, partial, final, held_bytes, total)

    def expire_partials(self, now: float | None = None) -> int:
        """Remove partial uploads untouched for `partial_ttl` seconds (at most once a minute)."""
        now = time.time() if now is None else now
        if now - self._last_sweep < 60:
            return 0
        self._last_sweep = now
        removed = 0
        for folder in self.partial_dir.iterdir():
            if not folder.is_dir():
                continue
            for f in folder.iterdir():
                try:
                    if now - f.stat().st_mtime > self.partial_ttl:
                        f.unlink()
                        removed += 1
                except OSError:
                    continue
        return removed

    def append(self, digest: str, offset: int, total: int, chunks: Iterable[bytes], owner: str = "",
               held: bool = True) -> BlobState:
        writer = self.begin(digest, offset, total, owner, held)
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
        _private_dir(final.parent.parent)
        _private_dir(final.parent)
        if self.key is not None:  # sealed at rest; the plaintext partial goes as soon as it is sealed
            from sync.platform.crypto import seal_file

            tmp = final.with_name(f".{final.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            seal_file(self.key, partial, tmp, digest.encode("ascii"))
            os.replace(tmp, final)
            partial.unlink(missing_ok=True)
        else:
            os.replace(partial, final)
        fsync_dir(final.parent)
        return BlobState("complete", self.size_of(final))

    def discard_partial(self, digest: str, owner: str = "") -> None:
        self.partial_path(digest, owner).unlink(missing_ok=True)

    def read(self, digest: str) -> bytes:
        """The plaintext of a complete blob (verified: GCM tags, then its sha256)."""
        path = self.path_for(digest)
        if self.key is None:
            return path.read_bytes()
        from sync.platform.crypto import open_file

        data = b"".join(open_file(self.key, path, digest.encode("ascii")))
        if hashlib.sha256(data).hexdigest() != digest:
            raise HashMismatch(digest)
        return data


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
        self.fh = os.fdopen(os.open(partial, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600), "ab")

    def write(self, chunk: bytes) -> None:
        if self.written + len(chunk) > self.total:
            raise TooLarge(self.written + len(chunk))
        self.fh.write(chunk)
        if self.hasher is not None:
            self.hasher.update(chunk)
        self.written += len(chunk)

    def close_partial(self) -> None:
        """After a failed write (disk full): let go of the file; what reached the disk stays
        (its size is the offset a resume starts from)."""
        try:
            self.fh.close()
        except OSError:
            pass

    def close(self) -> BlobState:
        """Flush what arrived; if the upload is complete, verify and rename it into place."""
        if not self.fh.closed:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
        if self.written < self.total:
            return BlobState("partial", self.written)
        return self.store._finish(self.digest, self.partial, self.final, self.hasher)
