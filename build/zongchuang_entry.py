"""Entry script of the frozen `zongchuang` executable (PyInstaller one-dir build).

The runtime hook `build/hooks/rthook_zongchuang.py` has already run: ORT telemetry is off and
onnxruntime/cv2 load before PySide6. Here we only make multiprocessing safe in a frozen
program and hand over to the same `main()` the source checkout uses. On Windows the bundle
also has `zongchuang-gui.exe` (same program, no console window), which opens the UI.
"""

import multiprocessing
import os
import sys

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from app.cli.main import main

    args = sys.argv[1:]
    # zongchuang-gui.exe (Windows, no console window) started without arguments opens the UI;
    # with arguments it is the same CLI (helpers re-launch sys.executable with subcommands)
    if not args and os.path.basename(sys.executable).lower().startswith("zongchuang-gui"):
        args = ["gui"]
    sys.exit(main(args))
