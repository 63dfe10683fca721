"""The workstation side of sync: drains the transactional outbox to the platform, pulls the
back office's results and master data back, and exports the queue for long outages."""
