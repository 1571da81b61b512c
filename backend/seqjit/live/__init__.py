"""The live process: the JIT engine and its thread, the host side of the
scheduler, the persistent world, and `Session`, the one door front ends use."""
