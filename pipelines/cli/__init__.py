"""The `evidence` command line."""
