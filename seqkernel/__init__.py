"""seqkernel: the Jupyter kernel for Seq (built on the same Session as seqrepl)."""
