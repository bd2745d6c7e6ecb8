"""Qt translations: Vietnamese is the source language, English is loaded from `resources/translations/*.qm`.

`python -m desktop.ui.i18n update` refreshes the .ts sources from the code (pyside6-lupdate);
`python -m desktop.ui.i18n compile` turns them into the .qm files the app loads (pyside6-lrelease).

Qt's own texts (the Undo/Cut/Copy/Paste menu of every text box, Yes/No/Cancel buttons, the print and file dialogs)
come from Qt's catalogue, and Qt ships none for Vietnamese (PySide6's translations folder has no qtbase_vi.qm).
`resources/translations/qtbase_vi.ts` translates the ones an officer meets, in Qt's own contexts and source texts;
it is compiled with ours and loaded when the UI is Vietnamese. It lives under resources/ so the bundle carries it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.config.resources import resources_dir

LANGUAGES = ("vi", "en")  # vi is the source text: it needs no file
CATALOGUE = "commune_desk"
QT_CATALOGUE = "qtbase"  # Qt's own strings; ours for Vietnamese, since Qt has none
PACKAGE = Path(__file__).resolve().parents[1]
_current = "vi"
_installed: list[QTranslator] = []  # what install_translator put in, removed by its next call


def current_language() -> str:
    """The UI language in force ("vi" or "en"); messages the services carry in both languages follow it."""
    return _current


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_file(lang: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{lang}.ts"


def qm_file(lang: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{lang}.qm"


def qt_ts_file(lang: str = "vi") -> Path:
    return translations_dir() / f"{QT_CATALOGUE}_{lang}.ts"


def qt_qm_file(lang: str = "vi") -> Path:
    return translations_dir() / f"{QT_CATALOGUE}_{lang}.qm"


def _load(app: QCoreApplication, qm: Path) -> QTranslator:
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        raise FileNotFoundError(f"Missing translation file {qm}")
    app.installTranslator(translator)
    _installed.append(translator)
    return translator


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Put the app in `lang`: English loads our catalogue (returned, so a caller may remove it); Vietnamese, the
    source language, needs none of ours (None) but loads Qt's own texts in Vietnamese. Whatever an earlier call
    installed is removed first, so switching back and forth never stacks translators."""
    global _current
    _current = "en" if lang == "en" else "vi"
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English))
    while _installed:
        app.removeTranslator(_installed.pop())
    if lang == "vi":
        _load(app, qt_qm_file("vi"))
        return None
    return _load(app, qm_file(lang))


def ui_sources() -> list[str]:
    files = sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py"))
    return [*files, str(PACKAGE / "app.py")]


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def update(target: Path | None = None, lang: str = "en") -> Path:
    """Extract every tr()/translate() string of the UI into the .ts file, keeping existing translations."""
    out = target or ts_file(lang)
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "vi_VN", "-target-language", "en_GB", *ui_sources(), "-ts", str(out)],
                   check=True)
    return out


def compile_all() -> list[Path]:
    made = []
    for lang in LANGUAGES[1:]:
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file(lang)), "-qm", str(qm_file(lang))],
                       check=True)
        made.append(qm_file(lang))
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(qt_ts_file()), "-qm", str(qt_qm_file())], check=True)
    made.append(qt_qm_file())
    return made


if __name__ == "__main__":
    verb = sys.argv[1] if len(sys.argv) > 1 else ""
    if verb == "update":
        print(update())
    elif verb == "compile":
        print(*compile_all(), sep="\n")
    else:
        print("usage: python -m desktop.ui.i18n update|compile", file=sys.stderr)
        sys.exit(2)
