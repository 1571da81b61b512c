"""unchecked-error-flag: the Bool a fallible builtin leaves, followed through
stack shuffles (`swap nip`, `>aux ... aux>`, a branch) until something drops
it untested. A drop right after the call is the pattern rules' to report
(`i./ drop` is unchecked-div); this catches the rest. Testing the flag (an
`if`, `cond`) or handing it to any word counts as checking it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..syntax import ast
from ..types.terms import BOOL, Cons
from .findings import Finding
from .stack import Effects, Resolve, Simulation, State, Tracked

RULE = "unchecked-error-flag"

# What the Bool of each fallible builtin tells (the reference's list; `/`
# and `%` on Ints resolve to `i./` and `i.%`).
FALLIBLE = {
    "i./": "division by zero", "i.divide": "division by zero",
    "i.%": "a zero divisor", "i.modulo": "a zero divisor",
    "i.pow": "a negative exponent or an overflow",
    "file.slurp": "a failed read", "file.spit": "a failed write",
    "file.append": "a failed write", "file.delete": "a failed delete",
    "file.size": "a failed lookup", "dir.make": "a failed mkdir",
    "dir.delete": "a failed delete", "dir.list": "a failed listing",
    "io.read-line": "a failed read or end of input",
    "string->int": "text that is not a number", "string->float": "text that is not a number",
    "chan.send": "a failed send", "chan.receive": "a failed receive",
    "map.get": "a missing key", "list.get": "an index out of range",
    "list.set": "an index out of range", "list.first": "an empty list",
    "list.last": "an empty list",
    "net.tcp.listen": "a failed listen", "net.tcp.connect": "a failed connect",
    "net.tcp.accept": "a failed accept", "net.tcp.local-port": "a failed lookup",
    "net.tcp.read": "a failed read", "net.tcp.write": "a failed write",
    "net.tcp.close": "a failed close", "net.dns.resolve": "a failed lookup",
    "net.tls.client": "a failed handshake",
    "os.getenv": "an unset variable", "os.home-dir": "no home folder",
    "os.current-dir": "no current folder", "os.path-parent": "a path with no parent",
    "os.path-filename": "a path with no file name",
    "regex.find": "no match or a bad pattern", "regex.find-all": "a bad pattern",
    "regex.replace": "a bad pattern", "regex.replace-all": "a bad pattern",
    "regex.captures": "a bad pattern", "regex.split": "a bad pattern",
    "encoding.base64-decode": "bad base64", "encoding.base64url-decode": "bad base64url",
    "encoding.hex-decode": "bad hex",
    "crypto.aes-gcm-encrypt": "a failed encryption",
    "crypto.aes-gcm-decrypt": "a wrong key or tampered data",
    "crypto.pbkdf2-sha256": "a failed key derivation", "crypto.ed25519-sign": "a failed signature",
    "compress.gzip": "a failed compression", "compress.gzip-level": "a failed compression",
    "compress.gunzip": "data that does not decompress", "compress.zstd": "a failed compression",
    "compress.zstd-level": "a failed compression",
    "compress.unzstd": "data that does not decompress",
}


class FlagRun(Simulation):
    def __init__(self, resolve: Resolve, effects: Effects) -> None:
        super().__init__(resolve, effects)
        self.findings: list[Finding] = []

    def make(self, call: ast.WordCall, name: str, state: State) -> bool:
        effect = self.effects.of(name)
        if name not in FALLIBLE or effect is None:
            return False
        outputs = effect.outputs
        if not (isinstance(outputs, Cons) and outputs.top == BOOL):
            return False  # a builtin of that name with another effect: not ours to judge
        self.apply(name, state)
        state.stack[-1] = self.track("flag", call, name)
        return True

    def dropped(self, value: Tracked, call: ast.WordCall, adjacent: bool) -> None:
        if adjacent:
            return
        made = value.origin.span
        self.findings.append(Finding(
            RULE, "warning",
            f"the flag `{value.op}` left at line {made.line}:{made.col} (it reports "
            f"{FALLIBLE[value.op]}) is dropped here without being tested", call.span))

    def opaque(self, state: State) -> None:
        # The unknown code may test any flag it can reach: stop following them.
        state.stack = [None] * len(state.stack)


def check(body: list[ast.Statement], resolve: Resolve, effects: Effects) -> Iterator[Finding]:
    run = FlagRun(resolve, effects)
    run.run(body, State())
    return iter(run.findings)
