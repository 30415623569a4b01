"""Real processes for tests that need them: a throwaway Redis and gunicorn app servers on loopback ports."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(check, what, process):
    for _ in range(150):
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited during start-up")
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not answer")


def _stop(process):
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def redis_server(tmp_path):
    """Run Debian's redis-server on a free loopback port (nothing saved); yield its redis:// URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("*** redis-server is not installed (make test installs it): shared-cache test SKIPPED ***")
    port = free_port()
    process = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
                                "no", "--dir", str(tmp_path)], stdout=subprocess.DEVNULL)

    def answers():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    try:
        _wait(answers, "redis-server", process)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        _stop(process)


def shared_database_url():
    """Return a DATABASE_URL naming the test database this test runs on (PostgreSQL only)."""
    db = connection.settings_dict
    host = db["HOST"] or db["OPTIONS"].get("host") or "localhost"
    port = db["PORT"] or db["OPTIONS"].get("port") or 5432
    password = f":{urllib.parse.quote(db['PASSWORD'])}" if db["PASSWORD"] else ""
    if str(host).startswith("/"):
        return f"postgres://{db['USER']}{password}@/{db['NAME']}?host={host}&port={port}"
    return f"postgres://{db['USER']}{password}@{host}:{port}/{db['NAME']}"


@contextmanager
def app_server(**env):
    """Run the portal under gunicorn (one worker) on a free loopback port; yield its base URL."""
    port = free_port()
    environment = {
        **os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "DEBUG": "0", "LOG_LEVEL": "WARNING",
        "ALLOWED_HOSTS": "127.0.0.1", "CONN_MAX_AGE": "0", **env,
    }
    process = subprocess.Popen([GUNICORN, "config.wsgi:application", "--workers", "1", "--bind",
                                f"127.0.0.1:{port}", "--log-level", "warning"], cwd=ROOT, env=environment)
    base = f"http://127.0.0.1:{port}"

    def answers():
        try:
            with urllib.request.urlopen(base + "/robots.txt", timeout=2):
                return True
        except (urllib.error.URLError, OSError):
            return False

    try:
        _wait(answers, "gunicorn", process)
        yield base
    finally:
        _stop(process)
