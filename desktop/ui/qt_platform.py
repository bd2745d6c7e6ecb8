"""Before the first window on Linux: can Qt's X11 platform plugin load? When a system library it needs is missing,
Qt itself only says "could not load the Qt platform plugin xcb" and aborts; the officer (or whoever installs the
PC) gets a plain message naming the packages to install instead."""

from __future__ import annotations

import ctypes
import os
import re
import sys
from pathlib import Path

import PySide6

# The libraries Qt's xcb plugin loads that desktop Linux installs often lack, with their Debian/Ubuntu package.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libX11-xcb.so.1": "libx11-xcb1", "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1", "libfontconfig.so.1": "libfontconfig1", "libdbus-1.so.3": "libdbus-1-3",
}
APT_LINE = "sudo apt install " + " ".join(dict.fromkeys(DEBIAN_PACKAGES.values()))
DNF_LINE = ("sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-image xcb-util-renderutil "
            "libxkbcommon-x11 mesa-libEGL mesa-libGL fontconfig dbus-libs")
_MISSING = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


def xcb_plugin() -> Path:
    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def load_error(plugin: Path) -> str | None:
    """The dynamic loader's complaint about `plugin` (e.g. a missing library), or None when it loads."""
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        return str(exc)
    return None


def missing_library(error: str) -> str:
    found = _MISSING.search(error)
    return found.group(1) if found else ""


def message(error: str) -> str:
    """What to tell the person at the PC, in Vietnamese and English."""
    library = missing_library(error) or error
    package = DEBIAN_PACKAGES.get(library, "")
    named = f" ({package})" if package else ""
    return (f"CommuneDesk không mở được cửa sổ: máy còn thiếu thư viện hệ thống {library}{named} mà Qt cần để vẽ "
            f"giao diện trên X11. Hãy cài các gói sau rồi chạy lại:\n"
            f"CommuneDesk cannot open its window: the system library {library}{named} that Qt needs to draw on X11 "
            f"is missing. Install these packages, then start it again:\n"
            f"  Debian/Ubuntu: {APT_LINE}\n  Fedora: {DNF_LINE}\n"
            "(Không cần màn hình / without a display: commune-desk --screenshot FILE.png, hoặc các lệnh dòng lệnh / "
            "or the command-line verbs.)")


def will_use_xcb() -> bool:
    """True when Qt is about to pick its X11 plugin: Linux, no other platform asked for, not a Wayland session."""
    if not sys.platform.startswith("linux"):
        return False
    wanted = os.environ.get("QT_QPA_PLATFORM", "")
    if wanted:
        return wanted.split(":", 1)[0].split(";", 1)[0] == "xcb"
    return not (os.environ.get("WAYLAND_DISPLAY") and os.environ.get("XDG_SESSION_TYPE") == "wayland")


def platform_problem() -> str | None:
    """A plain message when the window cannot be opened for want of system libraries, else None."""
    if not will_use_xcb():
        return None
    plugin = xcb_plugin()
    if not plugin.exists():
        return None  # an unusual build: let Qt speak for itself
    error = load_error(plugin)
    return message(error) if error else None
