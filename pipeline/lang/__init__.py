"""German language data of the rules: constants only, no logic (spaCy's ``lang/de`` layout).

Every collection here is immutable (tuples, frozensets, ``MappingProxyType``) so that no
caller can change a pattern list another caller relies on.
"""
