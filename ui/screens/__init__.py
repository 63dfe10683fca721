"""The workstation's screens, one module each; each is a thin view over `app.services`."""
