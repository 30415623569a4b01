"""Make writes under a folder fail the way they do on a full disk."""

import contextlib
import errno
import os
from unittest import mock


class _FullFile:
    """A file opened on a full disk: it exists (0 bytes) but every write fails with ENOSPC."""

    def __init__(self, real):
        self._real = real

    def write(self, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def close(self):
        self._real.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


@contextlib.contextmanager
def full_disk(root):
    """Fail every write to a file under root with ENOSPC, as a full disk does; the file is still created."""
    real_fdopen, real_write = os.fdopen, os.write
    root = os.path.realpath(root)

    def under_root(fd):
        try:
            return os.readlink(f"/proc/self/fd/{fd}").startswith(root + os.sep)
        except OSError:
            return False

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        return _FullFile(handle) if under_root(fd) else handle

    def write(fd, data):
        if under_root(fd):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    with mock.patch("os.fdopen", fdopen), mock.patch("os.write", write):
        yield


def files_under(root):
    """Return the paths of all files under root (none if it does not exist)."""
    return sorted(os.path.join(folder, name) for folder, _dirs, names in os.walk(root) for name in names)
