"""Text -> syntax: lexer, parser, AST with source spans, include resolution."""
