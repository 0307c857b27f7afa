"""The access token that keeps a served app private: made once per data dir, kept there 0600, checked in constant time.

textual-serve itself lets anyone who reaches the port drive the app, and the app holds a person's training log.
"""

from __future__ import annotations

import hmac
import re
import secrets
from pathlib import Path

from tui.store.datastore import check_private
from tui.store.files import write_atomically

TOKEN_FILE = "serve-token"
TOKEN_BYTES = 32  # 256 bits; at least 128 are asked for
# What token_urlsafe makes from TOKEN_BYTES; anything else in the file (cut short, edited) is not trusted.
_WELL_FORMED = re.compile(r"[A-Za-z0-9_-]{43}")


def access_token(directory: Path, new: bool = False) -> str:
    """The data dir's token: the one kept there (so a bookmark keeps working), or a new one when asked or missing."""
    path = directory / TOKEN_FILE
    if not new and path.exists():
        check_private(path, is_dir=False)  # a token others could write would let them choose it
        kept = path.read_text(encoding="ascii", errors="replace").strip()
        if _WELL_FORMED.fullmatch(kept):
            return kept
    token = secrets.token_urlsafe(TOKEN_BYTES)
    write_atomically(path, f"{token}\n".encode("ascii"))  # created 0600 from its first byte
    return token


def token_matches(given: str, token: str) -> bool:
    """Whether a request carries the token; constant time, so response times tell nothing about how close it was."""
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), token.encode("ascii"))
