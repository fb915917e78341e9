"""The fault tests' cuttable proxy really cuts: refused while cut, forwarding again after."""

from __future__ import annotations

import socket

import pytest

from tools.stack.tcp_proxy import CuttableProxy


def echo_server() -> socket.socket:
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()

    def serve():
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            connection.sendall(connection.recv(100))
            connection.close()

    threading.Thread(target=serve, daemon=True).start()
    return server


def ask(port: int) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=2) as connection:
        connection.sendall(b"ping")
        return connection.recv(100)


def test_cut_refuses_and_start_restores():
    server = echo_server()
    proxy = CuttableProxy(server.getsockname()[1])
    assert ask(proxy.port) == b"ping"
    proxy.cut()
    with pytest.raises(OSError):
        ask(proxy.port)
    proxy.start()
    assert ask(proxy.port) == b"ping"
    proxy.cut()
    server.close()
