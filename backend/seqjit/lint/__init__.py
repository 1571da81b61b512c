"""`seqrepl lint`: the reference linter's rules on seqjit's own parser and checker.

Public API (the language server and the shell use only these):
- `lint_source(source, config=None) -> list[Finding]`: lints only, no parse
  or type errors (those come from the checker);
- `load_config(path) -> LintConfig`: a user's rules file, a `SeqError` on a bad one;
- `RULE_IDS`: every built-in rule id (what `# seq:allow(` may name).
"""

from .config import LintConfig, load_config
from .findings import Finding
from .linter import RULE_IDS, lint_checked, lint_source

__all__ = ["RULE_IDS", "Finding", "LintConfig", "lint_checked", "lint_source", "load_config"]
