"""The builtin words, one package per family (`core`, `strings`, `net`, ...).

A family's `ops.py`, if any, holds its code-generator emitters; its
`runtime.py`, if any, the IR functions those emitters call and the builtins
done by Python (host ops). Each builtin is declared once, on its emitter or
host function, with its name, stack effect, doc and category (the family's
`CATEGORY` unless it says otherwise): see `registry`. `seqjit.builtins.all`
imports every family and holds the tables the code generator reads; the
checker reads the same declarations through `seqjit.types.builtins`.
"""
