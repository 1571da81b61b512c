"""The value runtime, emitted as LLVM IR by Python: layouts, heap objects,
strings, output; plus the Python host services JIT code calls back into."""
