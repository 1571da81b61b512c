"""seqjit: a live environment for Seq, the statically typed concatenative language."""

__version__ = "0.1.0"
LANGUAGE_VERSION = "7.7.3"  # the patch-seq release whose Seq this follows
