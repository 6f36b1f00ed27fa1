"""The spaCy side: loading the embedded model or a user's pipeline, Pressefakten's components,
and the bundled gazetteers.

This package's ``__init__`` imports nothing, so that reading the gazetteer or a model's name does
not import spaCy.
"""
