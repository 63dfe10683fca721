"""Device backends (ID-card readers, cameras, scanners, printers) behind small interfaces.

Nothing here imports `app`, `sync`, `ui` or Qt: each backend returns plain dataclasses, so the
same code runs in the workstation, the CLI, a helper process and the tests.
"""
