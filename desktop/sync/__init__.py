"""The sync client: push the outbox to the province server, pull the commune's changes, keep conflicts for people."""
