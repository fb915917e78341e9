"""Issue 18 on the SMS channel: blank fields, typed payloads, MessageSid replays, opt-outs that
are never forgotten, length and rate limits."""

from __future__ import annotations

import uuid

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from assistant.channels.inbound import RateLimiter
from assistant.channels.sms.channel import SmsInput
from assistant.channels.sms.ids import keyed_hash
from assistant.channels.sms.store import (
    REPLY_TTL,
    MemoryStore,
    RedisStore,
    SmsState,
    redis_url,
    store_from_env,
)
from assistant.channels.sms.wording import wording

from .helpers import CONFIG, PHONE, SECRET, SmsServer, twilio_form, without_notice


def full_twilio_form(body: str, **extra: str) -> dict[str, str]:
    """Every field Twilio posts for an incoming message, with the blanks it sends for numbers
    it has no location data for."""
    sid = f"SM{uuid.uuid4().hex}"
    form = {
        "ToCountry": "CA",
        "ToState": "BC",
        "SmsMessageSid": sid,
        "NumMedia": "0",
        "ToCity": "",
        "FromZip": "",
        "SmsSid": sid,
        "FromState": "",
        "SmsStatus": "received",
        "FromCity": "",
        "Body": body,
        "FromCountry": "CA",
        "To": "+17785550100",
        "MessagingServiceSid": "",
        "ToZip": "",
        "NumSegments": "1",
        "ReferralNumMedia": "0",
        "MessageSid": sid,
        "AccountSid": "AC" + "0" * 32,
        "From": PHONE,
        "ApiVersion": "2010-04-01",
    }
    form.update(extra)
    return form


async def test_real_twilio_form_with_blank_fields_is_accepted(sms, fake_agent):
    reply = await sms.post(full_twilio_form("hello"))
    assert reply.status == 200
    assert without_notice(reply.body) == "echo: hello"
    assert fake_agent.seen[-1].text == "hello"


async def test_picture_only_mms_gets_the_words_only_note(sms, fake_agent):
    form = full_twilio_form(
        "",
        NumMedia="1",
        MediaContentType0="image/jpeg",
        MediaUrl0="https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0",
    )
    reply = await sms.post(form)
    assert reply.status == 200
    assert without_notice(reply.body) == wording().no_text
    assert fake_agent.seen == []


async def test_blank_field_cannot_be_dropped_or_added_after_signing(sms, fake_agent):
    from .helpers import signature

    form = full_twilio_form("hello")
    signed = signature(form)
    tampered = {key: value for key, value in form.items() if key != "FromCity"}
    async with sms.session.post(
        sms.url, data=tampered, headers={"X-Twilio-Signature": signed}
    ) as resp:
        assert resp.status == 403
    assert fake_agent.seen == []


async def test_signed_request_without_message_sid_is_refused(sms, fake_agent):
    form = twilio_form("hello")
    del form["MessageSid"]
    for _ in range(2):
        reply = await sms.post(form)
        assert reply.status == 400
    assert fake_agent.seen == []


async def test_replay_after_the_reply_expired_is_not_processed(fake_agent):
    clock = [1000.0]
    store = MemoryStore(clock=lambda: clock[0])
    server = await SmsServer(fake_agent, SmsInput(CONFIG, store)).start()
    try:
        form = twilio_form("hello")
        first = await server.post(form)
        assert first.status == 200 and len(fake_agent.seen) == 1
        clock[0] += REPLY_TTL + 60  # the reply text is gone ...
        again = await server.post(form)
        clock[0] += 3 * 24 * 3600  # ... and days later
        later = await server.post(form)
    finally:
        await server.stop()
    assert again.status == later.status == 200
    assert again.messages == later.messages == []
    assert len(fake_agent.seen) == 1


async def test_typed_payloads_are_words_but_menu_numbers_still_send_payloads(sms, fake_agent):
    await sms.text("/restart")
    assert fake_agent.seen[-1].text == "restart"
    await sms.text('/inform{"bc_place": "Vancouver"}')
    assert fake_agent.seen[-1].text == 'inform{"bc_place": "Vancouver"}'
    await sms.text("menu please")
    await sms.text("1")
    assert fake_agent.seen[-1].text == "/affirm"


async def test_over_long_text_is_refused_politely_before_the_bot(sms, fake_agent):
    reply = await sms.text("a" * 1601)
    assert reply.status == 200
    assert without_notice(reply.body) == wording().too_long
    assert fake_agent.seen == []


async def test_huge_body_is_refused_before_parsing(sms, fake_agent):
    reply = await sms.text("a" * 100_000)
    assert reply.status == 413
    assert fake_agent.seen == []


async def test_a_flood_from_one_number_is_not_processed_and_stop_still_works(fake_agent):
    channel = SmsInput(CONFIG, MemoryStore(), RateLimiter(per_minute=1, burst=3))
    server = await SmsServer(fake_agent, channel).start()
    try:
        for _ in range(5):
            await server.text("hello")
        other = await server.text("hello", sender="+12505550199")
        stop = await server.text("STOP")
    finally:
        await server.stop()
    assert len(fake_agent.seen) == 4  # three from the flood, one from the other number
    assert other.status == 200 and "echo: hello" in other.body
    assert stop.messages == [wording().stop]


async def test_opt_out_is_never_evicted_from_memory():
    store = MemoryStore(max_entries=10)
    state = SmsState(store)
    await state.set_opted_out("c1", True)
    for number in range(1000):
        await state.set_menu(f"other-{number}", ["/affirm"])
        await state.is_new(f"other-{number}")
    assert await state.opted_out("c1")


async def test_opt_out_never_expires_in_memory():
    clock = [0.0]
    state = SmsState(MemoryStore(clock=lambda: clock[0]))
    await state.set_opted_out("c1", True)
    clock[0] += 10 * 365 * 24 * 3600
    assert await state.opted_out("c1")
    await state.set_opted_out("c1", False)
    assert not await state.opted_out("c1")


def test_redis_settings_from_the_production_variables():
    assert redis_url({}) == ""
    assert redis_url({"REDIS_URL": "redis://r:1/3", "REDIS_HOST": "x"}) == "redis://r:1/3"
    assert redis_url({"REDIS_HOST": "cache", "REDIS_PORT": "6380"}) == "redis://cache:6380/2"
    assert (
        redis_url({"REDIS_HOST": "cache", "REDIS_PASSWORD": "p@ss/word", "SMS_REDIS_DB": "5"})
        == "redis://:p%40ss%2Fword@cache:6379/5"
    )
    assert isinstance(store_from_env({"REDIS_HOST": "127.0.0.1"}), RedisStore)
    assert isinstance(store_from_env({}), MemoryStore)


@pytest.fixture
async def redis_env():
    """The real local Redis (db 13) through REDIS_HOST, the way production configures it."""
    environ = {"REDIS_HOST": "127.0.0.1", "REDIS_PORT": "6379", "SMS_REDIS_DB": "13"}
    probe = store_from_env(environ)
    try:
        await probe.client.ping()
    except (OSError, RedisConnectionError) as error:
        pytest.skip(f"no Redis on 127.0.0.1:6379 ({type(error).__name__})")
    prefix = f"sms-security-test-{uuid.uuid4().hex}:"
    yield environ, prefix
    keys = await probe.client.keys(prefix + "*")
    if keys:
        await probe.client.delete(*keys)
    await probe.close()


async def test_opt_out_survives_a_restart_with_redis_and_has_no_expiry(fake_agent, redis_env):
    environ, prefix = redis_env

    def channel() -> SmsInput:
        store = store_from_env(environ)
        store.prefix = prefix
        return SmsInput(CONFIG, store)

    first = await SmsServer(fake_agent, channel()).start()
    try:
        assert (await first.text("STOP")).messages == [wording().stop]
        key = prefix + "optout:" + keyed_hash(PHONE, SECRET)
        assert await first.channel.state.store.client.ttl(key) == -1  # no expiry
        assert PHONE not in str(await first.channel.state.store.client.keys(prefix + "*"))
    finally:
        await first.stop()
    restarted = await SmsServer(fake_agent, channel()).start()  # a new process, same Redis
    try:
        silent = await restarted.text("are you there?")
    finally:
        await restarted.stop()
    assert silent.status == 200 and silent.messages == []
    assert fake_agent.seen == []


async def test_message_sid_marker_is_kept_for_days_in_redis(fake_agent, redis_env):
    environ, prefix = redis_env
    store = store_from_env(environ)
    store.prefix = prefix
    server = await SmsServer(fake_agent, SmsInput(CONFIG, store)).start()
    try:
        form = twilio_form("hello")
        await server.post(form)
        marker = prefix + "sid:" + keyed_hash(form["MessageSid"], SECRET)
        assert await store.client.ttl(marker) > 6 * 24 * 3600
        reply_key = prefix + "msg:" + keyed_hash(form["MessageSid"], SECRET)
        assert await store.client.ttl(reply_key) <= REPLY_TTL
        await store.client.delete(reply_key)  # as if the reply had expired
        again = await server.post(form)
    finally:
        await server.stop()
    assert again.messages == []
    assert len(fake_agent.seen) == 1
