"""tools.local_servers: how tests and tools start, wait for and stop servers."""

import sys

import pytest

from tools import local_servers


def listening_addresses(port: int) -> set[str]:
    """Local addresses (hex, as /proc/net/tcp writes them) listening on `port`."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in open(table).read().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def test_stop_ends_the_started_process_group(tmp_path):
    command = [sys.executable, "-c", "import time; time.sleep(60)"]
    process = local_servers.spawn(command, tmp_path / "log")
    local_servers.stop(process, timeout=5)
    assert process.poll() is not None
    local_servers.stop(process)  # stopping twice is harmless


def test_wait_for_http_fails_fast_when_the_server_exits():
    process = local_servers.spawn([sys.executable, "-c", "raise SystemExit(3)"])
    process.wait()
    url = f"http://127.0.0.1:{local_servers.free_port()}/"
    with pytest.raises(RuntimeError, match="exited with code 3"):
        local_servers.wait_for_http(url, 5, process)


def test_the_action_server_listens_on_loopback_only():
    with local_servers.action_server() as url:
        port = int(url.split(":")[2].split("/")[0])
        assert listening_addresses(port) == {"0100007F"}  # 127.0.0.1
