"""The server stands apart from the GUI: it imports neither Qt nor the desktop's UI, app or use-case layers."""

from __future__ import annotations

import ast
from pathlib import Path

SERVER = Path(__file__).resolve().parents[2] / "desktop" / "server"
FORBIDDEN = ("PySide6", "desktop.ui", "desktop.app", "desktop.services", "desktop.cli")


def test_server_imports_nothing_of_the_gui() -> None:
    offenders = []
    for path in SERVER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            offenders += [(path.name, n) for n in names if n.startswith(FORBIDDEN)]
    assert offenders == []
