"""Cases (办件): lifecycle, acceptance numbers, provenance of field values, interchange format."""
