"""Reading process memory and listening sockets from /proc text."""

import os

from tools.evaluation import procmem

STATUS = "Name:\tpython\nVmPeak:\t  900 kB\nVmRSS:\t  1234 kB\nThreads:\t4\n"
TCP = (
    "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"  # noqa: E501
    "   0: 0100007F:13AF 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 5551 1\n"  # noqa: E501
    "   1: 0100007F:13AF 0100007F:A000 01 00000000:00000000 00:00000000 00000000  1000        0 5552 1\n"  # noqa: E501
    "   2: 00000000:1538 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 5553 1\n"  # noqa: E501
)


def test_parse_vmrss():
    assert procmem.parse_vmrss_kib(STATUS) == 1234
    assert procmem.parse_vmrss_kib("Name:\tkthreadd\n") == 0


def test_parse_ppid_with_spaces_and_parentheses_in_the_name():
    assert procmem.parse_ppid("42 (my (odd) name) S 7 42 42 0 -1") == 7


def test_descendants_walks_the_whole_tree():
    parents = {2: 1, 3: 2, 4: 3, 5: 1, 6: 99}
    assert procmem.descendants(1, parents) == {2, 3, 4, 5}
    assert procmem.descendants(4, parents) == set()


def test_listening_inodes_only_listening_sockets_on_the_port():
    assert procmem.listening_inodes(TCP, 0x13AF) == {"5551"}
    assert procmem.listening_inodes(TCP, 5432) == {"5553"}
    assert procmem.listening_inodes(TCP, 80) == set()


def test_tree_rss_of_this_process_is_positive():
    assert procmem.tree_rss_kib(os.getpid()) > 0
