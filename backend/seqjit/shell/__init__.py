"""The shell both front ends stand on: commands, completion, highlighting,
and rendering results for terminals and notebooks."""
