"""Draws CommuneDesk's icon (a paper with a tick under a communal-house roof) into resources/icons/.

Run `python installers/draw_icon.py`: writes commune-desk-<n>.png for every size and a multi-size commune-desk.ico
(PNG-compressed entries, which Windows Vista and later read). Small sizes drop the text lines so 16 px stays clear.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256)
OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
RED = QColor("#c62828")
PAPER = QColor("#ffffff")
INK = QColor("#1e3a5f")
GREEN = QColor("#2e7d32")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)  # drawn on a 256 grid
    small = size <= 24
    # The roof of a communal house (đình): wide, with upturned eaves.
    roof = QPainterPath(QPointF(8, 104))
    roof.quadTo(QPointF(40, 92), QPointF(128, 14))
    roof.quadTo(QPointF(216, 92), QPointF(248, 104))
    roof.lineTo(QPointF(216, 104))
    roof.lineTo(QPointF(128, 44 if not small else 50))
    roof.lineTo(QPointF(40, 104))
    roof.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(RED))
    p.drawPath(roof)
    # The paper, with a folded corner, under the roof.
    outline = 10 if not small else 16
    paper = QPainterPath(QPointF(52, 84))
    paper.lineTo(QPointF(170, 84))
    paper.lineTo(QPointF(204, 118))
    paper.lineTo(QPointF(204, 248))
    paper.lineTo(QPointF(52, 248))
    paper.closeSubpath()
    p.setPen(QPen(INK, outline, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(QBrush(PAPER))
    p.drawPath(paper)
    if not small:
        p.setPen(QPen(INK.lighter(170), 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for y in (124, 148):
            p.drawLine(QPointF(78, y), QPointF(160, y))
    # The tick: the paper is done.
    tick = QPainterPath(QPointF(82, 188 if not small else 176))
    tick.lineTo(QPointF(118, 222))
    tick.lineTo(QPointF(184, 150 if not small else 130))
    p.setPen(QPen(GREEN, 26 if not small else 34, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(tick)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(target: Path, images: dict[int, bytes]) -> None:
    """ICONDIR + one ICONDIRENTRY per size + the PNG payloads (a width/height byte of 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for size, data in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    target.write_bytes(header + entries + payload)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs a GUI app
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in SIZES:
        pngs[size] = png_bytes(draw(size))
        (OUT / f"commune-desk-{size}.png").write_bytes(pngs[size])
    write_ico(OUT / "commune-desk.ico", {s: pngs[s] for s in (16, 24, 32, 48, 64, 128, 256)})
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
