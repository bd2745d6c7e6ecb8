"""Picks and registers the serif family every printed paper uses: the system's Times New Roman, else bundled Tinos.

Decree 30/2020 asks for Times New Roman, which may not be bundled (DOMAIN.md §4); Tinos is metric-compatible with it,
covers Vietnamese fully and is under the SIL OFL (resources/fonts/OFL.txt). ReportLab embeds a subset of each face.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.config.resources import resource_path

STYLES = ("regular", "bold", "italic", "bold_italic")
BUNDLED = {"regular": "Tinos-Regular.ttf", "bold": "Tinos-Bold.ttf", "italic": "Tinos-Italic.ttf",
           "bold_italic": "Tinos-BoldItalic.ttf"}
# File names Times New Roman goes by: Windows and msttcorefonts (lower case), msttcorefonts (Debian), macOS.
TIMES_NAMES = {
    "regular": ("times.ttf", "times_new_roman.ttf", "times new roman.ttf"),
    "bold": ("timesbd.ttf", "times_new_roman_bold.ttf", "times new roman bold.ttf"),
    "italic": ("timesi.ttf", "times_new_roman_italic.ttf", "times new roman italic.ttf"),
    "bold_italic": ("timesbi.ttf", "times_new_roman_bold_italic.ttf", "times new roman bold italic.ttf"),
}
# A face must draw every Vietnamese letter in both cases: the Times of old msttcorefonts (1990s) cannot, and a
# missing glyph would print as an empty box on an official paper.
_VI_LOWER = "aàảãáạăằẳẵắặâầẩẫấậdđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ"
VIETNAMESE = _VI_LOWER + _VI_LOWER.upper() + "“”‘’–…"


@dataclass(frozen=True)
class FontFamily:
    """The four registered faces (ReportLab font names) and where they came from."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str  # "system" (Times New Roman) or "bundled" (Tinos)
    files: tuple[Path, Path, Path, Path]  # in STYLES order


def font_dirs() -> list[Path]:
    """Where operating systems keep installed fonts, per user first."""
    home = Path.home()
    dirs: list[Path] = []
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
    elif sys.platform == "darwin":
        dirs += [home / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")]
    else:
        dirs += [home / ".local" / "share" / "fonts", home / ".fonts", Path("/usr/local/share/fonts"),
                 Path("/usr/share/fonts")]
    return dirs


def _files_in(folder: Path, depth: int = 3) -> dict[str, Path]:
    """Lower-cased file name → path, for TrueType files up to `depth` levels down (Linux nests by foundry)."""
    found: dict[str, Path] = {}
    if not folder.is_dir():
        return found
    for root, dirs, files in os.walk(folder):
        if len(Path(root).relative_to(folder).parts) >= depth:
            dirs.clear()
        for name in files:
            if name.lower().endswith(".ttf"):
                found.setdefault(name.lower(), Path(root) / name)
    return found


def covers_vietnamese(path: Path) -> bool:
    """True when the file loads as TrueType outlines and maps every Vietnamese letter to a glyph."""
    try:
        face = TTFont("_probe", str(path)).face
    except Exception:  # noqa: BLE001 - a damaged, CFF-flavoured or unreadable font simply does not qualify
        return False
    return all(ord(ch) in face.charToGlyph for ch in VIETNAMESE)


def find_times(dirs: list[Path] | None = None) -> tuple[Path, Path, Path, Path] | None:
    """The four Times New Roman files when all are installed and draw Vietnamese, else None."""
    files: dict[str, Path] = {}
    for folder in dirs if dirs is not None else font_dirs():
        for name, path in _files_in(folder).items():
            files.setdefault(name, path)
    chosen: list[Path] = []
    for style in STYLES:
        found = next((files[n] for n in TIMES_NAMES[style] if n in files), None)
        if found is None or not covers_vietnamese(found):
            return None
        chosen.append(found)
    return chosen[0], chosen[1], chosen[2], chosen[3]


def bundled_files() -> tuple[Path, Path, Path, Path]:
    paths = [resource_path("fonts", BUNDLED[style]) for style in STYLES]
    return paths[0], paths[1], paths[2], paths[3]


def register(files: tuple[Path, Path, Path, Path], family: str, source: str) -> FontFamily:
    """Register the four faces as one family, so <b> and <i> in paragraphs pick the right face."""
    names = [f"{family}-{suffix}" for suffix in ("Regular", "Bold", "Italic", "BoldItalic")]
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, path in zip(names, files, strict=True):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(path)))  # subset and embedded in every PDF that uses it
    for (bold, italic), name in zip(((0, 0), (1, 0), (0, 1), (1, 1)), names, strict=True):
        addMapping(family, bold, italic, name)
    return FontFamily(family, names[0], names[1], names[2], names[3], source=source, files=files)


@lru_cache(maxsize=1)
def report_fonts() -> FontFamily:
    """The family for every paper, looked up and registered once per process."""
    times = find_times()
    if times is not None:
        return register(times, "CDTimes", "system")
    return register(bundled_files(), "CDTinos", "bundled")
