"""FFI: C libraries bound to Seq words through the reference's TOML manifests.

`model.py` holds what a manifest says (nothing of ours imported, so the
syntax tree can name a bound function); `manifest.py` reads and validates a
manifest; `registry.py` finds one by library name (`include ffi:NAME`);
`loader.py` loads the shared library and resolves each symbol.
"""
