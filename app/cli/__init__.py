"""The `zongchuang` command line: one module per command group, each a thin layer over services.

Every module in this package that defines `register(group)` is picked up by `app.cli.main`.
Modules import heavy dependencies (OpenCV, ONNX Runtime, Qt) inside their commands, so that
`zongchuang --help` stays fast.
"""
