"""综窗 domain core: catalog, cases, prefill, pre-review, documents, storage, services, CLI.

Nothing in this package imports Qt: the UI, the CLI and the tests call the same services.
"""

__version__ = "0.1.0"
