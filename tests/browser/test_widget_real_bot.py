"""The widget against the real assistant: `rasa run` with the trained model, our socket.io
channel (tests/browser/credentials.yml) and the action server. Expected wording is read from
domain/ and facts from content/, so these tests follow the bot's content."""

from __future__ import annotations

import re

import pytest
import yaml
from playwright.sync_api import expect
from widget_helpers import open_chat, run_axe, send, wait_for_bot

from assistant.content import value
from tests.support.browser import Stack
from tools.local_servers import MODEL_PATH, REPO_ROOT, action_endpoints, action_server, rasa_command

CREDENTIALS = REPO_ROOT / "tests" / "browser" / "credentials.yml"


def response_text(name: str) -> str:
    for path in sorted((REPO_ROOT / "domain").glob("*.yml")):
        responses = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("responses", {})
        if name in responses:
            # The plain wording: a variant with a condition (the short form said right after
            # a side answer) is not what a fresh question shows.
            plain = [v for v in responses[name] if not v.get("condition")] or responses[name]
            return plain[0]["text"]
    raise KeyError(name)


def first_sentence(name: str) -> str:
    return re.split(r"(?<=[.?!])\s", response_text(name))[0]


def tel(fact: str) -> str:
    return "tel:" + re.sub(r"[^0-9+]", "", value(fact))


@pytest.fixture(scope="module")
def real_stack(tmp_path_factory):
    if not MODEL_PATH.exists():
        pytest.fail("No trained model: run `make train` first (make test does it).")
    endpoints = tmp_path_factory.mktemp("rasa") / "endpoints.yml"
    with action_server() as action_url:
        action_endpoints(endpoints, action_url)
        running = Stack(
            # --enable-api only for /status (the ready check) on this local port
            bot_command=lambda port: rasa_command(
                MODEL_PATH, port, CREDENTIALS, endpoints, "--enable-api"
            ),
            bot_ready_path="/status",
        )
        yield running
        running.close()


def test_ask_a_question_and_get_the_right_answer(page, real_stack):
    open_chat(page, real_stack.url, first_sentence("utter_greet"))
    send(page, "do I have to go to the police first?")
    wait_for_bot(page, first_sentence("utter_police"))


def test_eligibility_check_with_buttons(page, real_stack):
    open_chat(page, real_stack.url, first_sentence("utter_greet"))
    send(page, "do I qualify for the free legal advice?")
    wait_for_bot(page, response_text("utter_ask_eligibility_form_lives_in_bc"))
    page.get_by_role("button", name="Yes", exact=True).click()
    wait_for_bot(page, response_text("utter_ask_eligibility_form_image_situation"))
    page.get_by_role("button", name="They shared them").click()
    wait_for_bot(page, first_sentence("utter_eligible"))


def test_contact_details_are_tap_to_call_and_mailto(page, real_stack):
    open_chat(page, real_stack.url, first_sentence("utter_greet"))
    page.get_by_role("button", name="Talk to someone").click()
    bubble = wait_for_bot(page, first_sentence("utter_contact").split(":")[0])
    expect(bubble.locator(f"a[href='{tel('contacts.intake_phone')}']")).to_have_count(1)
    mail = "mailto:" + value("contacts.intake_email")
    expect(bubble.locator(f"a[href='{mail}']")).to_have_count(1)
    assert run_axe(page, "real-bot") == []
