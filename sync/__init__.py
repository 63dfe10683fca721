"""Offline sync: the outbox client, connectivity, and the reference central platform server."""
