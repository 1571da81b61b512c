"""The `display` family of builtins: charts and rich output (HTML, SVG,
Markdown, images) a program shows in a notebook or the REPL."""

CATEGORY = "display"  # of its builtins, unless a declaration says otherwise
