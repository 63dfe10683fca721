"""Document cameras (高拍仪, plain UVC) and document processing (quad, warp, quality, auto-capture).

Public API: `CameraSource`, `PreviewWorker` (hardware.camera.source) and the pure functions of
`hardware.camera.document` (`process_document`, `find_document_quad`, `assess_quality`,
`StillnessDetector`). Errors: `hardware.camera.errors`.
"""
