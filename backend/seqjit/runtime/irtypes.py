"""The LLVM types the runtime and the code generator speak in: every value
is one 64-bit word (`I64`), pointers are opaque (`PTR`), and a pair of
words comes back together from some runtime functions (`PAIR`)."""

from llvmlite import ir

I1 = ir.IntType(1)
I8 = ir.IntType(8)
I32 = ir.IntType(32)
I64 = ir.IntType(64)
F64 = ir.DoubleType()
PTR = ir.PointerType()
VOID = ir.VoidType()

WORD = 8  # bytes in every field: i64, double or ptr
PAIR = ir.LiteralStructType([I64, I64])  # two words returned together, e.g. (value, ok)
