"""The co-browse wire protocol (`zongchuang-cobrowse/1`): JSON text frames over one websocket
per end, relayed by the platform. See docs/cobrowse.md for the full description.

Every frame is a JSON object with a `type`. The relay adds `session` where it routes frames;
the content of case views is produced masked by the clerk's machine
(`app.services.cobrowse`) — the relay never sees more than the helper does.
"""

from __future__ import annotations

import json
from typing import Any

PROTOCOL = "zongchuang-cobrowse/1"
PATH = "/cobrowse/ws"

# helper → relay → clerk
REQUEST = "request"          # {type, target, note}: ask a window for help; relay assigns `session`
POINTER = "pointer"          # {type, session, field}: point at / highlight a field (field=None clears)
SUGGEST = "suggest"          # {type, session, field, value}: a suggested value (a ghost on the clerk's form)
RESYNC = "resync"            # {type, session}: ask for a fresh snapshot (gap in seq, reconnect)
# clerk → relay → helper
ACCEPT = "accept"            # {type, session}: the clerk accepted (the applicant's consent recorded)
DECLINE = "decline"          # {type, session}
SNAPSHOT = "snapshot"        # {type, session, seq, view}
PATCH = "patch"              # {type, session, seq, ops}: RFC 6902 against the view of seq-1
PICTURE = "picture"          # {type, session, seq, jpeg_b64}: low-rate masked picture (optional)
NOTICE = "notice"            # {type, session, text}: e.g. "accepted your suggestion"
# either side
END = "end"                  # {type, session, reason}
# relay → ends
HELLO = "hello"              # {type, protocol, workstation, role}
ACCEPTED = "accepted"        # to the helper: the clerk accepted
ENDED = "ended"              # {type, session, by, reason}
PEER = "peer"                # {type, session, state: "left"|"back"}
ERROR = "error"              # {type, error, message}

HELPER_TO_CLERK = frozenset({POINTER, SUGGEST, RESYNC})
CLERK_TO_HELPER = frozenset({SNAPSHOT, PATCH, PICTURE, NOTICE})

MAX_FRAME = 4 * 1024 * 1024


def dumps(msg: dict[str, Any]) -> str:
    return json.dumps(msg, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | bytes) -> dict[str, Any]:
    msg = json.loads(text)
    if not isinstance(msg, dict) or not isinstance(msg.get("type"), str):
        raise ValueError("a co-browse frame is a JSON object with a 'type'")
    return msg
