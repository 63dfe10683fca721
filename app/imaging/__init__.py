"""Image processing of document pages (find, flatten, judge, auto-capture trigger).

Pure OpenCV/numpy and no device I/O: the capture service (prefill) and the camera preview use
it; `hardware/` keeps only talking to devices. Moved here from `hardware.camera.document`.
"""
