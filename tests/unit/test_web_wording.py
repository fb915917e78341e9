"""The widget's and the demo page's wording comes from the domain (domain/widget.yml), put in
by the web server as it serves them (assistant/web_wording.py)."""

from __future__ import annotations

import json
import re

import pytest
from aiohttp.test_utils import TestClient, TestServer

from assistant.content import responses
from assistant.content.responses import placeholders, say, template
from assistant.web_server import WebConfig, create_app, main, render
from assistant.web_wording import WORDING_MARKER, fill_page, inline_wording, widget_wording
from tests.domain_files import REPO_ROOT

WIDGET = REPO_ROOT / "web/widget/chat-widget.js"
PAGE = REPO_ROOT / "web/index.html"
SAY_CALL = re.compile(r'say\(\s*"(utter_widget_\w+)"\s*(?:,\s*\{([^}]*)\})?')
NAME_IN_SCRIPT = re.compile(r'"(utter_widget_\w+)"')
SLOT = re.compile(r"\{\{(utter_widget_\w+)\}\}")


def served_wording(script: str) -> dict[str, str]:
    literal = re.search(r"var WORDING = (\{.*?\});\n", script).group(1)
    return json.loads(literal)


def test_every_widget_response_is_used_and_every_used_one_exists():
    script, page = WIDGET.read_text(encoding="utf-8"), PAGE.read_text(encoding="utf-8")
    used = set(NAME_IN_SCRIPT.findall(script)) | set(SLOT.findall(page))
    assert used == set(widget_wording())


def test_the_widget_fills_exactly_the_placeholders_of_each_response():
    calls = SAY_CALL.findall(WIDGET.read_text(encoding="utf-8"))
    assert calls
    for name, values in calls:
        passed = set(re.findall(r"(\w+)\s*:", values))
        assert passed == placeholders(template(name)), name


def test_the_served_script_carries_the_domains_wording():
    raw = WIDGET.read_text(encoding="utf-8")
    assert WORDING_MARKER in raw
    served = render(WIDGET, WebConfig()).decode("utf-8")
    assert WORDING_MARKER not in served
    wording = served_wording(served)
    assert wording == widget_wording()
    assert wording["utter_widget_send"] == say("utter_widget_send")
    assert "VictimLinkBC" in wording["utter_widget_help_now_victimlink"]


def test_a_changed_response_reaches_the_served_script(monkeypatch):
    changed = dict(responses.all_responses())
    changed["utter_widget_send"] = [{"text": "Send\u2028it </script>"}]
    monkeypatch.setattr(responses, "all_responses", lambda: changed)
    served = inline_wording(WIDGET.read_text(encoding="utf-8"))
    assert served_wording(served)["utter_widget_send"] == "Send\u2028it </script>"
    assert "\u2028" not in served  # ASCII only: no raw line separator in the script


def test_a_script_without_the_marker_is_an_error():
    with pytest.raises(ValueError):
        inline_wording("var WORDING = null;")


def test_the_page_gets_its_wording_escaped_with_bold(monkeypatch):
    changed = {"utter_widget_x": [{"text": "Press **Quick exit** <now> & go"}]}
    monkeypatch.setattr(responses, "all_responses", lambda: changed)
    assert fill_page("<p>{{utter_widget_x}}</p>") == (
        "<p>Press <strong>Quick exit</strong> &lt;now&gt; &amp; go</p>"
    )
    with pytest.raises(KeyError):
        fill_page("<p>{{utter_widget_missing}}</p>")


def test_the_demo_page_is_served_with_its_wording():
    served = render(PAGE, WebConfig(socket_url="http://127.0.0.1:5999")).decode("utf-8")
    assert "{{" not in served
    assert f"<h1>{say('utter_widget_demo_heading')}</h1>" in served
    assert 'data-server-url="http://127.0.0.1:5999"' in served


async def test_the_server_serves_the_script_with_its_wording():
    client = TestClient(TestServer(create_app(WebConfig())))
    await client.start_server()
    try:
        resp = await client.get("/widget/chat-widget.js")
        assert resp.status == 200
        assert served_wording(await resp.text()) == widget_wording()
    finally:
        await client.close()


def test_render_writes_the_served_file_for_static_hosting(capsysbinary):
    main(["--render", "widget/chat-widget.js"])
    assert capsysbinary.readouterr().out == render(WIDGET, WebConfig())
