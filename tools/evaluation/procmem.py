"""Resident memory of a process and all its descendants, read from Linux /proc.

Parsing is in plain functions over the text of /proc files so it can be tested anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

PROC = Path("/proc")
TCP_LISTEN = "0A"


def parse_vmrss_kib(status_text: str) -> int:
    """VmRSS in KiB from /proc/<pid>/status (0 for kernel threads and zombies, which lack it)."""
    for line in status_text.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def parse_ppid(stat_text: str) -> int:
    """Parent pid from /proc/<pid>/stat; the command name may contain spaces and parentheses."""
    return int(stat_text.rsplit(")", 1)[1].split()[1])


def descendants(pid: int, parents: Mapping[int, int]) -> set[int]:
    """All pids below `pid` in the tree given as {child: parent}."""
    children: dict[int, list[int]] = {}
    for child, parent in parents.items():
        children.setdefault(parent, []).append(child)
    found: set[int] = set()
    stack = [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found


def listening_inodes(tcp_table: str, port: int) -> set[str]:
    """Socket inodes listening on `port` in a /proc/net/tcp or tcp6 table."""
    inodes = set()
    for line in tcp_table.splitlines()[1:]:
        fields = line.split()
        if len(fields) > 9 and fields[3] == TCP_LISTEN:
            if int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(fields[9])
    return inodes


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except OSError:  # the process ended meanwhile, or belongs to someone else
        return ""


def _pids() -> Iterable[int]:
    return (int(entry.name) for entry in PROC.iterdir() if entry.name.isdigit())


def parent_map() -> dict[int, int]:
    parents = {}
    for pid in _pids():
        stat = _read(PROC / str(pid) / "stat")
        if stat:
            parents[pid] = parse_ppid(stat)
    return parents


def tree_rss_kib(pid: int) -> int:
    """VmRSS of `pid` plus all its descendants, in KiB."""
    tree = {pid} | descendants(pid, parent_map())
    return sum(parse_vmrss_kib(_read(PROC / str(p) / "status")) for p in tree)


def listening_pid(port: int) -> int | None:
    """The pid (of this user) whose socket listens on the TCP port, if any."""
    inodes = set()
    for table in ("tcp", "tcp6"):
        inodes |= listening_inodes(_read(PROC / "net" / table), port)
    targets = {f"socket:[{inode}]" for inode in inodes}
    if not targets:
        return None
    for pid in _pids():
        try:
            fds = os.listdir(PROC / str(pid) / "fd")
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(PROC / str(pid) / "fd" / fd) in targets:
                    return pid
            except OSError:
                continue
    return None
