"""Villages and residential groups: their network coverage, and which of them still lack a community digital
technology team (tổ công nghệ số cộng đồng, Official Letter 793/BTTTT-THH)."""

from __future__ import annotations

from collections.abc import Iterable

SIGNALS = {"none": ("Không có sóng 4G/5G", "No 4G/5G signal"), "weak": ("Sóng 4G/5G yếu", "Weak 4G/5G signal"),
           "good": ("Sóng 4G/5G tốt", "Good 4G/5G signal")}


def poor_coverage(signal: str, broadband: bool) -> bool:
    """A village the commune must report as poorly covered: weak or no mobile signal, or no fixed broadband."""
    return signal != "good" or not broadband


def without_team(villages: Iterable[str], with_team: Iterable[str]) -> list[str]:
    """The villages (in the order given) that no team serves."""
    served = set(with_team)
    return [v for v in villages if v not in served]
