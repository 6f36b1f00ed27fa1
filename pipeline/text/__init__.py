"""The article text: reading and decoding files, the layout of a page, fast views and regex helpers.

Everything offsets refer to starts here: a character offset is an index into the decoded text
that :mod:`.reading` returns and :mod:`.layout` parses.
"""
