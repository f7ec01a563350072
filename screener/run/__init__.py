"""Running the engine over files: collect the PATH arguments, screen each file (hash, cache, OCR fallback, error
rows, blind mode) on a pool of worker processes, shortlist, and write output atomically.

    screen_file(path, options)   one file -> one result per rule set, never an exception
    screen_paths(paths, options) PATH arguments -> results in path order, as each file finishes
"""
