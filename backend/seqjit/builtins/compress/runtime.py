"""`compress.*`: gzip and zstd, with compressed data as standard, padded
Base64 text, as in the reference.

gzip streams carry the header the reference's encoder writes (no name, no
time, OS "unknown"); decompression reads the first gzip member and checks
its CRC and length. Levels are clamped (gzip 1..9, default 6; zstd 1..22,
default 3). Decompressed data must be UTF-8, else the result is "" and
false. zstd is the `zstandard` package; the compressed bytes need not equal
the reference's (different encoders), but each side reads the other's.
"""

from __future__ import annotations

import struct
import zlib

from ...runtime.hostops import text_or_empty, utf8_or_fail
from ..hostops import host_builtin
from ..strings.encodings import B64, base64_decode, base64_encode

GZIP_DEFAULT_LEVEL, ZSTD_DEFAULT_LEVEL = 6, 3


def _b64(data: bytes) -> bytes:
    return base64_encode(data, B64, padded=True)


def _unb64(text: bytes) -> bytes | None:
    return base64_decode(text_or_empty(text).encode(), B64, padded=True)


def gzip_bytes(data: bytes, level: int) -> bytes:
    xfl = 2 if level >= 9 else 4 if level <= 1 else 0
    header = b"\x1f\x8b\x08\x00" + b"\x00\x00\x00\x00" + bytes([xfl, 255])
    deflate = zlib.compressobj(level, zlib.DEFLATED, -15)
    body = deflate.compress(data) + deflate.flush()
    trailer = struct.pack("<II", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return header + body + trailer


def gunzip_bytes(data: bytes) -> bytes | None:
    inflate = zlib.decompressobj(wbits=31)
    try:
        out = inflate.decompress(data) + inflate.flush()
    except zlib.error:
        return None
    return out if inflate.eof else None


@host_builtin("compress.gzip", "( ..a String -- ..a String Bool )",
              "Gzip-compress, result Base64 encoded; false on failure.")
def gzip(data: bytes) -> tuple[bytes, bool]:
    return _b64(gzip_bytes(data, GZIP_DEFAULT_LEVEL)), True


@host_builtin("compress.gzip-level", "( ..a String Int -- ..a String Bool )",
              "Gzip at a level from 1 to 9, Base64 result; false on failure.")
def gzip_level(data: bytes, level: int) -> tuple[bytes, bool]:
    return _b64(gzip_bytes(data, min(max(level, 1), 9))), True


@host_builtin("compress.gunzip", "( ..a String -- ..a String Bool )",
              "Inflate Base64-encoded gzip data; false on bad input.")
def gunzip(text: bytes) -> tuple[bytes, bool]:
    data = _unb64(text)
    return utf8_or_fail(gunzip_bytes(data) if data is not None else None)


def zstd_bytes(data: bytes, level: int) -> bytes:
    import zstandard

    return zstandard.ZstdCompressor(level=level).compress(data)


def unzstd_bytes(data: bytes) -> bytes | None:
    """Every frame's content, concatenated; None if any frame is bad or cut short."""
    import zstandard

    out = bytearray()
    rest = data
    try:
        while rest:
            frame = zstandard.ZstdDecompressor().decompressobj()
            out += frame.decompress(rest)
            if not frame.eof:
                return None
            rest = frame.unused_data
    except zstandard.ZstdError:
        return None
    return bytes(out)


@host_builtin("compress.zstd", "( ..a String -- ..a String Bool )",
              "Zstd-compress, result Base64 encoded; false on failure.")
def zstd(data: bytes) -> tuple[bytes, bool]:
    return _b64(zstd_bytes(data, ZSTD_DEFAULT_LEVEL)), True


@host_builtin("compress.zstd-level", "( ..a String Int -- ..a String Bool )",
              "Zstd at a level from 1 to 22, Base64 result; false on failure.")
def zstd_level(data: bytes, level: int) -> tuple[bytes, bool]:
    return _b64(zstd_bytes(data, min(max(level, 1), 22))), True


@host_builtin("compress.unzstd", "( ..a String -- ..a String Bool )",
              "Inflate Base64-encoded zstd data; false on bad input.")
def unzstd(text: bytes) -> tuple[bytes, bool]:
    data = _unb64(text)
    return utf8_or_fail(unzstd_bytes(data) if data is not None else None)

