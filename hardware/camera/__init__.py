"""Document cameras (高拍仪, plain UVC): opening a device, file or image sequence and reading frames.

Public API: `CameraSource`, `PreviewWorker` (hardware.camera.source). Errors: `hardware.camera.errors`.
Document processing of the frames (quad, warp, quality, auto-capture) is not device I/O and lives
in `app.imaging.document`.
"""
