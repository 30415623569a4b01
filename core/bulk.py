"""Bulk loading helpers shared by the corpus generators and the restore command."""

import queue
import threading

from django.db import connections, transaction


class BackgroundWriter:
    """Write batches on a second thread, in order, each in its own transaction.

    Building rows is Python work and writing them is mostly the database's (search vectors,
    index entries); with the writes on another thread (its own connection; the driver lets
    go of the GIL while it waits) the two overlap. Use as a context manager: leaving it
    waits for every batch and re-raises the writer's error, if any.

    Called inside a transaction (a test, an atomic command), it writes on the caller's own
    connection instead: a second connection could neither see that transaction's rows nor
    join it.
    """

    def __init__(self, write, *, backlog=2):
        self.write = write
        self.batches = queue.Queue(maxsize=backlog)
        self.error = None
        self.inline = connections["default"].in_atomic_block
        self.thread = threading.Thread(target=self._run, name="bulk-writer", daemon=True)

    def __enter__(self):
        if not self.inline:
            self.thread.start()
        return self

    def put(self, batch):
        if self.inline:
            with transaction.atomic():
                self.write(batch)
            return
        if self.error is not None:
            raise self.error
        self.batches.put(batch)

    def _run(self):
        try:
            while (batch := self.batches.get()) is not None:
                with transaction.atomic():
                    self.write(batch)
        except BaseException as error:  # handed to the caller's thread in __exit__
            self.error = error
            while self.batches.get() is not None:  # let put() return until the end marker
                pass
        finally:
            connections.close_all()

    def __exit__(self, exc_type, exc, tb):
        if self.inline:
            return False
        self.batches.put(None)
        self.thread.join()
        if self.error is not None and exc is None:
            raise self.error
        return False
