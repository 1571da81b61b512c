"""The text encodings the reference uses, in Python: strict Base64 (standard,
padded; URL-safe, unpadded) and hex. Shared by the `string.*` encoders, by
`compress.*` (compressed data as Base64) and by `crypto.*`."""

from __future__ import annotations

import binascii

B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64URL = B64[:62] + b"-_"


def base64_decode(data: bytes, alphabet: bytes, padded: bool) -> bytes | None:
    """Strict Base64 as the reference's decoder takes it: canonical padding
    (required for the standard alphabet, refused for the URL-safe one), no
    whitespace, unused trailing bits zero. None if malformed."""
    body = data.rstrip(b"=") if padded else data
    if len(body) % 4 == 1 or any(alphabet.find(bytes([c])) < 0 for c in set(body)):
        return None
    if padded and len(body) + (-len(body) % 4) != len(data):
        return None  # missing, extra or misplaced padding
    last = alphabet.find(body[-1:]) if body else 0
    if last & {0: 0, 2: 0x0F, 3: 0x03}[len(body) % 4]:
        return None  # bits beyond the last byte must be zero
    standard = body.translate(bytes.maketrans(alphabet[62:], b"+/"))
    return binascii.a2b_base64(standard + b"=" * (-len(body) % 4))


def base64_encode(data: bytes, alphabet: bytes, padded: bool) -> bytes:
    text = binascii.b2a_base64(data, newline=False)
    if alphabet is B64URL:
        text = text.translate(bytes.maketrans(b"+/", b"-_"))
    return text if padded else text.rstrip(b"=")


def hex_decode(data: bytes) -> bytes | None:
    if len(data) % 2 or any(c not in b"0123456789abcdefABCDEF" for c in data):
        return None
    return bytes.fromhex(data.decode())
