"""Security data files shipped with the product (the common-password list)."""
