"""UI preferences: defaults when missing or broken, values round-trip, unknown keys and bad values ignored."""

from __future__ import annotations

from pathlib import Path

from desktop.config.settings import UiSettings


def test_defaults_when_missing_or_unreadable(tmp_path: Path) -> None:
    assert UiSettings.load(tmp_path / "none.json") == UiSettings()
    broken = tmp_path / "settings.json"
    broken.write_text("{not json", encoding="utf-8")
    assert UiSettings.load(broken).language == "vi"
    broken.write_text("[1, 2]", encoding="utf-8")
    assert UiSettings.load(broken) == UiSettings()


def test_round_trip_and_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    UiSettings(language="en", last_username="hoa", geometry="AdnQyw==").save(path)
    loaded = UiSettings.load(path)
    assert (loaded.language, loaded.last_username, loaded.geometry) == ("en", "hoa", "AdnQyw==")
    path.write_text('{"language": "fr", "colour": "blue", "last_username": 5}', encoding="utf-8")
    assert UiSettings.load(path) == UiSettings()
