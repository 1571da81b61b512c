"""The builtin words, one package per family (`stack`, `strings`, `net`, ...).

A family's `ops.py` holds its code-generator emitters; its `runtime.py`, if
any, the IR functions those emitters call. `seqjit.builtins.all` imports
every family and holds the tables the code generator reads.
"""
