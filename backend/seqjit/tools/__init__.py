"""Tools built on the session and the checker: the Seq test runner and the corpus checker."""
