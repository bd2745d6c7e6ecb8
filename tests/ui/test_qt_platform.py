"""Linux without Qt's X11 libraries: a plain message naming the packages instead of Qt's bare plugin error."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui import qt_platform


def _not_found(plugin: Path) -> set[str]:
    """What the system's dynamic linker says the plugin lacks (ldd), to check our reading against."""
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    return {line.split("=>")[0].strip() for line in out.splitlines() if "not found" in line}


def test_the_message_names_the_library_and_the_packages() -> None:
    text = qt_platform.message("libxcb-cursor.so.0: cannot open shared object file: No such file or directory")
    assert "libxcb-cursor.so.0 (libxcb-cursor0)" in text
    assert "sudo apt install libxcb-cursor0 " in text and "sudo dnf install xcb-util-cursor " in text
    assert "thiếu thư viện hệ thống" in text and "is missing" in text


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="Linux only")
def test_the_loader_is_asked_about_the_real_plugin() -> None:
    offscreen = qt_platform.xcb_plugin().with_name("libqoffscreen.so")
    assert qt_platform.load_error(offscreen) is None  # the tests' own platform loads
    missing = _not_found(qt_platform.xcb_plugin())
    error = qt_platform.load_error(qt_platform.xcb_plugin())
    assert (error is None) == (not missing)
    if error is not None:
        assert qt_platform.missing_library(error) in missing


def test_only_an_x11_start_is_checked(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert not qt_platform.will_use_xcb() and qt_platform.platform_problem() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert qt_platform.will_use_xcb() == sys.platform.startswith("linux")


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None
                    or not _not_found(qt_platform.xcb_plugin()), reason="needs a Linux without Qt's X11 libraries")
def test_starting_the_window_without_the_libraries_says_what_to_install(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data")], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "sudo apt install" in done.stderr and "could not load the Qt platform plugin" not in done.stderr
    assert not (tmp_path / "data").exists()  # nothing written before the message
