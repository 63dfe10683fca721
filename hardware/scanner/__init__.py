"""Scanners (SANE, optional TWAIN) and file import (images, PDFs) → page images."""
