"""English is complete: the .ts matches every string in the UI code, all translated, and the .qm is current."""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.ui import i18n


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and (translation.text or "").strip()
            found[(name, message.findtext("source"))] = translation.text if done else None
    return found


def test_ts_lists_exactly_the_strings_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(i18n.ts_file("en"), fresh)
    i18n.update(target=fresh)  # what `python -m desktop.ui.i18n update` would write now
    assert _messages(fresh).keys() == _messages(i18n.ts_file("en")).keys(), "run: python -m desktop.ui.i18n update"


def test_every_string_has_an_english_translation() -> None:
    untranslated = [key for key, text in _messages(i18n.ts_file("en")).items() if text is None]
    assert untranslated == []


def test_compiled_qm_is_current(tmp_path: Path) -> None:
    out = tmp_path / "en.qm"
    subprocess.run([str(Path(i18n._tool("pyside6-lrelease"))), "-silent", str(i18n.ts_file("en")), "-qm", str(out)],
                   check=True)
    assert out.read_bytes() == i18n.qm_file("en").read_bytes(), "run: python -m desktop.ui.i18n compile"


def test_english_translator_translates(qapp) -> None:  # noqa: ANN001
    translator = i18n.install_translator(qapp, "en")
    try:
        assert QCoreApplication.translate("DossierTableModel", "Mã hồ sơ") == "Dossier code"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("DossierTableModel", "Mã hồ sơ") == "Mã hồ sơ"
    assert i18n.install_translator(qapp, "vi") is None


def test_no_literal_goes_through_a_helper_lupdate_cannot_see() -> None:
    """`_tr("…")` (a module's wrapper of QCoreApplication.translate) hides the text from lupdate, so it is never
    translated: a literal is marked where lupdate reads it (self.tr, QCoreApplication.translate, QT_TRANSLATE_NOOP)."""
    hidden = []
    for path in sorted(Path(i18n.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_tr"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                hidden.append(f"{path.name}:{node.lineno}")
    assert hidden == []
