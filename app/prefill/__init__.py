"""OCR pre-fill: engines, page classification and field extraction (see docs/capture-ocr.md)."""
