"""Readers: file bytes in, ArticleText out, one module per format."""
