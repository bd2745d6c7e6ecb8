"""`commune-desk --screenshot`: the logged-in main window rendered offscreen to a PNG of the office screen's size."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.cli import PAGE_CHOICES, main
from desktop.ui.pages.registry import PAGE_KEYS

FIXED = "2026-11-20T03:00:00"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("shot") / "data"
    env = {**os.environ, "COMMUNE_DESK_FIXED_NOW": FIXED}
    subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder), "demo", "--dossiers", "600"],
                   check=True, env=env, capture_output=True)
    return folder


def _colours(image: QImage) -> int:
    step = 23
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_cli_pages_are_the_window_pages() -> None:
    assert PAGE_CHOICES == PAGE_KEYS


def test_screenshot_of_the_dossier_page(demo_dir: Path, tmp_path: Path) -> None:
    # Its own process, as an officer runs it: a window of the suite's shared QApplication must not share its event loop.
    target = tmp_path / "dossiers.png"
    env = {**os.environ, "COMMUNE_DESK_FIXED_NOW": FIXED, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(demo_dir), "--screenshot", str(target),
                           "--page", "dossiers"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1366, 728)  # the office screen less its taskbar
    assert _colours(image) > 8  # a real window, not a blank canvas


def test_screenshot_in_english_as_its_own_process(demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "en.png"
    env = {**os.environ, "COMMUNE_DESK_FIXED_NOW": FIXED, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(demo_dir), "--screenshot", str(target),
                           "--page", "settings", "--lang", "en", "--size", "1024x600"], env=env, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1024, 600)  # its own process: a screen of that size, window maximised
    assert not (demo_dir / "settings.json").exists()  # a screenshot never changes the officer's preferences


def test_screenshot_refuses_an_empty_folder(qapp, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert main(["--data-dir", str(tmp_path / "empty"), "--screenshot", str(tmp_path / "x.png")]) == 2
    assert "commune-desk demo" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("size", ["1366", "1366x", "axb", "100x100", "1366x728x2"])
def test_a_bad_size_is_a_usage_error(size: str, capsys) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit) as stop:
        main(["--screenshot", "x.png", "--size", size])
    assert stop.value.code == 2
    assert "1366x728" in capsys.readouterr().err


def test_page_without_screenshot_is_a_usage_error(capsys) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit) as stop:
        main(["--page", "audit"])
    assert stop.value.code == 2
