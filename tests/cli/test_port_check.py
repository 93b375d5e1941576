"""`make serve`'s first step: a taken port is one line naming a free one, before any build."""

import socket
import subprocess
import sys

import pytest

from descent.cli import port_check


@pytest.fixture
def taken_port():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server.getsockname()[1]


def check(*args):
    return subprocess.run([sys.executable, "-m", "descent.cli.port_check", *args],
                          capture_output=True, text=True, timeout=30)


def test_a_taken_port_is_one_line_with_a_free_port_to_use_instead(taken_port):
    result = check("127.0.0.1", str(taken_port))
    assert result.returncode == 1 and result.stdout == ""
    line, = result.stderr.splitlines()
    assert f"port {taken_port} on 127.0.0.1 is already in use" in line
    suggested = int(line.rsplit("PORT=", 1)[1])
    assert suggested > taken_port and port_check.is_free("127.0.0.1", suggested)


def test_a_free_port_passes_silently(taken_port):
    # the port was free a moment ago: close the server and ask again
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    result = check("127.0.0.1", str(free))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert not port_check.is_free("127.0.0.1", taken_port)


@pytest.mark.parametrize("args", [["127.0.0.1", "http"], ["127.0.0.1", "0"],
                                  ["127.0.0.1", "70000"], ["127.0.0.1"]])
def test_a_port_that_is_not_a_port_is_one_line_exit_2(args):
    result = check(*args)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
