"""Archive runs: tasks, engines (in-process, process pool, Dask), the result cache, the run
itself (incremental, resumable) and the versioned output folder it publishes.
"""
