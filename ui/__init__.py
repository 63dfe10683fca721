"""The clerk's workstation (PySide6): thin widgets over `app.services`; no business rules."""
