"""PyInstaller runtime hook: runs in the frozen program before any of our code.

- `ORT_DISABLE_TELEMETRY=1` must be in the environment *before* onnxruntime is imported
  (disabling it after import does not stop it).
- onnxruntime and OpenCV must load their native libraries before Qt's (on Windows the DLL
  search order otherwise picks Qt's copies of shared runtime DLLs and one of them fails to
  load). Importing them eagerly would cost every `zongchuang --help` ~1 s, so a meta-path
  finder waits for the first `import PySide6` and imports onnxruntime and cv2 just before it.
"""

import importlib
import os
import sys

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ["ZONGCHUANG_FROZEN"] = "1"


class _NativeLibsBeforeQt:
    """Import onnxruntime and cv2 the moment something first imports PySide6."""

    def find_spec(self, name, path=None, target=None):  # noqa: ANN001, ANN201 - importlib protocol
        if name != "PySide6":
            return None
        try:
            sys.meta_path.remove(self)
        except ValueError:
            pass
        for module in ("onnxruntime", "cv2"):
            try:
                importlib.import_module(module)
            except Exception:  # a missing optional part must not stop the UI; self-test reports it
                pass
        return None  # let the normal finders import PySide6 itself


sys.meta_path.insert(0, _NativeLibsBeforeQt())
