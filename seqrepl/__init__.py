"""seqrepl: the Seq command line — checking files now; the REPL, script mode
and the test runner build on it."""
