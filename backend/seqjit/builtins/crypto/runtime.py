"""`crypto.*`: hashing, HMAC, secure randomness, AES-256-GCM, PBKDF2 and
Ed25519, with the reference's encodings:

- digests, MACs, random bytes, derived keys, Ed25519 keys and signatures:
  lower-case hex (keys and signatures given back are read as hex of either
  case);
- AES-GCM ciphertext: standard, padded Base64 of nonce (12 bytes) ||
  ciphertext || tag (16 bytes); the key is 64 hex digits.

Messages, passwords and salts are the strings' bytes; hex keys and Base64
ciphertexts that are not UTF-8 read as "". Failures give "" and false.
AES-GCM and Ed25519 come from the `cryptography` package (OpenSSL); the
rest from the standard library.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid

from ...runtime.bindings import global_word
from ...runtime.host import HostContext
from ...runtime.hostops import SeqPanic, text_or_empty
from ...runtime.unwind import INTERRUPTED
from ..hostops import host_builtin
from ..strings.encodings import B64, base64_decode, base64_encode, hex_decode

AES_KEY_SIZE, AES_NONCE_SIZE, AES_TAG_SIZE = 32, 12, 16
MIN_PBKDF2_ITERATIONS = 1000
PBKDF2_AT_ONCE = 1 << 20  # rounds done in one call (a fraction of a second)
PBKDF2_STEP = 1 << 14  # rounds between looks for an interrupt in a longer run
MAX_RANDOM_BYTES = 1024


def _hex_key(text: bytes, size: int) -> bytes | None:
    key = hex_decode(text_or_empty(text).encode())
    return key if key is not None and len(key) == size else None


@host_builtin("crypto.sha256", "( ..a String -- ..a String )",
              "SHA-256 digest as 64 hex characters.")
def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@host_builtin("crypto.hmac-sha256", "( ..a String String -- ..a String )",
              "HMAC-SHA256 of message with key (message key), hex encoded.")
def hmac_sha256(message: bytes, key: bytes) -> str:
    return hmac.new(key, message, hashlib.sha256).hexdigest()


@host_builtin("crypto.constant-time-eq", "( ..a String String -- ..a Bool )",
              "Compare two strings in time independent of their contents.")
def constant_time_eq(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


@host_builtin("crypto.random-bytes", "( ..a Int -- ..a String )",
              "N secure random bytes, hex encoded.")
def random_bytes(n: int) -> str:
    if n < 0:
        raise SeqPanic(f"random-bytes: byte count must be non-negative, got {n}")
    if n > MAX_RANDOM_BYTES:
        raise SeqPanic(f"random-bytes: byte count too large (max {MAX_RANDOM_BYTES}), got {n}")
    return secrets.token_bytes(n).hex()


@host_builtin("crypto.random-int", "( ..a Int Int -- ..a Int )",
              "Secure uniform random integer in [min, max).")
def random_int(low: int, high: int) -> int:
    """Uniform in [low, high); `low` itself when the range is empty."""
    return low if low >= high else low + secrets.randbelow(high - low)


@host_builtin("crypto.uuid4", "( ..a -- ..a String )", "Fresh random version-4 UUID string.")
def uuid4() -> str:
    return str(uuid.uuid4())


@host_builtin("crypto.aes-gcm-encrypt", "( ..a String String -- ..a String Bool )",
              "AES-256-GCM encrypt (plaintext hex-key); false on failure.")
def aes_gcm_encrypt(plaintext: bytes, key_hex: bytes) -> tuple[bytes, bool]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = _hex_key(key_hex, AES_KEY_SIZE)
    if key is None:
        return b"", False
    nonce = secrets.token_bytes(AES_NONCE_SIZE)
    sealed = AESGCM(key).encrypt(nonce, plaintext, None)
    return base64_encode(nonce + sealed, B64, padded=True), True


@host_builtin("crypto.aes-gcm-decrypt", "( ..a String String -- ..a String Bool )",
              "AES-256-GCM decrypt (ciphertext hex-key); false on bad key/data.")
def aes_gcm_decrypt(ciphertext: bytes, key_hex: bytes) -> tuple[bytes, bool]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    combined = base64_decode(text_or_empty(ciphertext).encode(), B64, padded=True)
    if combined is None or len(combined) < AES_NONCE_SIZE + AES_TAG_SIZE:
        return b"", False
    key = _hex_key(key_hex, AES_KEY_SIZE)
    if key is None:
        return b"", False
    try:
        plain = AESGCM(key).decrypt(combined[:AES_NONCE_SIZE], combined[AES_NONCE_SIZE:], None)
    except InvalidTag:
        return b"", False
    return plain, True


@host_builtin("crypto.pbkdf2-sha256", "( ..a String String Int -- ..a String Bool )",
              "PBKDF2-SHA256 key from password, salt, iterations; false on failure.",
              needs_host=True)
def pbkdf2_sha256(host: HostContext, password: bytes, salt: bytes,
                  iterations: int) -> tuple[str, bool]:
    if iterations < MIN_PBKDF2_ITERATIONS:
        return "", False
    rounds = max(1, iterations & 0xFFFFFFFF)  # the reference takes it as a u32
    if rounds <= PBKDF2_AT_ONCE:
        return hashlib.pbkdf2_hmac("sha256", password, salt, rounds, AES_KEY_SIZE).hex(), True
    # Up to 2**32 rounds take minutes in one call that nothing interrupts:
    # the same sum (one SHA-256 block is the whole key: U1 ^ U2 ^ ... ^ Un,
    # U1 = HMAC(password, salt || 1), Ui = HMAC(password, Ui-1)) in steps,
    # looking for Ctrl-C between them.
    flag = global_word(host.engine, "seq_interrupt_flag")
    keyed = hmac.new(password, digestmod=hashlib.sha256)
    u = _hmac_with(keyed, salt + b"\x00\x00\x00\x01")
    total = int.from_bytes(u, "big")
    for done in range(1, rounds):
        if done % PBKDF2_STEP == 0 and flag.value:
            flag.value = 0
            raise SeqPanic(INTERRUPTED)
        u = _hmac_with(keyed, u)
        total ^= int.from_bytes(u, "big")
    return total.to_bytes(AES_KEY_SIZE, "big").hex(), True


def _hmac_with(keyed: hmac.HMAC, message: bytes) -> bytes:
    mac = keyed.copy()
    mac.update(message)
    return mac.digest()


@host_builtin("crypto.ed25519-keypair", "( ..a -- ..a String String )",
              "New Ed25519 key pair as hex strings (public private).")
def ed25519_keypair() -> tuple[str, str]:
    """(public key, private key): the private key is the 32-byte seed."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = secrets.token_bytes(32)
    public = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()
    return public.hex(), seed.hex()


@host_builtin("crypto.ed25519-sign", "( ..a String String -- ..a String Bool )",
              "Ed25519 signature of message with private key; false on bad key.")
def ed25519_sign(message: bytes, private_hex: bytes) -> tuple[str, bool]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = _hex_key(private_hex, 32)
    if seed is None:
        return "", False
    return Ed25519PrivateKey.from_private_bytes(seed).sign(message).hex(), True


@host_builtin("crypto.ed25519-verify", "( ..a String String String -- ..a Bool )",
              "Check an Ed25519 signature (message signature public-key).")
def ed25519_verify(message: bytes, signature_hex: bytes, public_hex: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    signature = _hex_key(signature_hex, 64)
    public = _hex_key(public_hex, 32)
    if signature is None or public is None:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True

