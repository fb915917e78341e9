"""The channel over real HTTP, with a fake agent: signatures, keywords, menus, retries, privacy."""

import logging

import pytest

from assistant.channels.sms.channel import SmsConfig, SmsInput
from assistant.channels.sms.ids import keyed_hash
from assistant.channels.sms.store import MemoryStore
from assistant.channels.sms.text import MAX_SMS_CHARS, sms_length
from assistant.channels.sms.wording import wording

from .helpers import (
    CONFIG,
    PHONE,
    PUBLIC_URL,
    SECRET,
    SmsServer,
    twilio_form,
    without_notice,
)

OTHER_PHONE = "+12505550199"


async def test_signed_request_gets_a_twiml_reply(sms, fake_agent):
    reply = await sms.text("hello")
    assert reply.status == 200
    assert without_notice(reply.body) == "echo: hello"
    assert len(fake_agent.seen) == 1


@pytest.mark.parametrize(
    "how",
    [
        {"sign": False},
        {"url": "https://evil.example.org/webhooks/sms/webhook"},
        {"url": PUBLIC_URL + "?x=1"},
        {"token": "not-the-token"},
    ],
    ids=["missing", "wrong-url", "other-query", "forged"],
)
async def test_bad_signature_is_403_and_nothing_processed(sms, fake_agent, how):
    reply = await sms.text("hello", **how)
    assert reply.status == 403
    assert fake_agent.seen == []


async def test_tampered_body_is_403(sms, fake_agent):
    form = twilio_form("hello")
    headers_form = dict(form)
    form["Body"] = "changed"
    from .helpers import signature

    async with sms.session.post(
        sms.url, data=form, headers={"X-Twilio-Signature": signature(headers_form)}
    ) as resp:
        assert resp.status == 403
    assert fake_agent.seen == []


async def test_missing_body_is_400(sms, fake_agent):
    reply = await sms.text(None)
    assert reply.status == 400
    assert fake_agent.seen == []


async def test_not_a_form_is_403(sms, fake_agent):
    async with sms.session.post(sms.url, json={"Body": "hi"}) as resp:
        assert resp.status == 403
    assert fake_agent.seen == []


async def test_repeated_message_sid_is_answered_once(sms, fake_agent):
    form = twilio_form("hello")
    first = await sms.post(form)
    again = await sms.post(form)
    assert again.status == 200
    assert again.text == first.text
    assert len(fake_agent.seen) == 1


async def test_privacy_notice_only_in_first_reply(sms):
    first = await sms.text("hello")
    second = await sms.text("hello again")
    assert first.messages[0].startswith(wording().privacy_notice)
    assert wording().privacy_notice not in second.body
    other = await sms.text("hi", sender=OTHER_PHONE)
    assert other.messages[0].startswith(wording().privacy_notice)


async def test_menu_numbers_map_to_payloads(sms, fake_agent):
    menu = await sms.text("menu please")
    assert "Reply 1 for Yes, 2 for No, 3 for Not sure." in menu.body
    assert "**" not in menu.body
    await sms.text(" 2 ")
    assert fake_agent.seen[-1].text == "/deny"
    await sms.text("menu please")
    await sms.text("three")
    assert fake_agent.seen[-1].text == '/inform{"answer": "unsure"}'


async def test_menu_is_per_conversation_and_replaced_by_the_last_reply(sms, fake_agent):
    await sms.text("menu please")
    await sms.text("1", sender=OTHER_PHONE)  # the other phone never saw a menu
    assert fake_agent.seen[-1].text == "1"
    await sms.text("something else")  # a reply without buttons ends the menu
    await sms.text("1")
    assert fake_agent.seen[-1].text == "1"


async def test_stop_then_silence_then_start(sms, fake_agent):
    await sms.text("hello")
    stop = await sms.text("STOP")
    assert stop.messages == [wording().stop]
    processed = len(fake_agent.seen)

    silent = await sms.text("are you there?")
    assert silent.status == 200
    assert silent.messages == []
    assert len(fake_agent.seen) == processed  # not processed at all

    start = await sms.text("start")
    assert start.messages == [wording().start]
    back = await sms.text("hello")
    assert back.body == "echo: hello"


async def test_stop_inside_a_sentence_goes_to_the_bot(sms, fake_agent):
    reply = await sms.text("how do I make him stop")
    assert without_notice(reply.body) == "echo: how do I make him stop"


async def test_help_answers_without_the_bot(sms, fake_agent):
    reply = await sms.text("HELP")
    assert without_notice(reply.body) == wording().help
    assert fake_agent.seen == []


async def test_help_works_even_after_stop(sms):
    await sms.text("stop")
    reply = await sms.text("info")
    assert wording().help in reply.body


@pytest.mark.parametrize(
    "text",
    [
        "I'm scared 😢🙏",
        "ਮੈਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ",
        "我需要帮助",
        "J'ai besoin d'aide, s'il vous plaît",
        "<b>&amp;",
    ],
)
async def test_emoji_and_other_languages_pass_through_unchanged(sms, fake_agent, text):
    reply = await sms.text(text)
    assert fake_agent.seen[-1].text == text
    assert without_notice(reply.body) == f"echo: {text}"


async def test_a_1600_character_body(sms, fake_agent):
    body = ("Long message about what happened. " * 60)[:1600]
    assert len(body) == 1600
    reply = await sms.text(body)
    assert reply.status == 200
    assert fake_agent.seen[-1].text == body.strip()
    assert all(sms_length(message) <= MAX_SMS_CHARS for message in reply.messages)
    assert len(reply.messages) == 2  # notice + echo of 1,600 characters is too long for one


async def test_long_replies_are_split(sms):
    await sms.text("hi")
    reply = await sms.text("long please")
    assert len(reply.messages) > 1
    assert all(sms_length(message) <= MAX_SMS_CHARS for message in reply.messages)
    assert all(message.endswith(".") for message in reply.messages)


async def test_markdown_links_become_plain_text(sms):
    await sms.text("hi")
    reply = await sms.text("link please")
    assert reply.body == "Call 604-555-0000 now."


async def test_empty_body_gets_a_text_only_note(sms, fake_agent):
    await sms.text("hi")
    reply = await sms.text("  ")
    assert reply.body == wording().no_text
    assert len(fake_agent.seen) == 1


async def test_agent_failure_is_a_safe_reply_not_a_500(sms, fake_agent, caplog):
    fake_agent.fail = True
    with caplog.at_level(logging.DEBUG):
        reply = await sms.text("secret words")
    assert reply.status == 200
    assert wording().error in reply.body
    assert "RuntimeError" in caplog.text
    assert "secret words" not in caplog.text
    assert PHONE not in caplog.text


async def test_retry_after_a_failure_gets_the_same_safe_reply(sms, fake_agent):
    fake_agent.fail = True
    form = twilio_form("hello")
    first = await sms.post(form)
    fake_agent.fail = False
    again = await sms.post(form)
    assert again.text == first.text
    assert wording().error in again.body
    assert len(fake_agent.seen) == 1


async def test_sender_id_is_a_keyed_hash(sms, fake_agent):
    await sms.text("hello")
    message = fake_agent.seen[-1]
    assert message.sender_id == keyed_hash(PHONE, SECRET)
    assert PHONE not in message.sender_id and PHONE[1:] not in message.sender_id
    assert message.input_channel == "sms"
    assert not message.metadata


async def test_no_phone_number_in_logs(sms, caplog):
    with caplog.at_level(logging.DEBUG):
        for text in ["hello", "menu please", "1", "HELP", "STOP", "hi", "START", "bye"]:
            await sms.text(text)
    assert caplog.records  # the exchange did log something
    for number in (PHONE, PHONE[1:], PHONE[2:], "604-555-0123", "6045550123"):
        assert number not in caplog.text


@pytest.mark.parametrize(
    "missing", ["auth_token", "public_url", "id_secret"], ids=lambda name: name
)
async def test_missing_setting_fails_closed(fake_agent, caplog, missing):
    settings = dict(CONFIG.__dict__, **{missing: ""})
    with caplog.at_level(logging.WARNING):
        channel = SmsInput(SmsConfig(**settings), MemoryStore())
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert CONFIG.auth_token not in caplog.text and SECRET not in caplog.text
    server = await SmsServer(fake_agent, channel).start()
    try:
        reply = await server.text("hello")
    finally:
        await server.stop()
    assert reply.status == 403
    assert fake_agent.seen == []


def test_settings_come_from_the_environment_then_credentials():
    environ = {
        "TWILIO_AUTH_TOKEN": "env-token",
        "SMS_PUBLIC_URL": "https://env.example/webhooks/sms/webhook",
        "SMS_ID_SECRET": "e" * 32,
    }
    assert SmsConfig.load(None, environ) == SmsConfig(
        "env-token", "https://env.example/webhooks/sms/webhook", "e" * 32
    )
    # One rule for every setting (assistant.settings): a set variable wins over credentials.yml.
    assert SmsConfig.load({"auth_token": "yml-token"}, environ).auth_token == "env-token"  # noqa: S105
    assert SmsConfig.load({"auth_token": "yml-token"}, {}).auth_token == "yml-token"  # noqa: S105
    assert SmsConfig.load(None, {}).problems() == [
        "TWILIO_AUTH_TOKEN",
        "SMS_PUBLIC_URL",
        "SMS_ID_SECRET",
    ]
    assert SmsConfig.load(None, dict(environ, SMS_ID_SECRET="short")).problems()  # noqa: S106


def test_from_credentials_never_raises(monkeypatch):
    for variable in ("TWILIO_AUTH_TOKEN", "SMS_PUBLIC_URL", "SMS_ID_SECRET", "REDIS_URL"):
        monkeypatch.delenv(variable, raising=False)
    channel = SmsInput.from_credentials(None)
    assert channel.name() == "sms"
    assert not channel.enabled
