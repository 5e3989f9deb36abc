"""A second copy of the app on the same file brings the first one forward instead.

The first copy listens on a local socket named after the file; a second copy started on the
same file connects, asks it to show its window, and quits.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1500


def server_name(path: Path) -> str:
    digest = hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:20]
    return f"mentorat-{digest}"


def bring_forward(path: Path) -> bool:
    """Ask the copy holding ``path`` to show its window; True when it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(path))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(b"raise\n")
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


def listen(path: Path, on_raise: Callable[[], None]) -> QLocalServer:
    server = QLocalServer()
    name = server_name(path)
    QLocalServer.removeServer(name)  # a name left by a crashed copy
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)

    def accept() -> None:
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.readyRead.connect(on_raise)
            connection.disconnected.connect(connection.deleteLater)

    server.newConnection.connect(accept)
    server.listen(name)
    return server
