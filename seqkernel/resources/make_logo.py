"""Draw the kernel's logo (a stack of three bars on a rounded square) as
logo-32x32.png and logo-64x64.png beside this file, with nothing but the
standard library. Run it again only to change the logo."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

BACKGROUND = (30, 41, 59)
BARS = [  # (top, bottom, left, right) in a 64-unit square, and colour; the top of the stack last
    ((44, 54, 10, 54), (56, 189, 248)),
    ((29, 39, 16, 48), (74, 222, 128)),
    ((14, 24, 22, 42), (251, 146, 60)),
]
SAMPLES = 4  # per axis, for smooth edges


def inside_rounded(x: float, y: float, box: tuple[float, float, float, float], r: float) -> bool:
    top, bottom, left, right = box
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + r), right - r)
    cy = min(max(y, top + r), bottom - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def colour_at(x: float, y: float) -> tuple[int, int, int, int]:
    for box, rgb in reversed(BARS):
        if inside_rounded(x, y, box, 3):
            return (*rgb, 255)
    if inside_rounded(x, y, (0, 64, 0, 64), 12):
        return (*BACKGROUND, 255)
    return (0, 0, 0, 0)


def pixels(size: int) -> list[list[tuple[int, int, int, int]]]:
    scale = 64 / size
    rows: list[list[tuple[int, int, int, int]]] = []
    for py in range(size):
        row: list[tuple[int, int, int, int]] = []
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    c = colour_at((px + (sx + 0.5) / SAMPLES) * scale,
                                  (py + (sy + 0.5) / SAMPLES) * scale)
                    for i in range(3):
                        acc[i] += c[i] * c[3]
                    acc[3] += c[3]
            n = SAMPLES * SAMPLES
            alpha = acc[3] / n
            r, g, b = (round(acc[i] / acc[3]) if acc[3] else 0 for i in range(3))
            row.append((r, g, b, round(alpha)))
        rows.append(row)
    return rows


def png(rows: list[list[tuple[int, int, int, int]]]) -> bytes:
    height, width = len(rows), len(rows[0])
    raw = b"".join(b"\0" + bytes(v for px in row for v in px) for row in rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    here = Path(__file__).parent
    for size in (32, 64):
        (here / f"logo-{size}x{size}.png").write_bytes(png(pixels(size)))
