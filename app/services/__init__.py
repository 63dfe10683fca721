"""Use cases: one function per thing a clerk, IT or the sync sender does; UI, CLI and tests call them."""
