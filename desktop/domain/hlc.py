"""Hybrid logical clock: timestamps that order edits across PCs even when their wall clocks disagree."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        # Fixed-width fields so that string order equals clock order.
        return f"{self.wall_ms:015d}-{self.counter:05d}-{self.node}"

    @staticmethod
    def decode(value: str) -> Hlc:
        wall, counter, node = value.split("-", 2)
        return Hlc(int(wall), int(counter), node)


def tick(last: Hlc | None, now_ms: int, node: str) -> Hlc:
    """The clock for a local event: never goes backwards, even if the PC's clock does."""
    if last is None or now_ms > last.wall_ms:
        return Hlc(now_ms, 0, node)
    return Hlc(last.wall_ms, last.counter + 1, node)


def receive(last: Hlc | None, remote: Hlc, now_ms: int, node: str) -> Hlc:
    """The clock after seeing a remote timestamp, so later local edits sort after it."""
    wall = max(now_ms, remote.wall_ms, last.wall_ms if last else 0)
    if last and wall == last.wall_ms == remote.wall_ms:
        counter = max(last.counter, remote.counter) + 1
    elif last and wall == last.wall_ms:
        counter = last.counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return Hlc(wall, counter, node)
