"""The DVC stages (``python -m pipeline.stages.<stage>``): small entry points that read their
settings from ``params.yaml`` (:mod:`.params`) and call the library.
"""
