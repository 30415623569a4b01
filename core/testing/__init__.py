"""What the tests of every app share: servers on loopback, page checks, readers of what we export."""

import sys

import pytest


def skip_loudly(reason):
    """Skip a test and say so on stderr, so a missing tool is never silent."""
    sys.stderr.write(f"\n*** SKIPPED: {reason} ***\n")
    pytest.skip(reason)
