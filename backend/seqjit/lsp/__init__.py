"""The language server: `seqrepl lsp`."""
