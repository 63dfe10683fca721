"""Co-browse UI: the clerk's panel (requests, consent, ghosts, unmask) and the helper's window."""
