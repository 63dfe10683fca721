"""Document printers: print a finished PDF on a named printer with N copies.

Backends share one small interface (`PrintBackend`): direct CUPS (`lp`) on Linux/UOS/Kylin,
the Windows shell `print` verb, and the Qt path (QtPdf + QPrinter) which lives in
`ui/printing.py` because this package never imports Qt; ui registers it here by name.
Errors are `PrinterError` with a Chinese and an English message (the app wraps them).
"""

from hardware.printer.base import (
    PrintBackend,
    PrinterError,
    PrinterInfo,
    PrintResult,
    backend_names,
    default_backend_name,
    get_backend,
    register_backend,
)

__all__ = ["PrintBackend", "PrintResult", "PrinterError", "PrinterInfo", "backend_names", "default_backend_name",
           "get_backend", "register_backend"]
