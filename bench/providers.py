"""The hook other benchmark modules use to add rows to `make bench`'s tables.

A module bench/rows_<topic>.py does

    from providers import row_provider

    @row_provider
    def my_rows(run):
        if run.page_cache_seconds == 0:          # only in the uncached mode, say
            run.pair("search, common words", "/tim-kiem/?q=thi+hanh+an")
        pairs = [...]                             # or measure any way, then
        run.row("my row", "/url", pairs)          # pairs: [(page wrk result, floor wrk result), ...]

bench.py imports every bench/rows_*.py before measuring and calls each provider once per
mode, with gunicorn running (run.base is its URL; run.args has --seconds, --connections).
"""

providers = []


def row_provider(func):
    """Register func(run) to add rows to every mode's table."""
    providers.append(func)
    return func
