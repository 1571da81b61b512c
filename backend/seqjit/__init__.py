"""seqjit: a live environment for Seq, the statically typed concatenative language."""

__version__ = "0.1.0"
