"""Use cases: one user action = one call = one transaction (validate → write → audit → outbox → commit)."""
