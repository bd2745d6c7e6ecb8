"""Pure business rules of CommuneDesk: no Qt, no database, no I/O."""
