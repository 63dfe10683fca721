"""Files the `zongchuang --self-test` needs: a rendered sample text image for OCR.

`sample_text.png` is rendered from `expected.txt` with the bundled LXGW WenKai font by
`build/make_selftest_sample.py`; the self-test checks OCR reads those lines back.
"""
