"""Password and recovery-code hashing (argon2id), and the delay after wrong passwords.

argon2-cffi's defaults (argon2id, 64 MiB, 3 passes) are the RFC 9106 low-memory choice;
bcrypt would cut passwords at 72 bytes, about 24 Chinese characters (PITFALLS.md). A
password is never stored, logged or compared in clear.
"""

from __future__ import annotations

import secrets
from functools import cache

#: Wrong passwords allowed before each further try has to wait.
FREE_TRIES = 3
#: The longest wait between tries, in seconds.
LONGEST_WAIT = 300
#: Shortest password accepted.
MIN_LENGTH = 8


@cache
def _hasher():
    from argon2 import PasswordHasher  # loaded on first sign-in: start-up stays quick

    return PasswordHasher()


def hash_secret(secret: str) -> str:
    """The argon2id hash of ``secret`` (salted: two hashes of one password differ)."""
    return _hasher().hash(secret)


def matches(stored: str, secret: str) -> bool:
    """Whether ``secret`` is the one ``stored`` was made from."""
    from argon2.exceptions import InvalidHashError, VerificationError

    if not stored:
        return False
    try:
        return _hasher().verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


def wait_after(failures: int) -> int:
    """Seconds the next try must wait after ``failures`` wrong passwords in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(2 ** (failures - FREE_TRIES + 1), LONGEST_WAIT)


def recovery_code() -> str:
    """A one-time code to reset the owner's password: 20 characters in groups of five."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off paper
    raw = "".join(secrets.choice(alphabet) for _ in range(20))
    return "-".join(raw[i : i + 5] for i in range(0, 20, 5))


def normal_code(typed: str) -> str:
    """A typed recovery code as it was issued (case, spaces and dashes forgiven)."""
    raw = "".join(ch for ch in typed.upper() if ch.isalnum())
    return "-".join(raw[i : i + 5] for i in range(0, len(raw), 5))
