"""Validation rules for the fact tables and the Great Expectations runner that applies them."""
