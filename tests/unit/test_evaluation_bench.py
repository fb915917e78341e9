"""The bench's load generator against a tiny local server, and its summary and report."""

import asyncio

import pytest
from aiohttp import web

from tools import local_servers as servers
from tools.evaluation import bench
from tools.evaluation.loadgen import LoadResult, run_concurrent, run_sequential


@pytest.fixture
async def fake_rest_url():
    """A stand-in for the REST channel: echoes nothing, fails on the message 'fail'."""
    seen = []

    async def webhook(request):
        body = await request.json()
        seen.append(body["sender"])
        if body["message"] == "fail":
            return web.Response(status=500)
        await asyncio.sleep(0.01)
        return web.json_response([{"recipient_id": body["sender"], "text": "ok"}])

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    port = servers.free_port()
    await web.TCPSite(runner, servers.HOST, port).start()
    yield f"http://{servers.HOST}:{port}/webhooks/rest/webhook", seen
    await runner.cleanup()


async def test_sequential_sends_each_text_in_its_own_conversation(fake_rest_url):
    url, seen = fake_rest_url
    result = await run_sequential(url, ["a", "fail", "b"])
    assert len(result.latencies_ms) == 2 and result.errors == 1
    assert all(latency >= 10 for latency in result.latencies_ms)
    assert len(set(seen)) == 3


async def test_concurrent_sends_everything_once(fake_rest_url):
    url, seen = fake_rest_url
    result = await run_concurrent(url, [f"m{i}" for i in range(40)], clients=8, max_seconds=30)
    assert len(result.latencies_ms) == 40 and result.errors == 0 and not result.timed_out
    assert len(seen) == 40
    # 8 clients at 10 ms each: far quicker than 40 messages in a row
    assert result.seconds < 40 * 0.01


async def test_concurrent_stops_at_the_time_limit(fake_rest_url):
    url, _ = fake_rest_url
    result = await run_concurrent(url, ["m"] * 1000, clients=2, max_seconds=0.1)
    assert result.timed_out and len(result.latencies_ms) < 1000


async def test_unreachable_server_counts_errors():
    url = f"http://{servers.HOST}:{servers.free_port()}/webhooks/rest/webhook"
    result = await run_sequential(url, ["a", "b"])
    assert result.errors == 2 and result.latencies_ms == []


def test_summarize_and_report():
    sequential = LoadResult(latencies_ms=[10.0, 20.0, 30.0], errors=0, seconds=0.06)
    load = LoadResult(latencies_ms=[50.0] * 100, errors=1, seconds=4.0)
    result = bench.summarize(sequential, load, 20, 2048 * 1024, None, False, 21.0)
    assert result.sequential.p50 == 20.0
    assert result.messages_per_second == 25.0
    assert result.rasa_rss_mib == 2048
    text = bench.format_markdown(result)
    assert "| sequential | 3 | 0 | 20 |" in text
    assert "| 20 clients | 100 | 1 | 50 |" in text
    assert "25.0 messages/s" in text
    assert "RSS action server (with children): unknown" in text


def test_server_config_has_only_rest_and_the_action_endpoint(tmp_path):
    import yaml

    credentials, endpoints = servers.write_server_config(tmp_path, "http://127.0.0.1:5055/webhook")
    assert yaml.safe_load(credentials.read_text()) == {"rest": None}
    assert yaml.safe_load(endpoints.read_text()) == {
        "action_endpoint": {"url": "http://127.0.0.1:5055/webhook"}
    }


def test_missing_model_is_an_error_not_a_crash(tmp_path, capsys):
    assert bench.main(["--model", str(tmp_path / "none.tar.gz")]) == 2
    assert "make train" in capsys.readouterr().err
