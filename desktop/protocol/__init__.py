"""The sync protocol, shared by the desktop and the province server: row <-> JSON, the bundle file format and the
desktop schema revisions. Pure: it imports only `desktop.domain` and the standard library."""
