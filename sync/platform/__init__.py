"""The reference central platform: the other end of the sync protocol.

The real provincial platform is not ours; this one defines the protocol, runs the failure
tests and the demo, and can serve as a center's relay. FastAPI over SQLAlchemy (SQLite by
default, PostgreSQL supported), blobs content-addressed on disk.
"""
