"""Send messages to the REST channel: one at a time (latency), then many clients (throughput)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import aiohttp

REQUEST_TIMEOUT = aiohttp.ClientTimeout(total=60)
TURNS_PER_SENDER = 5  # a client starts a new conversation every few messages


@dataclass
class LoadResult:
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0
    timed_out: bool = False


async def send(session: aiohttp.ClientSession, url: str, sender: str, text: str) -> float:
    """POST one message; the latency in ms. Raises on a non-200 answer."""
    start = time.perf_counter()
    async with session.post(url, json={"sender": sender, "message": text}) as response:
        await response.read()
        if response.status != 200:
            raise aiohttp.ClientResponseError(
                response.request_info, (), status=response.status, message="bench request failed"
            )
    return (time.perf_counter() - start) * 1000


async def _record(result: LoadResult, session, url: str, sender: str, text: str) -> None:
    try:
        result.latencies_ms.append(await send(session, url, sender, text))
    except (aiohttp.ClientError, asyncio.TimeoutError):
        result.errors += 1  # counted, never logged: the text stays out of the output


async def run_sequential(url: str, texts: Sequence[str], prefix: str = "bench-seq") -> LoadResult:
    """Every text once, one after the other, each in a new conversation."""
    result = LoadResult()
    start = time.perf_counter()
    async with aiohttp.ClientSession(timeout=REQUEST_TIMEOUT) as session:
        for index, text in enumerate(texts):
            await _record(result, session, url, f"{prefix}-{index}", text)
    result.seconds = time.perf_counter() - start
    return result


async def run_concurrent(
    url: str,
    texts: Sequence[str],
    clients: int,
    max_seconds: float,
    prefix: str = "bench-load",
) -> LoadResult:
    """`clients` workers share the texts; stops when all are sent or `max_seconds` passed."""
    result = LoadResult()
    queue: asyncio.Queue[str] = asyncio.Queue()
    for text in texts:
        queue.put_nowait(text)
    start = time.perf_counter()
    deadline = start + max_seconds
    connector = aiohttp.TCPConnector(limit=clients)

    async def client(number: int, session: aiohttp.ClientSession) -> None:
        turn = 0
        while not queue.empty():
            if time.perf_counter() >= deadline:
                result.timed_out = True
                return
            text = queue.get_nowait()
            sender = f"{prefix}-{number}-{turn // TURNS_PER_SENDER}"
            await _record(result, session, url, sender, text)
            turn += 1

    async with aiohttp.ClientSession(timeout=REQUEST_TIMEOUT, connector=connector) as session:
        await asyncio.gather(*(client(n, session) for n in range(clients)))
    result.seconds = time.perf_counter() - start
    return result
